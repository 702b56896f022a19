import { describe, expect, it } from 'vitest';
import { ACCESS, MODULES, canAccess, modulesOf } from '#shared/domain/modules.ts';
import { PROFILES } from '#shared/domain/profiles.ts';

describe('profiles and modules (guide 1.1, 1.2)', () => {
  it('has the 15 modules of the guide', () => {
    expect(MODULES).toHaveLength(15);
  });

  it.each([
    [
      'admin',
      ['Importer des fichiers', 'Informations abonnement', 'Gestion des utilisateurs', 'Gestion des accès élèves', 'Gestion des accès parents', 'Paramètres'],
    ],
    [
      'enseignant',
      [
        'Gestion des scénarios',
        'Gestion des évaluations',
        'Consultation des évaluations',
        'Passeport professionnel',
        'Tableau de bord',
        'Tableau de bord classe',
        'Export du bilan de formation',
      ],
    ],
    ['chef', ['Paramètres', 'Tableau de bord', 'Tableau de bord classe', 'Export du bilan de formation']],
    ['apprenant', ['Gestion des évaluations', 'Passeport professionnel', 'Tableau de bord', 'Export du passeport professionnel']],
    ['parent', ['Passeport professionnel', 'Tableau de bord']],
    ['lecteur', ['Tableau de bord', 'Tableau de bord classe']],
  ] as const)('gives %s exactly the tiles of the guide', (profile, labels) => {
    expect(modulesOf(profile).map((module) => module.label)).toEqual(labels);
  });

  it('gives learners and parents read-only access where the guide says so', () => {
    expect(canAccess('apprenant', 'evaluations', 'read')).toBe(true);
    expect(canAccess('apprenant', 'evaluations', 'write')).toBe(false);
    expect(canAccess('parent', 'passeport', 'write')).toBe(false);
    expect(canAccess('apprenant', 'passeport', 'write')).toBe(true);
    expect(canAccess('chef', 'parametres', 'write')).toBe(true);
  });

  it('never grants a module to a profile absent from its row', () => {
    for (const module of MODULES) {
      for (const profile of PROFILES) {
        if (ACCESS[module.id][profile] === undefined) expect(canAccess(profile, module.id, 'read')).toBe(false);
      }
    }
  });
});
