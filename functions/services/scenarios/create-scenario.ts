import { randomUUID } from 'node:crypto';
import type { ScenarioContent } from '#shared/api/schemas/scenarios.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Scenario } from '../ports/scenarios.ts';
import { checkedContent } from './checked-content.ts';
import { authorName } from './visible-scenario.ts';

/** « Validez la création du scénario » (guide 3.7.2): the scenario belongs to its author. */
export async function createScenario(
  deps: Pick<Dependencies, 'scenarios' | 'structure' | 'referentielComplements' | 'now'>,
  caller: Caller,
  input: ScenarioContent,
): Promise<Scenario> {
  const content = await checkedContent(deps, caller, input);
  const now = new Date(deps.now()).toISOString();
  return deps.scenarios.create({
    uai: caller.uai,
    id: randomUUID(),
    ...content,
    authorId: caller.userId,
    authorName: authorName(caller),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}
