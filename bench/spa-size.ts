/**
 * Size of the SPA's initial JavaScript, raw and gzipped.
 *
 * Usage (from the repository root):
 *   npx tsx bench/spa-size.ts              # runs `npm run build:web` first
 *   SKIP_BUILD=1 npx tsx bench/spa-size.ts # measures web/build as it is
 *
 * "Initial JavaScript" is what web/build/index.html makes the browser fetch before anything
 * else: its `<script src>`, its `<link rel="modulepreload">` and the modules its inline boot
 * script `import()`s (SvelteKit: the `start` and `app` entries, the root layout node and
 * their static dependencies). The script also follows the static `import … from "./x.js"`
 * statements of those modules and reports any dependency the HTML does not preload (there
 * should be none). Route pages (e.g. the sign-in page) load further chunks on navigation;
 * they are in the total of all JS under web/build/_app/immutable, not in the initial figure.
 * gzip: node:zlib gzipSync at level 9, per file (as a CDN compresses each response).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, printTable, say } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'web/build');

interface Asset {
  url: string;
  raw: number;
  gzip: number;
  how: string;
}

function sizes(file: string): { raw: number; gzip: number } {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Attribute values of every `<tag …>` in the HTML, as a list of attribute maps. */
function tags(html: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of match[1]!.matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes[attribute[1]!.toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    found.push(attributes);
  }
  return found;
}

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a JS module; not `import("x")`. */
function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*(["'])([^"'\n]+?\.js)\1/g)) specifiers.push(match[2]!);
  return specifiers;
}

/** Local URL (`/_app/…`) to the file in web/build; null for anything outside it. */
const fileOf = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? join(BUILD, decodeURIComponent(url.split(/[?#]/)[0]!)) : null);

function allFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function main(): void {
  say(`SPA size — Node ${process.version}`);
  if (process.env.SKIP_BUILD !== '1') {
    say('Building the web app (npm run build:web)…');
    const startedAt = performance.now();
    let build = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 300_000 });
    // Another build running at the same moment (shared web/.svelte-kit) can break ours: retry, bounded.
    for (let attempt = 2; attempt <= 3 && build.status !== 0; attempt += 1) {
      say(`Build failed (status ${build.status}); retrying in 10 s (attempt ${attempt}/3)…`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
      build = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 300_000 });
    }
    if (build.status !== 0) {
      say(`npm run build:web failed (status ${build.status}):\n${(build.stderr || build.stdout).slice(-3000)}`);
      if (!existsSync(join(BUILD, 'index.html'))) process.exit(1);
      say('Measuring the previous build in web/build instead.');
    } else {
      say(`Built in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
    }
  }
  const indexFile = join(BUILD, 'index.html');
  if (!existsSync(indexFile)) {
    say('web/build/index.html is missing: nothing to measure.');
    process.exit(1);
  }
  const html = readFileSync(indexFile, 'utf8');

  const initial = new Map<string, Asset>();
  const add = (url: string, how: string) => {
    const file = fileOf(url);
    if (!file || !url.endsWith('.js') || initial.has(url)) return;
    if (!existsSync(file)) {
      say(`WARNING: index.html refers to ${url}, which is not in web/build.`);
      return;
    }
    initial.set(url, { url, ...sizes(file), how });
  };
  for (const script of tags(html, 'script')) if (script.src) add(script.src, '<script src>');
  for (const link of tags(html, 'link')) if (link.rel?.split(/\s+/).includes('modulepreload') && link.href) add(link.href, 'modulepreload');
  for (const match of html.matchAll(/import\(\s*(["'])([^"']+)\1\s*\)/g)) add(match[2]!, 'inline import()');
  const css = tags(html, 'link')
    .filter((link) => link.rel === 'stylesheet' && link.href && fileOf(link.href) && existsSync(fileOf(link.href)!))
    .map((link) => ({ url: link.href!, ...sizes(fileOf(link.href!)!) }));

  // The static import closure of the initial modules must be in the initial set already.
  const missing = new Set<string>();
  const queue = [...initial.keys()];
  for (let index = 0; index < queue.length && index < 10_000; index += 1) {
    const url = queue[index]!;
    for (const specifier of staticImports(readFileSync(fileOf(url)!, 'utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(url), specifier);
      if (!initial.has(target) && !missing.has(target)) {
        missing.add(target);
        queue.push(target);
      }
    }
  }

  const assets = [...initial.values()];
  const total = (list: { raw: number; gzip: number }[]) =>
    list.reduce((sum, item) => ({ raw: sum.raw + item.raw, gzip: sum.gzip + item.gzip }), { raw: 0, gzip: 0 });
  const initialTotal = total(assets);
  say();
  say('Initial JavaScript (what web/build/index.html loads at start):');
  printTable(
    ['module', 'loaded by', 'raw', 'gzip -9'],
    [
      ...assets.map((asset) => [asset.url, asset.how, kb(asset.raw), kb(asset.gzip)]),
      [`total (${assets.length} files)`, '', kb(initialTotal.raw), kb(initialTotal.gzip)],
    ],
  );
  if (missing.size) {
    say();
    say(`WARNING: static imports not preloaded by index.html (fetched in a second round trip): ${[...missing].join(', ')}`);
  } else {
    say('Static import closure checked: every statically imported module is already preloaded.');
  }

  const immutable = join(BUILD, '_app/immutable');
  const js = allFiles(immutable).filter((file) => file.endsWith('.js'));
  const jsTotal = total(js.map(sizes));
  const byFolder = new Map<string, { raw: number; gzip: number; count: number }>();
  for (const file of js) {
    const folder = relative(immutable, dirname(file)) || '.';
    const entry = byFolder.get(folder) ?? { raw: 0, gzip: 0, count: 0 };
    const size = sizes(file);
    byFolder.set(folder, { raw: entry.raw + size.raw, gzip: entry.gzip + size.gzip, count: entry.count + 1 });
  }
  const cssTotal = total(css);
  say();
  printTable(
    ['set', 'files', 'raw', 'gzip -9'],
    [
      ['initial JS (above)', String(assets.length), kb(initialTotal.raw), kb(initialTotal.gzip)],
      ['initial CSS (<link rel=stylesheet>)', String(css.length), kb(cssTotal.raw), kb(cssTotal.gzip)],
      ...[...byFolder]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([folder, entry]) => [`all JS in _app/immutable/${folder}`, String(entry.count), kb(entry.raw), kb(entry.gzip)]),
      ['all JS in _app/immutable', String(js.length), kb(jsTotal.raw), kb(jsTotal.gzip)],
    ],
  );
  say('(kB = 1000 bytes; gzip sizes are per file, summed.)');
}

main();
