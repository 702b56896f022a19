/**
 * Evaluation grid benchmark (Gestion des évaluations): on the embedded stack in this process,
 * through the local gateway and the real handlers (guard included),
 *   - loading the grid of an evaluation of 35 learners × 30 items, every cell filled;
 *   - saving one cell while 20 teachers save at the same time, each in their own evaluation;
 *   - DynamoDB requests per save, by operation: the request's own, and the results stream's
 *     (asynchronous, learners' slices for dashboards) measured after the stream went idle.
 *
 *   npx tsx bench/grid.ts            (SAVES=20 per teacher by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedStack } from '../infra/local/stack.ts';
import { evaluationClass } from './lib/evaluation-class.ts';
import { median, ms, percentileOfSorted, printTable, say } from './lib/stats.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL = 'silent';
const LEARNERS = 35;
const ITEMS = 30;
const TEACHERS = 20;
const SAVES = Number(process.env.SAVES ?? 20);
const LOADS = 20;
const CODES = ['RT', 'RP', 'ECA', 'TE', 'NE', 'ABS'] as const;

const dataDir = mkdtempSync(join(tmpdir(), 'cerise-bench-grid-'));
const stack = await startEmbeddedStack({ port: 0, quiet: true, dataDir });
const { learnerIds, itemIds, teacherWithEvaluation } = await evaluationClass(stack.url, 'Lycée du banc d’essai des grilles', LEARNERS, ITEMS);
const teachers = [];
for (let index = 0; index < TEACHERS; index += 1) teachers.push(await teacherWithEvaluation(`Évaluation ${index}`));
say(`Set-up: ${LEARNERS} learners, ${ITEMS} items, ${TEACHERS} teachers with one evaluation each.`);

// Grid load: the first evaluation completely filled (35 × 30 = 1,050 cells) plus a comment per learner.
const first = teachers[0]!;
const filled = await first.call('POST', `/api/evaluations/${first.id}/fill`, { code: 'RP' });
if (filled.body.filled !== LEARNERS * ITEMS) throw new Error(`fill: ${filled.text.slice(0, 200)}`);
for (const learnerId of learnerIds)
  await first.call('PUT', `/api/evaluations/${first.id}/comments`, { learnerId, text: 'Travail sérieux, à poursuivre.', expectedVersion: null });
const loads: number[] = [];
await stack.idle();
let beforeLoad = stack.dynamoRequestCounts();
let oneLoad: Record<string, number> = {};
for (let index = 0; index < LOADS; index += 1) {
  const started = performance.now();
  const grid = await first.call('GET', `/api/evaluations/${first.id}`);
  loads.push(performance.now() - started);
  if (grid.body.cells.length !== LEARNERS * ITEMS) throw new Error('grid incomplete');
  if (index === 0) {
    oneLoad = diff(beforeLoad, stack.dynamoRequestCounts());
    say(`Grid payload: ${(grid.text.length / 1000).toFixed(0)} kB`);
  }
}

function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).flatMap(([name, count]) => (count - (before[name] ?? 0) > 0 ? [[name, count - (before[name] ?? 0)]] : [])));
}

// One save alone, to count its requests (guard's user read included).
beforeLoad = stack.dynamoRequestCounts();
const alone = await teachers[1]!.call('PUT', `/api/evaluations/${teachers[1]!.id}/cells`, {
  learnerId: learnerIds[0],
  itemId: itemIds[0],
  code: 'RT',
  expectedVersion: null,
});
if (alone.status !== 200) throw new Error(`save: ${alone.text}`);
// Counted at the answer: the stream's batching window (50 ms locally) has not run the handler yet.
const afterAlone = stack.dynamoRequestCounts();
const oneSave = diff(beforeLoad, afterAlone);
await stack.idle();
const oneSaveStream = diff(afterAlone, stack.dynamoRequestCounts());

// 20 teachers saving at the same time, each in their own evaluation, one cell after another
// (the first teacher's grid is full: they change results of version 1).
const saves: number[] = [];
let failures = 0;
const beforeConcurrent = stack.dynamoRequestCounts();
const startedAll = performance.now();
await Promise.all(
  teachers.map(async (teacher, teacherIndex) => {
    for (let index = 0; index < SAVES; index += 1) {
      const learnerId = learnerIds[(index + 1) % LEARNERS]!;
      const itemId = itemIds[(index + teacherIndex) % ITEMS]!;
      const started = performance.now();
      const answer = await teacher.call('PUT', `/api/evaluations/${teacher.id}/cells`, {
        learnerId,
        itemId,
        code: CODES[index % CODES.length],
        expectedVersion: teacherIndex === 0 ? 1 : null,
      });
      saves.push(performance.now() - started);
      if (answer.status !== 200) failures += 1;
    }
  }),
);
const elapsed = performance.now() - startedAll;
const streamStarted = performance.now();
await stack.idle();
const streamLag = performance.now() - streamStarted;
const concurrentCounts = diff(beforeConcurrent, stack.dynamoRequestCounts());
const sortedSaves = [...saves].sort((a, b) => a - b);
const sortedLoads = [...loads].sort((a, b) => a - b);
const perSave = (counts: Record<string, number>, n: number) =>
  Object.entries(counts)
    .map(([name, count]) => `${name} ${(count / n).toFixed(1)}`)
    .join(', ');

say();
printTable(
  ['measure', 'value'],
  [
    [`grid load (${LEARNERS} × ${ITEMS}, ${LOADS} loads) p50`, ms(median(loads))],
    ['grid load p95', ms(percentileOfSorted(sortedLoads, 95))],
    ['grid load DynamoDB requests', perSave(oneLoad, 1)],
    [`save one cell, ${TEACHERS} teachers concurrently (${saves.length} saves) p50`, ms(median(saves))],
    ['save one cell p95', ms(percentileOfSorted(sortedSaves, 95))],
    ['saves per second (all teachers)', ((saves.length / elapsed) * 1000).toFixed(0)],
    ['failed saves', String(failures)],
    ['DynamoDB requests, one save alone (the request)', perSave(oneSave, 1)],
    ['results stream for that save (asynchronous)', perSave(oneSaveStream, 1)],
    ['DynamoDB requests per save, concurrent run, stream included', perSave(concurrentCounts, saves.length)],
    ['stream still busy after the last save', ms(streamLag)],
  ],
);

await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
