import { scanXml } from '../../../src/xlsx/read/scanXml';
import { decodeXml, decodeXstring } from '../../../src/xlsx/read/xmlText';

function events(xml: string, attributes: readonly string[] = []): string[] {
  const out: string[] = [];
  scanXml(
    xml,
    {
      open: (name, a, empty) =>
        out.push(`<${name}${attributes.map((k) => ` ${k}=${a.get(k)}`).join('')}${empty ? '/' : ''}>`),
      close: (name) => out.push(`</${name}>`),
      text: (text) => out.push(text),
    },
    'xl/test.xml',
  );
  return out;
}

describe('scanXml', () => {
  it('gives elements and attributes by local name, skipping declarations, comments and namespaces', () => {
    expect(
      events(
        '<?xml version="1.0"?><!-- note --><x:sheet xmlns:x="urn:x" sheetId="7" r:id=\'rId1\' name="a &gt; b"/>',
        ['id', 'name', 'x', 'missing'],
      ),
    ).toEqual(['<sheet id=rId1 name=a > b x=undefined missing=undefined/>', '</sheet>']);
  });

  it('ends a tag at the first > outside quotes, and decodes text but not CDATA', () => {
    expect(events('<t a="1>2">x &amp;&#65;&#x42;<![CDATA[<&amp;>]]></t>', ['a'])).toEqual([
      '<t a=1>2>',
      'x &AB',
      '<&amp;>',
      '</t>',
    ]);
  });

  it('says which part is damaged when its XML stops part-way', () => {
    expect(() => events('<row><c r="A1"')).toThrow(/part xl\/test\.xml is damaged/);
    expect(() => events('<t><!-- unterminated')).toThrow(/xl\/test\.xml/);
  });
});

describe('XML and Excel text escapes', () => {
  it('resolves the five entities and character references, leaving unknown ones as written', () => {
    expect(decodeXml('&lt;a&gt; &quot;b&quot; &apos;c&apos; &amp;amp; &#128512; &nbsp;')).toBe(
      '<a> "b" \'c\' &amp; 😀 &nbsp;',
    );
  });

  it('reads _xHHHH_ as a character and _x005F_ as a literal underscore, as Excel does', () => {
    expect(decodeXstring('line_x000D_end')).toBe('line\rend');
    expect(decodeXstring('_x005F_x0041_ typed')).toBe('_x0041_ typed');
    expect(decodeXstring('plain_xyz')).toBe('plain_xyz');
  });
});
