import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startBrowserRun, type BrowserRun } from './class-run.ts';
import { openTile, placedMember, SCREENSHOTS, signIn, type PlacedMember } from './support.ts';

/**
 * The administrator's Paramètres (guide 3.6) in real Chromium: the establishment's details
 * (saved, kept after a reload, an invalid email refused field by field), the evaluation codes
 * (a degree renamed and re-lettered, the 2nd colour in yellow, a duplicate letter refused), an
 * input mask relabelled for one diploma, and a complexité added to a GA situation that a
 * teacher then finds in the référentiel.
 */
const NAME = 'Lycée des paramètres';
const NEW_NAME = 'Lycée des paramètres modifiés';
const PHONE = '01 23 45 67 89';
const AGORA = 'Bac Pro Assistance à la gestion des organisations et de leurs activités (AGOrA)';
const SCENARIO_CONTEXT = 'Situation de départ';
const POLE = 'Gestion administrative des relations externes';
const SITUATION = { id: 'ga.1.2.1', title: 'Participation à la gestion administrative de la prospection' };
const COMPLEXITE = 'Fichier de prospects de plus de 500 entreprises';

let run: BrowserRun;
let uai: string;
let admin: { login: string; password: string; call: PlacedMember['call'] };
let teacher: PlacedMember;

beforeAll(async () => {
  run = await startBrowserRun();
  // After the stack started: the stores now reach its emulators.
  const { newEstablishment, newMember } = await import('../integration/support/people.ts');
  ({ uai } = await newEstablishment(NAME));
  const created = await newMember(run.stack.url, uai, 'admin');
  admin = {
    login: created.user.login,
    password: created.password,
    call: (method, path, body) => created.client.call(method, path, { token: created.token, body }),
  };
  teacher = await placedMember(run.stack.url, uai, 'enseignant', { firstName: 'Claire', lastName: 'DURAND' }, {});
});

afterAll(async () => {
  await run?.stop();
});

/** The text of the error tied to an input by aria-describedby, or null. */
function fieldError(input: Locator): Promise<string | null> {
  return input.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ') || null;
  });
}

describe('an administrator sets up the establishment in Paramètres, in a browser', () => {
  let page: Page;
  const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text }).waitFor();
  const focusedId = () => page.evaluate(() => document.activeElement?.id);

  it('saves a new name and phone, shown in the header and kept after a reload', async () => {
    page = await run.page();
    await page.goto(run.url(`/${uai}`));
    await signIn(page, admin.login, admin.password);
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await openTile(page, 'Paramètres');
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    const name = page.getByLabel('Nom de l’établissement', { exact: true });
    const phone = page.getByLabel('Téléphone', { exact: true });
    await expect.poll(() => name.inputValue()).toBe(NAME);

    await name.fill(NEW_NAME);
    await phone.fill(PHONE);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await status('Les renseignements de l’établissement ont été enregistrés.');
    await page.getByRole('banner').getByText(NEW_NAME).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'parametres-details.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => name.inputValue()).toBe(NEW_NAME);
    expect(await phone.inputValue()).toBe(PHONE);
  });

  it('refuses an invalid email next to the field and saves nothing', async () => {
    const email = page.getByLabel('Adresse électronique de l’établissement', { exact: true });
    await email.fill('direction-sans-arobase');
    await page.getByLabel('Nom de l’établissement', { exact: true }).fill('Nom qui ne doit pas rester');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    await alert('Certaines informations sont invalides : Adresse électronique invalide.');
    expect(await fieldError(email)).toBe('Adresse électronique invalide.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(focusedId).toBe('email');
    const stored = await admin.call('GET', '/api/parametres/etablissement');
    expect(stored.body).toMatchObject({ name: NEW_NAME, phone: PHONE, email: `direction-${uai.toLowerCase()}@example.fr` });
  });

  it('renames a degree, changes its letter and makes the 2nd degree yellow', async () => {
    await page.getByRole('link', { name: 'Codifier les résultats d’évaluations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Codifier les résultats d’évaluations' }).waitFor();
    const degree = (label: string) => page.getByRole('group', { name: new RegExp(`${label} — compte pour`) });
    const eca = degree('En cours d’acquisition');
    await eca.getByLabel('Intitulé affiché').fill('Fragile');
    await eca.getByLabel('Code', { exact: true }).fill('f');
    await page.getByRole('radio', { name: /Jaune$/ }).check();
    await page.getByRole('button', { name: 'Valider', exact: true }).click();

    await status('Les codes d’évaluation ont été enregistrés.');
    // The letter comes back in capitals; the preview shows the new code and the yellow.
    expect(await eca.getByLabel('Code', { exact: true }).inputValue()).toBe('F');
    const preview = page.getByRole('region', { name: 'Aperçu' });
    await preview.getByText('F : Fragile').waitFor({ state: 'attached' });
    expect(await preview.locator('[title="Réussite partielle"]').evaluate((badge) => getComputedStyle(badge).backgroundColor)).toBe('rgb(255, 213, 79)');
    const stored = await admin.call('GET', '/api/parametres/codes');
    expect(stored.body).toMatchObject({ degrees: { ECA: { label: 'Fragile', letter: 'F' }, TE: { letter: 'D' } }, secondColour: 'yellow' });
    await page.screenshot({ path: join(SCREENSHOTS, 'parametres-codes.png'), fullPage: true });

    // Two degrees with the same letter: refused in French on the field, nothing sent.
    const teLetter = degree('Trop d’erreurs').getByLabel('Code', { exact: true });
    await teLetter.fill('F');
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await alert('Corrigez les champs signalés.');
    expect(await fieldError(teLetter)).toBe('La lettre « F » est déjà celle de « Fragile ».');
    await expect.poll(focusedId).toBe('letter-TE');
    expect((await admin.call('GET', '/api/parametres/codes')).body.degrees.TE.letter).toBe('D');
    await page.reload();
    await expect.poll(() => teLetter.inputValue()).toBe('D');
    expect(await page.getByRole('radio', { name: /Jaune$/ }).isChecked()).toBe(true);
  });

  it('relabels a scenario field of one diploma, kept after a reload', async () => {
    await page.getByRole('link', { name: 'Retour aux paramètres' }).click();
    await page.getByRole('link', { name: 'Modifier les masques de saisie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier les masques de saisie' }).waitFor();
    const diploma = page.getByLabel('Baccalauréat', { exact: true });
    const context = page.getByRole('group', { name: 'Gestion des scénarios' }).getByLabel('Contexte', { exact: true });
    await expect.poll(() => context.inputValue()).toBe('Contexte');

    await diploma.selectOption({ label: AGORA });
    await context.fill(SCENARIO_CONTEXT);
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await status(`Les masques de saisie du ${AGORA} ont été enregistrés.`);
    await page.getByText('Par défaut : Contexte').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'parametres-masques.png'), fullPage: true });

    await page.reload();
    // The page opens on GA, whose mask is untouched; AGOrA's keeps the new label.
    await expect.poll(() => diploma.inputValue()).toBe('ga');
    await expect.poll(() => context.inputValue()).toBe('Contexte');
    await diploma.selectOption({ label: AGORA });
    await expect.poll(() => context.inputValue()).toBe(SCENARIO_CONTEXT);
  });

  it('adds a complexité to a GA situation, which a teacher then finds in the référentiel', async () => {
    await page.getByRole('link', { name: 'Retour aux paramètres' }).click();
    await page.getByRole('link', { name: 'Compléter les référentiels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Référentiels' }).waitFor();
    expect(await page.getByLabel('Diplôme', { exact: true }).inputValue()).toBe('ga');

    await page.getByText(POLE).click();
    const summary = page.locator('summary').filter({ hasText: SITUATION.title });
    await expect.poll(() => summary.innerText()).toMatch(/\(0 complexité, 0 aléa/);
    await summary.click();
    const complexites = page.locator('details').filter({ has: summary }).last().getByRole('group', { name: 'Complexités' });
    await complexites.getByText('Aucune complexité.').waitFor();
    await complexites.getByRole('button', { name: 'Ajouter une complexité' }).click();
    await complexites.getByLabel('Complexité 1', { exact: true }).fill(COMPLEXITE);
    await page.getByRole('button', { name: 'Enregistrer les compléments' }).click();

    await status('Les compléments du référentiel GA ont été enregistrés.');
    await expect.poll(() => summary.innerText()).toMatch(/\(1 complexité, 0 aléa/);
    expect(await complexites.getByLabel('Complexité 1', { exact: true }).inputValue()).toBe(COMPLEXITE);
    await complexites.getByText('ajoutée ou modifiée par l’établissement').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'parametres-referentiels.png'), fullPage: true });

    const seen = await teacher.call('GET', '/api/referentiels/ga');
    expect(seen.status).toBe(200);
    expect(seen.body.qualifiers.filter((qualifier: { targetId: string }) => qualifier.targetId === SITUATION.id)).toEqual([
      { id: expect.any(String), type: 'complexite', targetId: SITUATION.id, title: COMPLEXITE, origin: 'etablissement' },
    ]);
  });

  it('raised no script error and no failed request but the refused email', () => {
    const refused = '400 PUT /api/parametres/etablissement';
    expect(run.errors.filter((error) => error === refused)).toHaveLength(1);
    expect(run.errors.filter((error) => error !== refused)).toEqual([]);
  });
});
