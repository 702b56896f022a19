import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppError, ErrorCode } from '#shared/api/errors.ts';
import { ID_TOKEN_MINUTES, NEW_PASSWORD_SESSION_MINUTES, passwordProblem, REFRESH_TOKEN_DAYS } from '#shared/domain/account-policy.ts';
import { authContextFromClaims, CLAIMS } from '#functions/services/ports/claims.ts';
import { fromPortError } from '#functions/platform/port-errors.ts';
import type { AccountRef, AccountsPort, NewAccount, Tokens } from '#functions/services/ports/accounts.ts';
import { PortError } from '#functions/services/ports/errors.ts';

/**
 * Rules only some providers enforce. cognito-local, which stands in for Cognito in tests, lets
 * several through (STACK.md §3.3); each test file declares what its provider really does, and
 * the flows needing anything else are simply not registered for it.
 */
export type AccountsCapability =
  /** A wrong temporary password is refused instead of answered with the new-password challenge. */
  | 'checks-temporary-password'
  /** A suspended account is refused at sign-in (after the password check) and accepted once reactivated. */
  | 'refuses-suspended-accounts'
  /** Suspending ends the account's sessions: its refresh tokens stop working. */
  | 'revokes-on-suspend'
  /** A temporary password set by the administrator ends the account's sessions. */
  | 'revokes-on-temporary-password'
  /** A permanent password (the user's change in Mon compte) ends the account's sessions too. */
  | 'revokes-on-password-change'
  /** `revoke` (log out) makes that refresh token useless, and only that one. */
  | 'revokes-refresh-tokens'
  /** The refresh token returned with the new-password answer works. */
  | 'refresh-after-new-password'
  /** A challenge answers once, and not after the password was changed in between. */
  | 'single-use-challenges'
  /** A challenge expires after NEW_PASSWORD_SESSION_MINUTES (needs `advanceClock`). */
  | 'expiring-challenges'
  /** A refresh token expires after REFRESH_TOKEN_DAYS (needs `advanceClock`). */
  | 'expiring-refresh-tokens'
  /** `setEmail` on a missing account says NOT_FOUND. */
  | 'set-email-reports-missing-account'
  /** `setProfile` changes the profile claim (cognito-local refuses updates of custom attributes). */
  | 'updates-custom-attributes';

export interface AccountsSubject {
  accounts: AccountsPort;
  /** Verifies an ID token as API Gateway's JWT authorizer would (signature, issuer, audience) and returns its claims. */
  verifyIdToken(token: string): Promise<Record<string, unknown>>;
  /** Moves the provider's clock; only providers declaring an `expiring-*` capability need it. */
  advanceClock?(ms: number): void;
}

interface Flow {
  name: string;
  needs?: AccountsCapability;
  run(subject: AccountsSubject): Promise<void>;
}

const UAI = '0751234A';
const TEMPORARY = 'initial-123';
const CHOSEN = 'choisi-456';
let sequence = 0;

function newAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  sequence += 1;
  return {
    uai: UAI,
    login: `prenom.nom${sequence}`,
    userId: randomUUID(),
    profile: 'enseignant',
    email: null,
    temporaryPassword: TEMPORARY,
    ...overrides,
  };
}

/**
 * What the API answers for the port error a call was refused with; fails the test when it
 * succeeded or threw something else (an adapter throws the port's errors, never the catalogue's).
 */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof PortError) return fromPortError(error)!;
    throw error;
  }
  throw new Error('Expected the call to be refused, but it succeeded');
}

async function expectRefused(call: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await refusal(call);
  expect(error.code).toBe(code);
  return error;
}

async function challengeOf(subject: AccountsSubject, ref: AccountRef, password: string): Promise<string> {
  const result = await subject.accounts.signIn(ref, password);
  if (result.kind !== 'new-password-required') throw new Error(`Expected a new-password challenge, got ${result.kind}`);
  return result.challenge;
}

async function tokensOf(subject: AccountsSubject, ref: AccountRef, password: string): Promise<Tokens> {
  const result = await subject.accounts.signIn(ref, password);
  if (result.kind !== 'signed-in') throw new Error(`Expected tokens, got ${result.kind}`);
  return result.tokens;
}

/** Creates an account and chooses its password: the state of every account after its first day. */
async function confirmedAccount(subject: AccountsSubject, overrides: Partial<NewAccount> = {}): Promise<{ account: NewAccount; tokens: Tokens }> {
  const account = newAccount(overrides);
  await subject.accounts.create(account);
  const challenge = await challengeOf(subject, account, TEMPORARY);
  const tokens = await subject.accounts.completeNewPassword(account, challenge, CHOSEN);
  return { account, tokens };
}

async function withClockMoved(subject: AccountsSubject, ms: number, run: () => Promise<void>): Promise<void> {
  if (!subject.advanceClock) throw new Error('This provider declared an expiring-* capability without advanceClock');
  subject.advanceClock(ms);
  try {
    await run();
  } finally {
    subject.advanceClock(-ms);
  }
}

const FLOWS: Flow[] = [
  {
    name: 'asks for a new password when an account signs in with its temporary password',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);

      const result = await subject.accounts.signIn(account, TEMPORARY);

      expect(result.kind).toBe('new-password-required');
      expect(result.kind === 'new-password-required' && result.challenge.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'issues an ID token naming the establishment, profile, user id and username once the new password is chosen',
    async run(subject) {
      const account = newAccount({ profile: 'admin', email: 'direction@lycee.fr' });
      await subject.accounts.create(account);
      const challenge = await challengeOf(subject, account, TEMPORARY);

      const tokens = await subject.accounts.completeNewPassword(account, challenge, CHOSEN);

      const claims = await subject.verifyIdToken(tokens.idToken);
      expect(claims).toMatchObject({
        [CLAIMS.uai]: UAI,
        [CLAIMS.profile]: 'admin',
        [CLAIMS.userId]: account.userId,
        [CLAIMS.username]: `${UAI}:${account.login}`,
        [CLAIMS.tokenUse]: 'id',
        email: 'direction@lycee.fr',
      });
      expect(authContextFromClaims(claims)).toEqual({ uai: UAI, userId: account.userId, profile: 'admin', login: account.login });
      expect(tokens.expiresInSeconds).toBe(ID_TOKEN_MINUTES * 60);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(ID_TOKEN_MINUTES * 60);
      expect(tokens.refreshToken).toEqual(expect.any(String));
    },
  },
  {
    name: 'signs in directly with the chosen password',
    async run(subject) {
      const { account } = await confirmedAccount(subject);

      const tokens = await tokensOf(subject, account, CHOSEN);

      expect((await subject.verifyIdToken(tokens.idToken))[CLAIMS.userId]).toBe(account.userId);
    },
  },
  {
    name: 'refuses a wrong password with AUTH_INVALID_CREDENTIALS',
    async run(subject) {
      const { account } = await confirmedAccount(subject);

      await expectRefused(subject.accounts.signIn(account, 'pas-le-bon'), 'AUTH_INVALID_CREDENTIALS');
    },
  },
  {
    name: 'refuses an unknown login exactly as a wrong password',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const wrongPassword = await refusal(subject.accounts.signIn(account, 'pas-le-bon'));

      const unknown = await expectRefused(subject.accounts.signIn({ uai: UAI, login: 'personne.inconnue' }, CHOSEN), 'AUTH_INVALID_CREDENTIALS');

      expect(unknown.message).toBe(wrongPassword.message);
    },
  },
  {
    name: 'refuses to create a login already taken in the establishment',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);

      await expectRefused(subject.accounts.create({ ...account, userId: randomUUID() }), 'ACCOUNT_EXISTS');
    },
  },
  {
    name: 'keeps the same login in two establishments apart',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const other = { ...newAccount(), login: account.login, uai: '0931234B' };
      await subject.accounts.create(other);
      const challenge = await challengeOf(subject, other, TEMPORARY);
      const otherTokens = await subject.accounts.completeNewPassword(other, challenge, 'autre-choix-789');

      const claims = await subject.verifyIdToken((await tokensOf(subject, account, CHOSEN)).idToken);
      const otherClaims = await subject.verifyIdToken(otherTokens.idToken);
      expect([claims[CLAIMS.uai], claims[CLAIMS.userId]]).toEqual([UAI, account.userId]);
      expect([otherClaims[CLAIMS.uai], otherClaims[CLAIMS.userId]]).toEqual(['0931234B', other.userId]);
      await expectRefused(subject.accounts.signIn(other, CHOSEN), 'AUTH_INVALID_CREDENTIALS');
    },
  },
  {
    name: 'returns a fresh ID token for a refresh token',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const tokens = await tokensOf(subject, account, CHOSEN);

      const refreshed = await subject.accounts.refresh(tokens.refreshToken);

      expect(refreshed.idToken).not.toBe(tokens.idToken);
      expect(refreshed.expiresInSeconds).toBe(ID_TOKEN_MINUTES * 60);
      const claims = await subject.verifyIdToken(refreshed.idToken);
      expect(authContextFromClaims(claims)).toEqual({ uai: UAI, userId: account.userId, profile: account.profile, login: account.login });
    },
  },
  {
    name: 'refuses a refresh token it never issued with UNAUTHENTICATED',
    async run(subject) {
      await expectRefused(subject.accounts.refresh('pas-un-jeton'), 'UNAUTHENTICATED');
      await expectRefused(subject.accounts.refresh(''), 'UNAUTHENTICATED');
    },
  },
  {
    name: 'ignores a log out with a refresh token it does not know',
    async run(subject) {
      await expect(subject.accounts.revoke('pas-un-jeton')).resolves.toBeUndefined();
    },
  },
  {
    name: 'asks for a new password again once the administrator sets a temporary one',
    async run(subject) {
      const { account } = await confirmedAccount(subject);

      await subject.accounts.setPassword(account, 'provisoire-789', { temporary: true });

      const challenge = await challengeOf(subject, account, 'provisoire-789');
      await subject.accounts.completeNewPassword(account, challenge, 'encore-un-autre');
      expect((await subject.accounts.signIn(account, 'encore-un-autre')).kind).toBe('signed-in');
    },
  },
  {
    name: 'signs in directly with a permanent password set by the administrator',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);

      await subject.accounts.setPassword(account, 'definitif-789', { temporary: false });

      expect((await subject.accounts.signIn(account, 'definitif-789')).kind).toBe('signed-in');
    },
  },
  {
    name: 'puts a new email in the next token, and leaves a removed one out',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const { refreshToken } = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.setEmail(account, 'nouvelle@adresse.fr');
      const withEmail = await subject.verifyIdToken((await subject.accounts.refresh(refreshToken)).idToken);
      await subject.accounts.setEmail(account, null);
      const withoutEmail = await subject.verifyIdToken((await subject.accounts.refresh(refreshToken)).idToken);

      expect(withEmail.email).toBe('nouvelle@adresse.fr');
      expect(withoutEmail.email).toBeUndefined();
    },
  },
  {
    name: 'puts a changed profile in the next token',
    needs: 'updates-custom-attributes',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const { refreshToken } = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.setProfile(account, 'lecteur');

      expect((await subject.verifyIdToken((await subject.accounts.refresh(refreshToken)).idToken))[CLAIMS.profile]).toBe('lecteur');
    },
  },
  {
    name: 'deletes an account, after which its login can be created again from scratch',
    async run(subject) {
      const { account } = await confirmedAccount(subject);

      await subject.accounts.remove(account);
      await subject.accounts.remove(account);

      await expectRefused(subject.accounts.signIn(account, CHOSEN), 'AUTH_INVALID_CREDENTIALS');
      await subject.accounts.create({ ...account, temporaryPassword: 'nouveau-123' });
      expect((await subject.accounts.signIn(account, 'nouveau-123')).kind).toBe('new-password-required');
    },
  },
  {
    name: 'refuses a new password under 6 characters with the precise policy message, and lets the user try again',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);
      const challenge = await challengeOf(subject, account, TEMPORARY);

      const error = await expectRefused(subject.accounts.completeNewPassword(account, challenge, 'abc'), 'PASSWORD_POLICY');

      expect(error.message).toBe(passwordProblem('abc'));
      await expect(subject.accounts.completeNewPassword(account, challenge, CHOSEN)).resolves.toHaveProperty('idToken');
    },
  },
  {
    name: 'refuses a temporary or administrator password that breaks the policy',
    async run(subject) {
      const account = newAccount({ temporaryPassword: 'abc' });

      await expectRefused(subject.accounts.create(account), 'PASSWORD_POLICY');
      await expectRefused(subject.accounts.signIn(account, 'abc'), 'AUTH_INVALID_CREDENTIALS');
      const { account: existing } = await confirmedAccount(subject);
      await expectRefused(subject.accounts.setPassword(existing, ' espace-devant', { temporary: false }), 'PASSWORD_EDGE_SPACE');
    },
  },
  {
    name: 'refuses the temporary password as the new one with PASSWORD_UNCHANGED',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);
      const challenge = await challengeOf(subject, account, TEMPORARY);

      await expectRefused(subject.accounts.completeNewPassword(account, challenge, TEMPORARY), 'PASSWORD_UNCHANGED');
    },
  },
  {
    name: 'refuses a challenge it did not issue with AUTH_CHALLENGE_EXPIRED',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);

      await expectRefused(subject.accounts.completeNewPassword(account, 'forge', CHOSEN), 'AUTH_CHALLENGE_EXPIRED');
    },
  },
  {
    name: 'answers NOT_FOUND when the administrator changes an account that does not exist',
    async run(subject) {
      const missing = { uai: UAI, login: 'jamais.cree' };

      await expectRefused(subject.accounts.setPassword(missing, 'provisoire-789', { temporary: true }), 'NOT_FOUND');
      await expectRefused(subject.accounts.suspend(missing), 'NOT_FOUND');
      await expectRefused(subject.accounts.reactivate(missing), 'NOT_FOUND');
    },
  },

  // Rules not every provider enforces.
  {
    name: 'refuses a wrong temporary password, or the old one after a reset, instead of asking for a new one',
    needs: 'checks-temporary-password',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);
      const { account: reset } = await confirmedAccount(subject);
      await subject.accounts.setPassword(reset, 'provisoire-789', { temporary: true });

      await expectRefused(subject.accounts.signIn(account, 'pas-le-bon'), 'AUTH_INVALID_CREDENTIALS');
      await expectRefused(subject.accounts.signIn(reset, CHOSEN), 'AUTH_INVALID_CREDENTIALS');
    },
  },
  {
    name: 'refuses a suspended account only when its password is right, and accepts it again once reactivated',
    needs: 'refuses-suspended-accounts',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const neverSignedIn = newAccount();
      await subject.accounts.create(neverSignedIn);

      await subject.accounts.suspend(account);
      await subject.accounts.suspend(neverSignedIn);

      await expectRefused(subject.accounts.signIn(account, CHOSEN), 'AUTH_ACCOUNT_SUSPENDED');
      await expectRefused(subject.accounts.signIn(account, 'pas-le-bon'), 'AUTH_INVALID_CREDENTIALS');
      await expectRefused(subject.accounts.signIn(neverSignedIn, TEMPORARY), 'AUTH_ACCOUNT_SUSPENDED');
      await subject.accounts.reactivate(account);
      expect((await subject.accounts.signIn(account, CHOSEN)).kind).toBe('signed-in');
    },
  },
  {
    name: 'refuses the refresh tokens of a suspended account, even after it is reactivated',
    needs: 'revokes-on-suspend',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const { refreshToken } = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.suspend(account);

      await expectRefused(subject.accounts.refresh(refreshToken), 'UNAUTHENTICATED');
      await subject.accounts.reactivate(account);
      await expectRefused(subject.accounts.refresh(refreshToken), 'UNAUTHENTICATED');
    },
  },
  {
    name: 'ends the sessions of an account whose password the administrator resets',
    needs: 'revokes-on-temporary-password',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const { refreshToken } = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.setPassword(account, 'provisoire-789', { temporary: true });

      await expectRefused(subject.accounts.refresh(refreshToken), 'UNAUTHENTICATED');
    },
  },
  {
    name: 'ends every session of an account whose password changes, and signs in with the new one',
    needs: 'revokes-on-password-change',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const phone = await tokensOf(subject, account, CHOSEN);
      const laptop = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.setPassword(account, 'change-de-mot-7', { temporary: false });

      await expectRefused(subject.accounts.refresh(phone.refreshToken), 'UNAUTHENTICATED');
      await expectRefused(subject.accounts.refresh(laptop.refreshToken), 'UNAUTHENTICATED');
      const fresh = await tokensOf(subject, account, 'change-de-mot-7');
      await expect(subject.accounts.refresh(fresh.refreshToken)).resolves.toHaveProperty('idToken');
    },
  },
  {
    name: 'refuses a revoked refresh token with UNAUTHENTICATED and keeps the other sessions',
    needs: 'revokes-refresh-tokens',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const phone = await tokensOf(subject, account, CHOSEN);
      const laptop = await tokensOf(subject, account, CHOSEN);

      await subject.accounts.revoke(phone.refreshToken);

      await expectRefused(subject.accounts.refresh(phone.refreshToken), 'UNAUTHENTICATED');
      await expect(subject.accounts.refresh(laptop.refreshToken)).resolves.toHaveProperty('idToken');
    },
  },
  {
    name: 'accepts the refresh token returned with the new password',
    needs: 'refresh-after-new-password',
    async run(subject) {
      const { account, tokens } = await confirmedAccount(subject);

      const refreshed = await subject.accounts.refresh(tokens.refreshToken);

      expect((await subject.verifyIdToken(refreshed.idToken))[CLAIMS.userId]).toBe(account.userId);
    },
  },
  {
    name: 'accepts a challenge only once, and not after the password was reset in between',
    needs: 'single-use-challenges',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);
      const used = await challengeOf(subject, account, TEMPORARY);
      await subject.accounts.completeNewPassword(account, used, CHOSEN);
      const other = newAccount();
      await subject.accounts.create(other);
      const stale = await challengeOf(subject, other, TEMPORARY);
      await subject.accounts.setPassword(other, 'provisoire-789', { temporary: true });

      await expectRefused(subject.accounts.completeNewPassword(account, used, 'encore-un-autre'), 'AUTH_CHALLENGE_EXPIRED');
      await expectRefused(subject.accounts.completeNewPassword(other, stale, 'encore-un-autre'), 'AUTH_CHALLENGE_EXPIRED');
      await expectRefused(subject.accounts.completeNewPassword(other, used, 'encore-un-autre'), 'AUTH_CHALLENGE_EXPIRED');
    },
  },
  {
    name: `refuses a challenge answered after ${NEW_PASSWORD_SESSION_MINUTES} minutes with AUTH_CHALLENGE_EXPIRED`,
    needs: 'expiring-challenges',
    async run(subject) {
      const account = newAccount();
      await subject.accounts.create(account);
      const challenge = await challengeOf(subject, account, TEMPORARY);

      await withClockMoved(subject, NEW_PASSWORD_SESSION_MINUTES * 60_000 + 1_000, async () => {
        await expectRefused(subject.accounts.completeNewPassword(account, challenge, CHOSEN), 'AUTH_CHALLENGE_EXPIRED');
      });
    },
  },
  {
    name: `refuses a refresh token after ${REFRESH_TOKEN_DAYS} day(s) with UNAUTHENTICATED`,
    needs: 'expiring-refresh-tokens',
    async run(subject) {
      const { account } = await confirmedAccount(subject);
      const { refreshToken } = await tokensOf(subject, account, CHOSEN);

      await withClockMoved(subject, REFRESH_TOKEN_DAYS * 86_400_000 + 1_000, async () => {
        await expectRefused(subject.accounts.refresh(refreshToken), 'UNAUTHENTICATED');
      });
    },
  },
  {
    name: 'answers NOT_FOUND when the administrator sets the email of an account that does not exist',
    needs: 'set-email-reports-missing-account',
    async run(subject) {
      await expectRefused(subject.accounts.setEmail({ uai: UAI, login: 'jamais.cree' }, 'x@lycee.fr'), 'NOT_FOUND');
    },
  },
];

/**
 * Registers the accounts contract for one provider. `setup` runs once, after the file's own
 * hooks have started the emulators; flows needing a capability the provider lacks are left out
 * (not skipped: they do not exist for that provider).
 */
export function describeAccountsContract(name: string, setup: () => Promise<AccountsSubject>, capabilities: readonly AccountsCapability[]): void {
  describe(`accounts contract: ${name}`, () => {
    let subject: AccountsSubject;
    beforeAll(async () => {
      subject = await setup();
    });
    for (const flow of FLOWS) {
      if (flow.needs && !capabilities.includes(flow.needs)) continue;
      it(flow.name, () => flow.run(subject));
    }
  });
}

/** Every capability, for a provider that enforces them all. */
export const ALL_CAPABILITIES: readonly AccountsCapability[] = [
  'checks-temporary-password',
  'refuses-suspended-accounts',
  'revokes-on-suspend',
  'revokes-on-temporary-password',
  'revokes-on-password-change',
  'revokes-refresh-tokens',
  'refresh-after-new-password',
  'single-use-challenges',
  'expiring-challenges',
  'expiring-refresh-tokens',
  'set-email-reports-missing-account',
  'updates-custom-attributes',
];
