import { MAX_DIVISION_CODE_LENGTH } from '#shared/domain/division-code.ts';
import type { ImportProblem, SiecleKind } from './types.ts';

/**
 * Every problem the SIECLE readers report, with its stable code and its French message, in one
 * place (STYLE.md: user-facing text lives in one place per module). Messages name the file or the
 * person and say what to do.
 */
export const PROBLEM_CODES = [
  'FILE_EMPTY',
  'FILE_TYPE',
  'FILE_TOO_LARGE',
  'ZIP_INVALID',
  'ZIP_ENCRYPTED',
  'ZIP_NO_XML',
  'ZIP_SEVERAL_XML',
  'ZIP_NESTED',
  'ZIP_TOO_LARGE',
  'ENCODING_UNSUPPORTED',
  'ENCODING_INVALID',
  'ENCODING_MISMATCH',
  'XML_FORBIDDEN_DECLARATION',
  'XML_MALFORMED',
  'XML_TRUNCATED',
  'KIND_UNKNOWN',
  'KIND_EDT_STS',
  'KIND_UNEXPECTED',
  'UAI_MISSING',
  'UAI_MISMATCH',
  'SCHOOL_YEAR_OTHER',
  'NO_RECORDS',
  'ID_MISSING',
  'ID_DUPLICATE',
  'NAME_MISSING',
  'FIRST_NAME_MISSING',
  'DATE_INVALID',
  'INE_DUPLICATE',
  'LEARNER_WITHOUT_DIVISION',
  'LEARNER_SEVERAL_DIVISIONS',
  'STRUCTURE_UNKNOWN_LEARNER',
  'STRUCTURE_INCOMPLETE',
  'EMAIL_INVALID',
  'LINK_INCOMPLETE',
  'LINK_UNKNOWN_PERSON',
  'LINK_UNKNOWN_LEARNER',
  'LINK_DUPLICATE',
  'STAFF_WITHOUT_FUNCTION',
  'SERVICE_UNKNOWN_TEACHER',
  'SERVICE_UNKNOWN_SUBJECT',
  'SERVICE_INCOMPLETE',
  'GROUP_UNKNOWN_DIVISION',
  'CODE_MISSING',
  'CODE_DUPLICATE',
  'CODE_INVALID',
  'STS_FROM_TIMETABLE_TOOL',
  'UNEXPECTED',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

function problem(code: ProblemCode, message: string, detail?: string): ImportProblem {
  return detail === undefined ? { code, message } : { code, message, detail };
}

const REEXPORT = 'Exportez-le à nouveau depuis SIECLE ou STS-Web et déposez-le sans l’ouvrir ni le modifier.';

/** What a person is called in messages: « NOM Prénom », or a placeholder when both are empty. */
export function displayName(lastName: string | null, firstName: string | null): string {
  const name = [lastName, firstName].filter(Boolean).join(' ');
  return name || '(sans nom)';
}

export const learnerLabel = (name: string, eleveId: string | null) => `l’élève ${name}${eleveId ? ` (identifiant SIECLE ${eleveId})` : ''}`;
export const guardianLabel = (name: string, personId: string | null) => `le responsable ${name}${personId ? ` (identifiant SIECLE ${personId})` : ''}`;
export const staffLabel = (name: string, id: string | null) => `${name}${id ? ` (identifiant STS ${id})` : ''}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** « de » before a person's label: « de l’élève », « du responsable », « d’un élève », « de DUPONT Jean ». */
const of = (who: string) => (who.startsWith('le ') ? `du ${who.slice(3)}` : /^[aeiouyàâéèêëîïôöûüœ]/i.test(who) ? `d’${who}` : `de ${who}`);
/** French ordinal: 1re / 1er, then 2e, 3e… */
const ordinal = (position: number, feminine: boolean) => (position === 1 ? (feminine ? '1re' : '1er') : `${position}e`);

/** How a kind is named after « Ce fichier est … » and after « le fichier attendu ici est … ». */
const KIND_NAMES: Record<SiecleKind, { isA: string; expected: string }> = {
  eleves: { isA: 'un export des élèves', expected: 'celui des élèves' },
  responsables: { isA: 'un export des responsables', expected: 'celui des responsables' },
  nomenclatures: { isA: 'un export des nomenclatures', expected: 'celui des nomenclatures' },
  sts: { isA: 'un export des personnels et des services de STS-Web', expected: 'celui des personnels et des services de STS-Web (sts_emp)' },
};

const RECORD_NAMES: Record<SiecleKind, string> = {
  eleves: 'aucun élève',
  responsables: 'aucun responsable',
  nomenclatures: 'aucun MEF',
  sts: 'aucun personnel',
};

const MB = 1024 * 1024;

export const problems = {
  // ---- container ----
  fileEmpty: (fileName: string) => problem('FILE_EMPTY', `Le fichier « ${fileName} » est vide. ${REEXPORT}`),
  wrongExtension: (fileName: string) =>
    problem(
      'FILE_TYPE',
      `Le fichier « ${fileName} » n’est pas au format attendu : déposez le fichier .xml exporté de SIECLE ou de STS-Web, ou l’archive .zip téléchargée qui le contient.`,
    ),
  zipRenamedXml: (fileName: string) =>
    problem(
      'FILE_TYPE',
      `Le fichier « ${fileName} » porte l’extension .xml mais c’est une archive (ZIP ou document bureautique). Déposez l’archive .zip telle que téléchargée, ou le fichier .xml qu’elle contient.`,
    ),
  pdfRenamed: (fileName: string) =>
    problem('FILE_TYPE', `Le fichier « ${fileName} » est un document PDF, pas un export SIECLE. Déposez le fichier .xml exporté de SIECLE ou de STS-Web.`),
  officeRenamed: (fileName: string) =>
    problem(
      'FILE_TYPE',
      `Le fichier « ${fileName} » est un document Excel ou Word, pas un export SIECLE. Déposez le fichier .xml exporté de SIECLE ou de STS-Web.`,
    ),
  notXml: (fileName: string) =>
    problem('FILE_TYPE', `Le fichier « ${fileName} » ne contient pas du XML. Déposez le fichier .xml exporté de SIECLE ou de STS-Web, tel quel.`),
  fileTooLarge: (fileName: string, size: number, max: number) =>
    problem('FILE_TOO_LARGE', `Le fichier « ${fileName} » dépasse ${max / MB} Mo : ce n’est pas un export SIECLE ordinaire.`, `${size} octets`),
  zipInvalid: (fileName: string, detail?: string) =>
    problem(
      'ZIP_INVALID',
      `Le fichier « ${fileName} » n’est pas une archive ZIP valide (endommagée ou incomplète). Téléchargez-la à nouveau depuis SIECLE ou STS-Web.`,
      detail,
    ),
  zipEncrypted: (fileName: string) =>
    problem(
      'ZIP_ENCRYPTED',
      `L’archive « ${fileName} » est protégée par un mot de passe. Déposez l’archive sans mot de passe, ou directement le fichier .xml qu’elle contient.`,
    ),
  zipNoXml: (fileName: string, entries: string[]) =>
    problem(
      'ZIP_NO_XML',
      `L’archive « ${fileName} » ne contient aucun fichier .xml. Déposez l’archive téléchargée depuis SIECLE ou STS-Web, ou le fichier .xml lui-même.`,
      entries.length ? `Contenu : ${entries.join(', ')}` : 'Archive vide',
    ),
  zipSeveralXml: (fileName: string, entries: string[]) =>
    problem(
      'ZIP_SEVERAL_XML',
      `L’archive « ${fileName} » contient plusieurs fichiers .xml (${entries.join(', ')}). Déposez un seul export par case : le fichier .xml voulu, ou son archive d’origine.`,
    ),
  zipNested: (fileName: string, inner: string) =>
    problem(
      'ZIP_NESTED',
      `L’archive « ${fileName} » contient une autre archive (${inner}). Déposez directement l’archive téléchargée depuis SIECLE ou STS-Web, ou le fichier .xml qu’elle contient.`,
    ),
  zipTooLarge: (fileName: string, detail: string) =>
    problem(
      'ZIP_TOO_LARGE',
      `Le contenu de l’archive « ${fileName} » est anormalement volumineux une fois décompressé (plus de 200 Mo, ou plus de 100 fois la taille de l’archive) : il est refusé par sécurité.`,
      detail,
    ),

  // ---- encoding ----
  encodingUnsupported: (label: string) =>
    problem(
      'ENCODING_UNSUPPORTED',
      `Le fichier déclare l’encodage « ${label} », que Cerise ne sait pas lire (les exports SIECLE sont en ISO-8859-15 ou en UTF-8). ${REEXPORT}`,
      `encoding="${label}"`,
    ),
  encodingUtf16: () =>
    problem('ENCODING_UNSUPPORTED', `Le fichier est enregistré en UTF-16, ce que ne font pas les exports SIECLE (ISO-8859-15 ou UTF-8). ${REEXPORT}`),
  encodingInvalid: (declared: boolean, line: number, offset: number) =>
    problem(
      'ENCODING_INVALID',
      `Le fichier ${declared ? 'indique être en UTF-8' : 'n’indique pas son encodage, il est donc lu en UTF-8,'} mais contient des caractères invalides pour cet encodage (ligne ${line}). Il a sans doute été réenregistré par un autre logiciel. ${REEXPORT}`,
      `octet n° ${offset + 1}`,
    ),
  encodingUtf8Declared: (label: string, line: number, character: string, garbled: string, offset: number) =>
    problem(
      'ENCODING_MISMATCH',
      `Le fichier indique être en « ${label} » mais il est enregistré en UTF-8 : lu comme il l’indique, « ${character} » deviendrait « ${garbled} » (ligne ${line}), dans les noms comme dans les identifiants. Il a sans doute été réenregistré par un autre logiciel. ${REEXPORT}`,
      `octet n° ${offset + 1}`,
    ),

  // ---- XML ----
  forbiddenDeclaration: (what: string) =>
    problem(
      'XML_FORBIDDEN_DECLARATION',
      `Le fichier contient une déclaration ${what}, que les exports SIECLE et STS-Web n’ont jamais : il est refusé par sécurité. ${REEXPORT}`,
    ),
  malformed: (line: number | null, reason: string, detail: string) =>
    problem('XML_MALFORMED', `Le fichier XML est mal formé${line === null ? '' : ` (ligne ${line})`} : ${reason}. ${REEXPORT}`, detail),
  truncated: (line: number, openTags: string[], detail: string) =>
    problem(
      'XML_TRUNCATED',
      `Le fichier XML est incomplet (ligne ${line}) : il s’arrête avant la fermeture de ${openTags.map((tag) => `<${tag}>`).join(', ')}. Le téléchargement a sans doute été interrompu : téléchargez à nouveau le fichier.`,
      detail,
    ),

  // ---- kind and establishment ----
  kindUnknown: (root: string) => problem('KIND_UNKNOWN', `Ce fichier n’est pas un export SIECLE reconnu (élément racine ${root}).`),
  kindEdtSts: () =>
    problem(
      'KIND_EDT_STS',
      'Ce fichier est celui qu’un logiciel d’emploi du temps envoie à STS-Web (élément racine EDT_STS), et non l’export de STS-Web. Dans STS-Web, menu « Mise à jour > Exports > Emplois du temps », téléchargez le fichier sts_emp et déposez-le ici.',
    ),
  kindUnexpected: (kind: SiecleKind, expected: SiecleKind[]) =>
    problem(
      'KIND_UNEXPECTED',
      `Ce fichier est ${KIND_NAMES[kind].isA} ; le fichier attendu ici est ${expected.map((other) => KIND_NAMES[other].expected).join(' ou ')}.`,
    ),
  uaiMissing: () =>
    problem('UAI_MISSING', `Ce fichier n’indique pas d’établissement (code UAI absent de PARAMETRES) : ce n’est pas un export complet. ${REEXPORT}`),
  uaiMismatch: (found: string, expected: string) => problem('UAI_MISMATCH', `Ce fichier appartient à l’établissement ${found} et non au vôtre (${expected}).`),
  schoolYearOther: (fileYear: number, currentYear: number) =>
    problem(
      'SCHOOL_YEAR_OTHER',
      `Ce fichier concerne l’année scolaire ${fileYear}-${fileYear + 1}, alors que l’année en cours est ${currentYear}-${currentYear + 1} : vérifiez qu’il s’agit du bon export.`,
    ),
  stsFromTimetableTool: (source: string) =>
    problem(
      'STS_FROM_TIMETABLE_TOOL',
      `Ce fichier STS a été produit par un logiciel d’emploi du temps (${source}) et non directement par STS-Web : il peut être incomplet. De préférence, déposez l’export de STS-Web.`,
    ),

  // ---- records ----
  noRecords: (kind: SiecleKind) => problem('NO_RECORDS', `Ce fichier ne contient ${RECORD_NAMES[kind]}. ${REEXPORT}`),
  idMissing: (who: string, position: number, field: string) =>
    problem(
      'ID_MISSING',
      `${capitalise(who)}, ${ordinal(position, true)} fiche du fichier, n’a pas d’identifiant (${field}) : il ne peut pas être importé. ${REEXPORT}`,
    ),
  idDuplicate: (first: string, second: string, id: string) =>
    problem('ID_DUPLICATE', `${capitalise(first)} et ${second} portent le même identifiant ${id} : corrigez la fiche en double, puis exportez à nouveau.`),
  nameMissing: (who: string, field: 'nom' | 'prénom') =>
    problem('NAME_MISSING', `${capitalise(who)} n’a pas de ${field} : complétez sa fiche, puis exportez à nouveau.`),
  firstNameMissing: (who: string) => problem('FIRST_NAME_MISSING', `${capitalise(who)} n’a pas de prénom ; il est importé avec son nom seul.`),
  dateInvalid: (field: string, who: string, raw: string, expected: string) =>
    problem(
      'DATE_INVALID',
      `La ${field} ${of(who)} n’est pas une date valide : « ${raw} » (attendu : ${expected}). Corrigez sa fiche, puis exportez à nouveau.`,
      raw,
    ),
  ineDuplicate: (ine: string, first: string, second: string) =>
    problem('INE_DUPLICATE', `${capitalise(first)} et ${second} ont le même INE ${ine} : vérifiez-le dans SIECLE.`),
  learnerWithoutDivision: (who: string, inactive: boolean) =>
    problem(
      'LEARNER_WITHOUT_DIVISION',
      inactive
        ? `${capitalise(who)} est dans la division « Inactifs » de SIECLE : il est importé sans classe.`
        : `${capitalise(who)} n’est dans aucune classe dans SIECLE : il est importé sans classe.`,
    ),
  learnerSeveralDivisions: (who: string, kept: string, others: string[]) =>
    problem('LEARNER_SEVERAL_DIVISIONS', `${capitalise(who)} est dans plusieurs classes (${[kept, ...others].join(', ')}) : seule ${kept} est retenue.`),
  structureUnknownLearner: (eleveId: string, codes: string[]) =>
    problem(
      'STRUCTURE_UNKNOWN_LEARNER',
      `L’affectation de l’élève d’identifiant SIECLE ${eleveId}${codes.length ? ` (${codes.join(', ')})` : ''} concerne un élève absent du fichier : elle est ignorée.`,
    ),
  structureIncomplete: (who: string, detail: string) =>
    problem('STRUCTURE_INCOMPLETE', `Une affectation ${of(who)} est incomplète (code ou type de structure manquant ou inconnu) : elle est ignorée.`, detail),
  emailInvalid: (who: string, raw: string) =>
    problem('EMAIL_INVALID', `L’adresse électronique ${of(who)} n’est pas valide (« ${raw} ») : elle n’est pas importée.`, raw),
  linkIncomplete: (position: number, detail: string) =>
    problem(
      'LINK_INCOMPLETE',
      `Le ${ordinal(position, false)} lien élève-responsable du fichier n’indique pas l’élève ou le responsable : il est ignoré.`,
      detail,
    ),
  linkUnknownPerson: (personId: string, eleveId: string) =>
    problem(
      'LINK_UNKNOWN_PERSON',
      `Le responsable d’identifiant SIECLE ${personId}, lié à l’élève d’identifiant SIECLE ${eleveId}, est absent du fichier : ce lien est ignoré.`,
    ),
  linkUnknownLearner: (who: string, eleveId: string) =>
    problem('LINK_UNKNOWN_LEARNER', `${capitalise(who)} est lié à l’élève d’identifiant SIECLE ${eleveId}, absent du fichier des élèves : ce lien est ignoré.`),
  linkDuplicate: (who: string, eleveId: string) =>
    problem('LINK_DUPLICATE', `${capitalise(who)} est lié plusieurs fois à l’élève d’identifiant SIECLE ${eleveId} : les liens sont fusionnés.`),
  staffWithoutFunction: (who: string, where: string[]) =>
    problem(
      'STAFF_WITHOUT_FUNCTION',
      `${capitalise(who)} a des services dans STS (${where.join(', ')}) mais aucune fonction (congé, départ ?) : il n’est pas importé et ces services lui sont retirés.`,
    ),
  serviceUnknownTeacher: (id: string, where: string) =>
    problem('SERVICE_UNKNOWN_TEACHER', `Le service ${where} cite l’enseignant d’identifiant STS ${id}, absent du fichier : cette mention est ignorée.`),
  serviceUnknownSubject: (subjectCode: string, where: string) =>
    problem(
      'SERVICE_UNKNOWN_SUBJECT',
      `La matière ${subjectCode} du service ${where} est absente des nomenclatures du fichier : le service est importé sans libellé de matière.`,
    ),
  serviceIncomplete: (structure: string) =>
    problem('SERVICE_INCOMPLETE', `Un service de ${structure} n’indique pas sa matière (CODE_MATIERE) : il est ignoré.`),
  groupUnknownDivision: (group: string, division: string) =>
    problem('GROUP_UNKNOWN_DIVISION', `Le groupe ${group} est rattaché à la division ${division}, absente du fichier : ce rattachement est ignoré.`),
  codeMissing: (noun: string, position: number, feminine: boolean) =>
    problem(
      'CODE_MISSING',
      `${feminine ? 'La' : 'Le'} ${ordinal(position, feminine)} ${noun} du fichier n’a pas de code : ${feminine ? 'elle' : 'il'} ne peut pas être importé${feminine ? 'e' : ''}. ${REEXPORT}`,
    ),
  codeInvalid: (noun: string, code: string) =>
    problem(
      'CODE_INVALID',
      `Le code de ${noun} « ${code.replace(/\p{Cc}/gu, '�')} » ne peut pas être importé : il doit compter ${MAX_DIVISION_CODE_LENGTH} caractères au plus, sans « # » ni caractère de contrôle. ${REEXPORT}`,
    ),
  codeDuplicate: (code: string) => problem('CODE_DUPLICATE', `Le code de division ou de groupe ${code} figure deux fois dans le fichier. ${REEXPORT}`),
  staffIdDuplicate: (first: string, second: string, id: string) =>
    problem('ID_DUPLICATE', `${capitalise(first)} et ${second} portent le même identifiant STS ${id} : seule la première fiche est importée.`),
  mefDuplicate: (code: string) => problem('CODE_DUPLICATE', `Le MEF ${code} figure deux fois dans le fichier : seule la première fiche est retenue.`),
  unexpected: (detail: string) =>
    problem(
      'UNEXPECTED',
      `Le fichier n’a pas pu être lu à cause d’une erreur inattendue. ${REEXPORT} Si le problème persiste, contactez l’assistance.`,
      detail,
    ),
};
