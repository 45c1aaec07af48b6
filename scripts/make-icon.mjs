// Draws assets/icon.png (512×512): a white wrench on a dark blue rounded square. Plain Node
// (zlib) so it runs anywhere; rerun after changing the shapes below. electron-builder makes
// the Windows .ico and the Linux sizes from this one file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const size = 512;
const background = [31, 59, 99]; // #1f3b63
const glyph = [255, 255, 255];

// Signed distances (negative inside), in pixels.
function roundedSquare(x, y, inset, radius) {
  const h = size / 2 - inset - radius;
  const qx = Math.abs(x - size / 2) - h;
  const qy = Math.abs(y - size / 2) - h;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
function capsule(x, y, [ax, ay], [bx, by], r) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - r;
}
const circle = (x, y, [cx, cy], r) => Math.hypot(x - cx, y - cy) - r;

// The wrench lies on the diagonal: handle bottom-left, open jaw top-right.
const tail = [150, 362];
const head = [322, 190];
const axis = [Math.SQRT1_2, -Math.SQRT1_2]; // from tail towards head
function wrench(x, y) {
  const handle = capsule(x, y, tail, head, 34);
  const disk = circle(x, y, head, 86);
  // The jaw: a slot along the axis, from a little before the head's centre outwards.
  const along = (x - head[0]) * axis[0] + (y - head[1]) * axis[1];
  const across = Math.abs((x - head[0]) * -axis[1] + (y - head[1]) * axis[0]);
  const slot = Math.max(across - 32, -(along + 8));
  const hole = circle(x, y, tail, 13);
  return Math.max(Math.min(handle, disk), -slot, -hole);
}

// 4×4 samples per pixel for smooth edges.
const samples = 4;
const rows = [];
for (let py = 0; py < size; py++) {
  const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter "none"
  for (let px = 0; px < size; px++) {
    let inTile = 0;
    let inGlyph = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = px + (sx + 0.5) / samples;
        const y = py + (sy + 0.5) / samples;
        if (roundedSquare(x, y, 16, 96) <= 0) {
          inTile++;
          if (wrench(x, y) <= 0) inGlyph++;
        }
      }
    }
    const alpha = inTile / samples ** 2;
    const mix = inTile ? inGlyph / inTile : 0;
    const o = 1 + px * 4;
    for (let c = 0; c < 3; c++) row[o + c] = Math.round(background[c] * (1 - mix) + glyph[c] * mix);
    row[o + 3] = Math.round(alpha * 255);
  }
  rows.push(row);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = path.resolve(import.meta.dirname, '..', 'assets', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`${out} (${png.length} bytes)`);
