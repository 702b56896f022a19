/**
 * Writes a fictitious establishment's SIECLE/STS exports, in the real formats, to try the import:
 *   npm run demo:siecle -- --uai 0000000X --out siecle-demo [--learners 60]
 * Then, in Cerise: Importer des fichiers → the sts_emp file first, then the learners and guardians.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { uaiSchema } from '#shared/api/schemas/common.ts';
import { generateEstablishment } from './siecle-generator.ts';

const { values } = parseArgs({
  options: { uai: { type: 'string', default: '0000000X' }, out: { type: 'string', default: 'siecle-demo' }, learners: { type: 'string', default: '60' } },
});
const uai = uaiSchema.parse(values.uai);
const learners = Math.max(1, Math.min(5000, Number(values.learners) || 60));
const school = generateEstablishment({ uai, learners, teachers: Math.max(2, Math.round(learners / 12)), heads: 1, leavers: 1, seed: 2026 });
const folder = resolve(values.out!);
await mkdir(folder, { recursive: true });
const files = {
  [`sts_emp_${uai}_2026.xml`]: school.sts,
  'ElevesSansAdresses.xml': school.eleves,
  'ResponsablesAvecAdresses.xml': school.responsables,
};
for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, name), bytes);
process.stdout.write(
  `Fichiers SIECLE fictifs pour ${uai} (${learners} élèves, ${school.guardians.length} responsables, ${school.staff.length} personnels) écrits dans ${folder} :\n${Object.keys(
    files,
  )
    .map((name) => `  ${name}`)
    .join('\n')}\n`,
);
