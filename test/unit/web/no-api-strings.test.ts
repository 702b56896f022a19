import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = join(ROOT, 'web/src');
/** The typed client builds every API URL from the route table; nothing else may write one. */
const CLIENT = 'web/src/lib/api.ts';

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines with a string (quoted or template) that starts with `/api`, as `file:line: text`. */
function apiStrings(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (/[`'"]\/api(?![\w-])/.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : []));
}

describe('API calls of the SPA', () => {
  it('go through the typed client: no "/api…" string in web/src outside it', () => {
    const found = files(SOURCES)
      .filter((file) => relative(ROOT, file) !== CLIENT)
      .flatMap(apiStrings);
    expect(found).toEqual([]);
  });

  it('would catch a hand-written URL', () => {
    expect(/[`'"]\/api(?![\w-])/.test("api('GET', `/api/scenarios/${id}`)")).toBe(true);
    expect(/[`'"]\/api(?![\w-])/.test("fetch('/api')")).toBe(true);
    expect(/[`'"]\/api(?![\w-])/.test("import type { X } from '#shared/api/schemas/x.ts';")).toBe(false);
  });
});
