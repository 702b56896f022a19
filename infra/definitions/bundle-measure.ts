import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type BuildResult } from 'esbuild';
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
 * esbuild with the deployed functions' options (infra/aws/lambda.ts maps the same LAMBDA_BUNDLING
 * for CDK), plus what the caller sets (entries, output, metafile…): the one way tests and
 * benchmarks build a bundle, so they measure and run what Lambda gets.
 */
export function bundleAsDeployed<T extends BuildOptions>(options: T): Promise<BuildResult<T>> {
  const { banner, external, ...deployed } = LAMBDA_BUNDLING;
  const merged = {
    ...deployed,
    external: [...external],
    mainFields: [...deployed.mainFields],
    banner: { js: banner },
    bundle: true,
    logLevel: 'error',
    ...options,
  };
  return build(merged as BuildOptions) as Promise<BuildResult<T>>;
}

/**
 * Bundles one function in memory with the deployed esbuild options, exactly as the CDK stack
 * does (infra/aws/lambda.ts maps the same LAMBDA_BUNDLING), for bench/lambda-sizes.ts and the
 * bundle budget test.
 */
export async function measureBundle(name: HttpFunction | EventFunction): Promise<BundleMeasure> {
  const kind = (EVENT_FUNCTIONS as readonly string[]).includes(name) ? 'event' : 'http';
  const entry = kind === 'event' ? eventFunctionEntry(name as EventFunction) : httpFunctionEntry(name as HttpFunction);
  const outfile = join(REPO_ROOT, '.bench', name, 'index.mjs');
  // In memory: only the sizes matter. outfile names the outputs (and the map) as CDK's do.
  const result = await bundleAsDeployed({ entryPoints: [join(REPO_ROOT, entry)], absWorkingDir: REPO_ROOT, write: false, outfile, metafile: true });
  const size = (suffix: string) => result.outputFiles.filter((file) => file.path.endsWith(suffix)).reduce((total, file) => total + file.contents.byteLength, 0);
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  const packages = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []));
  return { name, kind, codeBytes: size('.mjs'), mapBytes: size('.mjs.map'), packages };
}

/** Every function of the product, HTTP then event. */
export const ALL_FUNCTIONS: readonly (HttpFunction | EventFunction)[] = [...HTTP_FUNCTIONS, ...EVENT_FUNCTIONS];
