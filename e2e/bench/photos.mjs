#!/usr/bin/env node
// Upload bytes before and after the case form's in-browser photo preparation: phone-sized
// photos are generated in Chromium (gradients, shapes and sensor-like noise, JPEG at 0.92
// with an EXIF block carrying a GPS position), then given to the elements' real
// `preparePhoto` with the sandbox services' limits. Prints a table; never fails on a figure.
//
//   node e2e/bench/photos.mjs
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH, bytes, progress, repo, startDemo, table } from './shared.mjs';

/** What phones hand a browser's file picker. `stored` is the pixel grid in the file. */
const IMAGES = [
  { name: 'IMG_0001.JPG', note: 'iPhone 12 MP, landscape', stored: [4032, 3024], orientation: 1 },
  {
    name: 'IMG_0002.JPG',
    note: 'iPhone 12 MP, portrait (EXIF-rotated)',
    stored: [4032, 3024],
    orientation: 6,
  },
  { name: '20261128_101500.jpg', note: 'Android 12 MP', stored: [4000, 3000], orientation: 1 },
  { name: 'PXL_20261128.jpg', note: 'Android 48 MP', stored: [8000, 6000], orientation: 1 },
  { name: 'IMG-WA0001.jpg', note: 'Full HD (forwarded)', stored: [1920, 1080], orientation: 1 },
  { name: 'Screenshot.png', note: 'phone screenshot, PNG', stored: [1170, 2532], type: 'png' },
];
const MAKE = 'P311BenchPhone';

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>photo bench</title>
<script type="importmap">{ "imports": { "@panama311/sdk": "/cdn/sdk/p311-sdk.js" } }</script>
<script type="module">
  import { checkPhoto, preparePhoto } from '/bench-elements/case-form/photos.js';
  import { ATTACHMENT_LIMITS } from '@panama311/sdk';
  window.bench = { checkPhoto, preparePhoto, ATTACHMENT_LIMITS };
</script>`;

const cleanup = [];
try {
  await main();
} finally {
  for (const step of [...cleanup].reverse()) await step().catch(() => {});
}

async function main() {
  const site = await mkdtemp(join(tmpdir(), 'p311-bench-photos-'));
  cleanup.push(() => rm(site, { recursive: true, force: true }));
  await writeFile(join(site, 'index.html'), PAGE);
  const demo = await startDemo({
    '/bench-photos': site,
    '/bench-elements': repo('packages/elements/dist'),
  });
  cleanup.push(() => demo.close());
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  cleanup.push(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${demo.url}/bench-photos/`);
  try {
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `packages/elements/dist/case-form/photos.js did not load (run \`pnpm build\`?): ${errors.join('; ')}`,
      { cause: error },
    );
  }

  const rows = [];
  for (const image of IMAGES) {
    const t0 = Date.now();
    const exif = image.type === 'png' ? [] : [...exifBlock(image.orientation)];
    const result = await page.evaluate(runOne, { image, exif, make: MAKE });
    progress(`${image.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    rows.push({ image, ...result });
  }
  report(rows);
}

/** Runs in the page: makes the photo, then prepares it as the case form does. */
async function runOne({ image, exif, make }) {
  const [width, height] = image.stored;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  let seed = width * 31 + height;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  if (image.type === 'png') {
    // A screenshot: flat UI surfaces, text, a few thumbnails.
    ctx.fillStyle = '#f4f5f7';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#1d4ed8';
    ctx.fillRect(0, 0, width, 260);
    ctx.font = '48px sans-serif';
    for (let y = 320; y < height - 80; y += 140) {
      ctx.fillStyle = '#fff';
      ctx.fillRect(40, y, width - 80, 120);
      ctx.fillStyle = `hsl(${Math.floor(random() * 360)} 55% 60%)`;
      ctx.fillRect(60, y + 10, 100, 100);
      ctx.fillStyle = '#222';
      ctx.fillText(
        `Reporte 311-2026-${String(Math.floor(random() * 1e6)).padStart(6, '0')}`,
        190,
        y + 55,
      );
      ctx.fillStyle = '#666';
      ctx.fillText('Hueco en la vía · Calle 50, San Francisco', 190, y + 105);
    }
  } else {
    // A street scene in broad strokes: sky, buildings, asphalt, blurred objects, then noise.
    const sky = ctx.createLinearGradient(0, 0, 0, height * 0.55);
    sky.addColorStop(0, '#6fa3d8');
    sky.addColorStop(1, '#dfe9f2');
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, width, height);
    for (let i = 0; i < 40; i++) {
      const w = width * (0.04 + random() * 0.12);
      const h = height * (0.15 + random() * 0.35);
      const x = random() * width;
      const g = ctx.createLinearGradient(x, 0, x + w, 0);
      g.addColorStop(0, `hsl(${20 + random() * 40} ${10 + random() * 30}% ${40 + random() * 40}%)`);
      g.addColorStop(1, `hsl(${20 + random() * 40} ${10 + random() * 30}% ${25 + random() * 30}%)`);
      ctx.fillStyle = g;
      ctx.fillRect(x, height * 0.55 - h, w, h);
      ctx.fillStyle = 'rgba(30, 40, 60, 0.6)';
      for (let wy = height * 0.55 - h + 20; wy < height * 0.55 - 40; wy += h / 8)
        for (let wx = x + 10; wx < x + w - 20; wx += w / 5) ctx.fillRect(wx, wy, w / 9, h / 14);
    }
    const road = ctx.createLinearGradient(0, height * 0.55, 0, height);
    road.addColorStop(0, '#5b5b5b');
    road.addColorStop(1, '#2f2f2f');
    ctx.fillStyle = road;
    ctx.fillRect(0, height * 0.55, width, height * 0.45);
    // Soft-edged objects: radial gradients (a canvas blur filter costs seconds per shape).
    for (let i = 0; i < 160; i++) {
      const x = random() * width;
      const y = height * (0.5 + random() * 0.5);
      const r = width * (0.01 + random() * 0.05);
      const hue = random() * 360;
      const blob = ctx.createRadialGradient(x, y, 0, x, y, r);
      blob.addColorStop(0, `hsla(${hue} ${random() * 60}% ${15 + random() * 60}% / 0.8)`);
      blob.addColorStop(0.7, `hsla(${hue} 30% 40% / 0.5)`);
      blob.addColorStop(1, `hsla(${hue} 30% 40% / 0)`);
      ctx.fillStyle = blob;
      ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    }
    // Sensor noise: a 509 px tile (prime, so its repeats do not line up with 8 px JPEG blocks).
    const size = 509;
    const noise = new ImageData(size, size);
    for (let i = 0; i < noise.data.length; i += 4) {
      const v = random() < 0.5 ? 0 : 255;
      noise.data[i] = noise.data[i + 1] = noise.data[i + 2] = v;
      noise.data[i + 3] = 10 + Math.floor(random() * 14);
    }
    const tile = new OffscreenCanvas(size, size);
    tile.getContext('2d').putImageData(noise, 0, 0);
    // The same noise scaled up stands in for texture (asphalt, leaves, walls) that survives
    // downscaling; at 1:1 it is the sensor noise that does not.
    for (const scale of [9, 3, 1]) {
      const pattern = ctx.createPattern(tile, 'repeat');
      pattern.setTransform(new DOMMatrix().scale(scale * (width / 4000)));
      ctx.fillStyle = pattern;
      ctx.fillRect(0, 0, width, height);
    }
  }

  const encoded = await canvas.convertToBlob(
    image.type === 'png' ? { type: 'image/png' } : { type: 'image/jpeg', quality: 0.92 },
  );
  canvas.width = canvas.height = 0;
  let parts = [encoded];
  if (exif.length) {
    // The EXIF APP1 segment goes right after the JPEG's start-of-image marker.
    parts = [encoded.slice(0, 2), new Uint8Array(exif), encoded.slice(2)];
  }
  const type = image.type === 'png' ? 'image/png' : 'image/jpeg';
  const file = new File(parts, image.name, { type });
  const { checkPhoto, preparePhoto, ATTACHMENT_LIMITS } = window.bench;
  const limits = { ...ATTACHMENT_LIMITS, maxCount: 3 };
  const problem = checkPhoto(file, limits, 0);
  const base = { before: file.size, inputType: type };
  if (problem) return { ...base, problem };
  const t0 = performance.now();
  try {
    const photo = await preparePhoto(file, { limits });
    const elapsed = performance.now() - t0;
    const out = new Uint8Array(await photo.blob.arrayBuffer());
    const text = new TextDecoder('latin1').decode(out);
    URL.revokeObjectURL(photo.thumbnailUrl);
    return {
      ...base,
      after: photo.blob.size,
      outputType: photo.type,
      output: [photo.width, photo.height],
      ms: elapsed,
      metadataKept: text.includes(make) || text.includes('Exif\0\0'),
    };
  } catch (error) {
    return { ...base, problem: error.code ?? error.message };
  }
}

/**
 * An EXIF APP1 segment as a phone writes one (big-endian TIFF): make, model, orientation,
 * date and a GPS position, which is what preparation must strip.
 */
function exifBlock(orientation) {
  const ascii = (s) => [...Buffer.from(`${s}\0`, 'latin1')];
  const rational = (pairs) => pairs.flatMap(([n, d]) => [...u32(n), ...u32(d)]);
  const u16 = (n) => [(n >> 8) & 255, n & 255];
  const u32 = (n) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  // [tag, type, count, value bytes]; types: 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL
  const ifd0 = [
    [0x010f, 2, ascii(MAKE)],
    [0x0110, 2, ascii('P311 Bench 12')],
    [0x0112, 3, [...u16(orientation), 0, 0]],
    [0x0132, 2, ascii('2026:11:28 10:15:00')],
    [0x8825, 4, null], // GPS IFD offset, filled in below
  ];
  const gps = [
    [0x0001, 2, ascii('N')],
    [
      0x0002,
      5,
      rational([
        [8, 1],
        [58, 1],
        [4512, 100],
      ]),
    ],
    [0x0003, 2, ascii('W')],
    [
      0x0004,
      5,
      rational([
        [79, 1],
        [31, 1],
        [3021, 100],
      ]),
    ],
  ];
  const count = (type, value) => (type === 2 ? value.length : type === 5 ? value.length / 8 : 1);
  // Layout: header (8) | IFD0 | IFD0 data | GPS IFD | GPS data.
  const ifdSize = (entries) => 2 + entries.length * 12 + 4;
  const dataSize = (entries) =>
    entries.reduce((n, [, , v]) => n + (v && v.length > 4 ? v.length + (v.length % 2) : 0), 0);
  const gpsOffset = 8 + ifdSize(ifd0) + dataSize(ifd0);
  ifd0[4][2] = u32(gpsOffset);
  const tiff = [0x4d, 0x4d, 0, 42, ...u32(8)];
  const writeIfd = (entries, start) => {
    let dataAt = start + ifdSize(entries);
    const head = [...u16(entries.length)];
    const data = [];
    for (const [tag, type, value] of entries) {
      head.push(...u16(tag), ...u16(type), ...u32(count(type, value)));
      if (value.length <= 4) head.push(...value, ...Array(4 - value.length).fill(0));
      else {
        head.push(...u32(dataAt));
        const padded = value.length % 2 ? [...value, 0] : value;
        data.push(...padded);
        dataAt += padded.length;
      }
    }
    head.push(...u32(0));
    return [...head, ...data];
  };
  tiff.push(...writeIfd(ifd0, 8), ...writeIfd(gps, gpsOffset));
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return Uint8Array.from([0xff, 0xe1, ...u16(payload.length + 2), ...payload]);
}

function report(rows) {
  const dims = ([w, h]) => `${w}×${h}`;
  const ok = rows.filter((r) => !r.problem);
  const sum = (pick) => ok.reduce((n, r) => n + pick(r), 0);
  console.log(
    [
      '# Photo upload bytes: before and after in-browser preparation',
      '',
      'Each photo is generated in Chromium (JPEG 0.92 with an EXIF block: make, orientation,',
      "GPS), then passed to the case form's `preparePhoto` (packages/elements/dist/case-form/",
      "photos.js) with the sandbox services' limits (5 MB, JPEG/PNG/WebP), as the photo picker",
      'does: scaled to 1600 px on the long edge, re-encoded (WebP 0.8 first), metadata dropped.',
      '',
      '- stored: pixels in the file; EXIF orientation 6 shows it rotated (output follows it).',
      '- saving: 1 − after / before. time: preparePhoto in desktop-class headless Chromium on',
      '  this shared machine (a phone takes several times longer).',
      '- metadata: whether the output still holds the EXIF block or the camera make.',
      '',
      table(
        [
          ['image', 'l'],
          ['kind', 'l'],
          ['stored', 'r'],
          ['before', 'r'],
          ['after', 'r'],
          ['output', 'l'],
          ['output px', 'r'],
          ['saving', 'r'],
          ['time', 'r'],
          ['metadata', 'l'],
        ],
        [
          ...rows.map((r) =>
            r.problem
              ? [
                  r.image.name,
                  r.image.note,
                  dims(r.image.stored),
                  bytes(r.before),
                  '—',
                  `rejected: ${r.problem}`,
                  '',
                  '',
                  '',
                  '',
                ]
              : [
                  r.image.name,
                  r.image.note,
                  dims(r.image.stored) + (r.image.orientation === 6 ? ' ⟳' : ''),
                  bytes(r.before),
                  bytes(r.after),
                  r.outputType,
                  dims(r.output),
                  `${((1 - r.after / r.before) * 100).toFixed(1)} %`,
                  `${Math.round(r.ms)} ms`,
                  r.metadataKept ? 'KEPT' : 'stripped',
                ],
          ),
          [
            `all ${ok.length} prepared`,
            '',
            '',
            bytes(sum((r) => r.before)),
            bytes(sum((r) => r.after)),
            '',
            '',
            `${((1 - sum((r) => r.after) / sum((r) => r.before)) * 100).toFixed(1)} %`,
            '',
            '',
          ],
        ],
      ),
    ].join('\n'),
  );
}
