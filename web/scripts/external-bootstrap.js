// After `vite build`: SvelteKit's static build starts the app with an inline <script> in each
// page; the Content-Security-Policy allows no inline script (infra/definitions/content-security.ts),
// so each one moves to a file of its own, named by its content and cached like the other assets.
// It stays a classic script at the same place: `document.currentScript` still finds its parent.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const BUILD = new URL('../build/', import.meta.url).pathname;
const ENTRY = join(BUILD, '_app/immutable/entry');
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

async function pages(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const found = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return path.startsWith(join(BUILD, '_app')) ? [] : pages(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return found.flat();
}

let moved = 0;
for (const page of await pages(BUILD)) {
  const html = await readFile(page, 'utf8');
  const scripts = [];
  for (const [, code] of html.matchAll(INLINE_SCRIPT)) {
    const name = `boot.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
    await writeFile(join(ENTRY, name), code.trim() + '\n');
    scripts.push(`<script src="/${relative(BUILD, join(ENTRY, name))}"></script>`);
  }
  let index = 0;
  const rewritten = html.replace(INLINE_SCRIPT, () => scripts[index++]);
  if (/<script(?![^>]*\ssrc=)[^>]*>/.test(rewritten))
    throw new Error(`${relative(BUILD, page)}: an inline script is left, which the Content-Security-Policy would block.`);
  await writeFile(page, rewritten);
  moved += scripts.length;
}
if (moved === 0) throw new Error('No inline bootstrap script found in web/build: has SvelteKit changed how it starts the app?');
