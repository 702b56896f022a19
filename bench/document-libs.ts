/**
 * What loading the document libraries costs a fresh Node process (a Lambda cold start making its
 * first document): each library is `import()`ed in a new `node` child, RUNS times, and its wall
 * time (spawn to exit) is compared with the floor of a bare `node -e 0` started the same way.
 * The child also reports the import alone, timed inside it.
 *
 *   npx tsx bench/document-libs.ts            (RUNS=10 by default)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_BUNDLING } from '../infra/definitions/bundling.ts';
import { median, ms, printTable, say } from './lib/stats.ts';

const RUNS = Number(process.env.RUNS ?? 10);
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The documents module as a Lambda carries it: bundled and minified with the deployed options. */
async function bundledDocuments(directory: string): Promise<string> {
  const entry = join(REPO_ROOT, `.document-libs-probe-${process.pid}.ts`);
  writeFileSync(entry, "export * from './functions/documents/index.ts';\n");
  try {
    const { banner, external, ...options } = LAMBDA_BUNDLING;
    const outfile = join(directory, 'documents.mjs');
    await build({ ...options, external: [...external], mainFields: [...options.mainFields], entryPoints: [entry], bundle: true, outfile, banner: { js: banner }, logLevel: 'error' });
    return pathToFileURL(outfile).href;
  } finally {
    rmSync(entry, { force: true });
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'cerise-document-libs-'));
const CASES: { name: string; modules: string[] }[] = [
  { name: 'floor: node -e 0', modules: [] },
  { name: 'exceljs', modules: ['exceljs'] },
  { name: 'docx', modules: ['docx'] },
  { name: 'pdf-lib + @pdf-lib/fontkit', modules: ['pdf-lib', '@pdf-lib/fontkit'] },
  { name: 'all three', modules: ['exceljs', 'docx', 'pdf-lib', '@pdf-lib/fontkit'] },
  { name: 'documents module, bundled + minified', modules: [await bundledDocuments(scratch)] },
];

/** One fresh process: its wall time, and the import() time it measured itself. */
function once(modules: string[]): { wall: number; inside: number } {
  const script =
    modules.length === 0
      ? '0'
      : `const t = performance.now(); await Promise.all(${JSON.stringify(modules)}.map((m) => import(m))); process.stdout.write(String(performance.now() - t));`;
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { wall: performance.now() - started, inside: Number(output || 0) };
}

const rows: string[][] = [];
let floor = Number.NaN;
for (const testCase of CASES) {
  once(testCase.modules); // warm the file system cache
  const runs = Array.from({ length: RUNS }, () => once(testCase.modules));
  const wall = median(runs.map((run) => run.wall));
  if (testCase.modules.length === 0) floor = wall;
  rows.push([testCase.name, ms(wall), `${(wall / floor).toFixed(2)}×`, testCase.modules.length ? ms(median(runs.map((run) => run.inside))) : '—']);
}
rmSync(scratch, { recursive: true, force: true });
say(`Fresh node processes (${process.version}), ${RUNS} runs each after one warm-up; the libraries from node_modules, then the documents module as deployed.`);
printTable(['import()', 'process wall p50', 'ratio to floor', 'import() alone p50'], rows);
