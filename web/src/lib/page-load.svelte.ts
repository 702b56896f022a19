import { errorMessage } from '$lib/api.ts';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * What a page reads before it can show itself: the state for the template (a spinner, the
 * French error, the page) and only the latest answer applied — choosing another diploma or
 * filter while the previous one loads never shows the previous one's data.
 */
export class PageLoad {
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  private current: AbortController | null = null;

  constructor(initial: LoadState = 'idle') {
    this.state = initial;
  }

  /** Runs `request`; a later run or `stop` aborts its `signal`, and its answer is then ignored. */
  async run<T>(request: (signal: AbortSignal) => Promise<T>, apply: (value: T) => void): Promise<void> {
    this.current?.abort();
    const mine = (this.current = new AbortController());
    this.state = 'loading';
    try {
      const value = await request(mine.signal);
      if (mine.signal.aborted) return;
      apply(value);
      if (this.state === 'loading') this.state = 'ready';
    } catch (failure) {
      if (mine.signal.aborted) return;
      this.fail(errorMessage(failure));
    }
  }

  /** The answer came but cannot be shown (« not your scenario »): the page shows this instead. */
  fail(message: string): void {
    this.error = message;
    this.state = 'failed';
  }

  /** Nothing to show (no diploma chosen); a load still running is forgotten. */
  stop(): void {
    this.current?.abort();
    this.state = 'idle';
  }
}
