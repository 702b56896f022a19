import { randomUUID } from 'node:crypto';
import { Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';

/** An attribute map in DynamoDB's JSON wire format (`{ pk: { S: '…' } }`), as dynalite stores it. */
export type WireItem = Record<string, unknown>;

/** A DynamoDB error as it travels on the wire: HTTP status plus `__type` and `message`. */
export class DynamoError extends Error {
  readonly status: number;
  readonly type: string;
  readonly extra: Record<string, unknown>;

  constructor(status: number, type: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.type = type;
    this.extra = extra;
  }

  /** The short name the SDK turns into an exception class, e.g. `ConditionalCheckFailedException`. */
  get code(): string {
    return this.type.slice(this.type.lastIndexOf('#') + 1);
  }

  static validation(message: string): DynamoError {
    return new DynamoError(400, 'com.amazon.coral.validate#ValidationException', message);
  }

  toWire(): WireItem {
    return { __type: this.type, message: this.message, ...this.extra };
  }
}

/**
 * Calls dynalite on its private port with already-marshalled JSON. The shim talks wire format to
 * avoid a marshall/unmarshall round trip through the SDK; dynalite only checks that an AWS4
 * Authorization header is present, never its signature.
 */
export class DynaliteClient {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(private readonly port: number) {}

  async call<T extends WireItem = WireItem>(operation: string, input: WireItem): Promise<T> {
    const { status, text } = await this.forward(operation, JSON.stringify(input));
    const parsed = (text ? JSON.parse(text) : {}) as WireItem;
    if (status === 200) return parsed as T;
    const message = String(parsed.message ?? parsed.Message ?? '');
    throw new DynamoError(status, String(parsed.__type ?? 'InternalServerError'), message);
  }

  /** Sends a request body as it came and answers dynalite's status and body untouched. */
  forward(operation: string, body: string): Promise<{ status: number; text: string }> {
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: 'POST',
          path: '/',
          agent: this.agent,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'content-length': Buffer.byteLength(body),
            'x-amz-target': `DynamoDB_20120810.${operation}`,
            'x-amz-date': amzDate,
            authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${amzDate.slice(0, 8)}/eu-west-3/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=local`,
          },
        },
        (response) => {
          readBody(response).then((text) => resolve({ status: response.statusCode ?? 500, text }), reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  /** Frees the keep-alive sockets so dynalite's server can close at once. */
  close(): void {
    this.agent.destroy();
  }
}

/** Same ceiling as dynalite, so the shim refuses what dynalite would refuse. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export function readBody(stream: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    stream.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_REQUEST_BYTES) {
        stream.destroy();
        reject(new DynamoError(413, 'com.amazon.coral.service#RequestEntityTooLarge', 'Request too large'));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

/** Answers like DynamoDB: JSON 1.0 content type, a request id and the CRC32 of the body. */
export function sendWire(res: ServerResponse, status: number, payload: WireItem): void {
  sendWireText(res, status, JSON.stringify(payload));
}

/** The same, for a body already serialised (a forwarded answer of dynalite). */
export function sendWireText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
    'x-amz-crc32': String(crc32(body)),
  });
  res.end(body);
}
