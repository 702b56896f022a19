import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import { ApiError } from '../../../web/src/lib/api.ts';
import { CellSaveQueue, type CellSender } from '../../../web/src/routes/[uai=uai]/(app)/evaluations/cell-save-queue.svelte.ts';
import { CommentSaveQueue, type CommentSender } from '../../../web/src/routes/[uai=uai]/(app)/evaluations/comment-save-queue.svelte.ts';
import { GridSaveStatus } from '../../../web/src/routes/[uai=uai]/(app)/evaluations/grid-save-status.svelte.ts';

/** A promise settled from the test, to hold a save on its way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
}

const conflict = (current: unknown) => new ApiError(409, 'CONFLICT', 'Modifié entre-temps.', [], current);
const offline = () => new ApiError(0, 'NETWORK', 'Impossible de joindre le serveur.');

describe('the queue of the grid’s cell saves', () => {
  const cell = (code: EvaluationCode | null, version: number) => ({ learnerId: 'l1', itemId: 'i1', code, version, updatedAt: '2026-12-01T10:00:00.000Z' });

  function queue(save: CellSender['save'], fill: CellSender['fill'] = vi.fn()) {
    const status = new GridSaveStatus();
    const cells = new CellSaveQueue([cell('RT', 3) as never], { save, fill }, status, (filled, kept) => `${filled} remplies, ${kept} gardées`);
    return { cells, status };
  }

  it('shows a code at once and sends it with the cell’s last known version, one save at a time', async () => {
    const first = deferred<{ code: EvaluationCode | null; version: number }>();
    const save = vi.fn<CellSender['save']>().mockReturnValueOnce(first.promise).mockResolvedValueOnce({ code: 'RP', version: 5 });
    const { cells, status } = queue(save);

    const one = cells.set('l1', 'i1', 'ECA');
    const two = cells.set('l1', 'i1', 'RP');

    expect(cells.code('l1', 'i1')).toBe('RP');
    await vi.waitFor(() => expect(status.pending).toBe(1));
    expect(save).toHaveBeenCalledOnce();
    first.resolve({ code: 'ECA', version: 4 });
    await Promise.all([one, two]);
    expect(save.mock.calls.map(([body]) => [body.code, body.expectedVersion])).toEqual([
      ['ECA', 3],
      ['RP', 4],
    ]);
    // The first answer did not bring back RA over the RP typed meanwhile.
    expect(cells.cells['l1|i1']).toEqual({ code: 'RP', version: 5 });
    expect(status).toMatchObject({ pending: 0, saved: true, conflict: null });
  });

  it('sends nothing when the cell already holds the code', async () => {
    const save = vi.fn<CellSender['save']>();
    const { cells } = queue(save);

    await cells.set('l1', 'i1', 'RT');

    expect(save).not.toHaveBeenCalled();
  });

  it('shows the server’s value and message on a conflict', async () => {
    const { cells, status } = queue(vi.fn<CellSender['save']>().mockRejectedValue(conflict({ code: 'NE', version: 7 })));

    await cells.set('l1', 'i1', 'ECA');

    expect(cells.cells['l1|i1']).toEqual({ code: 'NE', version: 7 });
    expect(cells.isUnsaved('l1', 'i1')).toBe(false);
    expect(status.conflict).toBe('Modifié entre-temps.');
  });

  it('keeps a failed code marked unsaved and sends it again on retry', async () => {
    const save = vi.fn<CellSender['save']>().mockRejectedValueOnce(offline()).mockResolvedValueOnce({ code: 'ECA', version: 4 });
    const { cells, status } = queue(save);

    await cells.set('l1', 'i1', 'ECA');
    expect(cells.isUnsaved('l1', 'i1')).toBe(true);
    expect(cells.code('l1', 'i1')).toBe('ECA');
    expect(status.conflict).toBe('Impossible de joindre le serveur.');

    cells.retry(() => true);
    await vi.waitFor(() => expect(cells.isUnsaved('l1', 'i1')).toBe(false));
    expect(cells.cells['l1|i1']).toEqual({ code: 'ECA', version: 4 });
  });

  it('does not retry a cell the grid no longer has', async () => {
    const save = vi.fn<CellSender['save']>().mockRejectedValueOnce(offline());
    const { cells } = queue(save);
    await cells.set('l1', 'i1', 'ECA');

    cells.retry(() => false);

    expect(save).toHaveBeenCalledOnce();
  });

  it('fills a learner’s empty cells from the answer, leaving the other learners’ cells as shown', async () => {
    const fill = vi.fn<CellSender['fill']>().mockResolvedValue({
      cells: [
        { ...cell('ECA', 1), itemId: 'i2' },
        { ...cell('ECA', 1), learnerId: 'l2', itemId: 'i2' },
      ] as never,
      filled: 1,
      kept: 1,
    });
    const { cells, status } = queue(vi.fn(), fill);

    await cells.fill({ kind: 'learner', id: 'l1', name: 'Ada' }, 'ECA');

    expect(fill).toHaveBeenCalledWith({ learnerIds: ['l1'] }, 'ECA');
    expect(cells.code('l1', 'i2')).toBe('ECA');
    expect(cells.code('l2', 'i2')).toBeNull();
    expect(status.notice).toBe('1 remplies, 1 gardées');
  });
});

describe('the queue of the grid’s comment saves', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function queue(send: CommentSender) {
    const status = new GridSaveStatus();
    const comments = new CommentSaveQueue([{ learnerId: 'l1', text: 'Bien', version: 2 } as never], send, status, 1000);
    return { comments, status };
  }

  it('saves a second after the typing stops, trimmed, with the last known version', async () => {
    vi.useFakeTimers();
    const send = vi.fn<CommentSender>().mockResolvedValue({ text: 'Très bien', version: 3 });
    const { comments } = queue(send);

    comments.drafts.l1 = 'Très bien ';
    comments.typed('l1');
    expect(comments.typing).toBe(true);
    await vi.advanceTimersByTimeAsync(900);
    expect(send).not.toHaveBeenCalled();
    comments.typed('l1');
    await vi.advanceTimersByTimeAsync(1000);

    expect(send).toHaveBeenCalledExactlyOnceWith({ learnerId: 'l1', text: 'Très bien', expectedVersion: 2 });
    expect(comments.comments.l1).toEqual({ text: 'Très bien', version: 3 });
    expect(comments.typing).toBe(false);
  });

  it('saves at once when the field is left or the grid is left, and not an unchanged text', async () => {
    vi.useFakeTimers();
    const send = vi.fn<CommentSender>().mockImplementation(async ({ text }) => ({ text, version: 9 }));
    const { comments } = queue(send);

    await comments.queue('l1');
    expect(send).not.toHaveBeenCalled();

    comments.drafts.l2 = 'Absent';
    comments.typed('l2');
    comments.flush();
    await vi.waitFor(() => expect(send).toHaveBeenCalledExactlyOnceWith({ learnerId: 'l2', text: 'Absent', expectedVersion: null }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledOnce();
  });

  it('shows the server’s text on a conflict, and keeps a failed draft for a retry', async () => {
    const send = vi
      .fn<CommentSender>()
      .mockRejectedValueOnce(conflict({ text: 'Autre', version: 4 }))
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce({ text: 'Encore', version: 5 });
    const { comments, status } = queue(send);

    comments.drafts.l1 = 'Mien';
    await comments.queue('l1');
    expect(comments.drafts.l1).toBe('Autre');
    expect(comments.comments.l1).toEqual({ text: 'Autre', version: 4 });
    expect(status.conflict).toBe('Modifié entre-temps.');

    comments.drafts.l1 = 'Encore';
    await comments.queue('l1');
    expect(comments.failed).toEqual({ l1: 'Encore' });
    expect(comments.typing).toBe(false);

    comments.retry();
    await vi.waitFor(() => expect(comments.failed).toEqual({}));
    expect(send).toHaveBeenLastCalledWith({ learnerId: 'l1', text: 'Encore', expectedVersion: 4 });
  });

  it('leaves the notice of a fill in place', async () => {
    const { comments, status } = queue(vi.fn<CommentSender>().mockResolvedValue({ text: 'x', version: 3 }));
    status.notice = '2 cases remplies';

    comments.drafts.l1 = 'x';
    await comments.queue('l1');

    expect(status.notice).toBe('2 cases remplies');
  });
});
