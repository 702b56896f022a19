import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER } from '../../infra/definitions/bundling.ts';
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
  });
});
