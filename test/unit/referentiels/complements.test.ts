import { describe, expect, it } from 'vitest';
import { checkComplements, normaliseComplements, referentiel, withComplements, type ReferentielComplements } from '#shared/referentiels/index.ts';

const complements = (partial: Partial<ReferentielComplements>): ReferentielComplements => ({ qualifiers: {}, recommendedActivities: {}, ...partial });

describe('an establishment’s complements over the shipped référentiel', () => {
  it('adds complexités and aléas to a situation and to a pôle, marked as the establishment’s', async () => {
    const ga = await referentiel('ga');
    const merged = withComplements(
      ga,
      complements({
        qualifiers: {
          'ga.1.2.1': {
            complexites: [{ id: 'est.aaaaaa', title: 'Volume important de courrier' }],
            aleas: [{ id: 'est.bbbbbb', title: 'Panne de l’affranchissement' }],
          },
          'ga.p2': { complexites: [{ id: 'est.cccccc', title: 'Personnel nombreux' }], aleas: [] },
        },
      }),
    );
    expect(merged.qualifiersOf('ga.1.2.1').map((q) => [q.type, q.title, q.origin])).toEqual([
      ['complexite', 'Volume important de courrier', 'etablissement'],
      ['alea', 'Panne de l’affranchissement', 'etablissement'],
    ]);
    expect(merged.qualifiersOf('ga.p2', 'complexite')[0]?.id).toBe('est.cccccc');
    // Untouched situations keep the shipped lines; the shipped référentiel is unchanged.
    expect(merged.qualifiersOf('ga.1.1.1')).toHaveLength(9);
    expect(ga.qualifiersOf('ga.1.2.1')).toEqual([]);
  });

  it('rewords, reorders and removes shipped lines of a situation', async () => {
    const ga = await referentiel('ga');
    const shipped = ga.qualifiersOf('ga.1.1.1', 'complexite');
    const merged = withComplements(
      ga,
      complements({
        qualifiers: {
          'ga.1.1.1': {
            complexites: [
              { id: shipped[1]!.id, title: shipped[1]!.title },
              { id: shipped[0]!.id, title: 'Aucun fichier fournisseur' },
            ],
            aleas: [],
          },
        },
      }),
    );
    expect(merged.qualifiersOf('ga.1.1.1').map((q) => [q.id, q.origin])).toEqual([
      [shipped[1]!.id, 'referentiel'],
      [shipped[0]!.id, 'etablissement'],
    ]);
    // Merging again from the merged one gives the same result.
    expect(withComplements(merged, complements({})).qualifiersOf('ga.1.1.1')).toHaveLength(9);
  });

  it('attaches recommended BEP MSA activities to GA situations', async () => {
    const merged = withComplements(await referentiel('ga'), complements({ recommendedActivities: { 'ga.1.1.1': ['bepmsa.tech.01'] } }));
    expect(merged.recommendedActivities.get('ga.1.1.1')).toEqual(['bepmsa.tech.01']);
  });

  it('refuses unknown targets, foreign line ids and activities that are not BEP MSA activities', async () => {
    const ga = await referentiel('ga');
    const bep = await referentiel('bep-msa');
    const problems = checkComplements(
      ga,
      complements({
        qualifiers: {
          'ga.1.1': { complexites: [], aleas: [] },
          'ga.1.2.1': {
            complexites: [
              { id: 'ga.q.1.1.1.cx1', title: 'x' },
              { id: 'pirate', title: 'y' },
            ],
            aleas: [],
          },
        },
        recommendedActivities: { 'ga.1.1.1': ['bepmsa.tech.01', 'bepmsa.tech.01.c1'], 'ga.p1': ['bepmsa.tech.01'] },
      }),
      bep,
    );
    expect(problems).toEqual([
      { field: 'qualifiers.ga.1.1', message: '« ga.1.1 » n’est ni un pôle ni une situation du référentiel.' },
      { field: 'qualifiers.ga.1.2.1.complexites.0', message: 'La ligne « ga.q.1.1.1.cx1 » appartient à une autre liste du référentiel.' },
      { field: 'qualifiers.ga.1.2.1.complexites.1', message: 'Identifiant de ligne inconnu : « pirate ».' },
      { field: 'recommendedActivities.ga.1.1.1.1', message: '« bepmsa.tech.01.c1 » n’est pas une activité du BEP MSA.' },
      { field: 'recommendedActivities.ga.p1', message: '« ga.p1 » n’est pas une situation du référentiel GA.' },
    ]);
    expect(
      checkComplements(await referentiel('transport'), complements({ qualifiers: { 'transport.G1': { complexites: [], aleas: [] } } }), null)[0]?.message,
    ).toBe('Le référentiel Transport n’a pas de complexités ni d’aléas.');
  });

  it('keeps only real changes when normalising', async () => {
    const ga = await referentiel('ga');
    const same = ga.qualifiersOf('ga.1.1.1');
    const lines = (type: string) => same.filter((q) => q.type === type).map(({ id, title }) => ({ id, title }));
    expect(
      normaliseComplements(
        ga,
        complements({
          qualifiers: { 'ga.1.1.1': { complexites: lines('complexite'), aleas: lines('alea') }, 'ga.1.1.2': { complexites: [], aleas: [] } },
          recommendedActivities: { 'ga.1.1.1': [], 'ga.1.1.3': ['bepmsa.tech.01', 'bepmsa.tech.01'] },
        }),
      ),
    ).toEqual({ qualifiers: {}, recommendedActivities: { 'ga.1.1.3': ['bepmsa.tech.01'] } });
  });
});
