import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { referentiel } from '#shared/referentiels/index.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { useStack } from '../support/stack.ts';
import { caller, scenarioForm, teachingSpace } from './support.ts';

const stack = useStack();
const run = promisify(execFile);

let qualifier: { id: string; title: string };
let firstItem: { code: string; title: string };

beforeAll(async () => {
  const ga = await referentiel('ga');
  const found = ga.qualifiersOf('ga.1.1.1')[0]!;
  qualifier = { id: found.id, title: found.title };
  const node = ga.byId('ga.1.1.1')!;
  firstItem = { code: node.code!, title: node.title };
});

/** The first of `names` found on PATH, or null (LibreOffice is not installed everywhere). */
function onPath(...names: string[]): string | null {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (directory && existsSync(join(directory, name))) return join(directory, name);
  }
  return null;
}

const bytesOf = (body: { contentBase64: string }) => Buffer.from(body.contentBase64, 'base64');

/** A GA space whose class 1GA1 has two current learners and one who left, and a class 1TRA the author does not teach. */
async function classroom() {
  const space = await teachingSpace(stack.url);
  const deps = dependencies();
  const learner = (firstName: string, lastName: string, division: string, leftOn: string | null = null) =>
    newUser({
      uai: space.uai,
      login: `${firstName}.${lastName}.${Math.random().toString(36).slice(2, 6)}`.toLowerCase(),
      profile: 'apprenant',
      firstName,
      lastName,
      division,
      diploma: 'ga',
      leftOn,
    });
  for (const user of [
    learner('Léa', 'Martin', '1GA1'),
    learner('Hugo', 'Bernard', '1GA1'),
    learner('Tom', 'Parti', '1GA1', '2026-01-05'),
    learner('Zoé', 'Autre', '1TRA'),
  ])
    await deps.users.create(user);
  return space;
}

describe('Gestion des scénarios: export as .docx', () => {
  it('exports a scenario as a Word document with its items, GA complexités and links', async () => {
    const { asAuthor } = await teachingSpace(stack.url);
    const created = await asAuthor(
      'POST',
      '/api/scenarios',
      scenarioForm({ title: 'Accueil d’un « nouveau » fournisseur', qualifiers: { 'ga.1.1.1': [qualifier.id] } }),
    );
    expect(created.status).toBe(201);

    const answer = await asAuthor('GET', `/api/scenarios/${created.body.id}/export.docx`);

    expect(answer.status).toBe(200);
    expect(answer.body.fileName).toBe('Accueil-d-un-nouveau-fournisseur.docx');
    expect(answer.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(bytesOf(answer.body));
    const document = await zip.file('word/document.xml')!.async('string');
    const text = document.replace(/<[^>]+>/g, '');
    expect(text).toContain('Accueil d’un « nouveau » fournisseur');
    expect(text).toContain(firstItem.code);
    expect(text).toContain(firstItem.title);
    expect(text).toContain(qualifier.title);
    expect(text).toContain('Complexité');
    expect(text).toContain('https://www.economie.gouv.fr/entreprises');
    expect(document).toContain('<w:hyperlink');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="https://www.economie.gouv.fr/entreprises"');
    expect(text).toContain('Aucune');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="fr-FR"');

    // LibreOffice opens it (when installed on this machine): a PDF comes out.
    const office = onPath('libreoffice', 'soffice');
    if (office) {
      const directory = await mkdtemp(join(tmpdir(), 'cerise-docx-'));
      try {
        await writeFile(join(directory, 'scenario.docx'), bytesOf(answer.body));
        await run(office, ['--headless', '--convert-to', 'pdf', '--outdir', directory, join(directory, 'scenario.docx')], { timeout: 120_000 });
        expect(await readdir(directory)).toContain('scenario.pdf');
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    }
  }, 180_000);

  it('titles the sections with the establishment’s input-mask labels', async () => {
    const { uai, asAuthor } = await teachingSpace(stack.url);
    await dependencies().pedagogySettings.setMask(uai, 'ga', { scenario: { context: 'Mise en situation' }, passport: {} });
    const created = await asAuthor('POST', '/api/scenarios', scenarioForm());

    const answer = await asAuthor('GET', `/api/scenarios/${created.body.id}/export.docx`);

    const document = await (await JSZip.loadAsync(bytesOf(answer.body))).file('word/document.xml')!.async('string');
    expect(document).toContain('Mise en situation');
  });

  it('exports a colleague’s public scenario but not a private one', async () => {
    const { asAuthor, asColleague } = await teachingSpace(stack.url);
    const shared = await asAuthor('POST', '/api/scenarios', scenarioForm({ visibility: 'public' }));
    const hidden = await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Brouillon' }));

    expect((await asColleague('GET', `/api/scenarios/${shared.body.id}/export.docx`)).status).toBe(200);
    const refused = await asColleague('GET', `/api/scenarios/${hidden.body.id}/export.docx`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toContain('n’existe pas ou n’est pas public');
  });
});

describe('Gestion des scénarios: observation grid', () => {
  it('offers the teacher’s own classes only', async () => {
    const { asAuthor } = await classroom();
    const created = await asAuthor('POST', '/api/scenarios', scenarioForm());

    const answer = await asAuthor('GET', `/api/scenarios/${created.body.id}/grille/classes`);

    expect(answer.status).toBe(200);
    expect(answer.body.divisions.map((division: { code: string }) => division.code)).toEqual(['1GA1']);
  });

  it('lists the learners of the chosen class against the scenario’s items, printable on A4 landscape', async () => {
    const { asAuthor } = await classroom();
    const created = await asAuthor('POST', '/api/scenarios', scenarioForm({ title: 'Relance clients' }));

    const answer = await asAuthor('GET', `/api/scenarios/${created.body.id}/grille.xlsx?divisions=1GA1`);

    expect(answer.status).toBe(200);
    expect(answer.body.fileName).toBe('grille-Relance-clients.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytesOf(answer.body) as never);
    const sheet = book.getWorksheet('Grille')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('Nom prénom');
    expect(values(1)[1]).toBe('Classe');
    expect(values(1)[2]).toBe(firstItem.code);
    expect(values(1).at(-1)).toBe('Commentaire');
    expect(values(1)).toHaveLength(5);
    expect(sheet.rowCount).toBe(3);
    expect([values(2), values(3)]).toEqual([
      ['Bernard Hugo', '1GA1'],
      ['Martin Léa', '1GA1'],
    ]);
    const legend = book.getWorksheet('Légende')!;
    expect((legend.getRow(2).values as unknown[]).slice(1)).toEqual([firstItem.code, firstItem.title]);
    const legendText = legend.getSheetValues().flat().join('|');
    expect(legendText).toContain('Réussite totale (RT)');
    expect(legendText).toContain('Absent (ABS)');

    const zip = await JSZip.loadAsync(bytesOf(answer.body));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheetXml).toContain('<printOptions gridLines="1"/>');
    // exceljs writes the apostrophes as the entity &apos;: the same XML text.
    expect((await zip.file('xl/workbook.xml')!.async('string')).replaceAll('&apos;', "'")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Grille'!$1:$1</definedName>`,
    );
  });

  it('uses the establishment’s letters for the result codes', async () => {
    const { uai, asAuthor } = await classroom();
    const deps = dependencies();
    await deps.pedagogySettings.setCodes(uai, {
      degrees: {
        RT: { label: 'Acquis', letter: 'V' },
        RP: { label: 'Presque', letter: 'B' },
        ECA: { label: 'En cours', letter: 'C' },
        TE: { label: 'Non acquis', letter: 'D' },
      },
      secondColour: 'green',
    });
    const created = await asAuthor('POST', '/api/scenarios', scenarioForm());

    const answer = await asAuthor('GET', `/api/scenarios/${created.body.id}/grille.xlsx?divisions=1GA1`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytesOf(answer.body) as never);
    const rows = book
      .getWorksheet('Légende')!
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows).toContainEqual(['V', 'Acquis (RT)']);
  });

  it('refuses a class the teacher does not teach, and a colleague’s private scenario', async () => {
    const { asAuthor, colleague } = await classroom();
    const mine = await asAuthor('POST', '/api/scenarios', scenarioForm());

    const notTaught = await asAuthor('GET', `/api/scenarios/${mine.body.id}/grille.xlsx?divisions=1GA1,1TRA`);
    expect(notTaught.status).toBe(403);
    expect(notTaught.body.error.message).toContain('1TRA');
    expect(notTaught.body.error.message).toContain('vos propres classes');
    expect((await asAuthor('GET', `/api/scenarios/${mine.body.id}/grille.xlsx?divisions=INCONNUE`)).status).toBe(403);
    expect((await asAuthor('GET', `/api/scenarios/${mine.body.id}/grille.xlsx`)).status).toBe(400);

    const asColleague = caller(colleague);
    expect((await asColleague('GET', `/api/scenarios/${mine.body.id}/grille.xlsx?divisions=1GA1`)).status).toBe(404);
    expect((await asColleague('GET', `/api/scenarios/${mine.body.id}/grille/classes`)).status).toBe(404);
  });
});
