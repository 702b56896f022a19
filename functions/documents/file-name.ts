/**
 * A download's file name from free text (a scenario title): plain ASCII letters, digits and
 * dashes, because it travels through the browser and every operating system.
 * @example asciiFileName('Accueil d’un « nouveau » fournisseur', 'docx') // 'Accueil-d-un-nouveau-fournisseur.docx'
 */
export function asciiFileName(text: string, extension: string, fallback = 'document'): string {
  const stem = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || fallback}.${extension}`;
}
