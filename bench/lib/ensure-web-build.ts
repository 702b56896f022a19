/**
 * Child process of bench/startup.ts: `ensureWebBuild` exactly as start.ts calls it (build the SPA
 * when missing or older than its sources), run apart so the build's output can be captured.
 * Last line printed: `fresh` (nothing to do) or `built`. Exit status 1 when the build failed.
 */
import { resolve } from 'node:path';
import { ensureWebBuild } from '#infra/local/web-build.ts';

let built = false;
await ensureWebBuild(resolve(import.meta.dirname, '../..'), () => (built = true));
process.stdout.write(`\n${built ? 'built' : 'fresh'}\n`);
