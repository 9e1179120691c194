// Draws the add-in's icons (a clipboard with a tick) as PNGs, so the artwork is ours and reproducible:
//   node assets/draw-icons.mjs
// Shapes are described in a unit square and sampled 4x4 per pixel, which anti-aliases the edges at 16 px.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

const NAVY = [31, 78, 121];
const CLIP = [72, 72, 80];
const PAPER = [255, 255, 255];
const GREEN = [16, 124, 65];

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function polyline(points, width) {
  return (x, y) => points.slice(1).some((p, i) => distanceToSegment(x, y, points[i], p) <= width / 2);
}

// Painted in order; the last shape that covers a point gives its colour.
const layers = [
  [roundedRect(0.12, 0.1, 0.88, 0.97, 0.1), NAVY],
  [roundedRect(0.21, 0.2, 0.79, 0.88, 0.04), PAPER],
  [roundedRect(0.32, 0.03, 0.68, 0.21, 0.06), CLIP],
  [
    polyline(
      [
        [0.32, 0.55],
        [0.45, 0.7],
        [0.68, 0.38],
      ],
      0.1,
    ),
    GREEN,
  ],
];

function pixels(size) {
  const data = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < samples; s++) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const hit = layers.findLast(([inside]) => inside(x, y));
        if (!hit) continue;
        // Premultiplied sums so partly covered edge pixels do not darken towards transparent black.
        for (let c = 0; c < 3; c++) sum[c] += hit[1][c];
        sum[3] += 1;
      }
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) data[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      data[at + 3] = Math.round((255 * sum[3]) / samples);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([head, typed, crc]);
}

function png(size) {
  const rgba = pixels(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size));
  console.log(`wrote assets/icon-${size}.png`);
}
