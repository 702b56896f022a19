import { describe, expect, it } from 'vitest';
import { modulesForMember } from '#shared/domain/member-modules.ts';

describe('modules of people who left', () => {
  it('keeps every module of a present person, and of one whose leaving date is still ahead', () => {
    expect(modulesForMember({ profile: 'apprenant', leftOn: null }, '2026-11-29')).toEqual(['evaluations', 'passeport', 'tableau-de-bord', 'export-passeport']);
    expect(modulesForMember({ profile: 'enseignant', leftOn: '2026-12-20' }, '2026-11-29')).toHaveLength(7);
  });

  it('leaves a departed learner only the passport export, for 3 months', () => {
    expect(modulesForMember({ profile: 'apprenant', leftOn: '2026-10-01' }, '2026-11-29')).toEqual(['export-passeport']);
    expect(modulesForMember({ profile: 'apprenant', leftOn: '2026-08-01' }, '2026-11-29')).toEqual([]);
  });

  it('leaves departed staff and guardians nothing', () => {
    expect(modulesForMember({ profile: 'enseignant', leftOn: '2026-11-01' }, '2026-11-29')).toEqual([]);
    expect(modulesForMember({ profile: 'parent', leftOn: '2026-11-01' }, '2026-11-29')).toEqual([]);
  });
});
