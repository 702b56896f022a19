/**
 * Bundles every Lambda entry with the deployed esbuild options (infra/definitions/bundling.ts)
 * and prints each bundle's size against its budget: 1 MB for a function that makes no document,
 * 5 MB for one that makes documents (it carries exceljs, docx and pdf-lib). Cold starts grow
 * with the code Node must parse, and an accidental dependency (a whole SDK, a font) shows up
 * here first. test/infra/bundle-budget.test.ts asserts the same budgets.
 *
 *   npx tsx bench/lambda-sizes.ts
 */
import { BUNDLE_BUDGET_BYTES, LAMBDA_BUNDLING } from '../infra/definitions/bundling.ts';
import { ALL_FUNCTIONS, measureBundle } from '../infra/definitions/bundle-measure.ts';
import { DOCUMENT_FUNCTIONS } from '../infra/definitions/functions.ts';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = await Promise.all(ALL_FUNCTIONS.map(measureBundle));
const budget = (name: (typeof ALL_FUNCTIONS)[number]) => (DOCUMENT_FUNCTIONS.includes(name) ? BUNDLE_BUDGET_BYTES.documents : BUNDLE_BUDGET_BYTES.plain);

console.log(
  `Lambda bundles (esbuild ${LAMBDA_BUNDLING.format}, ${LAMBDA_BUNDLING.target}, ${LAMBDA_BUNDLING.minify ? 'minified' : 'unminified'}, AWS SDK external)`,
);
console.table(
  rows.map((row) => ({
    function: row.name,
    kind: row.kind,
    documents: DOCUMENT_FUNCTIONS.includes(row.name) ? 'yes' : '',
    'bundle bytes': row.codeBytes,
    bundle: kilobytes(row.codeBytes),
    'source map': kilobytes(row.mapBytes),
    budget: `${budget(row.name) / 1_000_000} MB`,
    flag: row.codeBytes > budget(row.name) ? 'OVER BUDGET' : '',
  })),
);
const over = rows.filter((row) => row.codeBytes > budget(row.name));
console.log(over.length === 0 ? 'Every bundle is within its budget.' : `${over.length} bundle(s) over budget: ${over.map((row) => row.name).join(', ')}`);
