import type { ImportSlot } from '#shared/api/schemas/import.ts';
import { MAX_IMPORT_BYTES } from '#shared/domain/limits.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import type { Logger } from '#functions/services/ports/logger.ts';
import { planImport } from './plan/plan.ts';
import { summarise } from './plan/summary.ts';
import { readRunFiles } from './read-run-files.ts';
import { problems } from './siecle/messages.ts';
import { loadSnapshot } from './snapshot.ts';
import { capProblems, updateRun } from './update-run.ts';

const today = (deps: Dependencies) => new Date(deps.now()).toISOString().slice(0, 10);

/**
 * S3 told us a file of a run arrived. Oversized files are refused and deleted, empty ones refused
 * (the presigned policy already stops both in AWS; the check here also covers the emulator), with
 * the analysis's own messages. When the run's last file is in, the analysis runs — once,
 * whichever file came last.
 */
export async function receiveUpload(deps: Dependencies, log: Logger, object: { uai: string; importId: string; slot: ImportSlot }): Promise<void> {
  const key = `${object.uai}/imports/${object.importId}/upload/${object.slot}`;
  const size = await deps.files.size('imports', key);
  const tooLarge = size !== null && size > MAX_IMPORT_BYTES;
  if (tooLarge) await deps.files.remove('imports', key);
  const refusal = (fileName: string) => (tooLarge ? problems.fileTooLarge(fileName, size, MAX_IMPORT_BYTES) : size === 0 ? problems.fileEmpty(fileName) : null);

  let startAnalysis = false;
  const run = await updateRun(deps, object.uai, object.importId, (current) => {
    const file = current.files.find((candidate) => candidate.slot === object.slot);
    if (!file || file.status !== 'waiting' || current.status !== 'waiting-files') return null;
    const files = current.files.map((candidate) => {
      if (candidate.slot !== object.slot) return candidate;
      const problem = refusal(candidate.fileName);
      return problem ? { ...candidate, status: 'rejected' as const, errors: [problem] } : { ...candidate, status: 'received' as const };
    });
    startAnalysis = files.every((candidate) => candidate.status !== 'waiting');
    const rejected = files.some((candidate) => candidate.status === 'rejected');
    return { ...current, files, status: startAnalysis ? (rejected ? 'rejected' : 'analysing') : current.status };
  });
  if (!run) {
    log.warn('upload for an unknown import run', { importId: object.importId });
    return;
  }
  if (startAnalysis && run.status === 'analysing') await analyse(deps, log, object.uai, object.importId);
}

async function analyse(deps: Dependencies, log: Logger, uai: string, importId: string): Promise<void> {
  const run = (await deps.imports.get(uai, importId))!;
  const date = today(deps);
  await deps.imports.setProgress(uai, importId, 10);
  const read = await readRunFiles(deps, run, date);
  await deps.imports.setProgress(uai, importId, 60);

  if (read.errors.size > 0) {
    await updateRun(deps, uai, importId, (current) => ({
      ...current,
      status: 'rejected',
      progress: 100,
      files: current.files.map((file) => ({
        ...file,
        status: read.errors.has(file.slot) ? 'rejected' : 'analysed',
        errors: capProblems(read.errors.get(file.slot) ?? []),
      })),
      warnings: capProblems(read.warnings),
    }));
    log.info('import analysis rejected', { importId, files: [...read.errors.keys()] });
    return;
  }

  const snapshot = await loadSnapshot(deps, uai);
  const plan = planImport(read.files, snapshot, date);
  const summary = summarise(plan, snapshot.users);
  await updateRun(deps, uai, importId, (current) => ({
    ...current,
    status: plan.errors.length > 0 ? 'rejected' : 'analysed',
    progress: 100,
    files: current.files.map((file) => ({ ...file, status: 'analysed' })),
    errors: capProblems(plan.errors),
    warnings: capProblems([...read.warnings, ...plan.warnings]),
    analysis: summary,
  }));
  log.info('import analysed', { importId, counts: summary.counts, errors: plan.errors.length, warnings: plan.warnings.length });
}
