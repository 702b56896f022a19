import JSZip from 'jszip';
import { parseSiecleUpload, type ParseOptions, type ParseResult, type SiecleFile } from '#functions/services/import/siecle/index.ts';

/** The samples of test/fixtures/siecle: the public ones in `dossiersco/` and `pix/`, ours at the root. */
export { siecleFixture as fixture } from '../../../support/siecle-fixtures.ts';

export const PIX_UAI = '123ABC';
export const OUR_UAI = '0861234A';

export function parse(bytes: Uint8Array, fileName: string, options: Partial<ParseOptions> = {}): Promise<ParseResult> {
  return parseSiecleUpload(bytes, fileName, { expectedUai: OUR_UAI, today: '2024-10-01', ...options });
}

/** The file of a result that must be OK (fails the test with the problems otherwise). */
export function fileOf<K extends SiecleFile['kind']>(result: ParseResult, kind: K): Extract<SiecleFile, { kind: K }> {
  if (!result.ok) throw new Error(`expected a parsed file, got: ${JSON.stringify(result.errors, null, 2)}`);
  if (result.file.kind !== kind) throw new Error(`expected ${kind}, got ${result.file.kind}`);
  return result.file as Extract<SiecleFile, { kind: K }>;
}

export function errorsOf(result: ParseResult): { code: string; message: string; detail?: string }[] {
  if (result.ok) throw new Error(`expected errors, got a ${result.file.kind} file with warnings ${JSON.stringify(result.warnings)}`);
  return result.errors;
}

export const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);

/** Characters of ISO-8859-15 that differ from Latin-1. */
const LATIN9_EXTRAS: Record<string, number> = { '€': 0xa4, Š: 0xa6, š: 0xa8, Ž: 0xb4, ž: 0xb8, Œ: 0xbc, œ: 0xbd, Ÿ: 0xbe };

/** Encodes text as SIECLE does (ISO-8859-15). */
export function latin9(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const extra = LATIN9_EXTRAS[char];
    if (extra !== undefined) return extra;
    const code = char.codePointAt(0)!;
    if (code > 0xff) throw new Error(`not encodable in ISO-8859-15: ${char}`);
    return code;
  });
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A learner element of BEE_ELEVES, with sensible defaults. */
export function eleve(fields: {
  id?: string | null;
  ine?: string;
  last?: string;
  usage?: string;
  first?: string;
  birth?: string;
  left?: string;
  mail?: string;
  sex?: string;
  mef?: string;
}): string {
  const idAttribute = fields.id === null ? '' : ` ELEVE_ID="${fields.id ?? '1'}"`;
  const optional = (tag: string, value: string | undefined) => (value === undefined ? '' : `<${tag}>${value}</${tag}>`);
  return `<ELEVE${idAttribute}>
    ${optional('ID_NATIONAL', fields.ine)}
    <NOM_DE_FAMILLE>${fields.last ?? 'DUPONT'}</NOM_DE_FAMILLE>
    <NOM_USAGE>${fields.usage ?? ''}</NOM_USAGE>
    <PRENOM>${fields.first ?? 'Marie'}</PRENOM>
    ${optional('DATE_NAISS', fields.birth ?? '14/07/2008')}
    ${optional('CODE_SEXE', fields.sex)}
    ${optional('CODE_MEF', fields.mef)}
    ${optional('MEL', fields.mail)}
    ${optional('DATE_SORTIE', fields.left)}
  </ELEVE>`;
}

/** A STRUCTURES_ELEVE element: `structure('1', ['2AGO1', 'D'], ['ANG1', 'G'])`. */
export function structure(eleveId: string, ...entries: [code: string, type: string][]): string {
  return `<STRUCTURES_ELEVE ELEVE_ID="${eleveId}">${entries
    .map(([code, type]) => `<STRUCTURE><CODE_STRUCTURE>${code}</CODE_STRUCTURE><TYPE_STRUCTURE>${type}</TYPE_STRUCTURE></STRUCTURE>`)
    .join('')}</STRUCTURES_ELEVE>`;
}

/** A whole ElevesSansAdresses document, as text (encode it with latin9 or utf8). */
export function elevesXml(options: { learners: string[]; structures?: string[]; uai?: string; year?: string; encoding?: string }): string {
  return `<?xml version="1.0" encoding="${options.encoding ?? 'ISO-8859-15'}"?>
<BEE_ELEVES VERSION="3.0">
  <PARAMETRES>
    <UAJ>${options.uai ?? OUR_UAI}</UAJ>
    <ANNEE_SCOLAIRE>${options.year ?? '2024'}</ANNEE_SCOLAIRE>
  </PARAMETRES>
  <DONNEES>
    <ELEVES>
${options.learners.join('\n')}
    </ELEVES>
    <STRUCTURES>
${(options.structures ?? []).join('\n')}
    </STRUCTURES>
  </DONNEES>
</BEE_ELEVES>
`;
}

/** A zip made with jszip (DEFLATE), entries in the given order. */
export async function zipOf(entries: Record<string, Uint8Array | string>, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}
