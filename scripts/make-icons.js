/**
 * Writes assets/icon-{16,32,64,80,128}.png: a teal rounded tile with a 3×3 grid of white nodes
 * (a network of GPUs). A tiny PNG encoder (zlib + CRC-32), no downloads. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function drawIcon(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18; // corner radius
  const nodeR = Math.max(1, size * 0.085);
  const centres = [0.27, 0.5, 0.73].map((f) => f * size);
  const SS = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let node = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const fx = x + (sx + 0.5) / SS;
          const fy = y + (sy + 0.5) / SS;
          const dx = Math.max(r - fx, fx - (size - r), 0);
          const dy = Math.max(r - fy, fy - (size - r), 0);
          if (dx * dx + dy * dy <= r * r) tile++;
          const onNode = centres.some((cx) => centres.some((cy) => (fx - cx) ** 2 + (fy - cy) ** 2 <= nodeR * nodeR));
          const onLink =
            size >= 32 &&
            centres.some((c) => Math.abs(fy - c) <= size * 0.02 || Math.abs(fx - c) <= size * 0.02) &&
            fx >= centres[0] && fx <= centres[2] && fy >= centres[0] && fy <= centres[2];
          if (onNode || onLink) node++;
        }
      }
      const a = tile / (SS * SS);
      const w = node / (SS * SS);
      // teal gradient (top-left #0f766e → bottom-right #0e4f6e), white nodes
      const t = (x + y) / (2 * size);
      const bg = [15 + (14 - 15) * t, 118 + (79 - 118) * t, 110 + (110 - 110) * t];
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[i + k] = Math.round(bg[k] * (1 - w) + 255 * w);
      px[i + 3] = Math.round(255 * a);
    }
  }
  return encodePng(size, px);
}

const outDir = path.resolve(__dirname, "../assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

module.exports = { encodePng };
