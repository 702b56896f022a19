import { ApiError, errorMessage } from '$lib/api.ts';

/**
 * What the grid's status line says about its saves, shared by the cells' and the comments'
 * queues and the fills: how many are on their way, whether one succeeded, the last refusal.
 */
export class GridSaveStatus {
  pending = $state(0);
  saved = $state(false);
  /** The last refusal or failure, in the server's words. */
  conflict = $state<string | null>(null);
  /** What the last fill did (« 3 cases remplies… »), until the next change. */
  notice = $state<string | null>(null);

  /**
   * Runs one save and keeps the count. A 409 goes to `onConflict` with the record as the server
   * holds it now; any other failure to `onFailure`; both show their message.
   */
  async run<T>(
    work: () => Promise<T>,
    handlers: { onConflict?: (current: unknown) => void; onFailure?: () => void; keepNotice?: boolean },
  ): Promise<T | undefined> {
    this.pending += 1;
    this.conflict = null;
    if (!handlers.keepNotice) this.notice = null;
    try {
      const answer = await work();
      this.saved = true;
      return answer;
    } catch (failure) {
      this.conflict = errorMessage(failure);
      if (failure instanceof ApiError && failure.status === 409 && handlers.onConflict) handlers.onConflict(failure.current);
      else handlers.onFailure?.();
      return undefined;
    } finally {
      this.pending -= 1;
    }
  }
}
