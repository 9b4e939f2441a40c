import { describe, expect, it } from 'vitest';
import { decodeEntities, parseXml, XmlError, xmlToValue } from './xml.js';

const value = (xml: string) => xmlToValue(parseXml(xml));

describe('parseXml', () => {
  it('reads nested elements, attributes and text', () => {
    const root = parseXml('<a x="1" y=\'two\'><b>text</b><c/></a>');
    expect(root).toEqual({
      name: 'a',
      attrs: { x: '1', y: 'two' },
      children: [
        { name: 'b', attrs: {}, children: ['text'] },
        { name: 'c', attrs: {}, children: [] },
      ],
    });
  });

  it('decodes the five predefined entities and decimal and hex character references', () => {
    expect(value('<a>&amp; &lt; &gt; &quot; &apos; &#233; &#xE9; &#x1F6A7;</a>')).toBe(
      `& < > " ' é é 🚧`,
    );
    expect(parseXml('<a t="&quot;R&amp;D&#039;s&quot;"/>').attrs.t).toBe(`"R&D's"`);
  });

  it('keeps an unknown named entity as written instead of failing the document', () => {
    expect(value('<a>a&nbsp;b &c</a>')).toBe('a&nbsp;b &c');
  });

  it('takes CDATA verbatim, markup and entities included', () => {
    expect(value('<a><![CDATA[<b>&amp;</b> ]]]]></a>')).toBe('<b>&amp;</b> ]]');
    expect(value('<a>x<![CDATA[ & ]]>y</a>')).toBe('x & y');
  });

  it('skips the declaration, processing instructions, comments, a DOCTYPE and a BOM', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE services [ <!ELEMENT services ANY> ]>
      <?xml-stylesheet type="text/xsl" href="t.xsl"?>
      <!-- the list -->
      <services><!-- none yet --><service><code>1</code></service></services>
      <!-- trailing comment -->`;
    expect(value(xml)).toEqual({ service: { code: '1' } });
  });

  it('keeps namespace prefixes in names and drops them in values', () => {
    const root = parseXml('<r xmlns:g="urn:g"><g:point>1 2</g:point></r>');
    expect((root.children[0] as { name: string }).name).toBe('g:point');
    expect(xmlToValue(root)).toEqual({ point: '1 2' });
  });

  it('accepts whitespace inside tags and line breaks in text', () => {
    expect(value('<a\n  x = "1"\n>\n  one\n  two\n</a >')).toBe('one\n  two');
  });

  it.each([
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an end tag without a start', '</a>'],
    ['two root elements', '<a/><b/>'],
    ['text before the root', 'hello <a/>'],
    ['text after the root', '<a/> trailing'],
    ['no element at all', '<?xml version="1.0"?>'],
    ['an empty document', ''],
    ['an unclosed comment', '<a><!-- x</a>'],
    ['an unclosed CDATA section', '<a><![CDATA[x</a>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['an attribute without a value', '<a x/>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['attributes without whitespace', '<a x="1"y="2"/>'],
    ['a bad name', '<1a/>'],
    ['a truncated tag', '<a'],
    ['an invalid character reference', '<a>&#0;</a>'],
    ['a surrogate character reference', '<a>&#xD800;</a>'],
    ['JSON', '{"a":1}'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it('says where it gave up', () => {
    try {
      parseXml('<a><b></c></a>');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'XmlError', code: 'invalid_response', offset: 9 });
    }
  });
});

describe('xmlToValue', () => {
  it('collects repeated names in an array and keeps a single child as an object', () => {
    expect(value('<r><i>1</i><i>2</i><j>3</j></r>')).toEqual({ i: ['1', '2'], j: '3' });
    expect(value('<r><i>1</i></r>')).toEqual({ i: '1' });
  });

  it('turns an empty element, self-closing or not, into ""', () => {
    expect(value('<r><a/><b></b><c>  </c></r>')).toEqual({ a: '', b: '', c: '' });
  });

  it('trims text and ignores whitespace between elements', () => {
    expect(value('<r>\n  <a>  x  </a>\n</r>')).toEqual({ a: 'x' });
  });

  it('keeps names like __proto__ and constructor as plain keys', () => {
    const v = value('<r><__proto__>x</__proto__><constructor>y</constructor></r>') as Record<
      string,
      unknown
    >;
    expect(v.__proto__).toBe('x');
    expect(v.constructor).toBe('y');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('decodeEntities', () => {
  it('leaves text without "&" alone and decodes text with it', () => {
    expect(decodeEntities('plain')).toBe('plain');
    expect(decodeEntities('Parks &amp; Recreation')).toBe('Parks & Recreation');
  });
});
