import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'RS256';
const KEY_FILE = 'jwk.json';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

const keys = new Map<string, Promise<SigningKey>>();

/**
 * The local provider's RS256 key, generated on first use and kept in `<dir>/jwk.json` (mode 0600)
 * so that tokens survive a restart of the embedded stack. Loaded once per folder and process.
 */
export function signingKey(dir: string): Promise<SigningKey> {
  let key = keys.get(dir);
  if (!key) {
    key = loadOrCreate(dir);
    // A failed load (unreadable folder) must not be remembered: the next call retries.
    key.catch(() => keys.delete(dir));
    keys.set(dir, key);
  }
  return key;
}

/** The public keys, as served at `/local-auth/.well-known/jwks.json` by the local gateway. */
export async function localJwks(dir: string): Promise<JSONWebKeySet> {
  return { keys: [(await signingKey(dir)).publicJwk] };
}

async function loadOrCreate(dir: string): Promise<SigningKey> {
  const path = join(dir, KEY_FILE);
  const existing = await readJwk(path);
  if (existing) return fromJwk(existing);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const created = await newJwk();
  // Write aside, then link: link() fails if another process created the file first, and a
  // reader never sees a half-written key. The loser adopts the winner's key.
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, JSON.stringify(created), { mode: 0o600 });
  try {
    await link(temporary, path);
    return fromJwk(created);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readJwk(path);
    if (!winner) throw error;
    return fromJwk(winner);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function readJwk(path: string): Promise<JWK | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function newJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicPart(jwk));
  return { ...jwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' };
}

async function fromJwk(jwk: JWK): Promise<SigningKey> {
  const publicJwk = publicPart(jwk);
  const privateKey = await importJWK(jwk, SIGNING_ALGORITHM);
  const publicKey = await importJWK(publicJwk, SIGNING_ALGORITHM);
  if (!(privateKey instanceof CryptoKey) || !(publicKey instanceof CryptoKey) || !jwk.kid) {
    throw new Error(`Unusable local signing key in ${KEY_FILE}`);
  }
  return { kid: jwk.kid, privateKey, publicKey, publicJwk };
}

function publicPart(jwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return Object.fromEntries(Object.entries({ kty, n, e, kid, alg, use }).filter(([, value]) => value !== undefined)) as JWK;
}
