import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfDocument } from '#functions/documents/pdf.ts';

const run = promisify(execFile);
const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(12345.5);
const LINES = ['Passeport « Gestion-Administration »', 'L’élève a réussi l’œuvre : Noël, Anaïs, Ève.', `Montant : ${amount}`];

let directory: string;
let pdfFile: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cerise-pdf-'));
  const { pdf, regular, bold } = await pdfDocument('Passeport « GA »');
  const page = pdf.addPage([595.28, 841.89]);
  page.drawText(LINES[0]!, { x: 50, y: 780, size: 16, font: bold, color: rgb(0.55, 0.08, 0.22) });
  LINES.slice(1).forEach((line, index) => page.drawText(line, { x: 50, y: 740 - index * 24, size: 12, font: regular }));
  pdfFile = join(directory, 'passeport.pdf');
  await writeFile(pdfFile, await pdf.save());
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the PDF foundation', () => {
  it('writes French text, « », œ, ’ and the narrow no-break space of fr-FR numbers, which pdftotext reads back', async () => {
    expect(amount).toContain('\u202f');

    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']);

    // pdftotext gives every no-break space back as a plain space; the glyphs themselves are DejaVu's.
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    for (const line of LINES) expect(stdout).toContain(spaced(line));
    const font = fontkit.create(await readFile(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
    for (const character of '\u202f\u00a0«»œ’€') expect(font.hasGlyphForCodePoint(character.codePointAt(0)!), character).toBe(true);
  });

  it('renders a page that is not blank', async () => {
    await run('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdfFile, join(directory, 'page')]);

    const png = (await readdir(directory)).find((name) => name.endsWith('.png'));
    expect(png).toBeDefined();
    // Gray levels at low resolution: a blank page is all white (255); the text makes dark pixels.
    await run('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdfFile, join(directory, 'page')]);
    const pgm = await readFile(join(directory, 'page.pgm'));
    const [header, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
    const pixels = pgm.subarray(header.length);
    expect(pixels.length).toBe(Number(width) * Number(height));
    const dark = pixels.filter((value) => value < 128).length;
    expect((await readFile(join(directory, png!))).subarray(1, 4).toString()).toBe('PNG');
    expect(dark).toBeGreaterThan(50);
  });

  it('embeds subsets of DejaVu Sans and DejaVu Sans Bold, and tags the document French', async () => {
    const { stdout: fonts } = await run('pdffonts', [pdfFile]);
    const { stdout: info } = await run('pdfinfo', [pdfFile]);

    // pdf-lib names its subsets `DejaVuSans-<n>`; the size shows only the used glyphs travel (the TTFs weigh 1.4 MB).
    expect(fonts).toMatch(/^DejaVuSans-\d+\s+CID TrueType\s+Identity-H\s+yes/m);
    expect(fonts).toMatch(/^DejaVuSans-Bold-\d+\s+CID TrueType\s+Identity-H\s+yes/m);
    expect((await readFile(pdfFile)).length).toBeLessThan(100_000);
    expect(info).toContain('Passeport « GA »');
    const loaded = await PDFDocument.load(await readFile(pdfFile));
    expect(String(loaded.catalog.lookup(PDFName.of('Lang')))).toBe('(fr-FR)');
  });
});
