import { describe, expect, it } from 'vitest';
import { diplomaOpen, parentAccessState } from '#functions/services/acces-parents/access-state.ts';

describe('parent access of a class (guide 3.5)', () => {
  it('is given when the whole class was opened, whatever its diplomas', () => {
    expect(parentAccessState({ all: true, diplomas: [] }, ['ga', null])).toBe('given');
  });

  it('is given when every diploma present was opened one by one', () => {
    expect(parentAccessState({ all: false, diplomas: ['agora', 'ga'] }, ['ga', 'agora', 'ga'])).toBe('given');
  });

  it('is partial while some diploma, or learners without a recognised one, are not covered', () => {
    expect(parentAccessState({ all: false, diplomas: ['ga'] }, ['ga', 'agora'])).toBe('partial');
    expect(parentAccessState({ all: false, diplomas: ['ga'] }, ['ga', null])).toBe('partial');
  });

  it('is none before any opening, and for a class without learners', () => {
    expect(parentAccessState({ all: false, diplomas: [] }, ['ga'])).toBe('none');
    expect(parentAccessState({ all: false, diplomas: [] }, [])).toBe('none');
  });

  it('covers learners without a recognised diploma only through a whole-class opening', () => {
    expect(diplomaOpen({ all: false, diplomas: ['ga'] }, null)).toBe(false);
    expect(diplomaOpen({ all: true, diplomas: [] }, null)).toBe(true);
  });
});
