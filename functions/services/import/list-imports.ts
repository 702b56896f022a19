import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { runView } from './run-view.ts';

/** The establishment's last twenty runs, newest first, without their details (the history table). */
export async function listImports(deps: Pick<Dependencies, 'imports'>, uai: string) {
  const runs = await deps.imports.list(uai, 20);
  return { runs: runs.map(runView).map(({ importId, createdAt, status, files }) => ({ importId, createdAt, status, files })) };
}
