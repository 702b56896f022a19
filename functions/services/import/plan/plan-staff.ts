import { mefInfo } from '#shared/data/mef.ts';
import type { Profile } from '#shared/domain/profiles.ts';
import type { Division } from '../../ports/structure.ts';
import type { User } from '../../ports/users.ts';
import { newUser } from '../../utilisateurs/new-user.ts';
import { newDivision } from '../../structure/new-division.ts';
import type { StsFile, StsPerson } from '../siecle/index.ts';
import { applyChanges, fullName, personKey, sortedUnique } from './changes.ts';
import type { ImportPlan, Snapshot } from './types.ts';
import type { LoginBook } from './login-book.ts';

/** STS functions the product imports, and the profile each becomes (guide 3.1.2). */
const PROFILE_OF_FUNCTION: Record<string, Profile> = { ENS: 'enseignant', DIR: 'chef' };

/**
 * Staff import (sts_emp): divisions and groups, teachers with their discipline and the divisions
 * and groups they teach (from the services), heads as `chef`. Staff absent from the file are
 * hidden and suspended; people are matched by their STS id, else (manual accounts created
 * before the first import) by name and birth date.
 */
export function planStaff(file: StsFile, snapshot: Snapshot, logins: LoginBook, today: string, plan: ImportPlan): void {
  planStructure(file, snapshot, today, plan);

  const teaching = teachingOf(file);
  const subjects = file.subjects;
  const byStsId = new Map(snapshot.users.filter((user) => user.externalIds.sts).map((user) => [user.externalIds.sts!, user]));
  const manualByPerson = new Map(
    snapshot.users
      .filter((user) => user.origin === 'manual' && !user.externalIds.sts)
      .map((user) => [personKey(user.lastName, user.firstName, user.birthDate), user]),
  );
  const seen = new Set<string>();
  const others = new Map<string, number>();
  const newcomers: { person: StsPerson; profile: Profile; fields: Partial<User> }[] = [];

  for (const person of file.staff) {
    const profile = person.function ? PROFILE_OF_FUNCTION[person.function] : undefined;
    if (!profile) {
      if (person.function) others.set(person.function, (others.get(person.function) ?? 0) + 1);
      continue;
    }
    const taught = teaching.get(person.id);
    const fields: Partial<User> = {
      profile,
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      divisions: profile === 'enseignant' ? sortedUnique(taught?.divisions ?? []) : [],
      discipline: disciplineOf(person, taught?.subjects ?? [], subjects),
      leftOn: null,
      status: 'active',
    };
    const existing = byStsId.get(person.id) ?? manualByPerson.get(personKey(person.lastName, person.firstName, person.birthDate));
    if (existing) {
      seen.add(existing.userId);
      plan.matched.add(existing.userId);
      const after = applyChanges(existing, { ...fields, externalIds: { ...existing.externalIds, sts: person.id } });
      if (!after) continue;
      if (existing.leftOn) plan.restored.push({ before: existing, after });
      else plan.updated.push({ before: existing, after });
      continue;
    }
    newcomers.push({ person, profile, fields });
    if (!person.birthDate) {
      plan.warnings.push({
        code: 'STAFF_WITHOUT_BIRTH_DATE',
        message: `${fullName(person)} n’a pas de date de naissance dans STS : son mot de passe initial ne peut pas en être tiré. Renseignez son adresse électronique puis réinitialisez son mot de passe (Gestion des utilisateurs).`,
      });
    }
  }

  const assigned = logins.assign(newcomers.map(({ person }) => ({ key: `sts:${person.id}`, firstName: person.firstName, lastName: person.lastName })));
  for (const { person, profile, fields } of newcomers) {
    plan.created.push(
      newUser({
        ...fields,
        uai: snapshot.uai,
        login: assigned.get(`sts:${person.id}`)!,
        profile,
        firstName: person.firstName,
        lastName: person.lastName,
        origin: 'import',
        account: 'pending',
        externalIds: { sts: person.id },
      }),
    );
  }

  for (const user of snapshot.users) {
    const isImportedStaff = user.origin === 'import' && (user.profile === 'enseignant' || user.profile === 'chef');
    if (!isImportedStaff || seen.has(user.userId) || user.leftOn) continue;
    plan.hidden.push({ before: user, after: { ...user, leftOn: today, status: 'suspended' } });
  }

  for (const [code, count] of others) {
    plan.warnings.push({
      code: 'STAFF_FUNCTION_SKIPPED',
      message: `${count} personne${count > 1 ? 's' : ''} de fonction ${code} (hors enseignants et direction) ${count > 1 ? 'ne sont' : 'n’est'} pas importée${count > 1 ? 's' : ''}.`,
    });
  }
}

/**
 * Divisions and groups of the STS structure, with their diplomas from the MEFs; a warning for
 * each division with a MEF that is no diploma Cerise supports (its learners get no diploma).
 */
function planStructure(file: StsFile, snapshot: Snapshot, now: string, plan: ImportPlan): void {
  for (const division of file.divisions) {
    const unsupported = division.mefCodes.filter((code) => !mefInfo(code));
    if (unsupported.length === 0) continue;
    const named = unsupported.map((code) => (file.mefs[code]?.longLabel ? `${code} (${file.mefs[code].longLabel})` : code));
    const several = unsupported.length > 1;
    const consequence =
      unsupported.length === division.mefCodes.length
        ? 'elle est importée sans diplôme, comme ses élèves'
        : `${several ? 'ces MEF sont ignorés' : 'ce MEF est ignoré'} pour ses diplômes`;
    plan.warnings.push({
      code: 'DIVISION_MEF_NOT_SUPPORTED',
      message: `La division ${division.code}${division.label !== division.code ? ` (${division.label})` : ''} a ${several ? 'les MEF' : 'le MEF'} ${named.join(', ')}, qui ${several ? 'ne sont pas des diplômes pris en charge' : 'n’est pas un diplôme pris en charge'} par Cerise : ${consequence}.`,
    });
  }

  const existing = new Map(snapshot.structure.map((division) => [division.code, division]));
  const incoming: Division[] = [
    ...file.divisions.map((division) => ({
      code: division.code,
      label: division.label,
      kind: 'division' as const,
      mefCodes: sortedUnique(division.mefCodes),
      divisionCodes: [],
    })),
    ...file.groups.map((group) => ({
      code: group.code,
      label: group.label,
      kind: 'group' as const,
      mefCodes: [],
      divisionCodes: sortedUnique(group.divisionCodes),
    })),
  ].map((division) =>
    newDivision(
      { ...division, uai: snapshot.uai, diplomas: sortedUnique(division.mefCodes.flatMap((code) => mefInfo(code)?.diploma ?? [])), origin: 'sts' },
      now,
    ),
  );

  for (const division of incoming) {
    const before = existing.get(division.code);
    if (!before) {
      plan.divisionsCreated.push(division);
      continue;
    }
    // Access openings, counts and creation date belong to the establishment, not to STS.
    const after: Division = {
      ...before,
      label: division.label,
      kind: division.kind,
      mefCodes: division.mefCodes,
      diplomas: division.diplomas,
      divisionCodes: division.divisionCodes,
      origin: 'sts',
    };
    if (JSON.stringify(after) !== JSON.stringify(before)) plan.divisionsUpdated.push({ ...after, updatedAt: now });
  }
}

/** For each STS person id: the divisions and groups they teach, and the subjects of those services. */
function teachingOf(file: StsFile): Map<string, { divisions: string[]; subjects: string[] }> {
  const teaching = new Map<string, { divisions: string[]; subjects: string[] }>();
  for (const structure of [...file.divisions, ...file.groups]) {
    for (const service of structure.services) {
      for (const teacherId of service.teacherIds) {
        const entry = teaching.get(teacherId) ?? { divisions: [], subjects: [] };
        entry.divisions.push(structure.code);
        entry.subjects.push(service.subjectCode);
        teaching.set(teacherId, entry);
      }
    }
  }
  return teaching;
}

/** The discipline shown for a teacher: their STS qualification, else the subject they teach most. */
function disciplineOf(person: StsPerson, subjectCodes: string[], subjects: StsFile['subjects']): string | null {
  const qualification = person.disciplines[0]?.label;
  if (qualification) return qualification;
  const counts = new Map<string, number>();
  for (const code of subjectCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top) return null;
  return subjects[top[0]]?.longLabel ?? subjects[top[0]]?.shortLabel ?? null;
}
