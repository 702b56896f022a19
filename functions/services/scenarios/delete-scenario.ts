import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { removeAllFiles } from './remove-attachment.ts';
import { loadOwnScenario, notAuthor } from './visible-scenario.ts';

/**
 * Author only (guide 3.7.2); the delete itself is conditional on the author, whatever was read.
 * Its attachments go after it (an upload settling meanwhile finds no scenario and is refused);
 * a file a duplicate shares stays for that duplicate.
 */
export async function deleteScenario(deps: Pick<Dependencies, 'scenarios' | 'scenarioAttachments' | 'files'>, caller: Caller, id: string): Promise<void> {
  await loadOwnScenario(deps, caller, id, 'supprimer');
  if (!(await deps.scenarios.delete(caller.uai, id, caller.userId))) throw notAuthor('supprimer');
  await removeAllFiles(deps, caller.uai, id);
}
