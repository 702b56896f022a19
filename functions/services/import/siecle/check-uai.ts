import { problems } from './messages.ts';
import { at, attr, ownText, type XmlNode } from './nodes.ts';
import type { ImportProblem, SiecleKind } from './types.ts';

export type UaiResult = { ok: true; uai: string } | { ok: false; errors: ImportProblem[] };

/**
 * Step 5: the file must be the establishment's own. The UAI is the text of `PARAMETRES/UAJ` in
 * BEE files, and its `CODE` attribute in STS files. Compared case-insensitively.
 */
export function checkUai(root: XmlNode, kind: SiecleKind, expectedUai: string): UaiResult {
  const uaj = at(root, 'PARAMETRES', 'UAJ');
  const found = (kind === 'sts' ? attr(uaj, 'CODE') : ownText(uaj))?.toUpperCase() ?? null;
  if (!found) return { ok: false, errors: [problems.uaiMissing()] };
  const expected = expectedUai.trim().toUpperCase();
  if (found !== expected) return { ok: false, errors: [problems.uaiMismatch(found, expected)] };
  return { ok: true, uai: found };
}
