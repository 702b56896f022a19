import { mefInfo } from '#shared/data/mef.ts';
import { newDivision } from '../../structure/new-division.ts';
import type { User } from '../../ports/users.ts';
import { newUser } from '../../utilisateurs/new-user.ts';
import type { ElevesFile, SiecleLearner } from '../siecle/index.ts';
import { applyChanges, fullName, sortedUnique } from './changes.ts';
import type { LoginBook } from './login-book.ts';
import type { ImportPlan, Snapshot } from './types.ts';

/**
 * Learners import (ElevesSansAdresses). Learners are matched by their SIECLE id, else by INE.
 * A learner whose DATE_SORTIE is past is hidden (and keeps passport export for 3 months);
 * learners of the establishment missing from the file are hidden too; departed learners never
 * seen before are not created. Divisions the STS file did not have are created from SIECLE.
 */
export function planLearners(file: ElevesFile, snapshot: Snapshot, logins: LoginBook, today: string, plan: ImportPlan): void {
  const learners = snapshot.users.filter((user) => user.profile === 'apprenant');
  const byEleveId = new Map(learners.filter((user) => user.externalIds.eleve).map((user) => [user.externalIds.eleve!, user]));
  const byIne = new Map(learners.filter((user) => user.externalIds.ine).map((user) => [user.externalIds.ine!, user]));
  const knownDivisions = new Set([...snapshot.structure.map((division) => division.code), ...plan.divisionsCreated.map((division) => division.code)]);
  const unsupported = new Map<string, string[]>();
  const seen = new Set<string>();
  const newcomers: { learner: SiecleLearner; fields: Partial<User> }[] = [];

  for (const learner of file.learners) {
    const left = learner.leftOn !== null && learner.leftOn <= today;
    const existing = byEleveId.get(learner.eleveId) ?? (learner.ine ? byIne.get(learner.ine) : undefined);
    if (existing) {
      seen.add(existing.userId);
      plan.matched.add(existing.userId);
    }
    if (left && !existing) continue;

    const mef = learner.mefCode ? mefInfo(learner.mefCode) : null;
    if (learner.mefCode && !mef && !left) unsupported.set(learner.mefCode, [...(unsupported.get(learner.mefCode) ?? []), fullName(learner)]);
    if (learner.division && !knownDivisions.has(learner.division) && !left) {
      knownDivisions.add(learner.division);
      plan.divisionsCreated.push(newDivision({ uai: snapshot.uai, code: learner.division, origin: 'siecle' }, today));
    }
    const fields: Partial<User> = {
      firstName: learner.firstName,
      lastName: learner.lastName,
      birthDate: learner.birthDate,
      division: learner.division,
      groups: sortedUnique(learner.groups),
      mefCode: learner.mefCode,
      diploma: mef?.diploma ?? null,
      level: mef?.level ?? null,
      leftOn: left ? learner.leftOn : null,
      ...(learner.email ? { email: learner.email } : {}),
    };

    if (!existing) {
      newcomers.push({ learner, fields });
      continue;
    }
    const after = applyChanges(existing, {
      ...fields,
      externalIds: { ...existing.externalIds, eleve: learner.eleveId, ...(learner.ine ? { ine: learner.ine } : {}) },
    });
    if (!after) continue;
    if (left && !existing.leftOn) plan.hidden.push({ before: existing, after });
    else if (!left && existing.leftOn) plan.restored.push({ before: existing, after });
    else plan.updated.push({ before: existing, after });
  }

  const assigned = logins.assign(
    newcomers.map(({ learner }) => ({ key: `eleve:${learner.eleveId}`, firstName: learner.firstName, lastName: learner.lastName })),
  );
  for (const { learner, fields } of newcomers) {
    plan.created.push(
      newUser({
        ...fields,
        uai: snapshot.uai,
        login: assigned.get(`eleve:${learner.eleveId}`)!,
        profile: 'apprenant',
        firstName: learner.firstName,
        lastName: learner.lastName,
        origin: 'import',
        account: 'pending',
        externalIds: { eleve: learner.eleveId, ...(learner.ine ? { ine: learner.ine } : {}) },
      }),
    );
  }

  for (const user of learners) {
    if (seen.has(user.userId) || user.leftOn || user.origin !== 'import') continue;
    plan.hidden.push({ before: user, after: { ...user, leftOn: today } });
  }

  for (const [code, names] of unsupported) {
    plan.warnings.push({
      code: 'MEF_NOT_SUPPORTED',
      message: `${names.length} apprenant${names.length > 1 ? 's' : ''} du MEF ${code} (diplôme non pris en charge par Cerise) ${names.length > 1 ? 'sont importés' : 'est importé'} sans diplôme : ${preview(names)}.`,
    });
  }
}

export function preview(names: string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} et ${names.length - max} autre${names.length - max > 1 ? 's' : ''}`;
}
