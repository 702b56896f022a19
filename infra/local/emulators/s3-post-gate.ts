import { request, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { LOOPBACK } from './http-server.ts';
import { checkPostPolicy, refusalXml } from './s3-post-policy.ts';

/** Above the largest upload the product signs (50 MB imports), like S3's own 5 GB POST limit. */
const MAX_POST_BYTES = 64 * 1024 * 1024;

/**
 * The emulator's front door: browser POST uploads (multipart forms) have their policy checked
 * (s3-post-policy.ts) and are then replayed to s3rver on its inner port; every other request goes
 * straight to s3rver.
 */
export function postPolicyGate(s3rver: RequestListener, innerPort: () => number, secret: string): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || !/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) return void s3rver(req, res);
    void gatePost(req, res, innerPort(), secret).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

async function gatePost(req: IncomingMessage, res: ServerResponse, innerPort: number, secret: string): Promise<void> {
  const body = await readBody(req);
  if (body === null)
    return answer(req, res, 400, refusalXml({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' }));
  const form = await new Request(`http://${LOOPBACK}${req.url ?? '/'}`, {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type']! },
    body: new Uint8Array(body),
  }).formData();
  const fields: Record<string, string> = {};
  let fileSize = 0;
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name] = value;
    else if (name === 'file') fileSize = value.size;
  }
  const bucket = decodeURIComponent((req.url ?? '/').split('?')[0]!.split('/')[1] ?? '');
  const refused = checkPostPolicy({ bucket, fields, fileSize }, { secret, now: Date.now() });
  if (refused) return answer(req, res, refused.status, refusalXml(refused));

  const inner = request(
    { host: LOOPBACK, port: innerPort, method: 'POST', path: req.url, headers: { ...req.headers, 'content-length': String(body.length) } },
    (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    },
  );
  inner.on('error', () => answer(req, res, 502, ''));
  inner.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_POST_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A refusal the page can read: s3rver adds CORS headers to its own answers, this one must too. */
function answer(req: IncomingMessage, res: ServerResponse, status: number, xml: string): void {
  if (res.headersSent) return void res.end();
  const origin = req.headers.origin;
  res.writeHead(status, {
    'content-type': 'application/xml',
    ...(origin ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'ETag' } : {}),
  });
  res.end(xml);
}
