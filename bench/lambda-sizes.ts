/**
 * Bundles every Lambda entry with the deployed esbuild options (infra/definitions/bundling.ts)
 * and prints each bundle's size, flagging any over 1 MB: cold starts grow with the code Node
 * must parse, and an accidental dependency (a whole SDK, a font) shows up here first.
 *
 *   npx tsx bench/lambda-sizes.ts
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_BUNDLING } from '../infra/definitions/bundling.ts';
import {
  EVENT_FUNCTIONS,
  HTTP_FUNCTIONS,
  eventFunctionEntry,
  httpFunctionEntry,
} from '../infra/definitions/functions.ts';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const LIMIT_BYTES = 1024 * 1024;

interface Row {
  name: string;
  kind: 'http' | 'event';
  codeBytes: number;
  mapBytes: number;
}

async function measure(name: string, kind: Row['kind'], entry: string): Promise<Row> {
  const { banner, ...options } = LAMBDA_BUNDLING;
  const result = await build({
    ...options,
    external: [...options.external],
    mainFields: [...options.mainFields],
    banner: { js: banner },
    entryPoints: [join(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    // In memory: only the sizes matter. outfile names the outputs (and the map) as CDK's do.
    write: false,
    outfile: join(REPO_ROOT, '.bench', name, 'index.mjs'),
    logLevel: 'error',
  });
  const size = (suffix: string) =>
    result.outputFiles.filter((file) => file.path.endsWith(suffix)).reduce((total, file) => total + file.contents.byteLength, 0);
  return { name, kind, codeBytes: size('.mjs'), mapBytes: size('.mjs.map') };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const rows = await Promise.all([
  ...HTTP_FUNCTIONS.map((name) => measure(name, 'http', httpFunctionEntry(name))),
  ...EVENT_FUNCTIONS.map((name) => measure(name, 'event', eventFunctionEntry(name))),
]);

const table = rows.map((row) => ({
  function: row.name,
  kind: row.kind,
  'bundle bytes': row.codeBytes,
  bundle: kilobytes(row.codeBytes),
  'source map': kilobytes(row.mapBytes),
  flag: row.codeBytes > LIMIT_BYTES ? 'OVER 1 MB' : '',
}));
console.log(`Lambda bundles (esbuild ${LAMBDA_BUNDLING.format}, ${LAMBDA_BUNDLING.target}, unminified, AWS SDK external)`);
console.table(table);
const over = rows.filter((row) => row.codeBytes > LIMIT_BYTES);
console.log(over.length === 0 ? 'Every bundle is under 1 MB.' : `${over.length} bundle(s) over 1 MB: ${over.map((row) => row.name).join(', ')}`);
