import { newDivision } from '#functions/services/structure/new-division.ts';
import { randomUUID } from 'node:crypto';
import { dependencies } from '#functions/platform/dependencies.ts';
import { withCounts } from '#functions/services/import/division-counts.ts';
import type { Division } from '#functions/services/ports/structure.ts';
import type { User } from '#functions/services/ports/users.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { readEmails, type LocalEmail } from '../../../infra/local/emulators/ses.ts';
import { Client, type Answer } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

/**
 * People and classes for the admin modules' tests, written straight through the stores (as the
 * SIECLE import will), and a signed-in administrator of a fresh establishment to call the API.
 */
export async function adminSpace(baseUrl: string, name = 'Lycée des tests') {
  const establishment = await newEstablishment(name);
  const admin = await newMember(baseUrl, establishment.uai, 'admin');
  const call = <T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> => admin.client.call<T>(method, path, { token: admin.token, body });
  return { uai: establishment.uai, admin, call };
}

export function division(uai: string, code: string, options: Partial<Division> = {}): Division {
  return newDivision({ uai, code, ...options });
}

/** A unique address per call: every test file shares the SES emulator's mailbox. */
export function address(name: string): string {
  return `${name}.${randomUUID().slice(0, 8)}@example.fr`;
}

const loginOf = (firstName: string, lastName: string) => `${firstName}.${lastName}.${randomUUID().slice(0, 4)}`.toLowerCase();

/** An imported learner who has not signed in yet (no provider account), not stored yet. */
export function learner(uai: string, fields: Pick<User, 'firstName' | 'lastName'> & Partial<User>): User {
  return newUser({ uai, login: loginOf(fields.firstName, fields.lastName), profile: 'apprenant', origin: 'import', account: 'pending', ...fields });
}

/** An imported guardian of `children` (links written on both sides), not stored yet. */
export function guardian(uai: string, children: User[], fields: Pick<User, 'firstName' | 'lastName'> & Partial<User>): User {
  const parent = newUser({ uai, login: loginOf(fields.firstName, fields.lastName), profile: 'parent', origin: 'import', account: 'pending', ...fields });
  parent.childIds = children.map((child) => child.userId);
  for (const child of children) child.guardianIds.push(parent.userId);
  return parent;
}

/** Stores people and classes, and the per-class counts the import keeps on the division items. */
export async function store(divisions: Division[], people: User[]): Promise<void> {
  const deps = dependencies();
  for (const person of people) await deps.users.create(person);
  await deps.structure.createMany(withCounts(divisions, people));
}

/** The newest email sent to `to`, with the login and temporary password it carries. */
export async function lastEmailTo(sesEndpoint: string, to: string): Promise<LocalEmail & { login: string; password: string }> {
  const emails = await readEmails(sesEndpoint, { to });
  const email = emails.at(-1);
  if (!email) throw new Error(`no email to ${to}`);
  return { ...email, login: /Identifiant : (\S+)/.exec(email.text)?.[1] ?? '', password: /Mot de passe provisoire : (\S+)/.exec(email.text)?.[1] ?? '' };
}

export function signIn(baseUrl: string, uai: string, login: string, password: string) {
  return new Client(baseUrl).call('POST', '/api/auth/login', { body: { uai, login, password } });
}

/** Signs in with an initial password and chooses `newPassword`; returns the session's ID token. */
export async function firstSignIn(baseUrl: string, uai: string, login: string, initial: string, newPassword: string): Promise<string> {
  const client = new Client(baseUrl);
  const first = await client.call('POST', '/api/auth/login', { body: { uai, login, password: initial } });
  if (first.body.status !== 'new-password-required') throw new Error(`unexpected sign-in answer: ${first.text}`);
  const done = await client.call('POST', '/api/auth/new-password', { body: { uai, login, challenge: first.body.challenge, newPassword } });
  if (done.status !== 200) throw new Error(`could not choose a password: ${done.text}`);
  return done.body.session.idToken as string;
}
