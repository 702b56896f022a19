import { s3Files } from '#functions/adapters/files/s3-files.ts';
import { importsStore } from '#functions/adapters/store/imports.ts';
import { peopleWriter } from '#functions/adapters/store/people-writer.ts';
import { structureStore } from '#functions/adapters/store/structure.ts';
import { quotaCountersStore } from '#functions/adapters/store/quota-counters.ts';
import { accounts } from '#functions/adapters/accounts/index.ts';
import { establishmentsStore } from '#functions/adapters/store/establishments.ts';
import { provisioningStore } from '#functions/adapters/store/provisioning.ts';
import { throttleStore } from '#functions/adapters/store/throttle.ts';
import { usersStore } from '#functions/adapters/store/users.ts';
import { referentielComplementsStore } from '#functions/adapters/store/referentiel-complements.ts';
import { pedagogySettingsStore } from '#functions/adapters/store/pedagogy-settings.ts';
import { scenariosStore } from '#functions/adapters/store/scenarios.ts';
import { scenarioAttachmentsStore } from '#functions/adapters/store/scenario-attachments.ts';
import { evaluationsStore } from '#functions/adapters/store/evaluations.ts';
import { learnerResultsStore } from '#functions/adapters/store/learner-results.ts';
import { sesMailer } from '#functions/adapters/mail/ses-mailer.ts';
import { config } from './config.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** The adapters behind the ports in Lambda and in the embedded stack; tests may pass others. */
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
