import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gaClass, startBrowserRun, type BrowserRun } from './class-run.ts';
import { openTile, SCREENSHOTS, signIn, type PlacedMember } from './support.ts';

/**
 * Editing an evaluation and working its grid (guide 3.8) in real Chromium: the teacher reorders
 * the items by keyboard and by drag and drop, swaps a learner, and finds the results entered
 * before; then fills a learner's row with one code, types a code in the « par compétence »
 * view, moves with Tab, and downloads the blank sheet; last, she consults last year's evaluation
 * (read-only) and makes it visible.
 */
const NAME = 'Lycée des évaluations modifiées';
const DIVISION = '1GA1';
const EVALUATION = 'Suivi des fournisseurs';
const ITEMS = {
  one: { id: 'ga.1.1.1', code: '1.1.1', label: '1.1.1 — Tenue des dossiers fournisseurs et sous-traitants' },
  two: { id: 'ga.1.1.2', code: '1.1.2', label: "1.1.2 — Traitement des ordres d'achat, des commandes" },
  three: { id: 'ga.1.1.3', code: '1.1.3', label: '1.1.3 — Traitement des livraisons, des factures et suivi des anomalies' },
};
const PREVIOUS = { id: 'evaluation-annee-passee', title: 'Bilan de l’an dernier' };
const LABEL = { A: 'Réussite totale', B: 'Réussite partielle', C: 'En cours d’acquisition', D: 'Trop d’erreurs', empty: 'Non saisi' } as const;

type Person = PlacedMember;

let run: BrowserRun;
let uai: string;
let teacher: Person;
let lea: Person;
let hugo: Person;
let ines: Person;
let evaluationId: string;
/** The API as the teacher, to change the evaluation behind the browser's back. */
let asTeacher: Person['call'];

beforeAll(async () => {
  run = await startBrowserRun();
  ({ uai, teacher, lea, hugo, ines } = await gaClass(run, NAME, DIVISION));
  const { parisToday } = await import('#shared/domain/calendar-date.ts');

  // The evaluation and two results, entered through the API as the teacher.
  asTeacher = teacher.call;
  const created = await asTeacher('POST', '/api/evaluations', {
    title: EVALUATION,
    date: parisToday(),
    learnerIds: [lea.id, hugo.id],
    diploma: 'ga',
    level: '1BPRO3',
    items: [ITEMS.one.id, ITEMS.two.id, ITEMS.three.id],
  });
  if (created.status !== 201) throw new Error(`evaluation not created: ${created.text}`);
  evaluationId = created.body.evaluation.id;
  await asTeacher('PUT', `/api/evaluations/${evaluationId}/cells`, { learnerId: lea.id, itemId: ITEMS.one.id, code: 'RT', expectedVersion: null });
  await asTeacher('PUT', `/api/evaluations/${evaluationId}/cells`, { learnerId: hugo.id, itemId: ITEMS.two.id, code: 'TE', expectedVersion: null });

  // Last school year's evaluation, for « Consultation des évaluations ».
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { currentEvaluationYear } = await import('#functions/services/evaluations/evaluation-scope.ts');
  const year = currentEvaluationYear({ now: Date.now }) - 1;
  const at = new Date().toISOString();
  const deps = dependencies();
  await deps.evaluations.create({
    uai,
    id: PREVIOUS.id,
    title: PREVIOUS.title,
    date: `${year + 1}-03-10`,
    schoolYear: year,
    diploma: 'ga',
    level: '1BPRO3',
    authorId: teacher.id,
    authorName: teacher.name,
    scenarioId: null,
    visible: false,
    items: [{ id: ITEMS.one.id, qualifiers: [] }],
    learners: [{ id: lea.id, name: lea.name, division: DIVISION }],
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  await deps.evaluations.saveCell(uai, PREVIOUS.id, { learnerId: lea.id, itemId: ITEMS.one.id, code: 'RP', updatedAt: at, updatedBy: teacher.id }, null);
});

afterAll(async () => {
  await run?.stop();
});

/** The accessible name of a grid cell: « learner, item : label ». */
const cellName = (learner: Person, item: { label: string }, label: string) => `${learner.name}, ${item.label} : ${label}`;

describe('a teacher edits an evaluation and works its grid, in a browser', () => {
  let page: Page;
  const grid = () => page.getByRole('table', { name: `Résultats de l’évaluation « ${EVALUATION} »` });
  const order = () => page.getByRole('region', { name: 'Ordre des items dans la grille' });
  const orderIds = () =>
    order()
      .locator('li')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.item));
  const saved = () =>
    page
      .getByRole('status')
      .filter({ hasText: /^\s*Enregistré\s*$/ })
      .waitFor();

  it('opens the edit form from the grid', async () => {
    page = await run.page();
    await page.goto(run.url(`/${uai}`));
    await signIn(page, teacher.login, teacher.password);
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await openTile(page, 'Gestion des évaluations');
    await page.getByRole('link', { name: EVALUATION }).click();
    await grid().waitFor();
    await grid()
      .getByRole('button', { name: cellName(lea, ITEMS.one, LABEL.A) })
      .waitFor();

    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Modifier « ${EVALUATION} »` }).waitFor();
    expect(await page.getByLabel('Titre de l’évaluation').inputValue()).toBe(EVALUATION);
    expect(await orderIds()).toEqual([ITEMS.one.id, ITEMS.two.id, ITEMS.three.id]);
  });

  it('moves an item down with Alt+↓, the focus following it, and says where it went', async () => {
    const first = order().getByRole('listitem', { name: new RegExp(`^${ITEMS.one.code} `) });
    await first.focus();
    await page.keyboard.press('Alt+ArrowDown');

    expect(await orderIds()).toEqual([ITEMS.two.id, ITEMS.one.id, ITEMS.three.id]);
    await order().getByText(`Item ${ITEMS.one.code} déplacé en position 2 sur 3`).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.item)).toBe(ITEMS.one.id);

    // « Monter » on the same item puts it back, its button keeping the focus.
    await order()
      .getByRole('button', { name: `Monter ${ITEMS.one.code}` })
      .click();
    expect(await orderIds()).toEqual([ITEMS.one.id, ITEMS.two.id, ITEMS.three.id]);
    await first.focus();
    await page.keyboard.press('Alt+ArrowDown');
  });

  it('moves an item by drag and drop', async () => {
    const third = order().getByRole('listitem', { name: new RegExp(`^${ITEMS.three.code} `) });
    const top = order().getByRole('listitem', { name: new RegExp(`^${ITEMS.two.code} `) });
    await third.dragTo(top);

    expect(await orderIds()).toEqual([ITEMS.three.id, ITEMS.two.id, ITEMS.one.id]);
  });

  it('adds a learner and takes one out, warned that the results are hidden, not deleted', async () => {
    const learners = page.getByRole('group', { name: 'Apprenants évalués' });
    await learners.getByRole('checkbox', { name: ines.name }).check();
    await learners.getByRole('checkbox', { name: hugo.name }).uncheck();
    await learners.getByText('2 apprenants choisis').waitFor();
    await page.getByText(`Apprenants retirés : ${hugo.name}.`).waitFor();
    await page.getByText('masqués, pas supprimés', { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'evaluation-edit.png'), fullPage: true });

    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await grid().waitFor();
    expect(page.url()).toMatch(new RegExp(`/${uai}/evaluations/${evaluationId}$`));
  });

  it('shows the new order and learners, with the results entered before', async () => {
    const rows = (await grid().getByRole('rowheader').allTextContents()).map((text) => text.replace(/\s*\(.*$/s, '').trim());
    expect(rows).toEqual([lea.name, ines.name]);
    const firstRow = await grid()
      .locator('tbody tr')
      .first()
      .locator('button.cell-button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(firstRow).toEqual([cellName(lea, ITEMS.three, LABEL.empty), cellName(lea, ITEMS.two, LABEL.empty), cellName(lea, ITEMS.one, LABEL.A)]);
    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.one, LABEL.empty) })
      .waitFor();
  });

  it('fills a learner’s empty cells with one code, keeping the result already there', async () => {
    await grid()
      .getByRole('button', { name: `Remplir les cellules vides de ${lea.name}` })
      .click();
    const menu = page.getByRole('menu', { name: `Code pour les cellules vides de ${lea.name}` });
    await menu.getByRole('menuitem', { name: new RegExp(LABEL.B) }).click();

    await page.getByRole('status').filter({ hasText: '2 cellules remplies ; 1 résultat déjà saisi conservé.' }).waitFor();
    for (const [item, label] of [
      [ITEMS.three, LABEL.B],
      [ITEMS.two, LABEL.B],
      [ITEMS.one, LABEL.A],
    ] as const) {
      await grid()
        .getByRole('button', { name: cellName(lea, item, label) })
        .waitFor();
    }
    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.two, LABEL.empty) })
      .waitFor();
  });

  it('types a code in the « par compétence » view, and Tab goes to the next cell', async () => {
    await page.getByRole('radio', { name: 'Par compétence' }).check();
    const rows = (await grid().getByRole('rowheader').allTextContents()).map((text) => text.replace(/Remplir…/, '').trim());
    expect(rows).toEqual(
      [ITEMS.three.code, ITEMS.two.code, ITEMS.one.code].map((code, index) => `${code}${[ITEMS.three, ITEMS.two, ITEMS.one][index]!.label}`),
    );

    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.three, LABEL.empty) })
      .focus();
    await page.keyboard.press('c');
    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.three, LABEL.C) })
      .waitFor();
    await saved();
    // Reading order by competence: Inès is the last column, so Tab goes to the next item's first learner.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(cellName(lea, ITEMS.two, LABEL.B));
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(cellName(ines, ITEMS.three, LABEL.C));
    // Tab on the last cell leaves the grid: by competence, for the comments under the table.
    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.one, LABEL.empty) })
      .focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Commentaire pour ${lea.name}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'evaluation-by-item.png'), fullPage: true });

    // What is shown is what was stored.
    await page.reload();
    await grid()
      .getByRole('button', { name: cellName(ines, ITEMS.three, LABEL.C) })
      .waitFor();
  });

  it('shows the server’s message and the fresh evaluation after a concurrent change, and brings a learner’s results back', async () => {
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Modifier « ${EVALUATION} »` }).waitFor();
    // Meanwhile, another tab renames the evaluation.
    const current = (await asTeacher('GET', `/api/evaluations/${evaluationId}`)).body.evaluation;
    const renamed = `${EVALUATION} (bis)`;
    const other = await asTeacher('PUT', `/api/evaluations/${evaluationId}`, {
      title: renamed,
      date: current.date,
      items: current.items.map((item: { id: string }) => item.id),
      qualifiers: {},
      learnerIds: current.learners.map((learner: { id: string }) => learner.id),
      version: current.version,
    });
    expect(other.status).toBe(200);

    const learners = page.getByRole('group', { name: 'Apprenants évalués' });
    await learners.getByRole('checkbox', { name: hugo.name }).check();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('alert').getByText('a été modifiée entre-temps', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel('Titre de l’évaluation').inputValue()).toBe(renamed);
    expect(await learners.getByRole('checkbox', { name: hugo.name }).isChecked()).toBe(false);

    await learners.getByRole('checkbox', { name: hugo.name }).check();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    const renamedGrid = page.getByRole('table', { name: `Résultats de l’évaluation « ${renamed} »` });
    await renamedGrid.getByRole('button', { name: cellName(hugo, ITEMS.two, LABEL.D) }).waitFor();
    await renamedGrid.getByRole('button', { name: cellName(ines, ITEMS.three, LABEL.C) }).waitFor();
  });

  it('downloads the blank sheet, items in the new order', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Feuille vierge (.xlsx)' }).click()]);

    expect(download.suggestedFilename()).toBe('feuille-Suivi-des-fournisseurs-bis.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('Grille')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Nom prénom', 'Classe', ITEMS.three.code, ITEMS.two.code, ITEMS.one.code, 'Commentaire']);
    const rows = [2, 3, 4].map((row) => (sheet.getRow(row).values as unknown[]).slice(1));
    // The learners in the grid's order: the form lists them by class and name.
    expect(rows).toEqual([hugo, lea, ines].map((learner) => [learner.name, DIVISION]));
  });

  it('saves a comment a moment after the typing stops, the field never left', async () => {
    const field = page.getByRole('textbox', { name: `Commentaire pour ${lea.name}` });
    await field.click();
    await field.pressSequentially('Bonne tenue du dossier.');
    await page
      .getByRole('status')
      .filter({ hasText: /^\s*Enregistrement…\s*$/ })
      .waitFor();
    const comment = async () =>
      (await teacher.call('GET', `/api/evaluations/${evaluationId}`)).body.comments.find((entry: { learnerId: string }) => entry.learnerId === lea.id)?.text;
    await expect.poll(comment, { timeout: 5_000 }).toBe('Bonne tenue du dossier.');
    await saved();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('consults last year’s evaluation read-only and makes it visible to its learners', async () => {
    await page.goto(run.url(`/${uai}`));
    await openTile(page, 'Consultation des évaluations');
    await page.getByRole('link', { name: PREVIOUS.title }).click();
    const previous = page.getByRole('table', { name: `Résultats de l’évaluation « ${PREVIOUS.title} »` });
    await previous.getByText(LABEL.B).first().waitFor({ state: 'attached' });
    expect(await previous.getByRole('button').count()).toBe(0);

    const visible = page.getByRole('switch', { name: 'Visible des apprenants' });
    expect(await visible.isChecked()).toBe(false);
    await visible.check();
    await expect.poll(async () => (await teacher.call('GET', `/api/consultation/${PREVIOUS.id}`)).body.evaluation.visible).toBe(true);
    // The switch is enabled again once the page has the answer (the server may be quicker than that).
    await expect.poll(() => visible.isDisabled()).toBe(false);
    expect(await visible.isChecked()).toBe(true);
  });

  it('raised no script error and no failed request but the expected conflict', () => {
    expect(run.errors.filter((error) => error !== `409 PUT /api/evaluations/${evaluationId}`)).toEqual([]);
  });
});
