import {
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Profile } from '#shared/domain/profiles.ts';
import { decodeJwt } from 'jose';
import { AccountRefused, Missing } from '#functions/services/ports/errors.ts';
import { ID_TOKEN_MINUTES } from '#shared/domain/account-policy.ts';
import { CLAIMS } from '#functions/services/ports/claims.ts';
import {
  accountUsername,
  type AccountRef,
  type AccountsPort,
  type IdToken,
  type NewAccount,
  type SignInResult,
  type Tokens,
} from '#functions/services/ports/accounts.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { isTemporaryPassword, unwrapChallenge, wrapChallenge } from './challenge.ts';
import { fromCognitoError, type CognitoOperation } from './errors.ts';

export interface CognitoAccountsOptions {
  userPoolId: string;
  /** The app client: no secret, USER_PASSWORD_AUTH and refresh enabled, token revocation on. */
  clientId: string;
  /** Defaults to `new CognitoIdentityProviderClient({})`, which honours AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER. */
  client?: CognitoIdentityProviderClient;
}

/**
 * The accounts port over a Cognito user pool (username `<uai>:<login>`, custom attributes for the
 * claims). Rules Cognito does not check the way we want (our French password policy, refusing the
 * temporary password as the new one) are checked here first, as in the local provider.
 */
export function cognitoAccounts(options: CognitoAccountsOptions): AccountsPort {
  return new CognitoAccounts(options.client ?? new CognitoIdentityProviderClient({}), options.userPoolId, options.clientId);
}

class CognitoAccounts implements AccountsPort {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
    private readonly clientId: string,
  ) {}

  async create(account: NewAccount): Promise<void> {
    assertPasswordPolicy(account.temporaryPassword);
    const attributes = [
      { Name: CLAIMS.uai, Value: account.uai },
      { Name: CLAIMS.profile, Value: account.profile },
      { Name: CLAIMS.userId, Value: account.userId },
      ...emailAttributes(account.email),
    ];
    await this.call('admin', () =>
      this.cognito.send(
        new AdminCreateUserCommand({
          ...this.user(account),
          TemporaryPassword: account.temporaryPassword,
          // Our own emails announce accounts (French templates, SES); Cognito sends nothing.
          MessageAction: 'SUPPRESS',
          UserAttributes: attributes,
        }),
      ),
    );
  }

  async signIn(ref: AccountRef, password: string): Promise<SignInResult> {
    const response = await this.call('sign-in', () =>
      this.cognito.send(
        new InitiateAuthCommand({
          ClientId: this.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: accountUsername(ref), PASSWORD: password },
        }),
      ),
    );
    if (response.ChallengeName === 'NEW_PASSWORD_REQUIRED' && response.Session) {
      return { kind: 'new-password-required', challenge: await wrapChallenge(response.Session, password) };
    }
    return { kind: 'signed-in', tokens: tokensFrom(response.AuthenticationResult, response.ChallengeName) };
  }

  async completeNewPassword(ref: AccountRef, challenge: string, newPassword: string): Promise<Tokens> {
    const envelope = unwrapChallenge(challenge);
    if (!envelope) throw new AccountRefused('challenge-expired');
    assertPasswordPolicy(newPassword);
    if (await isTemporaryPassword(newPassword, envelope)) throw new AccountRefused('password-unchanged');
    const response = await this.call('new-password', () =>
      this.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: this.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: envelope.session,
          ChallengeResponses: { USERNAME: accountUsername(ref), NEW_PASSWORD: newPassword },
        }),
      ),
    );
    return tokensFrom(response.AuthenticationResult, response.ChallengeName);
  }

  async refresh(refreshToken: string): Promise<IdToken> {
    if (!refreshToken) throw new AccountRefused('session-invalid');
    const response = await this.call('refresh', () =>
      this.cognito.send(
        new InitiateAuthCommand({
          ClientId: this.clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        }),
      ),
    );
    const idToken = response.AuthenticationResult?.IdToken;
    if (!idToken) throw new AccountRefused('session-invalid');
    return { idToken, expiresInSeconds: lifetimeOf(idToken) };
  }

  async revoke(refreshToken: string): Promise<void> {
    if (!refreshToken) return;
    try {
      await this.cognito.send(new RevokeTokenCommand({ ClientId: this.clientId, Token: refreshToken }));
    } catch (error) {
      // Logging out with a token Cognito no longer knows is already done.
      const name = error instanceof Error ? error.name : '';
      if (name !== 'NotAuthorizedException' && name !== 'UnsupportedTokenTypeException') throw error;
    }
  }

  async setPassword(ref: AccountRef, password: string, options: { temporary: boolean }): Promise<void> {
    assertPasswordPolicy(password);
    await this.call('admin', () =>
      this.cognito.send(new AdminSetUserPasswordCommand({ ...this.user(ref), Password: password, Permanent: !options.temporary })),
    );
    // Cognito keeps the refresh tokens when the password changes; we end the sessions, as the local provider does.
    await this.signOutEverywhere(ref);
  }

  async setEmail(ref: AccountRef, email: string | null): Promise<void> {
    if (email === null) {
      const names = ['email', 'email_verified'];
      await this.call('admin', () => this.cognito.send(new AdminDeleteUserAttributesCommand({ ...this.user(ref), UserAttributeNames: names })));
      return;
    }
    // Marked verified: the administrator typed it, and Cognito must not mail a code of its own.
    const attributes = emailAttributes(email);
    await this.call('admin', () => this.cognito.send(new AdminUpdateUserAttributesCommand({ ...this.user(ref), UserAttributes: attributes })));
  }

  async suspend(ref: AccountRef): Promise<void> {
    await this.call('admin', () => this.cognito.send(new AdminDisableUserCommand(this.user(ref))));
    // Disabling alone leaves refresh tokens working until they expire.
    await this.signOutEverywhere(ref);
  }

  async reactivate(ref: AccountRef): Promise<void> {
    await this.call('admin', () => this.cognito.send(new AdminEnableUserCommand(this.user(ref))));
  }

  async setProfile(ref: AccountRef, profile: Profile): Promise<void> {
    await this.call('admin', () =>
      this.cognito.send(new AdminUpdateUserAttributesCommand({ ...this.user(ref), UserAttributes: [{ Name: 'custom:profile', Value: profile }] })),
    );
  }

  async remove(ref: AccountRef): Promise<void> {
    try {
      // AdminDeleteUser also invalidates the user's tokens.
      await this.call('admin', () => this.cognito.send(new AdminDeleteUserCommand(this.user(ref))));
    } catch (error) {
      if (!(error instanceof Missing)) throw error;
    }
  }

  private async signOutEverywhere(ref: AccountRef): Promise<void> {
    await this.call('admin', () => this.cognito.send(new AdminUserGlobalSignOutCommand(this.user(ref))));
  }

  private user(ref: AccountRef): { UserPoolId: string; Username: string } {
    return { UserPoolId: this.userPoolId, Username: accountUsername(ref) };
  }

  private async call<T>(operation: CognitoOperation, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw fromCognitoError(error, operation);
    }
  }
}

function emailAttributes(email: string | null): { Name: string; Value: string }[] {
  return email
    ? [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ]
    : [];
}

function tokensFrom(result: AuthenticationResultType | undefined, challengeName: string | undefined): Tokens {
  if (!result?.IdToken || !result.RefreshToken) {
    // MFA or another challenge: the user pool is not configured the way this adapter expects.
    throw new Error(`Unexpected Cognito answer: ${challengeName ?? 'no tokens'}`);
  }
  return { idToken: result.IdToken, refreshToken: result.RefreshToken, expiresInSeconds: lifetimeOf(result.IdToken) };
}

// Cognito's ExpiresIn describes the access token (and cognito-local omits it): read the ID token.
function lifetimeOf(idToken: string): number {
  const { exp, iat } = decodeJwt(idToken);
  return typeof exp === 'number' && typeof iat === 'number' ? exp - iat : ID_TOKEN_MINUTES * 60;
}
