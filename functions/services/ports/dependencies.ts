import type { AccountsPort } from './accounts.ts';
import type { EstablishmentsPort } from './establishments.ts';
import type { MailerPort } from './mailer.ts';
import type { ProvisioningPort } from './provisioning.ts';
import type { ThrottlePort } from './throttle.ts';
import type { UsersPort } from './users.ts';
import type { FilesPort } from './files.ts';
import type { ImportsPort } from './imports.ts';
import type { PeopleWriterPort } from './people-writer.ts';
import type { StructurePort } from './structure.ts';
import type { StorageUsagePort } from './storage-usage.ts';
import type { ReferentielComplementsPort } from './referentiel-complements.ts';
import type { PedagogySettingsPort } from './pedagogy-settings.ts';
import type { ScenariosPort } from './scenarios.ts';
import type { ScenarioAttachmentsPort } from './scenario-attachments.ts';
import type { EvaluationsPort } from './evaluations.ts';
import type { LearnerResultsPort } from './learner-results.ts';

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
