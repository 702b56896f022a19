/**
 * A small HTTP client for the local gateway that keeps cookies like a browser (the refresh
 * cookie is HttpOnly and path-scoped) and can pose as a given client address.
 */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string | Buffer;
  token?: string;
  headers?: Record<string, string>;
}

export class Client {
  private readonly cookies = new Map<string, string>();

  /** `address` is sent as the viewer address CloudFront stamps, so throttling tests stay independent. */
  constructor(
    readonly baseUrl: string,
    readonly address = randomAddress(),
  ) {}

  async call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'x-viewer-address': this.address, ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const applicable = [...this.cookies].filter(([name]) => name.length > 0).map(([name, value]) => `${name}=${value}`);
    if (applicable.length && path.startsWith('/api/auth')) headers.cookie = applicable.join('; ');
    let body: string | Buffer | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body: body as BodyInit | undefined });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0/.test(cookie)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export function randomAddress(): string {
  const byte = () => Math.floor(Math.random() * 250) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}
