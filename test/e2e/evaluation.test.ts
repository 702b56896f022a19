import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gaClass, startBrowserRun, type BrowserRun } from './class-run.ts';
import { openTile, SCREENSHOTS, signIn, type PlacedMember } from './support.ts';

/**
 * A teacher's evaluation from start to finish (issue 4, without attachments) in real Chromium:
 * a scenario with two items picked in the GA référentiel tree, an evaluation created from it for
 * two learners of the class, the grid filled from the keyboard only, made visible; then one of
 * the learners signs in and reads their own results, and only theirs.
 */
const NAME = 'Lycée des évaluations';
const DIVISION = '1GA1';
const GROUP = '1GA1-ANG';
const SCENARIO = 'Accueil des fournisseurs';
const EVALUATION = 'Évaluation fournisseurs';
const ITEM_1 = '1.1.1 — Tenue des dossiers fournisseurs et sous-traitants';
const ITEM_2 = "1.1.2 — Traitement des ordres d'achat, des commandes";
/** The default labels of the codes (letters A, B, C, D). */
const LABEL = { A: 'Réussite totale', B: 'Réussite partielle', C: 'En cours d’acquisition', D: 'Trop d’erreurs', NE: 'Non évaluable' } as const;

type Person = PlacedMember;

let run: BrowserRun;
let uai: string;
let teacher: Person;
/** Léa and Hugo are evaluated; Inès, in the same class, is not. */
let lea: Person;
let hugo: Person;
let ines: Person;
/** The learners in the order of the grid's rows. */
let order: string[] = [];

beforeAll(async () => {
  run = await startBrowserRun();
  ({ uai, teacher, lea, hugo, ines } = await gaClass(run, NAME, DIVISION));
  // Léa and Hugo also make up the teacher's English group: the evaluation picks them by it.
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { newDivision } = await import('#functions/services/structure/new-division.ts');
  const deps = dependencies();
  await deps.structure.createMany([newDivision({ uai, code: GROUP, kind: 'group', divisionCodes: [DIVISION] })]);
  for (const [member, groups] of [
    [teacher, null],
    [lea, [GROUP]],
    [hugo, [GROUP]],
  ] as const) {
    const user = (await deps.users.get(uai, member.id))!;
    await deps.users.save(groups ? { ...user, groups: [...groups] } : { ...user, divisions: [DIVISION, GROUP] });
  }
});

afterAll(async () => {
  await run?.stop();
});

const freshPage = () => run.page();
const url = (path: string) => run.url(path);

async function signInAs(page: Page, person: Person) {
  await page.goto(url(`/${uai}`));
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await signIn(page, person.login, person.password);
  await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
}

/** The accessible name of a grid cell: « learner, item : label ». */
const cellName = (learner: string, item: string, label: string) => `${learner}, ${item} : ${label}`;

describe('a teacher evaluates from a scenario, a learner reads their results, in a browser', () => {
  let page: Page;

  it('creates a scenario with two items picked in the GA référentiel tree', async () => {
    page = await freshPage();
    await signInAs(page, teacher);
    await openTile(page, 'Gestion des scénarios');
    await page.getByRole('heading', { level: 1, name: 'Gestion des scénarios' }).waitFor();
    await page.getByRole('link', { name: 'Nouveau scénario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau scénario' }).waitFor();

    await page.getByLabel('Diplôme', { exact: true }).selectOption({ label: 'Bac Pro Gestion-Administration' });
    await page.getByLabel('Niveau', { exact: true }).selectOption('1BPRO3');
    await page.getByLabel('Titre du scénario').fill(SCENARIO);

    const picker = page.getByRole('group', { name: 'Items évalués dans le scénario' });
    await picker.getByRole('button', { name: '1 — Gestion administrative des relations externes' }).click();
    await picker.getByRole('button', { name: '1.1 — Gestion administrative des relations avec les fournisseurs' }).click();
    await picker.getByRole('checkbox', { name: ITEM_1 }).check();
    await picker.getByRole('checkbox', { name: ITEM_2 }).check();
    await picker.getByText('2 items choisis :').waitFor();

    await page.getByRole('button', { name: 'Validez la création du scénario' }).click();
    await page.getByRole('heading', { level: 1, name: SCENARIO }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/${uai}/scenarios/[^/]+$`));
    await page.getByText(ITEM_1).first().waitFor();
    await page.getByText(ITEM_2).first().waitFor();
  });

  it('attaches a small PDF to the scenario she created and sees it listed', async () => {
    await page
      .getByLabel('Ajouter une pièce jointe')
      .setInputFiles({ name: 'consignes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% Consignes\n%%EOF\n') });
    await page.getByText('« consignes.pdf » ajoutée.').waitFor();
    await page.getByRole('button', { name: /^consignes\.pdf/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'scenario-attachment.png'), fullPage: true });
  });

  it('finds no evaluation of this year yet', async () => {
    const list = await freshPage();
    await signInAs(list, teacher);
    await openTile(list, 'Gestion des évaluations');
    await list.getByRole('heading', { level: 1, name: 'Gestion des évaluations' }).waitFor();
    await list.getByText('Aucune évaluation cette année.', { exact: false }).waitFor();
  });

  it('creates an evaluation from the scenario for two learners of the class', async () => {
    // Straight from the scenario's page: the form opens with the scenario chosen.
    await page.getByRole('link', { name: 'Créer une évaluation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle évaluation' }).waitFor();
    expect(await page.getByLabel('Créer depuis un scénario').locator('option:checked').textContent()).toBe(`${SCENARIO} (1BPRO3)`);

    await page.getByLabel('Titre de l’évaluation').fill(EVALUATION);
    const learners = page.getByRole('group', { name: 'Apprenants évalués' });
    await learners.getByRole('checkbox', { name: `Tout le groupe ${GROUP} (2 apprenants)` }).check();
    await learners.getByText('2 apprenants choisis').waitFor();
    expect(await learners.getByRole('checkbox', { name: lea.name }).isChecked()).toBe(true);
    expect(await learners.getByRole('checkbox', { name: hugo.name }).isChecked()).toBe(true);
    expect(await learners.getByRole('checkbox', { name: ines.name }).isChecked()).toBe(false);

    await page.getByRole('button', { name: 'Créer l’évaluation' }).click();
    await page.getByRole('heading', { level: 1, name: EVALUATION }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/${uai}/evaluations/[^/]+$`));
  });

  it('fills the grid from the keyboard only and waits for « Enregistré »', async () => {
    const grid = page.getByRole('table', { name: `Résultats de l’évaluation « ${EVALUATION} »` });
    await grid.waitFor();
    // A row header is « Nom Prénom (classe) » followed by its « Remplir… » button.
    const rows = (await grid.getByRole('rowheader').allTextContents()).map((text) => text.replace(/\s*\(.*$/s, '').trim());
    expect(rows.slice().sort()).toEqual([hugo.name, lea.name].sort());
    expect(await grid.locator('button.cell-button').count()).toBe(4);
    order = rows;
    const [first, second] = rows as [string, string];

    // Row 1: A (RT), then B (RP) in the next cell — two single letters in two cells, never the
    // two-letter AB (Absent); row 2: N and E in one cell give NE, then D (TE) going back.
    await grid.getByRole('button', { name: cellName(first, ITEM_1, 'Non saisi') }).focus();
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('b');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    await page.keyboard.press('e');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('d');

    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Enregistré\s*$/ })
      .waitFor();
    const expected: [string, string, string][] = [
      [first, ITEM_1, LABEL.A],
      [first, ITEM_2, LABEL.B],
      [second, ITEM_1, LABEL.D],
      [second, ITEM_2, LABEL.NE],
    ];
    for (const [learner, item, label] of expected) await grid.getByRole('button', { name: cellName(learner, item, label) }).waitFor();
    // The focus stayed in the grid, on the last cell typed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(cellName(second, ITEM_1, LABEL.D));
    await page.screenshot({ path: join(SCREENSHOTS, 'evaluation-grid.png'), fullPage: true });

    // What is shown is what was stored: the grid read again shows the same codes.
    await page.reload();
    await grid.waitFor();
    for (const [learner, item, label] of expected) await grid.getByRole('button', { name: cellName(learner, item, label) }).waitFor();
  });

  it('makes the evaluation visible to the learners', async () => {
    const visible = page.getByRole('switch', { name: 'Visible des apprenants' });
    expect(await visible.isChecked()).toBe(false);
    await visible.check();
    await expect.poll(() => visible.isEnabled()).toBe(true);
    expect(await visible.isChecked()).toBe(true);

    await page.getByRole('link', { name: '← Retour aux évaluations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gestion des évaluations' }).waitFor();
    const listed = page.getByRole('switch', { name: `Visible des apprenants : ${EVALUATION}` });
    await listed.waitFor();
    expect(await listed.isChecked()).toBe(true);
  });

  it('lets a learner, in a fresh browser, read their own results and nobody else’s', async () => {
    const learnerPage = await freshPage();
    await signInAs(learnerPage, lea);
    await openTile(learnerPage, 'Gestion des évaluations');
    await learnerPage.getByRole('heading', { level: 1, name: 'Mes évaluations' }).waitFor();
    await learnerPage.getByText('1 évaluation', { exact: true }).waitFor();
    const row = learnerPage.getByRole('row').filter({ has: learnerPage.getByRole('link', { name: EVALUATION }) });
    // Authors are written « Prénom NOM », learners « NOM Prénom ».
    await row.getByText('Claire DURAND').waitFor();

    await row.getByRole('link', { name: EVALUATION }).click();
    await learnerPage.getByRole('heading', { level: 1, name: EVALUATION }).waitFor();
    const results = learnerPage.getByRole('table', { name: 'Mes résultats' });
    await results.waitFor();
    const lines = await results
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())));
    const mine = lea.name === order[0] ? [LABEL.A, LABEL.B] : [LABEL.D, LABEL.NE];
    expect(lines).toHaveLength(2);
    expect(lines[0]![0]).toBe(ITEM_1);
    expect(lines[1]![0]).toBe(ITEM_2);
    expect(lines[0]![1]).toContain(mine[0]);
    expect(lines[1]![1]).toContain(mine[1]);

    const text = await learnerPage.locator('body').innerText();
    for (const other of [hugo, ines]) expect(text).not.toContain(other.name);
    await learnerPage.screenshot({ path: join(SCREENSHOTS, 'evaluation-learner.png'), fullPage: true });
  });

  it('raised no script error and no failed request on any page', () => {
    expect(run.errors).toEqual([]);
  });
});
