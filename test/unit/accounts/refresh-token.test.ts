import { describe, expect, it } from 'vitest';
import { newRefreshToken, refreshTokenHash, refreshTokenOwner } from '#functions/adapters/accounts/local/refresh-token.ts';

describe('local refresh tokens', () => {
  it('name their account and carry 32 random bytes', () => {
    const token = newRefreshToken({ uai: '0751234A', login: 'zoé.martin' });

    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(refreshTokenOwner(token)).toEqual({ uai: '0751234A', login: 'zoé.martin' });
    expect(newRefreshToken({ uai: '0751234A', login: 'zoé.martin' })).not.toBe(token);
  });

  it('are stored as a stable digest, never as themselves', () => {
    const token = newRefreshToken({ uai: '0751234A', login: 'a.b' });

    expect(refreshTokenHash(token)).toBe(refreshTokenHash(token));
    expect(refreshTokenHash(token)).toMatch(/^[\w-]{43}$/);
    expect(refreshTokenHash(token)).not.toContain(token.split('.')[1]);
  });

  it('reject anything that is not one of ours', () => {
    const owner = Buffer.from('0751234A:a.b').toString('base64url');
    const random = 'A'.repeat(43);
    for (const token of [
      '',
      'pas-un-jeton',
      `${owner}.${random}.extra`,
      `${owner}.${random.slice(1)}`,
      `${owner}.${random.slice(1)}+`,
      `.${random}`,
      `${Buffer.from('sans-deux-points').toString('base64url')}.${random}`,
      `${Buffer.from(':a.b').toString('base64url')}.${random}`,
      `${Buffer.from('0751234A:').toString('base64url')}.${random}`,
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
    ]) {
      expect(refreshTokenOwner(token), token).toBeNull();
    }
  });
});
