import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problems } from './messages.ts';
import { xmlEntityDecoder } from './entities.ts';
import { ATTRIBUTE_PREFIX, type XmlNode } from './nodes.ts';
import type { ImportProblem } from './types.ts';

export type XmlResult = { ok: true; root: string; node: XmlNode } | { ok: false; errors: ImportProblem[] };

/**
 * Elements that repeat, by path: they are always arrays, even when a file has only one.
 * (The readers also accept a single object, so a shape this list misses still reads.)
 */
const REPEATED = new Set([
  'BEE_ELEVES.DONNEES.ELEVES.ELEVE',
  'BEE_ELEVES.DONNEES.STRUCTURES.STRUCTURES_ELEVE',
  'BEE_ELEVES.DONNEES.STRUCTURES.STRUCTURES_ELEVE.STRUCTURE',
  'BEE_RESPONSABLES.DONNEES.PERSONNES.PERSONNE',
  'BEE_RESPONSABLES.DONNEES.RESPONSABLES.RESPONSABLE_ELEVE',
  'BEE_NOMENCLATURES.DONNEES.MEFS.MEF',
  'STS_EDT.NOMENCLATURES.MATIERES.MATIERE',
  'STS_EDT.NOMENCLATURES.MEFS.MEF',
  'STS_EDT.DONNEES.INDIVIDUS.INDIVIDU',
  'STS_EDT.DONNEES.INDIVIDUS.INDIVIDU.DISCIPLINES.DISCIPLINE',
  'STS_EDT.DONNEES.INDIVIDUS.INDIVIDU.PROFS_PRINC.PROF_PRINC',
  'STS_EDT.DONNEES.SUPPLEANTS.SUPPLEANT',
  'STS_EDT.DONNEES.SUPPLEANTS.SUPPLEANT.DISCIPLINES.DISCIPLINE',
  'STS_EDT.DONNEES.SUPPLEANTS.SUPPLEANT.PROFS_PRINC.PROF_PRINC',
  'STS_EDT.DONNEES.STRUCTURE.DIVISIONS.DIVISION',
  'STS_EDT.DONNEES.STRUCTURE.DIVISIONS.DIVISION.MEFS_APPARTENANCE.MEF_APPARTENANCE',
  'STS_EDT.DONNEES.STRUCTURE.DIVISIONS.DIVISION.SERVICES.SERVICE',
  'STS_EDT.DONNEES.STRUCTURE.DIVISIONS.DIVISION.SERVICES.SERVICE.ENSEIGNANTS.ENSEIGNANT',
  'STS_EDT.DONNEES.STRUCTURE.GROUPES.GROUPE',
  'STS_EDT.DONNEES.STRUCTURE.GROUPES.GROUPE.DIVISIONS_APPARTENANCE.DIVISION_APPARTENANCE',
  'STS_EDT.DONNEES.STRUCTURE.GROUPES.GROUPE.SERVICES.SERVICE',
  'STS_EDT.DONNEES.STRUCTURE.GROUPES.GROUPE.SERVICES.SERVICE.ENSEIGNANTS.ENSEIGNANT',
]);

/**
 * Subtrees no reader uses: kept as raw text rather than built into objects, which makes a
 * 3,000-learner file parse about a third faster. (The validator has checked them already.)
 */
const UNREAD = [
  'BEE_ELEVES.DONNEES.ELEVES.ELEVE.SCOLARITE_AN_DERNIER',
  'BEE_ELEVES.DONNEES.OPTIONS',
  'BEE_ELEVES.DONNEES.BOURSES',
  'BEE_ELEVES.DONNEES.ADRESSES',
  'BEE_RESPONSABLES.DONNEES.ADRESSES',
  'BEE_NOMENCLATURES.DONNEES.MATIERES',
  'BEE_NOMENCLATURES.DONNEES.PROGRAMMES',
  'BEE_NOMENCLATURES.DONNEES.OPTIONS_OBLIGATOIRES',
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  // Codes such as 0140070A, 02 or 030201 must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The five XML entities and character references only (entities.ts); DOCTYPE is refused
  // beforehand, and entities a DOCTYPE would declare are ignored by the decoder anyway.
  processEntities: true,
  entityDecoder: xmlEntityDecoder,
  stopNodes: UNREAD,
  isArray: (_name, path, _isLeaf, isAttribute) => !isAttribute && typeof path === 'string' && REPEATED.has(path),
});

/**
 * Step 3: refuses entity tricks, checks well-formedness (with the line and the parser's reason),
 * then parses. SIECLE files never carry a DOCTYPE, so any DOCTYPE or ENTITY is refused outright.
 */
export function parseXml(source: string): XmlResult {
  // Whitespace before the prolog is harmless but makes strict validators fail.
  const leading = source.match(/^[\s\uFEFF]*/)?.[0] ?? '';
  const text = source.slice(leading.length);
  const shift = leading.split('\n').length - 1;
  const forbidden = /<!DOCTYPE/i.test(text) ? '<!DOCTYPE>' : /<!ENTITY/i.test(text) ? '<!ENTITY>' : null;
  if (forbidden) return { ok: false, errors: [problems.forbiddenDeclaration(forbidden)] };

  const validation = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (validation !== true) return { ok: false, errors: [describeInvalid({ ...validation.err, line: validation.err.line + shift }, text, shift)] };

  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    // The parser refuses what the validator lets through: names such as __proto__, deep nesting.
    const detail = error instanceof Error ? error.message : String(error);
    const reason = /\[SECURITY\]/.test(detail)
      ? 'nom de balise ou d’attribut réservé'
      : /nested tags/i.test(detail)
        ? 'balises imbriquées trop profondément'
        : 'structure XML invalide';
    return { ok: false, errors: [problems.malformed(null, reason, detail)] };
  }
  const document = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const root = Object.keys(document).find((key) => key !== '#text' && !key.startsWith('?'));
  if (!root) return { ok: false, errors: [problems.malformed(null, 'aucun élément racine', 'no root element')] };
  const value = document[root];
  const node = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
  return { ok: true, root, node };
}

interface ValidationError {
  code: string;
  msg: string;
  line: number;
  col: number;
}

/** The validator's reason in French, keeping its own words in `detail`. */
function describeInvalid(error: ValidationError, text: string, shift: number): ImportProblem {
  const detail = `${error.msg} (ligne ${error.line}, colonne ${error.col ?? '?'})`;

  // Truncated file: the validator lists the tags still open, on line 1.
  const open = error.msg.match(/^Invalid '\[(.*)\]' found\.$/s);
  if (open) {
    const tags = [...open[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).reverse();
    return problems.truncated(lineCount(text) + shift, tags.length ? tags : ['?'], detail);
  }
  const unclosed = error.msg.match(/^Unclosed tag '([^']*)'/);
  if (unclosed) return problems.truncated(lineCount(text) + shift, [unclosed[1]!], detail);

  return problems.malformed(error.line, reasonOf(error), detail);
}

function reasonOf(error: ValidationError): string {
  const { msg } = error;
  const mismatch = msg.match(/^Expected closing tag '([^']*)' \(opened in line (\d+)[^)]*\) instead of closing tag '([^']*)'/);
  if (mismatch) return `balise fermante inattendue </${mismatch[3]}>, alors que <${mismatch[1]}> ouverte ligne ${mismatch[2]} n’est pas fermée`;
  const notOpened = msg.match(/^Closing tag '([^']*)' has not been opened/);
  if (notOpened) return `balise fermante inattendue </${notOpened[1]}>, qui n’a pas été ouverte`;
  if (/Multiple possible root nodes/.test(msg)) return 'plusieurs éléments racine';
  if (/XML declaration allowed only at the start/.test(msg)) return 'la déclaration XML n’est pas au début du fichier';
  if (/Start tag expected/.test(msg)) return 'aucune balise trouvée';
  if (/Invalid space after '<'/.test(msg)) return 'caractère « < » non échappé dans un texte';
  if (/is an invalid name|Invalid tag|Tag '.*' is an invalid name/i.test(msg)) return 'nom de balise invalide';
  switch (error.code) {
    case 'InvalidTag':
      return 'balise invalide';
    case 'InvalidAttr':
      return 'attribut invalide';
    case 'InvalidChar':
      return 'caractère inattendu';
    default:
      return 'structure XML invalide';
  }
}

function lineCount(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  // A final newline does not start a line of content.
  return text.endsWith('\n') ? lines - 1 : lines;
}
