import type { User } from '../../ports/users.ts';
import { newUser } from '../../utilisateurs/new-user.ts';
import type { ResponsablesFile, SiecleGuardian } from '../siecle/index.ts';
import { applyChanges, sortedUnique } from './changes.ts';
import type { LoginBook } from './login-book.ts';
import type { ImportPlan, Snapshot } from './types.ts';

/**
 * Guardians import (ResponsablesAvecAdresses): only legal guardians (RESP_LEGAL 1/2 before 2018,
 * NIVEAU_RESPONSABILITE 1 since) of learners currently in the establishment. A guardian of
 * several learners is one account that sees each of them. Links are kept on both sides
 * (learner.guardianIds, guardian.childIds). The learners are those of this run's plan when the
 * learners file came with it, else those already imported.
 */
export function planGuardians(file: ResponsablesFile, snapshot: Snapshot, logins: LoginBook, today: string, plan: ImportPlan): void {
  const learnersNow = currentLearners(snapshot, plan);
  const learnerByEleveId = new Map([...learnersNow.values()].filter((user) => user.externalIds.eleve).map((user) => [user.externalIds.eleve!, user]));
  const persons = new Map(file.persons.map((person) => [person.personId, person]));

  const childrenOf = new Map<string, Set<string>>();
  for (const link of file.links) {
    if (!link.legal) continue;
    const learner = learnerByEleveId.get(link.eleveId);
    if (!learner || learner.leftOn) continue;
    if (!persons.has(link.personId)) continue;
    childrenOf.set(link.personId, (childrenOf.get(link.personId) ?? new Set()).add(learner.userId));
  }

  const guardians = snapshot.users.filter((user) => user.profile === 'parent');
  const byPersonId = new Map(guardians.filter((user) => user.externalIds.personne).map((user) => [user.externalIds.personne!, user]));
  const guardianIdsOf = new Map<string, string[]>();
  const newcomers: { person: SiecleGuardian; children: string[] }[] = [];
  const seen = new Set<string>();

  for (const [personId, childSet] of childrenOf) {
    const person = persons.get(personId)!;
    const children = sortedUnique(childSet);
    const existing = byPersonId.get(personId);
    if (!existing) {
      newcomers.push({ person, children });
      continue;
    }
    seen.add(existing.userId);
    plan.matched.add(existing.userId);
    for (const child of children) guardianIdsOf.set(child, [...(guardianIdsOf.get(child) ?? []), existing.userId]);
    const after = applyChanges(existing, {
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      childIds: children,
      leftOn: null,
    });
    if (!after) continue;
    plan.updated.push({ before: existing, after });
  }

  const assigned = logins.assign(
    newcomers.map(({ person }) => ({ key: `personne:${person.personId}`, firstName: person.firstName, lastName: person.lastName })),
  );
  for (const { person, children } of newcomers) {
    const guardian = newUser({
      uai: snapshot.uai,
      login: assigned.get(`personne:${person.personId}`)!,
      profile: 'parent',
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      origin: 'import',
      // Parents get their account when access is given to their child's division (guide 3.5).
      account: 'pending',
      externalIds: { personne: person.personId },
      childIds: children,
    });
    plan.created.push(guardian);
    for (const child of children) guardianIdsOf.set(child, [...(guardianIdsOf.get(child) ?? []), guardian.userId]);
  }

  for (const guardian of guardians) {
    if (seen.has(guardian.userId) || guardian.leftOn) continue;
    plan.hidden.push({ before: guardian, after: { ...guardian, childIds: [], leftOn: today } });
  }

  linkLearners(learnersNow, guardianIdsOf, plan);
}

/** Sets each current learner's guardians, editing the learner's planned change when there is one. */
function linkLearners(learnersNow: Map<string, User>, guardianIdsOf: Map<string, string[]>, plan: ImportPlan): void {
  const planned = new Map<string, User>();
  for (const user of plan.created) planned.set(user.userId, user);
  for (const change of [...plan.updated, ...plan.restored, ...plan.hidden]) planned.set(change.after.userId, change.after);

  for (const learner of learnersNow.values()) {
    if (learner.leftOn) continue;
    const guardianIds = sortedUnique(guardianIdsOf.get(learner.userId) ?? []);
    const target = planned.get(learner.userId);
    if (target) {
      target.guardianIds = guardianIds;
      continue;
    }
    const after = applyChanges(learner, { guardianIds });
    if (after) plan.updated.push({ before: learner, after });
  }
}

/** Learners as they will be after this run's learners part (created, updated) or as stored. */
function currentLearners(snapshot: Snapshot, plan: ImportPlan): Map<string, User> {
  const learners = new Map(snapshot.users.filter((user) => user.profile === 'apprenant').map((user) => [user.userId, user]));
  for (const change of [...plan.updated, ...plan.restored, ...plan.hidden])
    if (change.after.profile === 'apprenant') learners.set(change.after.userId, change.after);
  for (const user of plan.created) if (user.profile === 'apprenant') learners.set(user.userId, user);
  return learners;
}
