import { config } from '#functions/platform/config.ts';
import type { AccountsPort } from '#functions/services/ports/accounts.ts';
import { cognitoAccounts } from './cognito/index.ts';

/** Builds the local provider; only the embedded stack has one (infra/local/accounts.ts). */
export type LocalAccountsFactory = (options: { tableName: string; authDir: string }) => AccountsPort;

let chosen: AccountsPort | undefined;
let localFactory: LocalAccountsFactory | undefined;

/**
 * How the embedded stack hands its local provider in. This module never imports it, so the
 * AWS functions' bundles do not carry it (test/infra/bundles.test.ts).
 */
export function provideLocalAccounts(factory: LocalAccountsFactory): void {
  if (localFactory !== factory) chosen = undefined;
  localFactory = factory;
}

/**
 * The accounts provider for this environment: Cognito in AWS, the local provider in the embedded
 * stack (ACCOUNTS_PROVIDER). Chosen once, on first use, after the environment has been set.
 */
export function accounts(): AccountsPort {
  if (!chosen) {
    const settings = config();
    if (settings.accountsProvider === 'local') {
      if (!localFactory) throw new Error('ACCOUNTS_PROVIDER=local but no local provider was provided (infra/local/accounts.ts)');
      chosen = localFactory({ tableName: settings.tableName, authDir: settings.localAuthDir });
    } else {
      chosen = cognitoAccounts({ userPoolId: settings.userPoolId, clientId: settings.userPoolClientId });
    }
  }
  return chosen;
}
