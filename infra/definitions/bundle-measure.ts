import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_BUNDLING } from './bundling.ts';
import { EVENT_FUNCTIONS, HTTP_FUNCTIONS, eventFunctionEntry, httpFunctionEntry, type EventFunction } from './functions.ts';
import type { HttpFunction } from '../../shared/api/routes.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BundleMeasure {
  name: HttpFunction | EventFunction;
  kind: 'http' | 'event';
  /** The JavaScript Lambda loads (index.mjs). */
  codeBytes: number;
  mapBytes: number;
  /** The npm packages bundled in, by name. */
  packages: Set<string>;
}

/**
 * Bundles one function in memory with the deployed esbuild options, exactly as the CDK stack
 * does (infra/aws/lambda.ts maps the same LAMBDA_BUNDLING), for bench/lambda-sizes.ts and the
 * bundle budget test.
 */
export async function measureBundle(name: HttpFunction | EventFunction): Promise<BundleMeasure> {
  const kind = (EVENT_FUNCTIONS as readonly string[]).includes(name) ? 'event' : 'http';
  const entry = kind === 'event' ? eventFunctionEntry(name as EventFunction) : httpFunctionEntry(name as HttpFunction);
  const { banner, ...options } = LAMBDA_BUNDLING;
  const outfile = join(REPO_ROOT, '.bench', name, 'index.mjs');
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
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  const size = (suffix: string) => result.outputFiles.filter((file) => file.path.endsWith(suffix)).reduce((total, file) => total + file.contents.byteLength, 0);
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  const packages = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []));
  return { name, kind, codeBytes: size('.mjs'), mapBytes: size('.mjs.map'), packages };
}

/** Every function of the product, HTTP then event. */
export const ALL_FUNCTIONS: readonly (HttpFunction | EventFunction)[] = [...HTTP_FUNCTIONS, ...EVENT_FUNCTIONS];
