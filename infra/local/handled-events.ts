/** One run of an event handler (S3 notification or timer), as `GET /_local/events` lists it. */
export interface HandledEvent {
  handler: string;
  at: string;
  durationMs: number;
  outcome: 'ok' | 'error';
  result?: unknown;
  error?: string;
}

/**
 * The last runs of the event handlers, newest first: in AWS they show in CloudWatch; locally a
 * developer (or a test) reads them at `/_local/events`.
 */
export class HandledEvents {
  private readonly runs: HandledEvent[] = [];

  // The results stream records a run per batch: keep enough for a test to find its own event.
  constructor(private readonly keep = 500) {}

  async record<T>(handler: string, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const base = { handler, at: new Date(started).toISOString() };
    try {
      const result = await run();
      this.push({ ...base, durationMs: Date.now() - started, outcome: 'ok', result });
      return result;
    } catch (error) {
      this.push({ ...base, durationMs: Date.now() - started, outcome: 'error', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  list(): HandledEvent[] {
    return [...this.runs];
  }

  private push(run: HandledEvent): void {
    this.runs.unshift(run);
    this.runs.length = Math.min(this.runs.length, this.keep);
  }
}
