import { describe, expect, it } from 'vitest';
import { isTemporaryPassword, unwrapChallenge, wrapChallenge } from '#functions/adapters/accounts/cognito/challenge.ts';

const SESSION = 'AYABeC8'.repeat(100);

describe('Cognito challenge envelope', () => {
  it("gives Cognito's session back unchanged", async () => {
    const challenge = await wrapChallenge(SESSION, 'initial-123');

    expect(unwrapChallenge(challenge)?.session).toBe(SESSION);
    expect(challenge).not.toContain('initial-123');
  });

  it('recognises the temporary password, and only it', async () => {
    const envelope = unwrapChallenge(await wrapChallenge(SESSION, 'initial-123'));
    if (!envelope) throw new Error('no envelope');

    expect(await isTemporaryPassword('initial-123', envelope)).toBe(true);
    expect(await isTemporaryPassword('choisi-456', envelope)).toBe(false);
    expect(await isTemporaryPassword('initial-123', { ...envelope, session: `${SESSION}x` })).toBe(false);
  });

  it('rejects anything it did not wrap', () => {
    for (const challenge of ['', 'forge', SESSION, Buffer.from('{"session":1}').toString('base64url'), Buffer.from('null').toString('base64url')]) {
      expect(unwrapChallenge(challenge), challenge).toBeNull();
    }
  });
});
