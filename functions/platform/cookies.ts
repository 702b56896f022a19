/** Reads the `Cookie` values of an API Gateway v2 event (`event.cookies` is a list of `name=value`). */
export function parseCookies(cookies: readonly string[] | undefined): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const entry of cookies ?? []) {
    for (const part of entry.split(';')) {
      const separator = part.indexOf('=');
      if (separator <= 0) continue;
      const name = part.slice(0, separator).trim();
      const value = part.slice(separator + 1).trim();
      try {
        jar[name] = decodeURIComponent(value);
      } catch {
        jar[name] = value;
      }
    }
  }
  return jar;
}

export interface CookieOptions {
  path: string;
  maxAgeSeconds: number;
  secure: boolean;
}

/** An HttpOnly, SameSite=Strict cookie: never readable by scripts, never sent cross-site. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`, `Max-Age=${options.maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
