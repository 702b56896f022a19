import type { User } from '../../ports/users.ts';

/** The user with `changes` applied, or null when nothing would change (so re-imports write nothing). */
export function applyChanges(before: User, changes: Partial<User>): User | null {
  let changed = false;
  for (const [field, value] of Object.entries(changes) as [keyof User, unknown][]) {
    if (!sameValue(before[field], value)) changed = true;
  }
  return changed ? ({ ...before, ...changes } as User) : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Names compared as a person would: case, accents and spaces do not make two people. */
export function personKey(lastName: string, firstName: string, birthDate: string | null): string {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return `${fold(lastName)}|${fold(firstName)}|${birthDate ?? ''}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.lastName.toUpperCase()} ${person.firstName}`.trim();
}

/** Sorted unique strings, so lists compare and store in a stable order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'fr'));
}
