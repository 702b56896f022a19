import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time under the given paths (files or folders), in ms. */
async function newestChange(paths: string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds the SPA when its build is missing or older than its sources (web/ and shared/), so
 * `npm start` always serves the code in the checkout without rebuilding needlessly.
 */
export async function ensureWebBuild(root: string, log: (message: string) => void): Promise<void> {
  const built = await stat(join(root, 'web/build/index.html')).catch(() => null);
  const sources = await newestChange(['web/src', 'web/static', 'web/svelte.config.js', 'web/vite.config.ts', 'shared'].map((path) => join(root, path)));
  if (built && built.mtimeMs >= sources) return;
  log(built ? 'Application web modifiée : reconstruction…' : 'Première construction de l’application web…');
  const result = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('La construction de l’application web a échoué (npm run build:web).');
}
