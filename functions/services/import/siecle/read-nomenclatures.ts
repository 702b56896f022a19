import { schoolYearOf } from './fields.ts';
import { problems } from './messages.ts';
import { attr, child, children, text, type XmlNode } from './nodes.ts';
import type { NomenclaturesFile, ReadContext, StsMef } from './types.ts';
import { cleanName } from './values.ts';

/** Nomenclature.xml (root BEE_NOMENCLATURES): where the MEF labels of the learners file live. */
export function readNomenclatures(root: XmlNode, uai: string, ctx: ReadContext): NomenclaturesFile {
  const schoolYear = schoolYearOf(root, 'nomenclatures', ctx);
  const nodes = children(child(child(root, 'DONNEES'), 'MEFS'), 'MEF');
  if (nodes.length === 0) ctx.errors.push(problems.noRecords('nomenclatures'));
  return { kind: 'nomenclatures', uai, schoolYear, mefs: Object.values(readMefs(nodes, 'CODE_MEF', ctx)) };
}

/**
 * MEF elements, keyed by code (`@CODE_MEF` in Nomenclature.xml, `@CODE` in sts_emp). A MEF
 * without code is an error; a repeated one keeps its first entry, with a warning.
 */
export function readMefs(nodes: XmlNode[], codeAttribute: string, ctx: ReadContext): Record<string, StsMef> {
  // A Map, then fromEntries: a code such as `__proto__` stays a plain key.
  const mefs = new Map<string, StsMef>();
  nodes.forEach((node, index) => {
    const code = attr(node, codeAttribute);
    if (!code) {
      ctx.errors.push(problems.codeMissing('MEF', index + 1, false));
      return;
    }
    if (mefs.has(code)) {
      ctx.warnings.push(problems.mefDuplicate(code));
      return;
    }
    const formation = cleanName(text(node, 'FORMATION'));
    const longLabel = cleanName(text(node, 'LIBELLE_LONG')) ?? cleanName(text(node, 'LIBELLE_EDITION'));
    mefs.set(code, { code, formation: formation ?? longLabel ?? code, longLabel: longLabel ?? formation ?? code });
  });
  return Object.fromEntries(mefs);
}
