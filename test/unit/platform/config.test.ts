import { afterEach, describe, expect, it, vi } from 'vitest';
import { config } from '#functions/platform/config.ts';

describe('the configuration', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives the origin secret and the cookie flag without the table or the user pool being configured', () => {
    vi.stubEnv('TABLE_NAME', undefined);
    vi.stubEnv('USER_POOL_ID', undefined);
    vi.stubEnv('ORIGIN_VERIFY', 'secret');
    vi.stubEnv('SECURE_COOKIES', 'false');

    expect(config().originVerify).toBe('secret');
    expect(config().secureCookies).toBe(false);
  });

  it('still fails, naming the variable, when a required value is used but missing', () => {
    vi.stubEnv('TABLE_NAME', undefined);

    expect(() => config().tableName).toThrow('Missing environment variable TABLE_NAME');
  });
});
