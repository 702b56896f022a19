import type { X2jOptions } from 'fast-xml-parser';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const REFERENCE = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g;

/** Code points XML allows as characters (XML 1.0 `Char`). */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * The parser's entity decoder: the five predefined XML entities and character references
 * (`&#233;`, `&#x153;`) in one pass, so `&amp;#233;` stays `&#233;`. Anything else — HTML names,
 * entities a DOCTYPE would declare — is left as written: nothing can expand.
 */
export const xmlEntityDecoder: NonNullable<X2jOptions['entityDecoder']> = {
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
  decode: (text: string) =>
    text.includes('&')
      ? text.replace(REFERENCE, (whole, name: string) => {
          if (!name.startsWith('#')) return Object.prototype.hasOwnProperty.call(XML_ENTITIES, name) ? XML_ENTITIES[name]! : whole;
          const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
          return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : whole;
        })
      : text,
};
