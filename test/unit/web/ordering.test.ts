import { describe, expect, it } from 'vitest';
import { moveEntry, stepInReadingOrder } from '../../../web/src/lib/ordering.ts';

describe('moving an item of the evaluation’s list', () => {
  it('moves an entry down, up, to the ends, without changing the original list', () => {
    const items = ['a', 'b', 'c', 'd'];

    expect(moveEntry(items, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveEntry(items, 3, 2)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveEntry(items, 1, 3)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveEntry(items, 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the entry at the edge when asked to go past it, and ignores an unknown position', () => {
    expect(moveEntry(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveEntry(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(moveEntry(['a', 'b'], 4, 0)).toEqual(['a', 'b']);
  });
});

describe('Tab in the result grid', () => {
  it('walks the cells in reading order, wrapping rows', () => {
    expect(stepInReadingOrder({ row: 0, col: 0 }, 2, 3, 1)).toEqual({ row: 0, col: 1 });
    expect(stepInReadingOrder({ row: 0, col: 2 }, 2, 3, 1)).toEqual({ row: 1, col: 0 });
    expect(stepInReadingOrder({ row: 1, col: 0 }, 2, 3, -1)).toEqual({ row: 0, col: 2 });
  });

  it('answers null past the last cell and before the first, so that Tab leaves the grid', () => {
    expect(stepInReadingOrder({ row: 1, col: 2 }, 2, 3, 1)).toBeNull();
    expect(stepInReadingOrder({ row: 0, col: 0 }, 2, 3, -1)).toBeNull();
    expect(stepInReadingOrder({ row: 0, col: 0 }, 0, 0, 1)).toBeNull();
  });
});
