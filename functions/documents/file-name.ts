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

/**
 * The Content-Disposition that saves a file under its own name: plain ASCII for old clients,
 * and the exact name in UTF-8 (RFC 6266 and RFC 5987) for the others.
 * @example attachmentDisposition('Sujet é.pdf') // 'attachment; filename="Sujet e.pdf"; filename*=UTF-8\'\'Sujet%20%C3%A9.pdf'
 */
export function attachmentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'fichier';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
