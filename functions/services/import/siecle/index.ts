import { checkUai } from './check-uai.ts';
import { openContainer } from './container.ts';
import { decodeXml } from './decode.ts';
import { detectKind } from './detect-kind.ts';
import { displayName, guardianLabel, problems } from './messages.ts';
import type { XmlNode } from './nodes.ts';
import { readEleves } from './read-eleves.ts';
import { readNomenclatures } from './read-nomenclatures.ts';
import { readResponsables } from './read-responsables.ts';
import { readSts } from './read-sts.ts';
import type { ElevesFile, ImportProblem, ParseOptions, ParseResult, ReadContext, ResponsablesFile, SiecleFile, SiecleKind } from './types.ts';
import { parseXml } from './xml.ts';

export type {
  ElevesFile,
  ImportProblem,
  NomenclaturesFile,
  ParseOptions,
  ParseResult,
  ResponsablesFile,
  SiecleFile,
  SiecleGuardian,
  SiecleGuardianLink,
  SiecleKind,
  SiecleLearner,
  StsDivision,
  StsFile,
  StsGroup,
  StsMef,
  StsPerson,
  StsService,
  StsSubject,
} from './types.ts';
export { PROBLEM_CODES, type ProblemCode } from './messages.ts';
export { MAX_XML_BYTES, MAX_ZIP_RATIO } from './container.ts';

const READERS: Record<SiecleKind, (root: XmlNode, uai: string, ctx: ReadContext) => SiecleFile> = {
  sts: readSts,
  eleves: readEleves,
  responsables: readResponsables,
  nomenclatures: readNomenclatures,
};

/**
 * Reads an uploaded SIECLE / STS-Web export (the `.xml`, or the `.zip` holding it) into typed
 * records, or says in French what is wrong. Pure: no I/O besides the bytes given; never throws
 * for bad input. Errors block the import; warnings do not (the rule is in types.ts).
 *
 * @example
 * const result = await parseSiecleUpload(bytes, 'ElevesSansAdresses.zip', { expectedUai: '0861234A', expectedKinds: ['eleves'], today: '2025-09-02' });
 * if (result.ok && result.file.kind === 'eleves') console.log(result.file.learners.length);
 */
export async function parseSiecleUpload(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<ParseResult> {
  try {
    return await parse(bytes, fileName, options);
  } catch (error) {
    // Safety net only: every step returns problems instead of throwing, and the fuzz test
    // checks that this code is never reached.
    return { ok: false, errors: [problems.unexpected(error instanceof Error ? error.message : String(error))], warnings: [] };
  }
}

async function parse(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<ParseResult> {
  const container = await openContainer(bytes, fileName);
  if (!container.ok) return rejected(container.errors);
  const decoded = decodeXml(container.xml);
  if (!decoded.ok) return rejected(decoded.errors);
  const xml = parseXml(decoded.text);
  if (!xml.ok) return rejected(xml.errors);
  const kind = detectKind(xml.root, options.expectedKinds);
  if (!kind.ok) return rejected(kind.errors);
  const uai = checkUai(xml.node, kind.kind, options.expectedUai);
  if (!uai.ok) return rejected(uai.errors);

  const ctx: ReadContext = { today: options.today, errors: [], warnings: [] };
  const file = READERS[kind.kind](xml.node, uai.uai, ctx);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors, warnings: ctx.warnings };
  return { ok: true, file, warnings: ctx.warnings };
}

function rejected(errors: ImportProblem[]): ParseResult {
  return { ok: false, errors, warnings: [] };
}

/**
 * Warnings for guardian links to learners absent from the learners file, when both files come
 * in the same run (a responsables file alone cannot know its learners). One warning per link.
 */
export function checkGuardianLinks(responsables: ResponsablesFile, eleves: ElevesFile): ImportProblem[] {
  const learners = new Set(eleves.learners.map((learner) => learner.eleveId));
  const persons = new Map(responsables.persons.map((person) => [person.personId, person]));
  return responsables.links
    .filter((link) => !learners.has(link.eleveId))
    .map((link) => {
      const person = persons.get(link.personId);
      return problems.linkUnknownLearner(guardianLabel(displayName(person?.lastName ?? null, person?.firstName ?? null), link.personId), link.eleveId);
    });
}
