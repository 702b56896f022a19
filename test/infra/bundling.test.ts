import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER, PDF_FONT_FILES, REFERENTIEL_DATA } from '../../infra/definitions/bundling.ts';
import { bundleAsDeployed } from '../../infra/definitions/bundle-measure.ts';
import { EVENT_FUNCTIONS, eventFunctionEntry, HTTP_FUNCTIONS, httpFunctionEntry } from '../../infra/definitions/functions.ts';
import { REPO_ROOT } from '../../infra/aws/paths.ts';
import { synthesise } from './synth.ts';
import { functionId, resource } from './template-lookup.ts';

describe('Lambda bundling', () => {
  it('bundles each function with the local esbuild into ESM, with the require shim and without the AWS SDK', () => {
    const { app, template } = synthesise({ bundle: true });
    const assetDir = (name: string) => {
      const key = resource(template, functionId(template, name)).Properties.Code.S3Key as string;
      return join(app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    };
    for (const name of ['auth', 'siecle-import']) {
      const bundle = join(assetDir(name), 'index.mjs');
      expect(existsSync(bundle), bundle).toBe(true);
      expect(existsSync(`${bundle}.map`), `${bundle}.map`).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*handler/);
      expect(code).not.toMatch(/node_modules\/@aws-sdk\//);
    }
    // The PDF fonts go beside the bundles of the functions that make documents, and no others.
    for (const file of PDF_FONT_FILES.files) expect(existsSync(join(assetDir('evaluations'), PDF_FONT_FILES.to, file)), file).toBe(true);
    expect(existsSync(join(assetDir('auth'), PDF_FONT_FILES.to))).toBe(false);
  });

  it('ships the référentiel files beside the bundles that load them, rather than inlining them', async () => {
    const { app, template } = synthesise({ bundle: true });
    const key = resource(template, functionId(template, 'referentiels')).Properties.Code.S3Key as string;
    const folder = join(app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    const code = readFileSync(join(folder, 'index.mjs'), 'utf8');
    expect(code).toContain('import("./data/ga.json"');
    expect(code).not.toContain('"situation professionnelle"');
    expect(existsSync(join(folder, 'data', 'ga.json'))).toBe(true);
    // And a bundle built this way really finds them at run time.
    const scratch = mkdtempSync(join(tmpdir(), 'cerise-bundle-'));
    const entry = join(REPO_ROOT, `.bundling-probe-${process.pid}.ts`);
    writeFileSync(entry, "import { referentiel } from './shared/referentiels/index.ts';\nconsole.log((await referentiel('ga')).evaluableItems().length);\n");
    try {
      await bundleAsDeployed({ entryPoints: [entry], outfile: join(scratch, 'index.mjs') });
      cpSync(join(REPO_ROOT, REFERENTIEL_DATA.from), join(scratch, REFERENTIEL_DATA.to), { recursive: true });
      const output = execFileSync(process.execPath, [join(scratch, 'index.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      expect(output.trim()).toBe('55');
    } finally {
      rmSync(entry, { force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('keeps the local accounts provider, the embedded stack, tests and benchmarks out of every AWS function', async () => {
    const entries = [...HTTP_FUNCTIONS.map(httpFunctionEntry), ...EVENT_FUNCTIONS.map(eventFunctionEntry)];
    const { metafile } = await bundleAsDeployed({
      entryPoints: entries.map((entry) => join(REPO_ROOT, entry)),
      absWorkingDir: REPO_ROOT,
      outdir: join(tmpdir(), 'cerise-metafile'),
      write: false,
      metafile: true,
    });
    const inputsOf = Object.values(metafile.outputs)
      .filter((output) => output.entryPoint)
      .map((output) => ({ entry: output.entryPoint!, inputs: Object.keys(output.inputs) }));
    expect(inputsOf).toHaveLength(entries.length);
    expect(inputsOf.find(({ entry }) => entry === 'functions/http/auth/index.ts')?.inputs).toContain('functions/adapters/accounts/cognito/provider.ts');
    const forbidden = inputsOf.flatMap(({ entry, inputs }) =>
      inputs.filter((input) => /^(functions\/adapters\/accounts\/local|infra\/local|test|bench)\//.test(input)).map((input) => `${entry} ← ${input}`),
    );
    expect(forbidden).toEqual([]);
  });
});
