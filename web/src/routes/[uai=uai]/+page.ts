import { redirect } from '@sveltejs/kit';
import type { EstablishmentPublic } from '#shared/api/schemas/auth.ts';
import { ApiError, call } from '$lib/api.ts';
import { auth, refreshSession } from '$lib/session.svelte.ts';
import type { PageLoad } from './$types';

export type EstablishmentLookup =
  { kind: 'found'; establishment: EstablishmentPublic } | { kind: 'unknown'; message: string } | { kind: 'failed'; message: string };

/** The login page: the establishment's name, or why it cannot be shown. */
export const load: PageLoad = async ({ parent }) => {
  const { uai } = await parent();

  // Already signed in here (in memory, or through the refresh cookie): go straight home. After a
  // sign-out or an expiry a notice is pending and the cookie is known to be gone: don't ask.
  const signedIn = auth.user
    ? Promise.resolve(auth.user)
    : auth.notice
      ? Promise.resolve(null)
      : refreshSession().then(
          (active) => active?.user ?? null,
          () => null,
        );
  const lookup = lookUp(uai);

  const user = await signedIn;
  if (user && user.uai === uai) redirect(307, `/${uai}/accueil`);
  return { lookup: await lookup };
};

async function lookUp(uai: string): Promise<EstablishmentLookup> {
  try {
    const establishment = await call('auth.establishment', { path: { uai } });
    return { kind: 'found', establishment };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return error.code === 'ESTABLISHMENT_UNKNOWN' ? { kind: 'unknown', message: error.message } : { kind: 'failed', message: error.message };
  }
}
