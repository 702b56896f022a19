import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for `web/build` (a temporary folder with an index.html), so that the levels that
 * only serve or package the SPA (integration, infra) need no web build; e2e tests the real one.
 */
export function webBuildStandIn(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cerise-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><head><title>Cerise</title></head><body></body></html>');
  return dir;
}
