import { provideLocalAccounts } from '#functions/adapters/accounts/index.ts';
import { localAccounts } from '#functions/adapters/accounts/local/index.ts';

/**
 * Points `accounts()` of this process at the local provider (scrypt, RS256 keys under
 * LOCAL_AUTH_DIR). The embedded stack, and any process that works on its data, calls this before
 * using the handlers or services; the AWS functions never import the local provider.
 */
export function useLocalAccounts(): void {
  provideLocalAccounts(localAccounts);
}
