import { AppError } from '#shared/api/errors.ts';
import type { Download } from '#shared/api/schemas/files.ts';
import type { ObservationGridQuery, ScenarioGridDivisions } from '#shared/api/schemas/scenarios.ts';
import { DEFAULT_CODE_SETTINGS, displayCodes } from '#shared/domain/evaluation-codes.ts';
import { isReferentielId } from '#shared/referentiels/index.ts';
import type { Caller } from '#functions/services/ports/claims.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { download, loadDocuments } from '#functions/documents/download.ts';
import { asciiFileName } from '#functions/documents/file-name.ts';
import type { Division } from '../ports/structure.ts';
import type { User } from '../ports/users.ts';
import { establishmentReferentiel } from '../referentiels/establishment-referentiel.ts';
import { loadVisibleScenario } from './visible-scenario.ts';

type GridDeps = Pick<Dependencies, 'scenarios' | 'structure' | 'users' | 'referentielComplements' | 'pedagogySettings'>;

/** The divisions and groups the caller teaches, as stored (codes the structure no longer has are left out). */
async function taughtDivisions(deps: Pick<Dependencies, 'structure'>, caller: Caller): Promise<Division[]> {
  const taught = new Set(caller.user.divisions);
  if (taught.size === 0) return [];
  return (await deps.structure.list(caller.uai)).filter((division) => taught.has(division.code)).sort((a, b) => a.code.localeCompare(b.code, 'fr'));
}

/** What the « Grille d'observation » dialog offers: the caller's own classes and groups. */
export async function gridDivisions(deps: Pick<Dependencies, 'scenarios' | 'structure'>, caller: Caller, id: string): Promise<ScenarioGridDivisions> {
  await loadVisibleScenario(deps, caller, id);
  const divisions = await taughtDivisions(deps, caller);
  return { divisions: divisions.map((division) => ({ code: division.code, label: division.label, kind: division.kind, learners: division.counts.learners })) };
}

/**
 * The learners of a class, or of a group: a group's learners are found through the divisions it
 * is made of (the index is per division), keeping those who belong to the group.
 */
async function learnersOf(deps: Pick<Dependencies, 'users'>, uai: string, division: Division): Promise<User[]> {
  const current = (user: User) => user.profile === 'apprenant' && user.leftOn === null;
  if (division.kind === 'division') return (await deps.users.learnersOfDivision(uai, division.code)).filter(current);
  const candidates =
    division.divisionCodes.length > 0
      ? (await Promise.all(division.divisionCodes.map((code) => deps.users.learnersOfDivision(uai, code)))).flat()
      : await deps.users.listByProfile(uai, ['apprenant']);
  return candidates
    .filter((user) => current(user) && user.groups.includes(division.code))
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr'));
}

/**
 * The observation grid of a scenario for some of the caller's classes: learners × items, as a
 * spreadsheet. A teacher draws it only for classes and groups they teach: any other code is
 * refused (403), whether it exists or not, so the answer tells nothing about other classes.
 */
export async function observationGrid(deps: GridDeps, caller: Caller, id: string, { divisions: codes }: ObservationGridQuery): Promise<Download> {
  const scenario = await loadVisibleScenario(deps, caller, id);
  const taught = new Map((await taughtDivisions(deps, caller)).map((division) => [division.code, division]));
  const refused = codes.filter((code) => !taught.has(code));
  if (refused.length > 0) {
    throw new AppError('GRID_DIVISIONS_NOT_TAUGHT', { params: { codes: `${refused.slice(0, 5).join(', ')}${refused.length > 5 ? '…' : ''}` } });
  }
  const [perDivision, referentiel, settings] = await Promise.all([
    Promise.all(codes.map((code) => learnersOf(deps, caller.uai, taught.get(code)!))),
    isReferentielId(scenario.diploma) ? establishmentReferentiel(deps, caller.uai, scenario.diploma) : null,
    deps.pedagogySettings.get(caller.uai),
  ]);
  // A learner of a chosen class who is also in a chosen group appears once.
  const seen = new Set<string>();
  const learners = perDivision.flat().flatMap((learner) => {
    if (seen.has(learner.userId)) return [];
    seen.add(learner.userId);
    return [{ name: `${learner.lastName} ${learner.firstName}`.trim(), division: learner.division ?? '' }];
  });
  const items = scenario.items.map((itemId) => {
    const node = referentiel?.byId(itemId);
    return { code: node?.code ?? itemId, title: node?.title ?? '' };
  });
  const { observationGridWorkbook } = await loadDocuments();
  const bytes = await observationGridWorkbook({ scenarioTitle: scenario.title, items, learners, codes: displayCodes(settings.codes ?? DEFAULT_CODE_SETTINGS) });
  return download(asciiFileName(`grille ${scenario.title}`, 'xlsx', 'grille'), bytes);
}
