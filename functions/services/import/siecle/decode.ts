import { problems } from './messages.ts';
import type { ImportProblem } from './types.ts';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; errors: ImportProblem[] };

/**
 * Declared encodings we read, by lower-case label, to the WHATWG label TextDecoder knows.
 * SIECLE writes ISO-8859-15 (Latin-9: œ, €); 'latin9' is not a WHATWG label (STACK G19), so it is
 * mapped here. WHATWG decodes 'iso-8859-1' and 'us-ascii' as windows-1252, a superset.
 */
const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'iso-8859-15': 'iso-8859-15',
  iso8859_15: 'iso-8859-15',
  'iso8859-15': 'iso-8859-15',
  'iso_8859-15': 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  latin9: 'iso-8859-15',
  l9: 'iso-8859-15',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

const PROLOG_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;

/**
 * Step 2: bytes to text. A UTF-8 byte order mark wins; else the `encoding="…"` of the XML prolog;
 * else UTF-8. UTF-8 is decoded strictly, and a file declaring a one-byte encoding (Latin-9) whose
 * bytes are UTF-8 is refused, so a file saved by another tool is caught here either way rather
 * than imported with garbled names.
 */
export function decodeXml(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), true);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, errors: [problems.encodingUtf16()] };

  const label = declaredEncoding(bytes);
  if (label === null) return decodeUtf8(bytes, false);
  const encoding = ENCODINGS[label.trim().toLowerCase()];
  if (!encoding) return { ok: false, errors: [problems.encodingUnsupported(label)] };
  if (encoding === 'utf-8') return decodeUtf8(bytes, true);
  const example = utf8Example(bytes, new TextDecoder(encoding));
  if (example)
    return { ok: false, errors: [problems.encodingUtf8Declared(label, lineAt(bytes, example.offset), example.character, example.garbled, example.offset)] };
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

/**
 * When the whole file is valid UTF-8 with at least one multi-byte sequence, one of its letters
 * and what it would become read in the declared encoding (the first that stays visible: « é »
 * would be « Ã© », where « È » gives an invisible control character); else null. A file in a
 * one-byte encoding has its accented letters as lone bytes (é is E9, then ASCII), never valid
 * UTF-8; only pairs such as « Ã© » would form a sequence, and no name holds them. So such a file
 * was re-saved in UTF-8 by another tool, and read as it says it would give « ZoÃ© » (and logins).
 */
function utf8Example(bytes: Uint8Array, declared: TextDecoder): { offset: number; character: string; garbled: string } | null {
  const first = bytes.findIndex((byte) => byte >= 0x80);
  if (first === -1 || firstInvalidUtf8(bytes) !== bytes.length) return null;
  const utf8 = new TextDecoder('utf-8');
  let example: { offset: number; character: string; garbled: string } | null = null;
  for (let offset = first; offset < bytes.length; offset += utf8SequenceLength(bytes[offset]!)) {
    if (bytes[offset]! < 0x80) continue;
    const sequence = bytes.subarray(offset, offset + utf8SequenceLength(bytes[offset]!));
    const found = { offset, character: utf8.decode(sequence), garbled: declared.decode(sequence) };
    example ??= found;
    if (!/[\u0080-\u009f]/.test(found.garbled)) return found;
  }
  return example;
}

/** The label of the prolog, read from its first bytes (ASCII in every encoding we accept). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return head.match(PROLOG_ENCODING)?.[2] ?? null;
}

function decodeUtf8(bytes: Uint8Array, declared: boolean): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, errors: [problems.encodingInvalid(declared, lineAt(bytes, offset), offset)] };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = utf8SequenceLength(lead);
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF (as TextDecoder refuses them).
    if (lead === 0xe0 && second < 0xa0) return index;
    if (lead === 0xed && second > 0x9f) return index;
    if (lead === 0xf0 && second < 0x90) return index;
    if (lead === 0xf4 && second > 0x8f) return index;
    for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return bytes.length;
}

/** Length of the UTF-8 sequence a lead byte starts; 0 for a byte no sequence starts with. */
function utf8SequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
