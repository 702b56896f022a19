import type { EvaluationGrid } from '#shared/api/schemas/evaluations.ts';
import type { EvaluationCode } from '#shared/domain/evaluation-codes.ts';
import type { GridSaveStatus } from './grid-save-status.svelte.ts';

export type CellState = { code: EvaluationCode | null; version: number | null };
type Cell = EvaluationGrid['cells'][number];
/** A whole row or column to fill: one learner's cells or one item's. */
export type FillTarget = { kind: 'learner' | 'item'; id: string; name: string };

/** How the queue reaches the server (the evaluation's routes; fakes in tests). */
export interface CellSender {
  save(cell: {
    learnerId: string;
    itemId: string;
    code: EvaluationCode | null;
    expectedVersion: number | null;
  }): Promise<{ code: EvaluationCode | null; version: number }>;
  fill(target: { learnerIds: string[] } | { itemIds: string[] }, code: EvaluationCode): Promise<{ cells: readonly Cell[]; filled: number; kept: number }>;
}

export const cellKey = (learnerId: string, itemId: string) => `${learnerId}|${itemId}`;

/**
 * The grid's cells as last known, and their saves: every change is shown at once and sent with
 * the cell's last known version, one save at a time per cell so that each one sends the version
 * the previous one answered. A conflict (409) shows the server's value; another failure keeps
 * the code typed, marked unsaved, until `retry`.
 */
export class CellSaveQueue {
  cells = $state<Record<string, CellState>>({});
  /** The code of each cell whose save failed, by key. */
  failed = $state<Record<string, EvaluationCode | null>>({});
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    initial: readonly Cell[],
    private readonly sender: CellSender,
    private readonly status: GridSaveStatus,
    /** What a fill's notice says. */
    private readonly filledNotice: (filled: number, kept: number) => string,
  ) {
    this.cells = Object.fromEntries(initial.map((cell) => [cellKey(cell.learnerId, cell.itemId), { code: cell.code, version: cell.version }]));
  }

  code(learnerId: string, itemId: string): EvaluationCode | null {
    return this.cells[cellKey(learnerId, itemId)]?.code ?? null;
  }

  isUnsaved(learnerId: string, itemId: string): boolean {
    return cellKey(learnerId, itemId) in this.failed;
  }

  /** Shows the code and queues its save; nothing happens when the cell already holds it, saved. */
  set(learnerId: string, itemId: string, code: EvaluationCode | null): Promise<void> {
    const key = cellKey(learnerId, itemId);
    const previous = this.cells[key] ?? { code: null, version: null };
    if (previous.code === code && !(key in this.failed)) return this.chains.get(key) ?? Promise.resolve();
    this.cells[key] = { ...previous, code };
    const run = (this.chains.get(key) ?? Promise.resolve()).then(() => this.save(learnerId, itemId, code));
    this.chains.set(key, run);
    return run;
  }

  /** Sends again every failed save of a cell the grid still has. */
  retry(stillInGrid: (learnerId: string, itemId: string) => boolean): void {
    for (const [key, code] of Object.entries(this.failed)) {
      const [learnerId, itemId] = key.split('|') as [string, string];
      if (stillInGrid(learnerId, itemId)) void this.set(learnerId, itemId, code);
    }
  }

  /** Fills the empty cells of one learner or one item; the server never overwrites a result. */
  async fill(target: FillTarget, code: EvaluationCode): Promise<void> {
    const answer = await this.status.run(() => this.sender.fill(target.kind === 'learner' ? { learnerIds: [target.id] } : { itemIds: [target.id] }, code), {});
    if (!answer) return;
    for (const cell of answer.cells) {
      if ((target.kind === 'learner' ? cell.learnerId : cell.itemId) !== target.id) continue;
      const key = cellKey(cell.learnerId, cell.itemId);
      if (!(key in this.failed)) this.cells[key] = { code: cell.code, version: cell.version };
    }
    this.status.notice = this.filledNotice(answer.filled, answer.kept);
  }

  private async save(learnerId: string, itemId: string, code: EvaluationCode | null): Promise<void> {
    const key = cellKey(learnerId, itemId);
    const answer = await this.status.run(() => this.sender.save({ learnerId, itemId, code, expectedVersion: this.cells[key]?.version ?? null }), {
      onConflict: (current) => {
        const held = current as Partial<CellState> | undefined;
        this.cells[key] = { code: held?.code ?? null, version: held?.version ?? null };
        delete this.failed[key];
      },
      onFailure: () => {
        this.failed[key] = code;
      },
    });
    if (!answer) return;
    // A later change typed meanwhile keeps its code; only the version moves on.
    const shown = this.cells[key]?.code ?? null;
    this.cells[key] = { code: shown === code ? answer.code : shown, version: answer.version };
    delete this.failed[key];
  }
}
