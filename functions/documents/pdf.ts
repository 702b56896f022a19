import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The fonts every PDF embeds: DejaVu Sans covers French (accents, « », œ, ’) and the narrow
 * no-break space U+202F that `Intl.NumberFormat('fr-FR')` puts in numbers, which pdf-lib's
 * standard fonts (WinAnsi) refuse (STACK.md G8). TTF only: fontkit crashes the process on
 * WOFF2 subsets.
 */
export const PDF_FONTS = { package: 'dejavu-fonts-ttf/ttf', folder: 'fonts', files: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } } as const;

/**
 * Where the font files are: in a Lambda, the `fonts/` folder the CDK bundling hook copies beside
 * the bundle (infra/aws/lambda.ts); from the sources (tests, `npm start`), the npm package.
 */
function fontPath(file: string): string {
  const beside = fileURLToPath(new URL(`./${PDF_FONTS.folder}/${file}`, import.meta.url));
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve(`${PDF_FONTS.package}/${file}`);
}

/** Read once per Lambda instance: 1.4 MB of TTF, subset into each document. */
let fontBytes: Promise<[Buffer, Buffer]> | undefined;

export interface PdfDocument {
  pdf: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * A new PDF, tagged French, with DejaVu Sans and DejaVu Sans Bold embedded as subsets (only the
 * glyphs a document uses travel in the file): the one way every PDF of Cerise starts.
 * @example const { pdf, regular } = await pdfDocument('Passeport'); pdf.addPage().drawText('Élève', { font: regular });
 */
export async function pdfDocument(title?: string): Promise<PdfDocument> {
  fontBytes ??= Promise.all([readFile(fontPath(PDF_FONTS.files.regular)), readFile(fontPath(PDF_FONTS.files.bold))]).catch((error: unknown) => {
    fontBytes = undefined;
    throw error;
  });
  // Imported on the first PDF only: pdf-lib with fontkit costs a fresh process 6× a bare start (docs/benchmarks.md).
  const [[regularBytes, boldBytes], { PDFDocument }, { default: fontkit }] = await Promise.all([fontBytes, import('pdf-lib'), import('@pdf-lib/fontkit')]);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([pdf.embedFont(regularBytes, { subset: true }), pdf.embedFont(boldBytes, { subset: true })]);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Cerise');
  pdf.setProducer('Cerise');
  if (title) pdf.setTitle(title, { showInWindowTitleBar: true });
  return { pdf, regular, bold };
}
