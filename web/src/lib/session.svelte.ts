import { goto } from '$app/navigation';
import type { CurrentUser, Session } from '#shared/api/schemas/auth.ts';
import { ApiError, call, useAuthenticator } from '$lib/api.ts';
import { common } from '$lib/i18n/fr/common.ts';

/**
 * The signed-in session, kept in memory only: the ID token never touches localStorage or
 * sessionStorage. The refresh token is an HttpOnly cookie the browser sends to the auth routes, so
 * a reload restores the session with one call to `auth.refresh`.
 */
interface ActiveSession {
  idToken: string;
  /** Epoch milliseconds after which the API refuses the ID token. */
  expiresAt: number;
  user: CurrentUser;
}

const state = $state<{ current: ActiveSession | null; notice: string | null }>({ current: null, notice: null });

/** Renew the ID token this long before it expires. */
const REFRESH_MARGIN_MS = 60_000;

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<ActiveSession | null> | undefined;
/** The establishment of the last session, to send the user back to the right login page. */
let lastUai: string | undefined;

export const auth = {
  /** The connected user, or null. Reactive. */
  get user(): CurrentUser | null {
    return state.current?.user ?? null;
  },
  /** A one-off message for the login page (signed out, session expired). */
  get notice(): string | null {
    return state.notice;
  },
  set notice(value: string | null) {
    state.notice = value;
  },
};

/** Takes a message for the login page and clears it, so that it is shown once. */
export function takeNotice(): string | null {
  const notice = state.notice;
  state.notice = null;
  return notice;
}

/** Installs a session answered by login, new-password or refresh. */
export function startSession(session: Session): ActiveSession {
  const active: ActiveSession = {
    idToken: session.idToken,
    expiresAt: Date.now() + session.expiresIn * 1000,
    user: session.user,
  };
  state.current = active;
  state.notice = null;
  lastUai = session.user.uai;
  scheduleRefresh(session.expiresIn * 1000);
  return active;
}

/** Replaces the user's details after a change (e-mail address). */
export function updateUser(user: CurrentUser): void {
  if (state.current) state.current.user = user;
}

/**
 * Asks the server for a fresh ID token with the refresh cookie. Resolves to null when there is
 * no valid session (no cookie, expired, suspended); rejects only when the server is unreachable.
 * Concurrent callers share one request.
 */
export function refreshSession(): Promise<ActiveSession | null> {
  refreshInFlight ??= call('auth.refresh')
    .then(({ session }) => startSession(session))
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.code !== 'NETWORK' && error.status < 500) {
        clearSession();
        return null;
      }
      throw error;
    })
    .finally(() => {
      refreshInFlight = undefined;
    });
  return refreshInFlight;
}

/** The current session, restored from the refresh cookie after a reload. */
export async function restoreSession(): Promise<ActiveSession | null> {
  if (state.current && state.current.expiresAt - Date.now() > 5_000) return state.current;
  return refreshSession();
}

/** Signs out on the server (revokes the refresh cookie) and forgets the session. */
export async function logout(): Promise<string> {
  const uai = state.current?.user.uai ?? lastUai ?? '';
  try {
    await call('auth.logout');
  } catch {
    // The session is forgotten here anyway; the cookie expires by itself.
  }
  clearSession();
  state.notice = common.signedOut;
  return uai;
}

// Every non-public call of the client sends this session's ID token, renewed once on a 401.
useAuthenticator({
  token: async () => (state.current ?? (await refreshSession()))?.idToken ?? null,
  renew: async () => (await refreshSession())?.idToken ?? null,
  expire,
});

function clearSession(): void {
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  state.current = null;
}

async function expire(): Promise<never> {
  const uai = state.current?.user.uai ?? lastUai;
  clearSession();
  state.notice = common.sessionExpired;
  await goto(uai ? `/${uai}` : '/', { replaceState: true });
  throw new ApiError(401, 'UNAUTHENTICATED', common.sessionExpired);
}

function scheduleRefresh(lifetimeMs: number): void {
  clearTimeout(refreshTimer);
  const delay = Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2);
  refreshTimer = setTimeout(() => void proactiveRefresh(), delay);
}

async function proactiveRefresh(): Promise<void> {
  if (!state.current) return;
  try {
    const renewed = await refreshSession();
    if (!renewed) await expire().catch(() => undefined);
  } catch {
    // Unreachable server: try again shortly; the next call retries on its own anyway.
    refreshTimer = setTimeout(() => void proactiveRefresh(), 30_000);
  }
}

// Timers are throttled in background tabs: renew as soon as the page is visible again if needed.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    const active = state.current;
    if (document.visibilityState === 'visible' && active && active.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      void proactiveRefresh();
    }
  });
}

/** Whether the connected user's profile opens this module (the home tiles say the same). */
export function hasModule(module: string): boolean {
  return !!state.current?.user.modules.includes(module);
}
