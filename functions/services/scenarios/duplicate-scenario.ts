import { randomUUID } from 'node:crypto';
import type { DuplicateScenario } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/platform/authorize.ts';
import type { Dependencies } from '#functions/platform/dependencies.ts';
import type { Scenario } from '../ports/scenarios.ts';
import { authorName, loadVisibleScenario } from './visible-scenario.ts';

/**
 * « Dupliquer un scénario » (guide 3.7.2): a new title and a level, possibly another one (a
 * « famille » of scenarios from level 5 to level 4). The copy belongs to the caller and starts
 * private, whoever wrote the original; the diploma and items are kept as they are.
 */
export async function duplicateScenario(deps: Pick<Dependencies, 'scenarios' | 'now'>, caller: Caller, id: string, input: DuplicateScenario): Promise<Scenario> {
  const original = await loadVisibleScenario(deps, caller, id);
  const now = new Date(deps.now()).toISOString();
  return deps.scenarios.create({
    ...original,
    id: randomUUID(),
    title: input.title,
    level: input.level,
    visibility: 'private',
    links: [...original.links],
    items: [...original.items],
    qualifiers: structuredClone(original.qualifiers),
    authorId: caller.userId,
    authorName: authorName(caller),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}
