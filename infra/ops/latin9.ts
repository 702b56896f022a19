/** Characters of ISO-8859-15 that differ from ISO-8859-1, with their byte. */
const LATIN9_SPECIALS: Record<string, number> = { '€': 0xa4, Š: 0xa6, š: 0xa8, Ž: 0xb4, ž: 0xb8, Œ: 0xbc, œ: 0xbd, Ÿ: 0xbe };

/** Encodes text as ISO-8859-15, the encoding SIECLE exports use; unknown characters become `?`. */
export function encodeLatin9(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const character of text) {
    const special = LATIN9_SPECIALS[character];
    const code = character.codePointAt(0)!;
    bytes[length++] = special ?? (code < 256 && ![0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe].includes(code) ? code : 0x3f);
  }
  return bytes.slice(0, length);
}
