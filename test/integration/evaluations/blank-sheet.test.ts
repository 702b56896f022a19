import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { referentiel } from '#shared/referentiels/index.ts';
import { useStack } from '../support/stack.ts';
import { evaluationForm, evaluationSpace } from './support.ts';

const stack = useStack();

const bytesOf = (body: { contentBase64: string }) => Buffer.from(body.contentBase64, 'base64');

async function readBook(body: { contentBase64: string }) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytesOf(body) as never);
  return book;
}

describe('Gestion des évaluations: blank sheet', () => {
  it('lists the learners against the items in the evaluation’s order, with empty results, printable on A4 landscape', async () => {
    const { learners, asAuthor } = await evaluationSpace(stack.url);
    const [a, b] = learners.map((learner) => learner.user.userId);
    const ga = await referentiel('ga');
    const qualifier = ga.qualifiersOf('ga.1.1.1')[0]!;
    const created = await asAuthor(
      'POST',
      '/api/evaluations',
      evaluationForm([b!, a!], { title: 'Relance & suivi', items: ['ga.1.1.2', 'ga.1.1.1'], qualifiers: { 'ga.1.1.1': [qualifier.id] } }),
    );
    const id = created.body.evaluation.id as string;
    // A result already entered stays off the blank sheet.
    await asAuthor('PUT', `/api/evaluations/${id}/cells`, { learnerId: a, itemId: 'ga.1.1.1', code: 'RT', expectedVersion: null });

    const answer = await asAuthor('GET', `/api/evaluations/${id}/feuille.xlsx`);

    expect(answer.status).toBe(200);
    expect(answer.body.fileName).toBe('feuille-Relance-suivi.xlsx');
    expect(answer.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await readBook(answer.body);
    const sheet = book.getWorksheet('Grille')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    const [second, first] = [ga.byId('ga.1.1.2')!, ga.byId('ga.1.1.1')!];
    expect(values(1)).toEqual(['Nom prénom', 'Classe', second.code, first.code, 'Commentaire']);
    const names = created.body.evaluation.learners.map((learner: { name: string }) => learner.name);
    expect(sheet.rowCount).toBe(3);
    expect([values(2), values(3)]).toEqual([
      [names[0], '1GA1'],
      [names[1], '1GA1'],
    ]);

    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddHeader).toBe(`&CRelance && suivi — ${created.body.evaluation.date.split('-').reverse().join('/')} — 1BPRO3`);

    const legend = book.getWorksheet('Légende')!;
    const rows = legend.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows).toContainEqual(['Évaluation', 'Relance & suivi']);
    expect(rows).toContainEqual(['Diplôme', 'Bac Pro Gestion-Administration']);
    expect(rows).toContainEqual(['Niveau', '1BPRO3']);
    expect(rows).toContainEqual([second.code, second.title]);
    expect(rows).toContainEqual([first.code, `${first.title} — Complexités et aléas : ${qualifier.title}`]);
    expect(rows).toContainEqual(['A', 'Réussite totale (RT)']);
  });

  it('is the author’s own: a colleague gets 404', async () => {
    const { learners, asAuthor, asColleague } = await evaluationSpace(stack.url);
    const created = await asAuthor('POST', '/api/evaluations', evaluationForm([learners[0]!.user.userId]));

    const answer = await asColleague('GET', `/api/evaluations/${created.body.evaluation.id}/feuille.xlsx`);

    expect(answer.status).toBe(404);
    expect(answer.body.error.message).toContain('n’existe pas ou ne vous appartient pas');
  });
});
