import JSZip from 'jszip';
import { problems } from './messages.ts';
import type { ImportProblem } from './types.ts';

/** Largest XML accepted, raw or once unzipped (a 3,000-learner export is about 6 MB). */
export const MAX_XML_BYTES = 200 * 1024 * 1024;
/** Largest unzipped / zipped ratio accepted; XML exports compress about 10 to 20 times. */
export const MAX_ZIP_RATIO = 100;

export type ContainerResult = { ok: true; xml: Uint8Array } | { ok: false; errors: ImportProblem[] };

/**
 * Step 1: the upload as the XML bytes it holds. Accepts a `.xml`, or a `.zip` with exactly one XML
 * entry (whatever its name; `__MACOSX/` and dot-files ignored). The extension must agree with the
 * magic bytes. Zip bombs are refused from the declared sizes, and again while inflating by
 * counting the bytes, which stops as soon as the cap is passed.
 */
export async function openContainer(bytes: Uint8Array, fileName: string): Promise<ContainerResult> {
  const name = baseName(fileName);
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (extension !== 'xml' && extension !== 'zip') return failure(problems.wrongExtension(name));
  if (bytes.length === 0) return failure(problems.fileEmpty(name));

  if (extension === 'zip') {
    if (!isZip(bytes)) return failure(problems.zipInvalid(name, 'signature ZIP absente'));
    return unzipSingleXml(bytes, name);
  }

  if (startsWith(bytes, [0x50, 0x4b])) return failure(problems.zipRenamedXml(name));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return failure(problems.pdfRenamed(name));
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return failure(problems.officeRenamed(name));
  if (!looksLikeXml(bytes)) return failure(problems.notXml(name));
  if (bytes.length > MAX_XML_BYTES) return failure(problems.fileTooLarge(name, bytes.length, MAX_XML_BYTES));
  return { ok: true, xml: bytes };
}

async function unzipSingleXml(bytes: Uint8Array, name: string): Promise<ContainerResult> {
  let zip: JSZip;
  try {
    // No checkCRC32: it would inflate every entry before we can count anything.
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(/encrypt/i.test(message) ? problems.zipEncrypted(name) : problems.zipInvalid(name, message));
  }

  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  const relevant = files.filter((entry) => !isIgnored(entry.name));
  const nested = relevant.find((entry) => /\.zip$/i.test(entry.name));
  if (nested) return failure(problems.zipNested(name, nested.name));
  const xmlEntries = relevant.filter((entry) => /\.xml$/i.test(entry.name));
  if (xmlEntries.length === 0)
    return failure(
      problems.zipNoXml(
        name,
        relevant.map((entry) => entry.name),
      ),
    );
  if (xmlEntries.length > 1)
    return failure(
      problems.zipSeveralXml(
        name,
        xmlEntries.map((entry) => entry.name),
      ),
    );
  const entry = xmlEntries[0]!;

  const cap = Math.min(MAX_XML_BYTES, MAX_ZIP_RATIO * bytes.length);
  const declared = files.reduce((total, file) => total + (declaredSize(file) ?? 0), 0);
  if (declared > cap) return failure(problems.zipTooLarge(name, `taille décompressée annoncée : ${declared} octets, plafond : ${cap} octets`));

  const inflated = await inflateCapped(entry, cap);
  if (inflated.ok) return { ok: true, xml: inflated.bytes };
  if (inflated.reason === 'too-large')
    return failure(problems.zipTooLarge(name, `décompression arrêtée après ${inflated.seen} octets, plafond : ${cap} octets`));
  return failure(problems.zipInvalid(name, inflated.detail));
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large'; seen: number } | { ok: false; reason: 'corrupt'; detail: string };

/** Inflates one entry chunk by chunk, giving up as soon as more than `cap` bytes came out. */
function inflateCapped(entry: JSZip.JSZipObject, cap: number): Promise<Inflated> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (result: Inflated) => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      resolve(result);
    };
    const stream = (entry as unknown as StreamableEntry).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (settled) return;
        total += chunk.length;
        if (total > cap) {
          stream.pause();
          settle({ ok: false, reason: 'too-large', seen: total });
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error: unknown) => settle({ ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) }))
      .on('end', () => {
        if (settled) return;
        const out = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          out.set(chunk, offset);
          offset += chunk.length;
        }
        settle({ ok: true, bytes: out });
      })
      .resume();
  });
}

/** jszip's internal stream (public in its code, missing from its typings). */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: unknown) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}
interface StreamableEntry {
  internalStream(type: 'uint8array'): InternalStream;
}

/** The uncompressed size the central directory announces (jszip keeps it on `_data`). */
function declaredSize(entry: JSZip.JSZipObject): number | null {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  const size = data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : null;
}

function isIgnored(path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  return parts.some((part) => part === '__MACOSX' || part.startsWith('.'));
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return name || fileName;
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** An optional BOM (UTF-8 or UTF-16, the decoder explains the latter), spaces, then `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)) index++;
  return bytes[index] === 0x3c;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function failure(error: ImportProblem): ContainerResult {
  return { ok: false, errors: [error] };
}
