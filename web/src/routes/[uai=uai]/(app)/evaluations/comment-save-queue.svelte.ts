import type { EvaluationGrid } from '#shared/api/schemas/evaluations.ts';
import type { GridSaveStatus } from './grid-save-status.svelte.ts';

export type CommentState = { text: string; version: number | null };
type Comment = EvaluationGrid['comments'][number];

/** How the queue reaches the server (the evaluation's route; a fake in tests). */
export type CommentSender = (comment: { learnerId: string; text: string; expectedVersion: number | null }) => Promise<{ text: string; version: number }>;

/**
 * The learners' comments: the text being typed (`drafts`), the text saved (`comments`), and
 * their saves. A comment is saved `delayMs` after the typing stops, and when the field is left;
 * one save at a time per learner, so each one sends the version the previous one answered. A
 * conflict (409) shows the server's text; another failure keeps the draft, marked unsaved.
 */
export class CommentSaveQueue {
  comments = $state<Record<string, CommentState>>({});
  drafts = $state<Record<string, string>>({});
  /** The text of each comment whose save failed, by learner. */
  failed = $state<Record<string, string>>({});
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    initial: readonly Comment[],
    private readonly send: CommentSender,
    private readonly status: GridSaveStatus,
    private readonly delayMs = 1000,
  ) {
    this.comments = Object.fromEntries(initial.map((comment) => [comment.learnerId, { text: comment.text, version: comment.version }]));
    this.drafts = Object.fromEntries(initial.map((comment) => [comment.learnerId, comment.text]));
  }

  /** Whether a comment was typed and not sent yet (its save waits for a pause in the typing). */
  get typing(): boolean {
    return Object.entries(this.drafts).some(([learnerId, text]) => !(learnerId in this.failed) && text.trim() !== (this.comments[learnerId]?.text ?? ''));
  }

  /** The learner typed: save once the typing pauses. */
  typed(learnerId: string): void {
    clearTimeout(this.timers.get(learnerId));
    this.timers.set(
      learnerId,
      setTimeout(() => void this.queue(learnerId), this.delayMs),
    );
  }

  /** Saves now (the field was left, or a retry); the promise settles when this save is done. */
  queue(learnerId: string): Promise<void> {
    clearTimeout(this.timers.get(learnerId));
    this.timers.delete(learnerId);
    const run = (this.chains.get(learnerId) ?? Promise.resolve()).then(() => this.save(learnerId));
    this.chains.set(learnerId, run);
    return run;
  }

  /** Sends at once every comment still waiting for the pause (leaving the grid). */
  flush(): void {
    for (const learnerId of [...this.timers.keys()]) void this.queue(learnerId);
  }

  retry(): void {
    for (const learnerId of Object.keys(this.failed)) void this.queue(learnerId);
  }

  private async save(learnerId: string): Promise<void> {
    const text = (this.drafts[learnerId] ?? '').trim();
    const known = this.comments[learnerId] ?? { text: '', version: null };
    if (text === known.text && !(learnerId in this.failed)) return;
    const answer = await this.status.run(() => this.send({ learnerId, text, expectedVersion: known.version }), {
      keepNotice: true,
      onConflict: (current) => {
        const held = current as Partial<CommentState> | undefined;
        this.comments[learnerId] = { text: held?.text ?? '', version: held?.version ?? null };
        this.drafts[learnerId] = held?.text ?? '';
        delete this.failed[learnerId];
      },
      onFailure: () => {
        this.failed[learnerId] = text;
      },
    });
    if (!answer) return;
    this.comments[learnerId] = { text: answer.text, version: answer.version };
    delete this.failed[learnerId];
  }
}
