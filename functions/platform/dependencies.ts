import type { AccountsPort } from '#functions/services/ports/accounts.ts';
import type { EstablishmentsPort } from '#functions/services/ports/establishments.ts';
import type { MailerPort } from '#functions/services/ports/mailer.ts';
import type { ProvisioningPort } from '#functions/services/ports/provisioning.ts';
import type { ThrottlePort } from '#functions/services/ports/throttle.ts';
import type { UsersPort } from '#functions/services/ports/users.ts';
import type { FilesPort } from '#functions/services/ports/files.ts';
import type { ImportsPort } from '#functions/services/ports/imports.ts';
import type { PeopleWriterPort } from '#functions/services/ports/people-writer.ts';
import type { StructurePort } from '#functions/services/ports/structure.ts';
import { s3Files } from '#functions/adapters/files/s3-files.ts';
import { importsStore } from '#functions/adapters/store/imports.ts';
import { peopleWriter } from '#functions/adapters/store/people-writer.ts';
import { structureStore } from '#functions/adapters/store/structure.ts';
import { quotaCountersStore } from '#functions/adapters/store/quota-counters.ts';
import type { StorageUsagePort } from '#functions/services/ports/storage-usage.ts';
import { accounts } from '#functions/adapters/accounts/index.ts';
import { establishmentsStore } from '#functions/adapters/store/establishments.ts';
import { provisioningStore } from '#functions/adapters/store/provisioning.ts';
import { throttleStore } from '#functions/adapters/store/throttle.ts';
import { usersStore } from '#functions/adapters/store/users.ts';
import { referentielComplementsStore } from '#functions/adapters/store/referentiel-complements.ts';
import type { ReferentielComplementsPort } from '#functions/services/ports/referentiel-complements.ts';
import { pedagogySettingsStore } from '#functions/adapters/store/pedagogy-settings.ts';
import type { PedagogySettingsPort } from '#functions/services/ports/pedagogy-settings.ts';
import { scenariosStore } from '#functions/adapters/store/scenarios.ts';
import type { ScenariosPort } from '#functions/services/ports/scenarios.ts';
import { scenarioAttachmentsStore } from '#functions/adapters/store/scenario-attachments.ts';
import type { ScenarioAttachmentsPort } from '#functions/services/ports/scenario-attachments.ts';
import { evaluationsStore } from '#functions/adapters/store/evaluations.ts';
import type { EvaluationsPort } from '#functions/services/ports/evaluations.ts';
import { learnerResultsStore } from '#functions/adapters/store/learner-results.ts';
import type { LearnerResultsPort } from '#functions/services/ports/learner-results.ts';
import { sesMailer } from '#functions/adapters/mail/ses-mailer.ts';
import { config } from './config.ts';

/** The ports services work with; handlers pass `dependencies()`, tests may pass others. */
export interface Dependencies {
  accounts: AccountsPort;
  establishments: EstablishmentsPort;
  users: UsersPort;
  provisioning: ProvisioningPort;
  throttle: ThrottlePort;
  mailer: MailerPort;
  files: FilesPort;
  imports: ImportsPort;
  structure: StructurePort;
  peopleWriter: PeopleWriterPort;
  storageUsage: StorageUsagePort;
  referentielComplements: ReferentielComplementsPort;
  pedagogySettings: PedagogySettingsPort;
  scenarios: ScenariosPort;
  scenarioAttachments: ScenarioAttachmentsPort;
  evaluations: EvaluationsPort;
  learnerResults: LearnerResultsPort;
  appUrl: string;
  now: () => number;
}

export function dependencies(): Dependencies {
  return {
    accounts: accounts(),
    establishments: establishmentsStore,
    users: usersStore,
    provisioning: provisioningStore,
    throttle: throttleStore,
    mailer: sesMailer,
    files: s3Files,
    imports: importsStore,
    structure: structureStore,
    peopleWriter,
    storageUsage: quotaCountersStore,
    referentielComplements: referentielComplementsStore,
    pedagogySettings: pedagogySettingsStore,
    scenarios: scenariosStore,
    scenarioAttachments: scenarioAttachmentsStore,
    evaluations: evaluationsStore,
    learnerResults: learnerResultsStore,
    appUrl: config().appUrl,
    now: Date.now,
  };
}
