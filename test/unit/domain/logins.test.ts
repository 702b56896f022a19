import { describe, expect, it } from 'vitest';
import { assignLogins, baseLogin, FALLBACK_LOGIN, MAX_BASE_LOGIN_LENGTH, uniqueLogin } from '#shared/domain/logins.ts';

describe('baseLogin: prenom.nom, lower case, no accents (guide 3.1.2)', () => {
  it('lower-cases and folds accents', () => {
    expect(baseLogin('Grégory', 'ÉLÉONORE')).toBe('gregory.eleonore');
    expect(baseLogin('François', 'Müller')).toBe('francois.muller');
    expect(baseLogin('Anaïs', 'Façade')).toBe('anais.facade');
  });

  it('spells out ligatures and letters that do not decompose', () => {
    expect(baseLogin('Cœur', 'Lætitia')).toBe('coeur.laetitia');
    expect(baseLogin('ŒDIPE', 'ÆSOP')).toBe('oedipe.aesop');
    expect(baseLogin('Jürgen', 'Straße')).toBe('jurgen.strasse');
    expect(baseLogin('Søren', 'Łukasz')).toBe('soren.lukasz');
  });

  it('drops apostrophes so elided particles stick to the name', () => {
    expect(baseLogin('Aminata', "N'Diaye")).toBe('aminata.ndiaye');
    expect(baseLogin('Charles', 'd’Artagnan')).toBe('charles.dartagnan');
    expect(baseLogin('Jean', "d'Alembert")).toBe('jean.dalembert');
    expect(baseLogin('Ana', 'Oʼneil')).toBe('ana.oneil');
  });

  it('turns spaces and hyphens inside a name into one hyphen', () => {
    expect(baseLogin('Jean Pierre', 'Martin')).toBe('jean-pierre.martin');
    expect(baseLogin('Jean-Pierre', 'Martin')).toBe('jean-pierre.martin');
    expect(baseLogin('Marie-Ève', 'Dupont')).toBe('marie-eve.dupont');
    expect(baseLogin('  Jean  -  Pierre ', ' Martin ')).toBe('jean-pierre.martin');
    expect(baseLogin('Luciole', 'FRANCIS--FROUFROU')).toBe('luciole.francis-froufrou');
    expect(baseLogin('Jean\u00a0Luc', 'Le\u202fGall')).toBe('jean-luc.le-gall');
    expect(baseLogin('Anne–Marie', 'Roy')).toBe('anne-marie.roy');
  });

  it('keeps particles as parts of the surname', () => {
    expect(baseLogin('Jean', 'De La Fontaine')).toBe('jean.de-la-fontaine');
    expect(baseLogin('Louis', 'de Broglie')).toBe('louis.de-broglie');
  });

  it('removes any other character', () => {
    expect(baseLogin('Jean (Paul)', 'St. Pierre')).toBe('jean-paul.st-pierre');
    expect(baseLogin('Zoé!', 'Martin_2')).toBe('zoe.martin2');
  });

  it('keeps only the first given name when several are separated by commas', () => {
    expect(baseLogin('Marie, Louise, Jeanne', 'Curie')).toBe('marie.curie');
  });

  it('uses what is left when one name is empty, and falls back to « utilisateur »', () => {
    expect(baseLogin('', 'Martin')).toBe('martin');
    expect(baseLogin('Léa', '')).toBe('lea');
    expect(baseLogin('', '')).toBe(FALLBACK_LOGIN);
    expect(baseLogin('李', 'Иванов')).toBe(FALLBACK_LOGIN);
    expect(baseLogin("'-", ' ')).toBe(FALLBACK_LOGIN);
  });

  it('caps the length by dropping whole trailing parts first', () => {
    const login = baseLogin('Marie-Christine-Françoise', 'De La Fontaine-Dupont-Durand');
    expect(login.length).toBeLessThanOrEqual(MAX_BASE_LOGIN_LENGTH);
    expect(login).toBe('marie.de-la-fontaine-dupont-durand');
    expect(baseLogin('Marie-Christine', 'Dupont')).toBe('marie-christine.dupont');
  });

  it('cuts inside a part only when a single given name and surname part are too long', () => {
    const login = baseLogin('Maximilienne', 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft');
    expect(login).toBe('maximilienne.wolfeschlegelsteinhausenber');
    expect(login.length).toBe(MAX_BASE_LOGIN_LENGTH);
    expect(baseLogin('Wolfeschlegelsteinhausenbergerdorff', 'Wolfeschlegelsteinhausenbergerdorff')).toBe('wolfeschlegelsteinh.wolfeschlegelsteinha');
    expect(baseLogin('', 'x'.repeat(60))).toBe('x'.repeat(MAX_BASE_LOGIN_LENGTH));
  });

  it('always gives a well-formed login, whatever the input', () => {
    const alphabet = "aéÆœß' -’.,_()0Zx\u0301\u00a0李\t";
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const randomName = (): string => Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 2000; i += 1) {
      const login = baseLogin(randomName(), randomName());
      expect(login).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/);
      expect(login.length).toBeLessThanOrEqual(MAX_BASE_LOGIN_LENGTH);
    }
  });
});

describe('uniqueLogin', () => {
  it('returns the base when it is free', () => {
    expect(uniqueLogin('lea.martin', () => false)).toBe('lea.martin');
  });

  it('appends 2, 3… right after the name, taking the first free one', () => {
    const taken = new Set(['lea.martin', 'lea.martin2', 'lea.martin3']);
    expect(uniqueLogin('lea.martin', (login) => taken.has(login))).toBe('lea.martin4');
  });

  it('fails loudly instead of looping when nothing is ever free', () => {
    expect(() => uniqueLogin('x', () => true)).toThrow(/No free login/);
  });
});

describe('assignLogins', () => {
  const people = [
    { key: 'E3', firstName: 'Léa', lastName: 'Martin' },
    { key: 'E1', firstName: 'Lea', lastName: 'MARTIN' },
    { key: 'E2', firstName: 'Hugo', lastName: 'Bernard' },
  ];

  it('numbers homonyms within a batch in name then key order', () => {
    const logins = assignLogins(people, new Set());
    expect(logins.get('E2')).toBe('hugo.bernard');
    // "Lea MARTIN" sorts before "Léa Martin" on the raw names, so E1 is first whatever the file order.
    expect(logins.get('E1')).toBe('lea.martin');
    expect(logins.get('E3')).toBe('lea.martin2');
  });

  it('never reuses an existing login, whatever its case', () => {
    const logins = assignLogins(people, new Set(['Lea.Martin', 'lea.martin2', 'hugo.bernard']));
    expect(logins.get('E1')).toBe('lea.martin3');
    expect(logins.get('E3')).toBe('lea.martin4');
    expect(logins.get('E2')).toBe('hugo.bernard2');
  });

  it('does not modify the set of existing logins', () => {
    const existing = new Set(['lea.martin']);
    assignLogins(people, existing);
    expect([...existing]).toEqual(['lea.martin']);
  });

  it('gives the same logins whatever the order of the file', () => {
    const forward = assignLogins(people, new Set(['lea.martin']));
    const backward = assignLogins([...people].reverse(), new Set(['lea.martin']));
    const shuffled = assignLogins([people[1]!, people[2]!, people[0]!], new Set(['lea.martin']));
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
  });

  it('orders true homonyms (same spelling) by key', () => {
    const twins = [
      { key: 'B', firstName: 'Jean', lastName: 'Petit' },
      { key: 'A', firstName: 'Jean', lastName: 'Petit' },
    ];
    const logins = assignLogins(twins, new Set());
    expect(logins.get('A')).toBe('jean.petit');
    expect(logins.get('B')).toBe('jean.petit2');
  });

  it('handles a base that already ends with the digit of a suffix', () => {
    const logins = assignLogins(
      [
        { key: 'A', firstName: 'Jean', lastName: 'Petit2' },
        { key: 'B', firstName: 'Jean', lastName: 'Petit' },
        { key: 'C', firstName: 'Jean', lastName: 'Petit' },
      ],
      new Set(),
    );
    expect([...logins.entries()].sort()).toEqual([
      ['A', 'jean.petit22'],
      ['B', 'jean.petit'],
      ['C', 'jean.petit2'],
    ]);
  });

  it('refuses a batch where two people share a key', () => {
    expect(() => assignLogins([people[0]!, { ...people[1]!, key: 'E3' }], new Set())).toThrow(/Duplicate person key/);
  });
});
