/**
 * Initial logins of imported users: `prenom.nom`, lower case, without accents, de-duplicated
 * (guide 3.1.2: "généralement prenom.nom"). A login is chosen once, at the user's first import,
 * and never changed afterwards (guide 3.1.3), so these rules only ever apply to new people.
 *
 * Which first name: SIECLE's `PRENOM` holds one given name (the others are in `PRENOM2` and
 * `PRENOM3`; STS has a single `PRENOM`), so the whole field is used, and a compound name typed
 * with a space (`Jean Pierre`) gives `jean-pierre` exactly like `Jean-Pierre`: we cannot tell
 * the two apart, and cutting would turn every « Jean Pierre » into a plain « jean ». Only a comma,
 * which SIECLE never puts there but a hand-typed or pasted list might (`Marie, Louise`), is read
 * as a separator between given names, and just the first is kept.
 */

/** Used when nothing usable is left of a name (empty, or written in a non-Latin script). */
export const FALLBACK_LOGIN = 'utilisateur';

/**
 * Longest base login. Generous enough for `marie-christine.de-la-fontaine-dupont` (37); the
 * de-duplication digits may come on top. Cognito accepts 128.
 */
export const MAX_BASE_LOGIN_LENGTH = 40;

/** Letters that canonical decomposition (NFD) leaves whole, spelled out the French way. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const LIGATURES = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}/gu;
// Apostrophes join elided particles to the name (d'Alembert, N'Diaye): dropped, not separators.
const APOSTROPHES = /['’ʼ‘`´]/g;
// Spaces (incl. non-breaking ones from copy-pastes) and every dash separate parts of a name.
const SEPARATORS = /[\s\-‐‑‒–—−]+/g;
const OUTSIDE_LOGIN_ALPHABET = /[^a-z0-9-]/g;

/**
 * The login stem `prenom.nom` of a person, before de-duplication.
 * @example baseLogin('Marie-Ève', "d'Alembert") // 'marie-eve.dalembert'
 * @example baseLogin('Jean', 'De La Fontaine') // 'jean.de-la-fontaine'
 */
export function baseLogin(firstName: string, lastName: string): string {
  const first = loginParts(firstName.split(',')[0] ?? '');
  const last = loginParts(lastName);
  if (first.length === 0 && last.length === 0) return FALLBACK_LOGIN;
  return capped(first, last);
}

/**
 * The first of `base`, `base2`, `base3`… that is free. Digits go straight after the name, with
 * no separator, as in the service this product re-creates (`jean.martin2`): users already know
 * that shape, and it cannot be confused with a two-part name the way `jean.martin-2` could.
 * @example uniqueLogin('jean.martin', (login) => login === 'jean.martin') // 'jean.martin2'
 */
export function uniqueLogin(base: string, isTaken: (login: string) => boolean): string {
  if (!isTaken(base)) return base;
  // A bound, so a predicate that always answers "taken" fails loudly instead of looping forever.
  for (let n = 2; n < 100_000; n += 1) {
    const candidate = `${base}${n}`;
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`No free login left for ${base}`);
}

export interface LoginCandidate {
  /** Stable identity of the person in the file (ELEVE_ID, INDIVIDU@ID…), unique in the batch. */
  key: string;
  firstName: string;
  lastName: string;
}

/**
 * Logins for a batch of new people, keyed by `key`. People are handled in name order (then key),
 * not file order, so that the same file imported again into the same establishment gives every
 * new person the same login, and homonyms are numbered in a stable order. Existing logins
 * (compared without case) are never reused, and neither is a login given earlier in the batch.
 * @example assignLogins([{ key: 'e1', firstName: 'Léa', lastName: 'Martin' }], new Set(['lea.martin'])) // Map { 'e1' => 'lea.martin2' }
 */
export function assignLogins(people: readonly LoginCandidate[], existing: ReadonlySet<string>): Map<string, string> {
  const taken = new Set([...existing].map((login) => login.toLowerCase()));
  const byKey = new Map<string, string>();
  const ordered = people
    .map((person) => ({ person, first: baseLogin(person.firstName, ''), last: baseLogin('', person.lastName) }))
    .sort(
      (a, b) =>
        compare(a.last, b.last) ||
        compare(a.first, b.first) ||
        compare(a.person.lastName, b.person.lastName) ||
        compare(a.person.firstName, b.person.firstName) ||
        compare(a.person.key, b.person.key),
    );
  for (const { person } of ordered) {
    if (byKey.has(person.key)) throw new Error(`Duplicate person key in login batch: ${person.key}`);
    const login = uniqueLogin(baseLogin(person.firstName, person.lastName), (candidate) => taken.has(candidate));
    taken.add(login);
    byKey.set(person.key, login);
  }
  return byKey;
}

/** The `[a-z0-9]` parts of a name, in order: `Marie-Ève  D'Arc` → `['marie', 'eve', 'darc']`. */
function loginParts(name: string): string[] {
  return name
    .toLowerCase()
    .replace(LIGATURES, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, '-')
    .replace(OUTSIDE_LOGIN_ALPHABET, '')
    .split('-')
    .filter((part) => part.length > 0);
}

/**
 * Joins the parts within the length cap. Whole trailing parts go first (further given names,
 * then the end of a compound surname), so a long name stays readable; a part is cut only when
 * the first given name and the first surname part alone do not fit.
 */
function capped(first: string[], last: string[]): string {
  const join = (f: string[], l: string[]): string => [f.join('-'), l.join('-')].filter((s) => s.length > 0).join('.');
  let f = first;
  let l = last;
  while (join(f, l).length > MAX_BASE_LOGIN_LENGTH && f.length > 1) f = f.slice(0, -1);
  while (join(f, l).length > MAX_BASE_LOGIN_LENGTH && l.length > 1) l = l.slice(0, -1);
  const login = join(f, l);
  if (login.length <= MAX_BASE_LOGIN_LENGTH) return login;
  const [firstPart = '', lastPart = ''] = [f[0], l[0]];
  if (firstPart === '' || lastPart === '') return login.slice(0, MAX_BASE_LOGIN_LENGTH);
  // Keep at least half for the surname, which is what tells people apart in a list.
  const budget = MAX_BASE_LOGIN_LENGTH - 1;
  const lastLength = Math.min(lastPart.length, Math.max(Math.ceil(budget / 2), budget - firstPart.length));
  return `${firstPart.slice(0, budget - lastLength)}.${lastPart.slice(0, lastLength)}`;
}

/** Code-unit order: the same in every browser and Node version, unlike locale collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
