import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * What every browser test shares: where the built app and the screenshots live, Debian's
 * Chromium with the flags that keep it quiet and offline, and the sign-in forms.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/e2e');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails early with the way out when the SPA was not built; creates the screenshot folder. */
export async function prepareRun(): Promise<void> {
  const built = await stat(join(ROOT, 'web/build/index.html')).catch(() => null);
  if (!built) throw new Error('web/build is missing: run `npm run test:e2e` (it builds the app first).');
  await mkdir(SCREENSHOTS, { recursive: true });
}

/**
 * A private copy of web/build, for a test that must not see the app change under it when
 * another `npm run build:web` replaces the build (new chunk names) while it runs. Taken again
 * if the build changed during the copy. The caller removes the directory.
 */
export async function snapshotWebBuild(): Promise<string> {
  const source = join(ROOT, 'web/build');
  const version = () => readFile(join(source, '_app/version.json'), 'utf8').catch(() => null);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const target = await mkdtemp(join(tmpdir(), 'cerise-web-'));
    const before = await version();
    await cp(source, target, { recursive: true }).catch(() => undefined);
    const complete = await stat(join(target, 'index.html')).then(
      () => true,
      () => false,
    );
    if (before && complete && before === (await version())) return target;
    await rm(target, { recursive: true, force: true });
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('web/build kept changing while it was copied.');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Fills the login form of `/<UAI>` and submits it. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Identifiant', { exact: true }).fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Valider' }).click();
}

/** The forced change after a sign-in with an initial password, up to the home page. */
export async function chooseNewPassword(page: Page, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Choisissez votre mot de passe' }).waitFor();
  await page.getByLabel('Nouveau mot de passe').fill(password);
  await page.getByLabel('Confirmation du mot de passe').fill(password);
  await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
}

/** The labels of the home tiles, in the order shown. */
export async function tileLabels(page: Page): Promise<string[]> {
  const texts = await page.getByRole('navigation', { name: 'Vos modules' }).getByRole('link').allInnerTexts();
  return texts.map((text) => text.split('\n')[0]!.trim());
}

/**
 * Reports every Content-Security-Policy violation of the context's pages (a blocked script, style,
 * image or connection) to `errors`: the built app must run under its policy untouched.
 */
export async function watchPolicyViolations(context: BrowserContext, errors: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => void errors.push(`CSP: ${violation}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`,
      );
    });
  });
}

/**
 * A page in a fresh French context whose script errors, Content-Security-Policy violations, console errors and failed requests
 * (but the refresh of a session that has none) are pushed to `errors`; the context goes to
 * `contexts` for the caller to close.
 */
export async function watchedPage(browser: Browser, contexts: BrowserContext[], errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  await watchPolicyViolations(context, errors);
  const opened = await context.newPage();
  opened.setDefaultTimeout(15_000);
  opened.on('pageerror', (error) => errors.push(error.message));
  opened.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
  });
  opened.on('response', (response) => {
    const failure = `${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`;
    if (response.status() >= 400 && failure !== '401 POST /api/auth/refresh') errors.push(failure);
  });
  return opened;
}

/** Opens a module from the home page's tiles. */
export async function openTile(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Vos modules' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
}

/** A signed-up member of a browser test: what the sign-in form needs, and their API client. */
export interface PlacedMember {
  id: string;
  login: string;
  password: string;
  /** « NOM Prénom », as lists show it. */
  name: string;
  call: <T = any>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T; text: string }>;
}

/**
 * A member with a chosen password, renamed and placed in classes as an import would. Call it
 * after the embedded stack started: the stores then reach its emulators.
 */
export async function placedMember(
  baseUrl: string,
  uai: string,
  profile: 'enseignant' | 'apprenant',
  names: { firstName: string; lastName: string },
  place: { divisions?: string[]; division?: string },
): Promise<PlacedMember> {
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { newMember } = await import('../integration/support/people.ts');
  const users = dependencies().users;
  const created = await newMember(baseUrl, uai, profile);
  const user = (await users.get(uai, created.user.userId))!;
  await users.save({ ...user, ...names, ...place });
  return {
    id: created.user.userId,
    login: created.user.login,
    password: created.password,
    name: `${names.lastName} ${names.firstName}`,
    call: (method, path, body) => created.client.call(method, path, { token: created.token, body }),
  };
}
