import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, PDF_FONT_FILES, REFERENTIEL_DATA } from '../../infra/definitions/bundling.ts';
import { ALL_FUNCTIONS, bundleAsDeployed, measureBundle, type BundleMeasure } from '../../infra/definitions/bundle-measure.ts';
import { DOCUMENT_FUNCTIONS } from '../../infra/definitions/functions.ts';
import { REPO_ROOT } from '../../infra/aws/paths.ts';

const DOCUMENT_LIBRARIES = ['exceljs', 'docx', 'pdf-lib', '@pdf-lib/fontkit'];

let bundles: BundleMeasure[];

beforeAll(async () => {
  bundles = await Promise.all(ALL_FUNCTIONS.map(measureBundle));
});

describe('Lambda bundle budget', () => {
  it('keeps every function that makes no document under 1 MB, without any document library', () => {
    const plain = bundles.filter((bundle) => !DOCUMENT_FUNCTIONS.includes(bundle.name));
    expect(plain.length).toBeGreaterThan(0);
    for (const bundle of plain) {
      expect(bundle.codeBytes, bundle.name).toBeLessThan(BUNDLE_BUDGET_BYTES.plain);
      expect(
        DOCUMENT_LIBRARIES.filter((library) => bundle.packages.has(library)),
        bundle.name,
      ).toEqual([]);
    }
    expect(BUNDLE_BUDGET_BYTES.plain).toBe(1_000_000);
  });

  it('keeps every function that makes documents under 5 MB with all three document libraries', () => {
    for (const name of DOCUMENT_FUNCTIONS) {
      const bundle = bundles.find((candidate) => candidate.name === name)!;
      expect(bundle.codeBytes, name).toBeLessThan(BUNDLE_BUDGET_BYTES.documents);
      expect(
        DOCUMENT_LIBRARIES.filter((library) => bundle.packages.has(library)),
        name,
      ).toEqual(DOCUMENT_LIBRARIES);
    }
    expect(BUNDLE_BUDGET_BYTES.documents).toBe(5_000_000);
  });

  it('loads the documents module on demand in a minified bundle, which writes an .xlsx, a .docx and a PDF with the fonts shipped beside it', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cerise-documents-bundle-'));
    const entry = join(REPO_ROOT, `.documents-probe-${process.pid}.ts`);
    writeFileSync(
      entry,
      [
        "import { loadDocuments } from './functions/documents/download.ts';",
        'const documents = await loadDocuments();',
        "const sheet = await documents.learnerLoginsWorkbook('1GA1', [{ lastName: 'Martin', firstName: 'Léa', login: 'lea.martin', birthDate: '2009-03-04', activated: false }]);",
        "const word = await documents.scenarioDocx({ title: 'Œuvre', facts: [], labels: { context: 'C', materials: 'M', links: 'L', resources: 'R', attachments: 'A' }, context: '', materials: '', links: [], resources: '', items: [], attachments: [] });",
        "const { pdf, regular } = await documents.pdfDocument('Essai');",
        "pdf.addPage().drawText('Élève « œuvre »', { x: 50, y: 700, size: 12, font: regular });",
        'const bytes = await pdf.save();',
        "console.log([sheet, word].map((file) => String.fromCharCode(file[0], file[1])).join(' '), new TextDecoder().decode(bytes.slice(0, 5)));",
      ].join('\n'),
    );
    try {
      await bundleAsDeployed({ entryPoints: [entry], outfile: join(scratch, 'index.mjs') });
      cpSync(join(REPO_ROOT, REFERENTIEL_DATA.from), join(scratch, REFERENTIEL_DATA.to), { recursive: true });
      mkdirSync(join(scratch, PDF_FONT_FILES.to));
      for (const file of PDF_FONT_FILES.files) cpSync(join(REPO_ROOT, PDF_FONT_FILES.from, file), join(scratch, PDF_FONT_FILES.to, file));
      // Run from the scratch folder, away from node_modules: the fonts must come from beside the bundle.
      const output = execFileSync(process.execPath, [join(scratch, 'index.mjs')], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(output.trim()).toBe('PK PK %PDF-');
    } finally {
      rmSync(entry, { force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
