import fc from 'fast-check';
import { toBase64 } from '../../src/xlsx/base64';

describe('toBase64', () => {
  it("matches Node's base64 for any bytes, every padding case included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 300 },
    );
    expect(toBase64(new Uint8Array([]))).toBe('');
    expect(toBase64(new Uint8Array([255]))).toBe('/w==');
    expect(toBase64(new Uint8Array([251, 255]))).toBe('+/8=');
  });
});
