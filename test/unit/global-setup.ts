import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WEB = resolve(import.meta.dirname, '../../web');

/**
 * The unit tests of web/src helpers are transformed with web/tsconfig.json, which extends the
 * tsconfig SvelteKit generates (`web/.svelte-kit`, not committed). `npm run check` and the web
 * build generate it; a fresh clone running the unit level alone has not, so it is generated here.
 */
export default function setup(): void {
  if (existsSync(join(WEB, '.svelte-kit', 'tsconfig.json'))) return;
  const bin = resolve(WEB, '../node_modules/.bin/svelte-kit');
  const result = spawnSync(bin, ['sync'], { cwd: WEB, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('svelte-kit sync failed: the web unit tests cannot be transformed.');
}
