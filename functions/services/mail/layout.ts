/** Escapes text for HTML bodies: names and establishment names come from users and files. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Wraps paragraphs in the common HTML frame of every email. Paragraphs are plain text,
 * escaped here; `lines` become a definition list of label → value (login, password…).
 */
export function htmlEmail(title: string, paragraphs: string[], lines: [string, string][] = []): string {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  const list = lines.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:1em 0">${lines
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 12px 4px 0;color:#555">${escapeHtml(label)}</td><td style="padding:4px 0;font-family:monospace;font-size:15px"><strong>${escapeHtml(value)}</strong></td></tr>`,
        )
        .join('')}</table>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;max-width:600px;margin:auto;padding:16px">
<h1 style="font-size:20px;color:#8b1538">${escapeHtml(title)}</h1>
${body}
${list}
<p style="color:#666;font-size:13px">Ce message a été envoyé automatiquement par Cerise. Merci de ne pas y répondre.</p>
</body></html>`;
}

export function textEmail(paragraphs: string[], lines: [string, string][] = []): string {
  const list = lines.map(([label, value]) => `${label} : ${value}`).join('\n');
  return [...paragraphs, ...(list ? [list] : []), 'Ce message a été envoyé automatiquement par Cerise. Merci de ne pas y répondre.'].join('\n\n');
}
