import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startEmbeddedStack, type EmbeddedStack } from '#infra/local/stack.ts';
import { DEMO } from '#infra/local/demo.ts';
import { launchChromium, prepareRun, SCREENSHOTS, tileLabels as tileLabelsOf, watchPolicyViolations } from './support.ts';

/**
 * The platform journey of the guide (2.1–2.3) in real Chromium, against the built SPA served
 * by the embedded stack: login page, forced change of the initial password, home tiles,
 * session kept across a reload, Mon compte, sign-out and sign-in again.
 */
const NEW_PASSWORD = 'nouveau-secret-42';
const NEW_EMAIL = 'admin.demo@lycee-demo.fr';
const ADMIN_TILES = [
  'Importer des fichiers',
  'Informations abonnement',
  'Gestion des utilisateurs',
  'Gestion des accès élèves',
  'Gestion des accès parents',
  'Paramètres',
];

let stack: EmbeddedStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await prepareRun();
  [stack, browser] = await Promise.all([startEmbeddedStack({ port: 0, provisionDemo: true, quiet: true }), launchChromium()]);
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  await watchPolicyViolations(context, pageErrors);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const url = (path: string) => new URL(path, stack.url).toString();
const passwordField = () => page.getByLabel('Mot de passe', { exact: true });

async function signIn(login: string, password: string) {
  await page.getByLabel('Identifiant', { exact: true }).fill(login);
  await passwordField().fill(password);
  await page.getByRole('button', { name: 'Valider' }).click();
}

const tileLabels = () => tileLabelsOf(page);

describe('the platform in a browser', () => {
  it('shows the establishment name on its login page', async () => {
    await page.goto(url(`/${DEMO.uai}`));

    await page.getByRole('heading', { level: 1, name: DEMO.name }).waitFor();
    expect(await page.title()).toBe('Connexion — Cerise');
    await page.getByText('Mot de passe perdu ? Demandez à l’administrateur').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'login.png'), fullPage: true });
  });

  it('refuses a wrong password with the server’s French message', async () => {
    await signIn(DEMO.adminLogin, 'pas-le-bon');

    await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect.' }).waitFor();
    expect(page.url()).toBe(url(`/${DEMO.uai}`));
  });

  it('asks for a new password after a sign-in with the initial one', async () => {
    await signIn(DEMO.adminLogin, DEMO.adminPassword);

    await page.getByRole('heading', { name: 'Choisissez votre mot de passe' }).waitFor();
    expect(await page.getByRole('button', { name: 'Valider' }).count()).toBe(0);
  });

  it('explains in French why a too short or mistyped password is refused', async () => {
    await page.getByLabel('Nouveau mot de passe').fill('abc');
    await page.getByLabel('Confirmation du mot de passe').fill('abc');
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await page.getByText('Le mot de passe doit comporter au moins 6 caractères.').waitFor();

    await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
    await page.getByLabel('Confirmation du mot de passe').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
  });

  it('opens the home page with exactly the six tiles of the administrator', async () => {
    await page.getByLabel('Confirmation du mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();

    await page.waitForURL(url(`/${DEMO.uai}/accueil`));
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    expect(await page.title()).toBe('Accueil — Cerise');
    expect(await tileLabels()).toEqual(ADMIN_TILES);
    await page.getByRole('banner').getByText(DEMO.name, { exact: true }).waitFor();
    await page.getByRole('banner').locator('.user-profile').getByText('Administrateur', { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png'), fullPage: true });
  });

  it('keeps the session across a reload, through the refresh cookie, with no token in web storage', async () => {
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toBe('{}{}');
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'cerise_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    await page.reload();

    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    expect(page.url()).toBe(url(`/${DEMO.uai}/accueil`));
    expect(await tileLabels()).toEqual(ADMIN_TILES);
  });

  it('changes the e-mail address in Mon compte', async () => {
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    await page.getByLabel('Nouvelle adresse électronique').fill(NEW_EMAIL);
    await page.getByRole('button', { name: 'Changer d’adresse' }).click();

    await page.getByRole('status').filter({ hasText: 'Votre adresse électronique a été enregistrée.' }).waitFor();
    await page.getByTestId('current-email').filter({ hasText: NEW_EMAIL }).waitFor();
    await page.reload();
    await page.getByTestId('current-email').filter({ hasText: NEW_EMAIL }).waitFor();
  });

  it('signs out back to the login page and forgets the session', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await page.waitForURL(url(`/${DEMO.uai}`));
    await page.getByRole('status').filter({ hasText: 'Déconnexion effectuée.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: DEMO.name }).waitFor();

    await page.goto(url(`/${DEMO.uai}/accueil`));
    await page.waitForURL(url(`/${DEMO.uai}`));
    await page.getByRole('button', { name: 'Valider' }).waitFor();
  });

  it('signs in again with the new password straight to the home page', async () => {
    await signIn(DEMO.adminLogin, NEW_PASSWORD);

    await page.waitForURL(url(`/${DEMO.uai}/accueil`));
    expect(await tileLabels()).toEqual(ADMIN_TILES);
  });

  it('tells that an unknown establishment code matches nothing, without a form', async () => {
    await page.goto(url('/9999999Z'));

    await page.getByText('Aucun établissement ne correspond').waitFor();
    expect(await page.getByRole('button', { name: 'Valider' }).count()).toBe(0);
    expect(await page.getByLabel('Identifiant', { exact: true }).count()).toBe(0);
  });

  it('is served under a Content-Security-Policy with no inline script', async () => {
    const answer = await page.goto(url('/'));
    const policy = answer!.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy.match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // The root layout removes the boot message once the app started: the external bootstrap ran.
    await page.locator('#boot').waitFor({ state: 'detached' });
  });

  it('raised no script error nor Content-Security-Policy violation on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
