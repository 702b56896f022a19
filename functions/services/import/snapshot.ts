import { PROFILES } from '#shared/domain/profiles.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Snapshot } from './plan/types.ts';

/** Everything an import compares against, in a bounded number of queries (data model, pattern 9). */
export async function loadSnapshot(deps: Dependencies, uai: string): Promise<Snapshot> {
  const [users, structure, establishment] = await Promise.all([
    deps.users.listByProfile(uai, [...PROFILES]),
    deps.structure.list(uai),
    deps.establishments.get(uai),
  ]);
  return { uai, users, structure, staffImported: Boolean(establishment?.staffImportedAt) };
}
