import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The SIECLE samples the tests read, kept in the repository (origins in its SOURCES.md). */
const SIECLE_FIXTURES = resolve(import.meta.dirname, '../fixtures/siecle');

/** The bytes of a sample, e.g. `siecleFixture('pix/siecle-broken.xml')`. */
export function siecleFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(SIECLE_FIXTURES, path)));
}

/** A sample with its UAI replaced by another establishment's (UAIs are ASCII, safe in Latin-9). */
export function siecleFixtureFor(path: string, uai: string): Uint8Array {
  const text = Buffer.from(siecleFixture(path)).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/<UAJ>[^<]*<\/UAJ>/, `<UAJ>${uai}</UAJ>`), 'latin1'));
}
