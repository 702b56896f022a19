import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CODE_SETTINGS, SECOND_DEGREE_YELLOW } from '#shared/domain/evaluation-codes.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';

const stack = useStack();
type Member = Awaited<ReturnType<typeof newMember>>;

const chosen = {
  degrees: {
    RT: { label: 'Maîtrise très satisfaisante', letter: 'A' },
    RP: { label: 'Maîtrise satisfaisante', letter: 'b2' },
    ECA: { label: 'Maîtrise fragile', letter: '3' },
    TE: { label: 'Maîtrise insuffisante', letter: 'I' },
  },
  secondColour: 'yellow',
};

const withDegree = (degree: keyof typeof chosen.degrees, change: Partial<{ label: string; letter: string }>) => ({
  ...chosen,
  degrees: { ...chosen.degrees, [degree]: { ...chosen.degrees[degree], ...change } },
});

describe('Paramètres: codifier les résultats d’évaluations', () => {
  let admin: Member;
  let teacher: Member;

  beforeAll(async () => {
    const { uai } = await newEstablishment();
    admin = await newMember(stack.url, uai, 'admin');
    teacher = await newMember(stack.url, uai, 'enseignant');
  });

  it('answers the guide’s defaults before anything is saved, with the six codes to display', async () => {
    const answer = await teacher.client.call('GET', '/api/parametres/codes', { token: teacher.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject(DEFAULT_CODE_SETTINGS);
    expect(
      answer.body.codes.map((code: { code: string; letter: string; masteryWeight: number | null }) => [code.code, code.letter, code.masteryWeight]),
    ).toEqual([
      ['RT', 'A', 100],
      ['RP', 'B', 67],
      ['ECA', 'C', 33],
      ['TE', 'D', 0],
      ['NE', 'NE', null],
      ['ABS', 'AB', null],
    ]);
  });

  it('saves renamed degrees, letters and the yellow 2nd colour, and every profile reads them back', async () => {
    const saved = await admin.client.call('PUT', '/api/parametres/codes', { token: admin.token, body: chosen });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.degrees.RP).toEqual({ label: 'Maîtrise satisfaisante', letter: 'B2' });

    const read = await teacher.client.call('GET', '/api/parametres/codes', { token: teacher.token });
    expect(read.body.secondColour).toBe('yellow');
    expect(read.body.degrees.ECA).toEqual({ label: 'Maîtrise fragile', letter: '3' });
    expect(read.body.codes.find((code: { code: string }) => code.code === 'RP')).toMatchObject({
      letter: 'B2',
      label: 'Maîtrise satisfaisante',
      colour: SECOND_DEGREE_YELLOW,
    });
    expect(read.body.codes.find((code: { code: string }) => code.code === 'NE')).toMatchObject({ letter: 'NE', label: 'Non évaluable' });
  });

  it('refuses duplicate, ill-formed or too long letters and labels, in French, and writes nothing', async () => {
    await admin.client.call('PUT', '/api/parametres/codes', { token: admin.token, body: chosen });
    const cases: [unknown, string, string][] = [
      [withDegree('TE', { letter: 'A' }), 'degrees.TE.letter', 'La lettre « A » est déjà celle de « Maîtrise très satisfaisante ».'],
      [withDegree('TE', { letter: 'ne' }), 'degrees.TE.letter', 'La lettre « NE » est déjà celle de « Non évaluable ».'],
      [withDegree('RT', { letter: 'É' }), 'degrees.RT.letter', 'Le code ne peut contenir que des lettres sans accent et des chiffres.'],
      [withDegree('RT', { letter: 'A-' }), 'degrees.RT.letter', 'Le code ne peut contenir que des lettres sans accent et des chiffres.'],
      [withDegree('RT', { letter: 'ABC' }), 'degrees.RT.letter', 'Le code compte 2 caractères au plus.'],
      [withDegree('RP', { label: 'x'.repeat(41) }), 'degrees.RP.label', 'L’intitulé compte 40 caractères au plus.'],
      [withDegree('RP', { label: '   ' }), 'degrees.RP.label', 'Saisissez l’intitulé du degré « Réussite partielle ».'],
      [{ ...chosen, secondColour: 'bleu' }, 'secondColour', 'Choisissez « vert clair » ou « jaune » pour le 2e degré.'],
    ];
    for (const [body, field, message] of cases) {
      const refused = await admin.client.call('PUT', '/api/parametres/codes', { token: admin.token, body });
      expect(refused.status, field).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
      expect(refused.body.error.details).toContainEqual({ field, message });
    }
    const after = await admin.client.call('GET', '/api/parametres/codes', { token: admin.token });
    expect(after.body.degrees).toEqual({ ...chosen.degrees, RP: { ...chosen.degrees.RP, letter: 'B2' } });
  });

  it('lets a teacher read the codes but not change them', async () => {
    const refused = await teacher.client.call('PUT', '/api/parametres/codes', { token: teacher.token, body: { ...chosen, secondColour: 'green' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const read = await teacher.client.call('GET', '/api/parametres/codes', { token: teacher.token });
    expect(read.body.secondColour).toBe('yellow');
  });

  it('never shows one establishment’s codes to another', async () => {
    const other = await newEstablishment('Lycée voisin');
    const neighbour = await newMember(stack.url, other.uai, 'admin');
    await admin.client.call('PUT', '/api/parametres/codes', { token: admin.token, body: chosen });
    const theirs = await neighbour.client.call('GET', '/api/parametres/codes', { token: neighbour.token });
    expect(theirs.body).toMatchObject(DEFAULT_CODE_SETTINGS);
    await neighbour.client.call('PUT', '/api/parametres/codes', { token: neighbour.token, body: withDegree('RT', { letter: 'Z' }) });
    const ours = await admin.client.call('GET', '/api/parametres/codes', { token: admin.token });
    expect(ours.body.degrees.RT.letter).toBe('A');
  });
});
