import type { Division } from '../ports/structure.ts';

/** A division or group with every field at its neutral value; callers give what they know. */
export function newDivision(input: Pick<Division, 'uai' | 'code'> & Partial<Division>, now = new Date().toISOString()): Division {
  return {
    label: input.code,
    kind: 'division',
    mefCodes: [],
    diplomas: [],
    divisionCodes: [],
    origin: 'sts',
    parentAccess: { all: false, diplomas: [] },
    counts: { learners: 0, guardians: 0, guardiansWithEmail: 0 },
    createdAt: now,
    updatedAt: now,
    ...input,
  };
}
