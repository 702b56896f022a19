import { error, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api.ts';
import { auth, restoreSession } from '$lib/session.svelte.ts';
import { common } from '$lib/i18n/fr/common.ts';
import type { LayoutLoad } from './$types';

/**
 * Every page behind the login: restore the session (after a reload, through the refresh
 * cookie) or go to the login page; a session of another establishment goes to its own pages.
 */
export const load: LayoutLoad = async ({ parent, url }) => {
  const { uai } = await parent();
  let active;
  try {
    active = await restoreSession();
  } catch (failure) {
    error(503, failure instanceof ApiError ? failure.message : common.networkError);
  }
  if (!active) {
    auth.notice ??= common.signInFirst;
    redirect(307, `/${uai}`);
  }
  if (active.user.uai !== uai) {
    redirect(307, `/${active.user.uai}${url.pathname.slice(uai.length + 1)}${url.search}`);
  }
  return {};
};
