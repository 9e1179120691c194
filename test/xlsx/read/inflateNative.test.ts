import { deflateSync } from 'fflate';
import { inflateNative } from '../../../src/xlsx/read/inflateNative';

/** 2 MB of worksheet-like XML, deflated raw as a zip holds it. */
const xml = new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>12</v></c></row>'.repeat(45_000));
const deflated = deflateSync(xml);

describe('inflateNative', () => {
  it('inflates a large part with the platform inflater to exactly its bytes', async () => {
    expect(typeof DecompressionStream).toBe('function');
    const out = await inflateNative(deflated, xml.length);
    expect(out).not.toBeNull();
    expect(Buffer.from(out!).equals(Buffer.from(xml))).toBe(true);
  });

  it('leaves to fflate a part that is small, damaged, or not the size the zip says', async () => {
    expect(await inflateNative(deflateSync(xml.subarray(0, 1000)), 1000)).toBeNull();
    expect(await inflateNative(deflated, xml.length - 1)).toBeNull();
    expect(await inflateNative(deflated, xml.length + 1)).toBeNull();
    const damaged = deflated.slice();
    damaged.fill(0xff, 100, 400);
    expect(await inflateNative(damaged, xml.length)).toBeNull();
    expect(await inflateNative(deflated.subarray(0, deflated.length / 2), xml.length)).toBeNull();
  });
});
