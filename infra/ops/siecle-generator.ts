import { encodeLatin9 } from './latin9.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * A synthetic establishment in the real SIECLE/STS export formats (docs/siecle-formats.md): the
 * staff file (sts_emp, STS_EDT), the learners file (ElevesSansAdresses, BEE_ELEVES) and the
 * guardians file (ResponsablesAvecAdresses, BEE_RESPONSABLES, post-2018 model), ISO-8859-15
 * encoded like the real ones. Deterministic for a given seed; names carry accents, apostrophes,
 * hyphens and deliberate homonyms, so login rules are exercised. Used by `npm run demo:siecle`, integration tests
 * (small) and by bench/ (3,000 learners).
 */
export interface GeneratorOptions {
  uai: string;
  learners: number;
  /** Teachers; heads (DIR) are added on top. */
  teachers: number;
  heads?: number;
  seed?: number;
  schoolYear?: number;
  /** Learners with a DATE_SORTIE in the past. */
  leavers?: number;
  /** Every n-th learner is the sibling of the previous one (shares their guardians); 0 for none. */
  siblingsEvery?: number;
}

export interface GeneratedEstablishment {
  sts: Uint8Array;
  eleves: Uint8Array;
  responsables: Uint8Array;
  divisions: { code: string; mef: string; learners: number }[];
  groups: string[];
  staff: { id: string; lastName: string; firstName: string; birthDate: string; function: 'ENS' | 'DIR' }[];
  learners: { eleveId: string; lastName: string; firstName: string; birthDate: string; division: string; left: boolean }[];
  guardians: { personId: string; lastName: string; firstName: string; email: string | null; children: string[] }[];
}

const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Lefèbvre',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martínez',
  "N'Diaye",
  "D'Almeida",
  'Le Gall',
  'Saint-Just',
  'Cœur',
  'Éluard',
  'Diallo',
  'Nguyen',
  'Benali',
  'Da Silva',
];
const FIRST_NAMES = [
  'Léa',
  'Emma',
  'Chloé',
  'Inès',
  'Jade',
  'Louise',
  'Zoé',
  'Manon',
  'Camille',
  'Lina',
  'Lucas',
  'Hugo',
  'Théo',
  'Nathan',
  'Louis',
  'Enzo',
  'Mathis',
  'Noé',
  'Raphaël',
  'Gabriel',
  'Jean-Pierre',
  'Marie-Ève',
  'Anaïs',
  'Maël',
  'Aïcha',
  'Yanis',
  'Rayan',
  'Éloïse',
  'Noémie',
  'Clément',
];
const COURSES = [
  { prefix: '2GATL', mef: '24730003310' },
  { prefix: '1AGO', mef: '24730004320' },
  { prefix: 'TAGO', mef: '24730004330' },
  { prefix: '1OTM', mef: '24731114320' },
  { prefix: 'TOTM', mef: '24731114330' },
  { prefix: '1LOG', mef: '24731106320' },
  { prefix: 'TLOG', mef: '24731106330' },
  { prefix: 'TGA', mef: '24730001330' },
];
const SUBJECTS = [
  { code: '030201', label: 'FRANCAIS' },
  { code: '061300', label: 'MATHEMATIQUES' },
  { code: '300100', label: 'ECONOMIE-GESTION' },
  { code: '072100', label: 'ANGLAIS LV1' },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function generateEstablishment(options: GeneratorOptions): GeneratedEstablishment {
  const next = seededRandom(options.seed ?? 42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const year = options.schoolYear ?? 2026;
  const birth = (from: number, span: number) => `${from + Math.floor(next() * span)}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;

  const divisionCount = Math.max(1, Math.ceil(options.learners / 30));
  const divisions = Array.from({ length: divisionCount }, (_, index) => {
    const course = COURSES[index % COURSES.length]!;
    return { code: `${course.prefix}${Math.floor(index / COURSES.length) + 1}`, mef: course.mef, learners: 0 };
  });
  const groups = divisions.filter((_, index) => index % 2 === 0).map((division) => `${division.code}_AP`);

  const staff: GeneratedEstablishment['staff'] = [];
  for (let index = 0; index < options.teachers + (options.heads ?? 1); index += 1) {
    staff.push({
      id: String(5000 + index),
      lastName: pick(LAST_NAMES),
      firstName: pick(FIRST_NAMES),
      birthDate: birth(1960, 35),
      function: index < options.teachers ? 'ENS' : 'DIR',
    });
  }
  const teachers = staff.filter((person) => person.function === 'ENS');

  const learners: GeneratedEstablishment['learners'] = [];
  for (let index = 0; index < options.learners; index += 1) {
    const division = divisions[index % divisions.length]!;
    division.learners += 1;
    learners.push({
      eleveId: String(1_000_000 + index),
      lastName: pick(LAST_NAMES),
      firstName: pick(FIRST_NAMES),
      birthDate: birth(2007, 4),
      division: division.code,
      left: index < (options.leavers ?? 0),
    });
  }

  const guardians: GeneratedEstablishment['guardians'] = [];
  for (const [index, learner] of learners.entries()) {
    // Siblings: every n-th learner shares the guardians of the previous one.
    const every = options.siblingsEvery ?? 10;
    if (every > 0 && index % every === every - 1) {
      for (const guardian of guardians.slice(-2)) guardian.children.push(learner.eleveId);
      continue;
    }
    for (let parent = 0; parent < 2; parent += 1) {
      const personId = String(2_000_000 + guardians.length);
      const firstName = pick(FIRST_NAMES);
      const hasEmail = next() < 0.8;
      guardians.push({
        personId,
        lastName: parent === 0 ? learner.lastName : pick(LAST_NAMES),
        firstName,
        email: hasEmail ? `responsable.${personId}@example.fr` : null,
        children: [learner.eleveId],
      });
    }
  }

  const sts = `<?xml version="1.0" encoding="ISO-8859-15"?>
<STS_EDT>
<PARAMETRES><UAJ CODE="${options.uai}"><ACADEMIE><CODE>13</CODE></ACADEMIE><SIGLE>LP</SIGLE><DENOM_PRINC>LYCEE PROFESSIONNEL</DENOM_PRINC><DENOM_COMPL>DES TESTS</DENOM_COMPL></UAJ>
<ANNEE_SCOLAIRE ANNEE="${year}"><DATE_DEBUT>${year}-09-01</DATE_DEBUT><DATE_FIN>${year + 1}-08-31</DATE_FIN></ANNEE_SCOLAIRE></PARAMETRES>
<NOMENCLATURES><MATIERES>${SUBJECTS.map((subject) => `<MATIERE CODE="${subject.code}"><CODE_GESTION>${subject.label.slice(0, 6)}</CODE_GESTION><LIBELLE_COURT>${subject.label}</LIBELLE_COURT><LIBELLE_LONG>${subject.label}</LIBELLE_LONG><LIBELLE_EDITION>${subject.label}</LIBELLE_EDITION></MATIERE>`).join('')}</MATIERES>
<MEFS>${COURSES.map((course) => `<MEF CODE="${course.mef}"><FORMATION>${course.prefix}</FORMATION><LIBELLE_LONG>${course.prefix}</LIBELLE_LONG><LIBELLE_EDITION>${course.prefix}</LIBELLE_EDITION></MEF>`).join('')}</MEFS></NOMENCLATURES>
<DONNEES><INDIVIDUS>
${staff.map((person) => `<INDIVIDU ID="${person.id}" TYPE="epp"><SEXE>2</SEXE><CIVILITE>2</CIVILITE><NOM_USAGE>${escape(person.lastName.toUpperCase())}</NOM_USAGE><NOM_PATRONYMIQUE>${escape(person.lastName.toUpperCase())}</NOM_PATRONYMIQUE><PRENOM>${escape(person.firstName)}</PRENOM><DATE_NAISSANCE>${person.birthDate}</DATE_NAISSANCE><GRADE>${person.function === 'ENS' ? 'PLP' : 'PERDIR'}</GRADE><FONCTION>${person.function}</FONCTION>${person.function === 'ENS' ? `<DISCIPLINES><DISCIPLINE CODE="P8011"><LIBELLE_COURT>ECONOMIE GESTION</LIBELLE_COURT><NB_HEURES>18</NB_HEURES></DISCIPLINE></DISCIPLINES>` : ''}</INDIVIDU>`).join('\n')}
</INDIVIDUS>
<STRUCTURE><DIVISIONS>
${divisions
  .map((division, index) => {
    const services = SUBJECTS.map((subject, subjectIndex) => {
      const teacher = teachers[(index * SUBJECTS.length + subjectIndex) % Math.max(1, teachers.length)];
      return teacher
        ? `<SERVICE CODE_MATIERE="${subject.code}" CODE_MOD_COURS="CG"><ENSEIGNANTS><ENSEIGNANT ID="${teacher.id}" TYPE="epp"/></ENSEIGNANTS></SERVICE>`
        : '';
    }).join('');
    return `<DIVISION CODE="${division.code}"><LIBELLE_LONG>${division.code}</LIBELLE_LONG><MEFS_APPARTENANCE><MEF_APPARTENANCE CODE="${division.mef}"/></MEFS_APPARTENANCE><SERVICES>${services}</SERVICES></DIVISION>`;
  })
  .join('\n')}
</DIVISIONS><GROUPES>
${groups.map((code, index) => `<GROUPE CODE="${code}"><LIBELLE_LONG>${code}</LIBELLE_LONG><DIVISIONS_APPARTENANCE><DIVISION_APPARTENANCE CODE="${code.replace(/_AP$/, '')}"/></DIVISIONS_APPARTENANCE><SERVICES><SERVICE CODE_MATIERE="300100" CODE_MOD_COURS="AP"><ENSEIGNANTS><ENSEIGNANT ID="${teachers[index % Math.max(1, teachers.length)]?.id ?? '0'}" TYPE="epp"/></ENSEIGNANTS></SERVICE></SERVICES></GROUPE>`).join('\n')}
</GROUPES></STRUCTURE></DONNEES>
</STS_EDT>
`;

  const mefOf = new Map(divisions.map((division) => [division.code, division.mef]));
  const eleves = `<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_ELEVES VERSION="3.0">
<PARAMETRES><UAJ>${options.uai}</UAJ><ANNEE_SCOLAIRE>${year}</ANNEE_SCOLAIRE><DATE_EXPORT>15/09/${year}</DATE_EXPORT><HORODATAGE>15/09/${year} 10:00:00</HORODATAGE></PARAMETRES>
<DONNEES><ELEVES>
${learners
  .map(
    (learner, index) =>
      `<ELEVE ELEVE_ID="${learner.eleveId}" ELENOET="${index + 1}"><ID_NATIONAL>${pad(index, 9)}AB</ID_NATIONAL><NOM_DE_FAMILLE>${escape(learner.lastName.toUpperCase())}</NOM_DE_FAMILLE><NOM_USAGE></NOM_USAGE><PRENOM>${escape(learner.firstName)}</PRENOM><DATE_NAISS>${frenchDate(learner.birthDate)}</DATE_NAISS><CODE_SEXE>${index % 2 ? 1 : 2}</CODE_SEXE><CODE_MEF>${mefOf.get(learner.division)}</CODE_MEF><CODE_STATUT>ST</CODE_STATUT><DATE_ENTREE>01/09/${year}</DATE_ENTREE>${learner.left ? `<DATE_SORTIE>01/10/${year}</DATE_SORTIE><CODE_MOTIF_SORTIE>1</CODE_MOTIF_SORTIE>` : ''}</ELEVE>`,
  )
  .join('\n')}
</ELEVES><STRUCTURES>
${learners
  .map((learner, index) => {
    const group =
      groups.includes(`${learner.division}_AP`) && index % 3 === 0
        ? `<STRUCTURE><CODE_STRUCTURE>${learner.division}_AP</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>`
        : '';
    return `<STRUCTURES_ELEVE ELEVE_ID="${learner.eleveId}">${group}<STRUCTURE><CODE_STRUCTURE>${learner.division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>`;
  })
  .join('\n')}
</STRUCTURES></DONNEES>
</BEE_ELEVES>
`;

  const responsables = `<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_RESPONSABLES VERSION="2.1">
<PARAMETRES><UAJ>${options.uai}</UAJ><ANNEE_SCOLAIRE>${year}</ANNEE_SCOLAIRE><DATE_EXPORT>15/09/${year}</DATE_EXPORT><HORODATAGE>15/09/${year} 10:00:00</HORODATAGE></PARAMETRES>
<DONNEES><PERSONNES>
${guardians.map((guardian, index) => `<PERSONNE PERSONNE_ID="${guardian.personId}"><LC_CIVILITE>${index % 2 ? 'M.' : 'MME'}</LC_CIVILITE><NOM_DE_FAMILLE>${escape(guardian.lastName.toUpperCase())}</NOM_DE_FAMILLE><PRENOM>${escape(guardian.firstName)}</PRENOM><TEL_PORTABLE>+33600000000</TEL_PORTABLE>${guardian.email ? `<MEL>${guardian.email}</MEL>` : ''}<COMMUNICATION_ADRESSE>1</COMMUNICATION_ADRESSE></PERSONNE>`).join('\n')}
</PERSONNES><RESPONSABLES>
${guardians.flatMap((guardian) => guardian.children.map((child) => `<RESPONSABLE_ELEVE><ELEVE_ID>${child}</ELEVE_ID><PERSONNE_ID>${guardian.personId}</PERSONNE_ID><NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE><CODE_PARENTE>${guardian.personId.endsWith('0') ? 10 : 20}</CODE_PARENTE><PAIE_FRAIS_SCOLAIRES>1</PAIE_FRAIS_SCOLAIRES></RESPONSABLE_ELEVE>`)).join('\n')}
</RESPONSABLES></DONNEES>
</BEE_RESPONSABLES>
`;

  return { sts: encodeLatin9(sts), eleves: encodeLatin9(eleves), responsables: encodeLatin9(responsables), divisions, groups, staff, learners, guardians };
}
