import { ApiError } from '$lib/api.ts';
import { common } from '$lib/i18n/fr/common.ts';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * What a page reads before it can show its form: the state for the template (a spinner, the
 * French error, the form) and only the latest answer applied — choosing another diploma while
 * the previous one loads never shows the previous one's data.
 */
export class PageLoad {
  state = $state<LoadState>('idle');
  error = $state<string | null>(null);
  private current: AbortController | null = null;

  constructor(initial: LoadState = 'idle') {
    this.state = initial;
  }

  async run<T>(request: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    this.current?.abort();
    const mine = (this.current = new AbortController());
    this.state = 'loading';
    try {
      const value = await request();
      if (mine.signal.aborted) return;
      apply(value);
      this.state = 'ready';
    } catch (failure) {
      if (mine.signal.aborted) return;
      this.error = failure instanceof ApiError ? failure.message : common.unexpectedError;
      this.state = 'failed';
    }
  }

  /** Nothing to show (no diploma chosen); a load still running is forgotten. */
  stop(): void {
    this.current?.abort();
    this.state = 'idle';
  }
}
