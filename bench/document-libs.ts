/**
 * What loading the document libraries costs a fresh Node process (a Lambda cold start making its
 * first document): each library is `import()`ed in a new `node` child, RUNS times, and its wall
 * time (spawn to exit) is compared with the floor of a bare `node -e 0` started the same way.
 * The child also reports the import alone, timed inside it.
 *
 *   npx tsx bench/document-libs.ts            (RUNS=10 by default)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleAsDeployed } from '../infra/definitions/bundle-measure.ts';
import { PDF_FONT_FILES } from '../infra/definitions/bundling.ts';
import { median, ms, printTable, say } from './lib/stats.ts';

const RUNS = Number(process.env.RUNS ?? 10);
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The documents module as a Lambda carries it: bundled and minified with the deployed options. */
async function bundledDocuments(directory: string): Promise<string> {
  const entry = join(REPO_ROOT, `.document-libs-probe-${process.pid}.ts`);
  writeFileSync(entry, "export * from './functions/documents/index.ts';\n");
  try {
    const outfile = join(directory, 'documents.mjs');
    await bundleAsDeployed({ entryPoints: [entry], outfile });
    mkdirSync(join(directory, PDF_FONT_FILES.to));
    for (const file of PDF_FONT_FILES.files) cpSync(join(REPO_ROOT, PDF_FONT_FILES.from, file), join(directory, PDF_FONT_FILES.to, file));
    return pathToFileURL(outfile).href;
  } finally {
    rmSync(entry, { force: true });
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'cerise-document-libs-'));
const imports = (modules: string[]) => `await Promise.all(${JSON.stringify(modules)}.map((m) => import(m)))`;
const bundle = await bundledDocuments(scratch);
const CASES: { name: string; code: string }[] = [
  { name: 'floor: node -e 0', code: '' },
  { name: 'exceljs', code: imports(['exceljs']) },
  { name: 'docx', code: imports(['docx']) },
  { name: 'pdf-lib + @pdf-lib/fontkit', code: imports(['pdf-lib', '@pdf-lib/fontkit']) },
  { name: 'all three', code: imports(['exceljs', 'docx', 'pdf-lib', '@pdf-lib/fontkit']) },
  // As deployed: the module itself (what loadDocuments() costs), then a first document of each kind.
  { name: 'documents module, bundled + minified', code: `await import(${JSON.stringify(bundle)})` },
  { name: '  … + first .xlsx (learner logins)', code: `const m = await import(${JSON.stringify(bundle)}); await m.learnerLoginsWorkbook('1GA1', [])` },
  {
    name: '  … + first PDF (fonts read, one page)',
    code: `const m = await import(${JSON.stringify(bundle)}); const d = await m.pdfDocument(); d.pdf.addPage().drawText('Élève', { font: d.regular }); await d.pdf.save()`,
  },
];

/** One fresh process: its wall time, and the time of the code it ran, measured inside it. */
function once(code: string): { wall: number; inside: number } {
  const script = code === '' ? '0' : `const t = performance.now(); ${code}; process.stdout.write(String(performance.now() - t));`;
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { wall: performance.now() - started, inside: Number(output || 0) };
}

const rows: string[][] = [];
let floor = Number.NaN;
for (const testCase of CASES) {
  once(testCase.code); // warm the file system cache
  const runs = Array.from({ length: RUNS }, () => once(testCase.code));
  const wall = median(runs.map((run) => run.wall));
  if (testCase.code === '') floor = wall;
  rows.push([testCase.name, ms(wall), `${(wall / floor).toFixed(2)}×`, testCase.code ? ms(median(runs.map((run) => run.inside))) : '—']);
}
rmSync(scratch, { recursive: true, force: true });
say(`Fresh node processes (${process.version}), ${RUNS} runs each after one warm-up; the libraries from node_modules, then the documents module as deployed.`);
printTable(['in a fresh process', 'process wall p50', 'ratio to floor', 'the code alone p50'], rows);
