import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTA_BYTES, percentUsed } from '#functions/services/abonnement/subscription.ts';

describe('disk space used (guide 3.2)', () => {
  it('is a percentage of the quota with one decimal', () => {
    expect(percentUsed(1024 ** 3, DEFAULT_QUOTA_BYTES)).toBe(33.3);
    expect(percentUsed(0, DEFAULT_QUOTA_BYTES)).toBe(0);
    expect(percentUsed(DEFAULT_QUOTA_BYTES, DEFAULT_QUOTA_BYTES)).toBe(100);
  });

  it('may pass 100 when the quota was lowered below what is stored', () => {
    expect(percentUsed(2 * 1024 ** 3, 1024 ** 3)).toBe(200);
    expect(percentUsed(5, 0)).toBe(100);
  });

  it('defaults to 3 GB per diploma', () => {
    expect(DEFAULT_QUOTA_BYTES).toBe(3 * 1024 * 1024 * 1024);
  });
});
