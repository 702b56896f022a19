import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/lib/api.ts';
import { PageLoad } from '../../../web/src/lib/page-load.svelte.ts';

describe('a page’s load', () => {
  it('applies only the latest answer and aborts the request it replaces', async () => {
    const load = new PageLoad();
    const shown: string[] = [];
    let first: AbortSignal | undefined;
    let answerFirst!: (value: string) => void;

    const one = load.run(
      (signal) => {
        first = signal;
        return new Promise<string>((resolve) => (answerFirst = resolve));
      },
      (value) => shown.push(value),
    );
    const two = load.run(
      async () => 'GA',
      (value) => shown.push(value),
    );
    answerFirst('TRANSPORT');
    await Promise.all([one, two]);

    expect(first?.aborted).toBe(true);
    expect(shown).toEqual(['GA']);
    expect(load.state).toBe('ready');
  });

  it('shows the server’s French message when the request fails', async () => {
    const load = new PageLoad();

    await load.run(
      () => Promise.reject(new ApiError(404, 'NOT_FOUND', 'Scénario introuvable.')),
      () => undefined,
    );

    expect(load).toMatchObject({ state: 'failed', error: 'Scénario introuvable.' });
  });

  it('shows an answer that cannot be used as a failure', async () => {
    const load = new PageLoad();

    await load.run(
      async () => ({ mine: false }),
      (found) => {
        if (!found.mine) load.fail('Vous n’êtes pas l’auteur de ce scénario.');
      },
    );

    expect(load).toMatchObject({ state: 'failed', error: 'Vous n’êtes pas l’auteur de ce scénario.' });
  });
});
