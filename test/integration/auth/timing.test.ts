import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { newUser } from '#functions/services/utilisateurs/new-user.ts';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();

const ROUNDS = 15;

/** Milliseconds of one failed sign-in, each from its own address so that the throttle never answers instead. */
async function timeFailure(uai: string, login: string): Promise<number> {
  const started = performance.now();
  const answer = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login, password: 'pas-le-bon-42' } });
  const elapsed = performance.now() - started;
  expect(answer.body.error?.code).toBe('AUTH_INVALID_CREDENTIALS');
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('timing of failed sign-ins', () => {
  // The machine is small and shared, so single timings are noise. The kinds of login are measured
  // in turn within each round (the same load hits them alike), and the medians of the rounds are
  // compared as a ratio: a password hash costs ~100 ms against a few ms for the rest, so a path that
  // skips it shows a ratio near 0.3, far outside the margin, while equal paths stay near 1.
  it('takes as long for an imported account that never signed in as for an unknown login or a known one', async () => {
    const { uai } = await newEstablishment();
    const pending = newUser({
      uai,
      login: `apprenant.${Date.now()}`,
      profile: 'apprenant',
      firstName: 'Hugo',
      lastName: 'Martin',
      origin: 'import',
      account: 'pending',
      birthDate: '2008-11-02',
    });
    await dependencies().users.create(pending);
    const known = await newMember(stack.url, uai, 'enseignant');
    const logins = { unknown: 'personne.inconnue', pending: pending.login, known: known.user.login };
    for (const login of Object.values(logins)) await timeFailure(uai, login); // warm-up: code paths and connections

    const times = { unknown: [] as number[], pending: [] as number[], known: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const kind of ['unknown', 'pending', 'known'] as const) times[kind].push(await timeFailure(uai, logins[kind]));
    }

    const unknown = median(times.unknown);
    expect(median(times.pending) / unknown).toBeGreaterThan(0.7);
    expect(median(times.pending) / unknown).toBeLessThan(1.4);
    expect(median(times.known) / unknown).toBeGreaterThan(0.7);
    expect(median(times.known) / unknown).toBeLessThan(1.4);
  });
});
