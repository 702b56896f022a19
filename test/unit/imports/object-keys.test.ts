import { describe, expect, it } from 'vitest';
import { importKeys, newImportId, parseImportKey } from '#functions/services/import/object-keys.ts';

describe('keys of an import run in the imports bucket', () => {
  it('makes ids that sort by creation time, to the millisecond', () => {
    const first = newImportId(new Date('2026-11-29T10:15:30.189Z'), 'zzzzzzzz');
    const second = newImportId(new Date('2026-11-29T10:15:30.190Z'), 'aaaaaaaa');
    expect(first).toBe('20261129T101530189Z-zzzzzzzz');
    expect([second, first].sort()).toEqual([first, second]);
  });

  it('recognises uploads and confirmations, and nothing else (so outputs never loop)', () => {
    const id = '20261129T101530189Z-k3x9p2ab';
    expect(parseImportKey(importKeys.upload('0861234A', id, 'eleves'))).toEqual({ kind: 'upload', uai: '0861234A', importId: id, slot: 'eleves' });
    expect(parseImportKey(importKeys.confirm('0861234A', id))).toEqual({ kind: 'confirm', uai: '0861234A', importId: id });
    expect(parseImportKey(importKeys.result('0861234A', id))).toBeNull();
    expect(parseImportKey(`0861234A/imports/${id}/upload/photos`)).toBeNull();
    expect(parseImportKey(`../0861234A/imports/${id}/confirm`)).toBeNull();
  });
});
