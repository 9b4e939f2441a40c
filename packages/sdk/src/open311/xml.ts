/**
 * A small XML parser for GeoReport v2 documents, the same in browsers, Node and workers (no
 * `DOMParser` there). It reads elements, attributes, text, CDATA and the predefined and
 * numeric character references; it skips comments, processing instructions and a DOCTYPE;
 * it refuses documents that are not well-formed (unclosed or mismatched tags, text or a
 * second element outside the root). No DTD is read, so no entity can expand.
 */

/** One element: its name (prefix kept), attributes and children (elements and text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** The document is not well-formed XML. */
export class XmlError extends Error {
  override name = 'XmlError';
  readonly code = 'invalid_response';
  constructor(
    message: string,
    /** Where in the text the parser gave up. */
    readonly offset: number,
  ) {
    super(`${message} (at ${offset})`);
  }
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7-\uFFFF-]*/y;
const SPACE = /\s*/y;

/**
 * Replaces character references. An unknown named one (`&nbsp;`, which some servers emit) is
 * left as written rather than failing the whole document; a numeric one must be a character.
 */
export function decodeEntities(text: string, offset = 0): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]\w*);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new XmlError(`Invalid character reference ${whole}`, offset);
    return String.fromCodePoint(code);
  });
}

/** Parses a document and returns its root element; throws an `XmlError` when malformed. */
export function parseXml(xml: string): XmlElement {
  const n = xml.length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string): never => {
    throw new XmlError(message, i);
  };
  const until = (end: string, what: string) => {
    const at = xml.indexOf(end, i);
    if (at < 0) fail(`Unclosed ${what}`);
    return at;
  };
  const name = () => {
    NAME.lastIndex = i;
    const match = NAME.exec(xml);
    if (!match) fail('Expected a name');
    i = NAME.lastIndex;
    return match![0];
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(xml);
    const skipped = SPACE.lastIndex > i;
    i = SPACE.lastIndex;
    return skipped;
  };
  const top = () => stack[stack.length - 1];

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const text = xml.slice(i, end);
      const parent = top();
      if (parent) parent.children.push(decodeEntities(text, i));
      else if (text.trim()) fail('Text outside the root element');
      i = end;
    } else if (xml.startsWith('<!--', i)) {
      i = until('-->', 'comment') + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const parent = top() ?? fail('CDATA outside the root element');
      const close = until(']]>', 'CDATA section');
      parent.children.push(xml.slice(i + 9, close));
      i = close + 3;
    } else if (xml.startsWith('<?', i)) {
      i = until('?>', 'processing instruction') + 2;
    } else if (xml.startsWith('<!', i)) {
      if (root) fail('Declaration after the root element');
      let depth = 0;
      let j = i + 2;
      for (; j < n; j++) {
        const c = xml[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= n) fail('Unclosed declaration');
      i = j + 1;
    } else if (xml[i + 1] === '/') {
      i += 2;
      const closing = name();
      space();
      if (xml[i] !== '>') fail('Expected ">"');
      const open = stack.pop();
      if (open?.name !== closing) fail(`Unexpected </${closing}>`);
      i++;
    } else {
      i++;
      const element: XmlElement = { name: name(), attrs: {}, children: [] };
      for (;;) {
        const spaced = space();
        if (xml[i] === '>' || xml.startsWith('/>', i)) break;
        if (!spaced) fail('Expected whitespace, ">" or "/>"');
        const attr = name();
        space();
        if (xml[i] !== '=') fail('Expected "="');
        i++;
        space();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail('Expected a quoted attribute value');
        i++;
        const close = until(quote!, 'attribute value');
        const value = xml.slice(i, close);
        if (value.includes('<')) fail('"<" in an attribute value');
        element.attrs[attr] = decodeEntities(value, i);
        i = close + 1;
      }
      const parent = top();
      if (parent) parent.children.push(element);
      else if (root) fail('A second root element');
      else root = element;
      if (xml[i] === '/') i += 2;
      else {
        i++;
        stack.push(element);
      }
    }
  }
  const open = top();
  if (open) fail(`Unclosed <${open.name}>`);
  return root ?? fail('No root element');
}

/**
 * An element as plain data, the way GeoReport's JSON mirrors its XML: an element with only
 * text becomes that text, trimmed (so an empty element is `''`); an element with child
 * elements becomes an object keyed by their local names, a repeated name collecting its
 * values in an array. Attributes and text between child elements are dropped.
 */
export function xmlToValue(element: XmlElement): unknown {
  const elements = element.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (!elements.length) return element.children.join('').trim();
  // No prototype: an element named `__proto__` or `constructor` stays a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const child of elements) {
    const key = child.name.slice(child.name.indexOf(':') + 1);
    const value = xmlToValue(child);
    const prev = out[key];
    out[key] = key in out ? [...(Array.isArray(prev) ? prev : [prev]), value] : value;
  }
  return out;
}
