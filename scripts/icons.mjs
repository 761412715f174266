// The home-screen icon: a plain white disc on a blue square, with no letter,
// word or symbol that says what the app is about, so it alarms nobody who looks
// at the phone. Drawn here and written as PNG (the sizes Android asks for), so
// the repository holds no binary image. An NGO can put its own icon files in
// their place beside the build (see README, "Embedding").
import { deflateSync } from 'node:zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const BLUE = [0x1d, 0x70, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

/** A `size`×`size` RGB PNG of the icon. The disc sits well inside the safe zone of a maskable icon. */
export function icon(size) {
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  const r = size * 0.22;
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      // Four samples per pixel, for a smooth edge.
      let inside = 0;
      for (const [dx, dy] of [[-0.25, -0.25], [0.25, -0.25], [-0.25, 0.25], [0.25, 0.25]]) {
        if ((x + dx - c) ** 2 + (y + dy - c) ** 2 <= r * r) inside++;
      }
      const t = inside / 4;
      for (let k = 0; k < 3; k++) raw[y * row + 1 + x * 3 + k] = Math.round(BLUE[k] * (1 - t) + WHITE[k] * t);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
