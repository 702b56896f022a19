import { describe, expect, it } from 'vitest';
import { compareNames, inDivisionOrder } from '#functions/services/structure/division-order.ts';
import { inParallel } from '#functions/services/structure/in-parallel.ts';

describe('class lists in the order a teacher reads them', () => {
  it('puts divisions before groups, codes in natural order', () => {
    const structure = [
      { code: '1GA10', kind: 'division' as const },
      { code: 'AP-1GA', kind: 'group' as const },
      { code: '1ga2', kind: 'division' as const },
      { code: '1GA1', kind: 'division' as const },
    ];
    expect(inDivisionOrder(structure).map((division) => division.code)).toEqual(['1GA1', '1ga2', '1GA10', 'AP-1GA']);
  });

  it('sorts people by last name then first name, ignoring case and accents', () => {
    const people = [
      { lastName: 'Martin', firstName: 'Léa' },
      { lastName: 'élie', firstName: 'Inès' },
      { lastName: 'Martin', firstName: 'Jules' },
      { lastName: 'Bernard', firstName: 'Hugo' },
    ];
    expect([...people].sort(compareNames).map((person) => person.firstName)).toEqual(['Hugo', 'Inès', 'Jules', 'Léa']);
  });
});

describe('provider calls a few at a time', () => {
  it('keeps results in input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await inParallel([5, 1, 4, 2, 3], 2, async (delay) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return delay * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('stops starting new tasks after a failure and rethrows it', async () => {
    const started: number[] = [];
    const failing = inParallel([1, 2, 3, 4], 1, async (value) => {
      started.push(value);
      if (value === 2) throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});
