/* Draws the Credit Desk icons: the add-in's own (assets/icon-<size>.png), a gold coin with three ledger
 * lines on a navy rounded square, and one per ribbon button on the same square (assets/<group>-<size>.png):
 * a clock for Collect (aging), a calendar for Agree (payment plans), a tick for Grant (credit) and a gear
 * for Settings. Plain Node: shapes as distance functions, 4×4 supersampling for smooth edges, PNG
 * written with zlib. Run `node scripts/make-icons.js` after changing a design; the PNGs are committed. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const NAVY = [27, 58, 92];
const GOLD = [242, 193, 78];
const RIM = [196, 142, 32];
const INK = [27, 58, 92];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `size`×`size` pixels from `pixel(x, y)` → [r, g, b, a]. */
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** True inside the navy rounded square every icon sits on. */
function onSquare(u, v) {
  const r = 0.2; // corner radius of the background
  const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return Math.hypot(qx, qy) <= r;
}

/** Distance from (u, v) to the segment a–b. */
function toSegment(u, v, [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const k = Math.max(0, Math.min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(u - ax - k * dx, v - ay - k * dy);
}

/** The colour of a point of the unit square (0..1), or null outside the icon. */
function shade(u, v) {
  if (!onSquare(u, v)) return null;
  const d = Math.hypot(u - 0.5, v - 0.5);
  if (d > 0.36) return NAVY;
  if (d > 0.31) return RIM;
  const line = [0.4, 0.5, 0.6].some((y) => Math.abs(v - y) < 0.028) && Math.abs(u - 0.5) < 0.17;
  return line ? INK : GOLD;
}

/** Collect: a clock, for the age of what is owed. */
function clock(u, v) {
  if (!onSquare(u, v)) return null;
  const d = Math.hypot(u - 0.5, v - 0.5);
  const ring = Math.abs(d - 0.28) < 0.05;
  const hands = toSegment(u, v, [0.5, 0.5], [0.5, 0.32]) < 0.04 || toSegment(u, v, [0.5, 0.5], [0.64, 0.56]) < 0.04;
  return ring || hands ? GOLD : NAVY;
}

/** Agree: a calendar, for the instalments of a plan. */
function calendar(u, v) {
  if (!onSquare(u, v)) return null;
  const inBody = u > 0.24 && u < 0.76 && v > 0.28 && v < 0.76;
  const inside = u > 0.3 && u < 0.7 && v > 0.42 && v < 0.7;
  const rings = [0.37, 0.63].some((x) => Math.abs(u - x) < 0.035 && v > 0.2 && v < 0.34);
  const days = [0.38, 0.5, 0.62].some((x) => [0.5, 0.62].some((y) => Math.abs(u - x) < 0.04 && Math.abs(v - y) < 0.035));
  if (rings) return GOLD;
  if (inBody && !inside) return GOLD;
  return days ? GOLD : NAVY;
}

/** Grant: a tick on a coin, for credit granted. */
function tick(u, v) {
  if (!onSquare(u, v)) return null;
  const d = Math.hypot(u - 0.5, v - 0.5);
  if (d > 0.33) return NAVY;
  if (d > 0.29) return RIM;
  const mark = toSegment(u, v, [0.36, 0.51], [0.46, 0.61]) < 0.05 || toSegment(u, v, [0.46, 0.61], [0.65, 0.4]) < 0.05;
  return mark ? INK : GOLD;
}

/** Settings: a gear. */
function gear(u, v) {
  if (!onSquare(u, v)) return null;
  const d = Math.hypot(u - 0.5, v - 0.5);
  const angle = Math.atan2(v - 0.5, u - 0.5);
  const tooth = Math.cos(8 * angle) > 0.1 ? 0.075 : 0;
  if (d < 0.11) return NAVY;
  return d < 0.24 + tooth ? GOLD : NAVY;
}

/** Each design and the file names it is written to (<name>-<size>.png), with the sizes the manifest uses. */
const DESIGNS = [
  { name: "icon", shade, sizes: SIZES },
  { name: "collect", shade: clock, sizes: [16, 32, 80] },
  { name: "agree", shade: calendar, sizes: [16, 32, 80] },
  { name: "grant", shade: tick, sizes: [16, 32, 80] },
  { name: "settings", shade: gear, sizes: [16, 32, 80] },
];

function icon(size, shade) {
  const n = 4;
  return png(size, (x, y) => {
    const sum = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = shade((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (!c) continue;
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        sum[3] += 255;
      }
    }
    const covered = sum[3] / 255;
    if (covered === 0) return [0, 0, 0, 0];
    return [Math.round(sum[0] / covered), Math.round(sum[1] / covered), Math.round(sum[2] / covered), Math.round(sum[3] / (n * n))];
  });
}

const dir = path.resolve(__dirname, "../assets");
fs.mkdirSync(dir, { recursive: true });
const written = [];
for (const design of DESIGNS) {
  for (const size of design.sizes) {
    const file = `${design.name}-${size}.png`;
    fs.writeFileSync(path.join(dir, file), icon(size, design.shade));
    written.push(file);
  }
}
console.log(`Wrote ${written.join(", ")} to ${dir}`);
