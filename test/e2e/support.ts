import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * What every browser test shares: where the built app and the screenshots live, Debian's
 * Chromium with the flags that keep it quiet and offline, and the sign-in forms.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/e2e');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
    const complete = await stat(join(target, 'index.html')).then(() => true, () => false);
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
