import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Who may not import whom (docs/architecture.md, « Dependency rules »): from → forbidden, and why. */
type Rule = { from: string; unless?: string; forbidden: string; except?: string; why: string };
const RULES: Rule[] = [
  { from: 'shared/**', forbidden: '{functions,infra,web,test,bench}/**', why: 'shared/ depends on nothing of ours' },
  { from: 'shared/**', forbidden: '{@aws-sdk,aws-cdk-lib,aws-lambda,@middy}{,/**}', why: 'shared/ knows nothing of AWS' },
  { from: 'web/src/**', forbidden: '{functions,infra}/**', why: 'the SPA shares only shared/ with the back end' },
  {
    from: '{web/src,shared/{api,domain,referentiels}}/**',
    forbidden: 'shared/data/mef*',
    why: 'the SPA does not ship the MEF table: only the importer reads it',
  },
  {
    from: 'functions/services/**',
    forbidden: 'functions/{adapters,platform,http,events}/**',
    why: 'services work against ports, never adapters or the Lambda platform',
  },
  { from: 'functions/services/**', forbidden: '{infra/**,@aws-sdk{,/**}}', why: 'services know nothing of AWS or of the infrastructure' },
  { from: 'functions/adapters/**', forbidden: 'functions/{http,events}/**', why: 'adapters implement ports and are called, never call up' },
  {
    from: 'functions/adapters/**',
    forbidden: 'functions/services/**',
    except: 'functions/services/ports/**',
    why: 'adapters implement ports, not business code',
  },
  {
    from: 'functions/{http,events}/**',
    forbidden: '{functions/{adapters,documents}/**,@aws-sdk{,/**}}',
    why: 'handlers call services, never adapters, stores or document writers directly',
  },
  {
    from: 'functions/documents/**',
    forbidden: '{functions/{adapters,services,platform,http,events}/**,@aws-sdk{,/**}}',
    why: 'document writers are pure: data in, bytes out',
  },
  { from: 'functions/platform/**', forbidden: 'functions/{http,events}/**', why: 'the platform serves handlers, it does not know them' },
  { from: '{functions,shared,web/src,infra}/**', forbidden: '{test,bench}/**', why: 'production code never imports tests or benchmarks' },
  {
    from: 'functions/**',
    unless: 'functions/adapters/accounts/local/**',
    forbidden: 'functions/adapters/accounts/local/**',
    why: 'the local accounts provider is injected by infra/local, never bundled in AWS functions',
  },
  { from: 'infra/{aws,definitions}/**', forbidden: 'infra/local/**', why: 'the deployed stack does not depend on the embedded one' },
];

const root = resolve(import.meta.dirname, '../../..');
/** A glob as a regular expression: `*` within a folder, `**` across folders, `{a,b}` alternatives (nestable). */
function glob(pattern: string): RegExp {
  let source = pattern.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*\*\/?|\*/g, (m) => (m === '*' ? '[^/]*' : '.*'));
  while (/\{[^{}]*\}/.test(source)) source = source.replace(/\{([^{}]*)\}/g, (_, alts: string) => `(${alts.split(',').join('|')})`);
  return new RegExp(`^${source}$`);
}
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g;

/** Where an import specifier points, relative to the repository root, or the bare package name. */
function target(file: string, spec: string): string {
  const alias = /^(#shared|#functions|#infra|\$lib)\/(.*)$/.exec(spec);
  if (alias) return join({ '#shared': 'shared', '#functions': 'functions', '#infra': 'infra', $lib: 'web/src/lib' }[alias[1]!]!, alias[2]!);
  return spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec;
}

const files = ['shared', 'functions', 'infra', 'web/src'].flatMap((dir) =>
  (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => /\.(ts|svelte)$/.test(f)).map((f) => join(dir, f)),
);
const edges = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(IMPORT)].map((m) => ({ file, to: target(file, (m[1] ?? m[2])!) })));

describe('dependency rules', () => {
  it('finds the import statements it checks, and its patterns match what they name', () => {
    expect(edges.filter((e) => e.to.startsWith('functions/services/ports/')).length).toBeGreaterThan(50);
    expect(edges.some((e) => e.file.endsWith('.svelte') && e.to.startsWith('web/src/lib/'))).toBe(true);
    expect(
      ['@aws-sdk', '@aws-sdk/client-s3', 'functions/adapters/store/keys.ts', 'functions/adaptersx'].map((p) =>
        glob('{functions/adapters/**,@aws-sdk{,/**}}').test(p),
      ),
    ).toEqual([true, true, true, false]);
  });

  it.each(RULES)('$from never imports $forbidden: $why', ({ from, unless, forbidden, except }) => {
    const matches = (pattern: string | undefined, path: string) => pattern !== undefined && glob(pattern).test(path);
    const broken = edges.filter(({ file, to }) => matches(from, file) && !matches(unless, file) && matches(forbidden, to) && !matches(except, to));
    expect(broken.map(({ file, to }) => `${file} → ${to}`)).toEqual([]);
  });

  it('the SPA takes the API schemas and zod as types only: zod would ship, and its eval probe trips the CSP', () => {
    const valueImport = /(?:^|[\s;])import\s(?!type\s)[^'";]*?\sfrom\s['"]([^'"]+)['"]/g;
    const spa = files.filter((file) => file.startsWith('web/src/'));
    const imports = spa.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(valueImport)].map((m) => `${file} → ${target(file, m[1]!)}`));
    expect(imports.filter((edge) => / → (shared\/api\/(schemas\/|routes\.ts)|zod$)/.test(edge))).toEqual([]);
  });

  it('handlers pass the ports to services and never call one themselves', () => {
    const handlers = files.filter((file) => glob('functions/{http,events}/**').test(file));
    const calls = handlers.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/\b(?:dependencies\(\)|deps)\.\w+\.\w+\(/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(calls).toEqual([]);
  });
});
