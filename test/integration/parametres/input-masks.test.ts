import { beforeAll, describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
type Member = Awaited<ReturnType<typeof newMember>>;
type Field = { field: string; label: string; defaultLabel: string };
const labelOf = (fields: Field[], field: string) => fields.find((entry) => entry.field === field)?.label;

describe('Paramètres: modifier les masques de saisie', () => {
  let admin: Member;
  let teacher: Member;

  beforeAll(async () => {
    const { uai } = await newEstablishment();
    admin = await newMember(stack.url, uai, 'chef');
    teacher = await newMember(stack.url, uai, 'enseignant');
  });

  it('answers the default labels of the scenario and passport forms', async () => {
    const answer = await teacher.client.call('GET', '/api/parametres/masques/transport', { token: teacher.token });
    expect(answer.status).toBe(200);
    expect(answer.body.diploma).toBe('transport');
    expect(answer.body.scenario.map((entry: Field) => entry.field)).toEqual(['title', 'context', 'materials', 'links', 'resources', 'attachments']);
    expect(answer.body.passport.find((entry: Field) => entry.field === 'conditions')).toEqual({
      field: 'conditions',
      label: 'Conditions de réalisation',
      defaultLabel: 'Conditions de réalisation',
    });
  });

  it('saves labels for one diploma only, and resets them to the defaults', async () => {
    const saved = await admin.client.call('PUT', '/api/parametres/masques/ga', {
      token: admin.token,
      body: { scenario: { materials: ' Logiciels utilisés ' }, passport: { place: 'Lieu de la PFMP', date: 'Date' } },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(labelOf(saved.body.scenario, 'materials')).toBe('Logiciels utilisés');

    const ga = await teacher.client.call('GET', '/api/parametres/masques/ga', { token: teacher.token });
    expect(labelOf(ga.body.passport, 'place')).toBe('Lieu de la PFMP');
    expect(labelOf(ga.body.passport, 'date')).toBe('Date');
    const logistique = await teacher.client.call('GET', '/api/parametres/masques/logistique', { token: teacher.token });
    expect(labelOf(logistique.body.passport, 'place')).toBe('Lieu');

    const reset = await admin.client.call('PUT', '/api/parametres/masques/ga', { token: admin.token, body: { scenario: {}, passport: {} } });
    expect(labelOf(reset.body.passport, 'place')).toBe('Lieu');
    const again = await teacher.client.call('GET', '/api/parametres/masques/ga', { token: teacher.token });
    expect(labelOf(again.body.scenario, 'materials')).toBe('Matériels / logiciels');
  });

  it('refuses unknown diplomas and fields, empty and too long labels, in French, and writes nothing', async () => {
    await admin.client.call('PUT', '/api/parametres/masques/otm', { token: admin.token, body: { passport: { place: 'Entreprise' } } });

    const unknownDiploma = await admin.client.call('PUT', '/api/parametres/masques/cap-cuisine', {
      token: admin.token,
      body: { passport: { place: 'Cuisine' } },
    });
    expect(unknownDiploma.status).toBe(404);
    expect(unknownDiploma.body.error).toEqual({ code: 'DIPLOMA_UNKNOWN', message: 'Diplôme inconnu : « cap-cuisine ».' });
    expect((await admin.client.call('GET', '/api/parametres/masques/cap-cuisine', { token: admin.token })).status).toBe(404);

    const cases: [unknown, string, string][] = [
      [{ passport: { budget: 'Budget', place: 'Atelier' } }, 'passport.budget', 'Champ inconnu : « budget ».'],
      [{ scenario: { title: ' ' }, passport: { place: 'Atelier' } }, 'scenario.title', 'Saisissez un intitulé, ou rétablissez celui par défaut.'],
      [{ passport: { place: 'x'.repeat(61) } }, 'passport.place', 'L’intitulé compte 60 caractères au plus.'],
    ];
    for (const [body, field, message] of cases) {
      const refused = await admin.client.call('PUT', '/api/parametres/masques/otm', { token: admin.token, body });
      expect(refused.status, field).toBe(400);
      expect(refused.body.error.details).toContainEqual({ field, message });
    }
    const after = await admin.client.call('GET', '/api/parametres/masques/otm', { token: admin.token });
    expect(labelOf(after.body.passport, 'place')).toBe('Entreprise');
  });

  it('lets a teacher read the masks but not change them', async () => {
    const refused = await teacher.client.call('PUT', '/api/parametres/masques/ga', { token: teacher.token, body: { passport: { place: 'Ici' } } });
    expect(refused.status).toBe(403);
  });

  it('never shows one establishment’s masks to another', async () => {
    await admin.client.call('PUT', '/api/parametres/masques/transport', { token: admin.token, body: { passport: { place: 'Quai de chargement' } } });
    const other = await newEstablishment('Lycée voisin');
    const neighbour = await newMember(stack.url, other.uai, 'enseignant');
    const theirs = await neighbour.client.call('GET', '/api/parametres/masques/transport', { token: neighbour.token });
    expect(labelOf(theirs.body.passport, 'place')).toBe('Lieu');
  });
});
