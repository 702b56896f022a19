/**
 * Blank evaluation sheet benchmark (Gestion des évaluations, « Feuille vierge »): for an
 * evaluation of 35 learners × 30 items, on the embedded stack in this process,
 *   - the workbook alone (functions/documents: OOXML written and zipped), RUNS times;
 *   - GET /api/evaluations/{id}/feuille.xlsx through the local gateway and the real handler
 *     (guard, evaluation read, référentiel, settings, base64), RUNS times.
 *
 *   npx tsx bench/blank-sheet.ts            (RUNS=20 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedStack } from '../infra/local/stack.ts';
import { evaluationClass } from './lib/evaluation-class.ts';
import { kb, median, ms, percentileOfSorted, printTable, say } from './lib/stats.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL = 'silent';
const LEARNERS = 35;
const ITEMS = 30;
const RUNS = Number(process.env.RUNS ?? 20);

const dataDir = mkdtempSync(join(tmpdir(), 'cerise-bench-sheet-'));
const stack = await startEmbeddedStack({ port: 0, quiet: true, dataDir });
const { handGridWorkbook } = await import('#functions/documents/observation-grid.ts');
const { DEFAULT_CODE_SETTINGS, displayCodes } = await import('#shared/domain/evaluation-codes.ts');
const { learnerIds, items, teacherWithEvaluation } = await evaluationClass(stack.url, 'Lycée du banc d’essai des feuilles', LEARNERS, ITEMS);
const { call, id } = await teacherWithEvaluation('Feuille du banc d’essai');
await stack.idle();

const input = {
  heading: 'Feuille du banc d’essai',
  details: [{ label: 'Évaluation', value: 'Feuille du banc d’essai' }],
  items,
  learners: learnerIds.map((_, index) => ({ name: `N${index} Élève`, division: '1GA1' })),
  codes: displayCodes(DEFAULT_CODE_SETTINGS),
};
await handGridWorkbook(input); // warm-up (jszip, JIT)
const alone: number[] = [];
let size = 0;
for (let index = 0; index < RUNS; index += 1) {
  const started = performance.now();
  size = (await handGridWorkbook(input)).length;
  alone.push(performance.now() - started);
}

await call('GET', `/api/evaluations/${id}/feuille.xlsx`); // warm-up (handler modules loaded)
const routed: number[] = [];
for (let index = 0; index < RUNS; index += 1) {
  const started = performance.now();
  const answer = await call('GET', `/api/evaluations/${id}/feuille.xlsx`);
  routed.push(performance.now() - started);
  if (answer.status !== 200) throw new Error(`sheet: ${answer.text.slice(0, 200)}`);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
say(`Set-up: one evaluation of ${LEARNERS} learners × ${ITEMS} items; ${RUNS} runs each, after one warm-up.`);
printTable(
  ['measure', 'value'],
  [
    ['workbook alone p50', ms(median(alone))],
    ['workbook alone p95', ms(percentileOfSorted(sorted(alone), 95))],
    ['GET …/feuille.xlsx end to end p50', ms(median(routed))],
    ['GET …/feuille.xlsx end to end p95', ms(percentileOfSorted(sorted(routed), 95))],
    ['file size', kb(size)],
  ],
);

await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
