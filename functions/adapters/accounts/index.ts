import { config } from '#functions/platform/config.ts';
import type { AccountsPort } from '#functions/services/ports/accounts.ts';
import { cognitoAccounts } from './cognito/index.ts';
import { localAccounts } from './local/index.ts';

let chosen: AccountsPort | undefined;

/**
 * The accounts provider for this environment: Cognito in AWS, the local provider in the embedded
 * stack (ACCOUNTS_PROVIDER). Chosen once, on first use, after the environment has been set.
 */
export function accounts(): AccountsPort {
  if (!chosen) {
    const settings = config();
    chosen =
      settings.accountsProvider === 'local'
        ? localAccounts({ tableName: settings.tableName, authDir: settings.localAuthDir })
        : cognitoAccounts({ userPoolId: settings.userPoolId, clientId: settings.userPoolClientId });
  }
  return chosen;
}
