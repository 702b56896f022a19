/**
 * Reading the parser's output without trusting its shape: an element can come out as a string
 * (text only), an object (children, attributes, `#text`) or an array (repeated), and a hostile or
 * damaged file can put any of them anywhere. These helpers never throw.
 */
export type XmlNode = { [name: string]: unknown };

const TEXT = '#text';
/** Attribute names come out as `@_NAME` (the parser's setting, read back by `attr()`). */
export const ATTRIBUTE_PREFIX = '@_';

function asNode(value: unknown): XmlNode | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as XmlNode;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { [TEXT]: String(value) };
  return undefined;
}

function own(node: XmlNode | undefined, name: string): unknown {
  return node && Object.prototype.hasOwnProperty.call(node, name) ? node[name] : undefined;
}

/** All child elements called `name`, in file order. */
export function children(parent: XmlNode | undefined, name: string): XmlNode[] {
  const value = own(parent, name);
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map(asNode).filter((node): node is XmlNode => node !== undefined);
}

/** The first child element called `name`. */
export function child(parent: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(parent, name)[0];
}

/** The element at the end of a path of first children: `at(root, 'PARAMETRES', 'UAJ')`. */
export function at(parent: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let node = parent;
  for (const name of names) node = child(node, name);
  return node;
}

/** The text of an element, trimmed; null when empty or absent. */
export function ownText(node: XmlNode | undefined): string | null {
  const value = own(node, TEXT);
  const raw =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value)
          ? value.filter((part) => typeof part === 'string').join(' ')
          : '';
  const trimmed = raw.trim();
  return trimmed === '' ? null : trimmed;
}

/** The text of the first child called `name`; null when empty or absent. */
export function text(parent: XmlNode | undefined, name: string): string | null {
  return ownText(child(parent, name));
}

/** An attribute's value, trimmed; null when empty or absent. */
export function attr(node: XmlNode | undefined, name: string): string | null {
  const value = own(node, ATTRIBUTE_PREFIX + name);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}
