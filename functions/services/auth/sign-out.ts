import type { Dependencies } from '#functions/services/ports/dependencies.ts';

/** Ends the session behind a refresh token; without one (or signing out twice) there is nothing to do. */
export async function signOut(deps: Pick<Dependencies, 'accounts'>, refreshToken: string | undefined): Promise<void> {
  if (refreshToken) await deps.accounts.revoke(refreshToken);
}
