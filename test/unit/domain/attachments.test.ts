import { describe, expect, it } from 'vitest';
import {
  attachmentKindOfContent,
  attachmentKindOfName,
  attachmentName,
  attachmentRefusal,
  fitsQuota,
  freeBytes,
  frenchSize,
  reservationCeiling,
} from '#shared/domain/attachments.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the real type of an attachment', () => {
  it('recognises a PDF by its %PDF- header', () => {
    expect(attachmentKindOfContent(bytes('%PDF-1.7\n'))).toBe('pdf');
  });

  it('recognises a zip by its local file header, and an empty zip by its end record', () => {
    expect(attachmentKindOfContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBe('zip');
    expect(attachmentKindOfContent(new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]))).toBe('zip');
  });

  it('refuses text, truncated headers and other formats', () => {
    expect(attachmentKindOfContent(bytes('Bonjour'))).toBeNull();
    expect(attachmentKindOfContent(bytes('%PDF'))).toBeNull();
    expect(attachmentKindOfContent(new Uint8Array([0x50, 0x4b]))).toBeNull();
    expect(attachmentKindOfContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(attachmentKindOfContent(new Uint8Array())).toBeNull();
  });

  it('reads the announced kind from the extension, whatever its case', () => {
    expect(attachmentKindOfName('Sujet.PDF')).toBe('pdf');
    expect(attachmentKindOfName('annexes.zip ')).toBe('zip');
    expect(attachmentKindOfName('script.pdf.exe')).toBeNull();
    expect(attachmentKindOfName('pdf')).toBeNull();
  });
});

describe('why a received attachment is refused', () => {
  const pdf = bytes('%PDF-1.4');

  it('accepts the announced kind at or under the declared size', () => {
    expect(attachmentRefusal({ name: 'sujet.pdf', declaredSize: 100, realSize: 100, head: pdf })).toBeNull();
    expect(attachmentRefusal({ name: 'sujet.pdf', declaredSize: 100, realSize: 90, head: pdf })).toBeNull();
  });

  it('refuses a file larger than declared', () => {
    expect(attachmentRefusal({ name: 'sujet.pdf', declaredSize: 100, realSize: 101, head: pdf })).toBe(
      'Le fichier reçu (101 o) est plus gros que celui annoncé (100 o).',
    );
  });

  it('refuses content that is neither PDF nor zip', () => {
    expect(attachmentRefusal({ name: 'faux.pdf', declaredSize: 9, realSize: 9, head: bytes('bonjour !') })).toBe(
      '« faux.pdf » n’est pas un vrai fichier PDF ou zip : son contenu ne correspond pas à son extension.',
    );
  });

  it('refuses a zip named .pdf, saying what it really is', () => {
    expect(attachmentRefusal({ name: 'sujet.pdf', declaredSize: 9, realSize: 9, head: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) })).toBe(
      '« sujet.pdf » contient en réalité une archive zip : renommez-le avec l’extension .zip.',
    );
  });
});

describe('quota arithmetic', () => {
  it('gives the highest total at which a file still fits', () => {
    expect(reservationCeiling(100, 30)).toBe(70);
    expect(reservationCeiling(100, 100)).toBe(0);
    expect(reservationCeiling(100, 101)).toBeNull();
  });

  it('counts reservations of uploads in progress as used', () => {
    expect(fitsQuota({ usedBytes: 60, reservedBytes: 10 }, 30, 100)).toBe(true);
    expect(fitsQuota({ usedBytes: 60, reservedBytes: 10 }, 31, 100)).toBe(false);
    expect(fitsQuota({ usedBytes: 0, reservedBytes: 0 }, 101, 100)).toBe(false);
  });

  it('never reports negative free space', () => {
    expect(freeBytes({ usedBytes: 90, reservedBytes: 20 }, 100)).toBe(0);
    expect(freeBytes({ usedBytes: 40, reservedBytes: 10 }, 100)).toBe(50);
  });
});

describe('names and sizes shown to users', () => {
  it('writes sizes in French binary units', () => {
    expect(frenchSize(0)).toBe('0 o');
    expect(frenchSize(1536)).toBe('1,5 Ko');
    expect(frenchSize(20 * 1024 * 1024)).toBe('20 Mo');
    expect(frenchSize(3 * 1024 ** 3)).toBe('3 Go');
  });

  it('keeps the base name without path or control characters', () => {
    expect(attachmentName('C:\\Documents\\Sujet final.pdf')).toBe('Sujet final.pdf');
    expect(attachmentName('../../etc/\u0000passwd.zip')).toBe('passwd.zip');
    expect(attachmentName('  Sujet   "final".pdf ')).toBe('Sujet final.pdf');
  });

  it('shortens a long name to 150 characters, keeping its extension', () => {
    const name = attachmentName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
