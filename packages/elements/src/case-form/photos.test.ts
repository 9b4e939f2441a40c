import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkPhoto,
  MAX_INPUT_BYTES,
  PhotoError,
  preparePhoto,
  releasePhoto,
  restorePhoto,
  type PhotoLimits,
  type PreparedPhoto,
} from './photos.js';

/* ---------- fixtures: a photo drawn on a canvas, then EXIF spliced in by hand ---------- */

const MAKE = 'P311-TestCam';
const MODEL = 'GPS-Phone-9000';
// 8°58'30.12"N 79°31'12.34"W (Panamá City) as EXIF rationals.
const LAT: [number, number][] = [
  [8, 1],
  [58, 1],
  [3012, 100],
];
const LNG: [number, number][] = [
  [79, 1],
  [31, 1],
  [1234, 100],
];

const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
const rationals = (values: [number, number][]) => {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach(([n, d], i) => {
    view.setUint32(i * 8, n);
    view.setUint32(i * 8 + 4, d);
  });
  return bytes;
};

interface Entry {
  tag: number;
  type: 2 | 3 | 4 | 5; // ASCII, SHORT, LONG, RATIONAL
  count: number;
  data: Uint8Array;
}
const asciiEntry = (tag: number, text: string): Entry => ({
  tag,
  type: 2,
  count: text.length + 1,
  data: concat(ascii(text), new Uint8Array(1)),
});
const shortEntry = (tag: number, value: number): Entry => ({
  tag,
  type: 3,
  count: 1,
  data: new Uint8Array([value >> 8, value & 0xff]),
});
const longEntry = (tag: number, value: number): Entry => {
  const data = new Uint8Array(4);
  new DataView(data.buffer).setUint32(0, value);
  return { tag, type: 4, count: 1, data };
};

const ifdSize = (entries: Entry[]) =>
  2 +
  entries.length * 12 +
  4 +
  entries.reduce((n, e) => n + (e.data.length > 4 ? e.data.length + (e.data.length % 2) : 0), 0);

/** A big-endian TIFF IFD at `offset`, its out-of-line values right after it. */
function ifd(entries: Entry[], offset: number): Uint8Array {
  const bytes = new Uint8Array(ifdSize(entries));
  const view = new DataView(bytes.buffer);
  view.setUint16(0, entries.length);
  let data = 2 + entries.length * 12 + 4;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    view.setUint16(at, e.tag);
    view.setUint16(at + 2, e.type);
    view.setUint32(at + 4, e.count);
    if (e.data.length <= 4) bytes.set(e.data, at + 8);
    else {
      view.setUint32(at + 8, offset + data);
      bytes.set(e.data, data);
      data += e.data.length + (e.data.length % 2);
    }
  });
  return bytes;
}

/** An APP1 segment: Exif header, TIFF with Make, Model, Orientation and a GPS IFD. */
function exifSegment(orientation: number): Uint8Array {
  const gps: Entry[] = [
    asciiEntry(0x0001, 'N'),
    { tag: 0x0002, type: 5, count: 3, data: rationals(LAT) },
    asciiEntry(0x0003, 'W'),
    { tag: 0x0004, type: 5, count: 3, data: rationals(LNG) },
  ];
  const ifd0 = (gpsOffset: number): Entry[] => [
    asciiEntry(0x010f, MAKE),
    asciiEntry(0x0110, MODEL),
    shortEntry(0x0112, orientation),
    longEntry(0x8825, gpsOffset),
  ];
  const gpsOffset = 8 + ifdSize(ifd0(0));
  const tiff = concat(
    new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]),
    ifd(ifd0(gpsOffset), 8),
    ifd(gps, gpsOffset),
  );
  const body = concat(ascii('Exif\0\0'), tiff);
  const length = body.length + 2;
  return concat(new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff]), body);
}

/** A photo-like JPEG: gradient, shapes, sensor-like noise, and a red top-left corner. */
async function drawJpeg(width: number, height: number, quality = 0.92): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const sky = ctx.createLinearGradient(0, 0, width, height);
  sky.addColorStop(0, '#6aa5d8');
  sky.addColorStop(1, '#2f6b3a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 40; i++) {
    ctx.fillStyle = `hsl(${(i * 37) % 360} 50% ${30 + (i % 5) * 10}%)`;
    ctx.beginPath();
    ctx.arc(((i * 7919) % width) + 0.5, ((i * 104729) % height) + 0.5, width / 20, 0, 7);
    ctx.fill();
  }
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, width / 4, height / 4);
  const image = ctx.getImageData(0, 0, width, height);
  // Grain at two scales, so that detail survives the downscale as it does in a real photo.
  let seed = 311;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) / 255 - 0.5;
  const blocks = Float32Array.from(
    { length: Math.ceil(width / 4) * Math.ceil(height / 4) },
    random,
  );
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      const noise = 48 * blocks[(y >> 2) * Math.ceil(width / 4) + (x >> 2)]! + 20 * random();
      image.data[i] = image.data[i]! + noise;
      image.data[i + 1] = image.data[i + 1]! + noise;
      image.data[i + 2] = image.data[i + 2]! + noise;
    }
  }
  ctx.putImageData(image, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

/** A camera JPEG: the drawn one with an EXIF APP1 segment right after SOI. */
async function cameraJpeg(width: number, height: number, orientation = 1, name = 'IMG_0001.JPG') {
  const jpeg = await drawJpeg(width, height);
  const bytes = concat(jpeg.subarray(0, 2), exifSegment(orientation), jpeg.subarray(2));
  return new File([bytes], name, { type: 'image/jpeg' });
}

/* ---------- inspecting the output ---------- */

const indexOf = (haystack: Uint8Array, needle: Uint8Array, from = 0) => {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};
const has = (bytes: Uint8Array, needle: Uint8Array) => indexOf(bytes, needle) >= 0;
const GPS_TAG = [new Uint8Array([0x88, 0x25]), new Uint8Array([0x25, 0x88])];

/**
 * The metadata of a JPEG (every segment before the scan) or a WebP (every chunk that is not
 * image data), with their names. Compressed image data is left out: two given bytes such as
 * 0x8825 turn up in it by chance.
 */
function metadata(bytes: Uint8Array): { names: string[]; data: Uint8Array[]; vp8xFlags?: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  const data: Uint8Array[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at < bytes.length;) {
      expect(bytes[at]).toBe(0xff);
      const marker = bytes[at + 1]!;
      if (marker === 0xda) break; // start of scan: image data follows
      const length = view.getUint16(at + 2);
      names.push(`FF${marker.toString(16).toUpperCase()}`);
      data.push(bytes.subarray(at + 4, at + 2 + length));
      at += 2 + length;
    }
    return { names, data };
  }
  expect(String.fromCharCode(...bytes.subarray(0, 4), ...bytes.subarray(8, 12))).toBe('RIFFWEBP');
  let vp8xFlags: number | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const name = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4, true);
    names.push(name);
    if (name === 'VP8X') vp8xFlags = bytes[at + 8];
    if (!['VP8 ', 'VP8L', 'ALPH'].includes(name)) data.push(bytes.subarray(at + 8, at + 8 + size));
    at += 8 + size + (size % 2);
  }
  return { names, data, vp8xFlags };
}

async function expectNoMetadata(photo: PreparedPhoto) {
  const bytes = new Uint8Array(await photo.blob.arrayBuffer());
  for (const text of ['Exif\0\0', 'Exif', MAKE, MODEL, 'http://ns.adobe.com/xap'])
    expect(has(bytes, ascii(text)), text).toBe(false);
  expect(has(bytes, rationals(LAT)), 'GPS latitude').toBe(false);
  expect(has(bytes, rationals(LNG)), 'GPS longitude').toBe(false);
  const meta = metadata(bytes);
  expect(meta.names).not.toContain('FFE1'); // APP1: EXIF or XMP
  expect(meta.names).not.toContain('EXIF');
  expect(meta.names).not.toContain('XMP ');
  expect((meta.vp8xFlags ?? 0) & 0b1100, 'VP8X EXIF/XMP flags').toBe(0);
  for (const segment of meta.data) for (const tag of GPS_TAG) expect(has(segment, tag)).toBe(false);
  return { bytes, meta };
}

/** The colour at a point of a decoded blob, as [r, g, b]. */
async function colourAt(blob: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}
const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 90 && b! < 90;

const LIMITS: PhotoLimits = {
  maxCount: 3,
  maxBytes: 5 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp'],
};

let prepared: PreparedPhoto[] = [];
const prepare = async (...args: Parameters<typeof preparePhoto>) => {
  const photo = await preparePhoto(...args);
  prepared.push(photo);
  return photo;
};
afterEach(() => {
  prepared.forEach(releasePhoto);
  prepared = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/* ---------- tests ---------- */

describe('checkPhoto', () => {
  const file = (type: string, size = 1000, name = 'photo') =>
    new File([new Uint8Array(size)], name, { type });

  it('accepts the photos a phone produces, including HEIC and files with no type', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/HEIF'])
      expect(checkPhoto(file(type), LIMITS, 0), type).toBeUndefined();
    expect(checkPhoto(file('', 1000, 'IMG_0042.HEIC'), LIMITS, 0)).toBeUndefined();
    expect(checkPhoto(file('', 1000, 'foto.jpeg'), LIMITS, 2)).toBeUndefined();
  });

  it('refuses one photo too many before looking at it', () => {
    expect(checkPhoto(file('image/jpeg'), LIMITS, 3)).toBe('count');
    expect(checkPhoto(file('text/plain'), { ...LIMITS, maxCount: 0 }, 0)).toBe('count');
  });

  it('refuses what is not a photo', () => {
    for (const type of ['text/plain', 'application/pdf', 'image/svg+xml', 'video/mp4'])
      expect(checkPhoto(file(type), LIMITS, 0), type).toBe('type');
    expect(checkPhoto(file('', 1000, 'notes.txt'), LIMITS, 0)).toBe('type');
    expect(checkPhoto(file('', 1000, 'no-extension'), LIMITS, 0)).toBe('type');
  });

  it('judges the original against the generous input cap, not the service maxBytes', () => {
    expect(checkPhoto(file('image/jpeg', 8 * 1024 * 1024), LIMITS, 0)).toBeUndefined();
    expect(checkPhoto(file('image/jpeg', MAX_INPUT_BYTES), LIMITS, 0)).toBeUndefined();
    expect(checkPhoto(file('image/jpeg', MAX_INPUT_BYTES + 1), LIMITS, 0)).toBe('size');
    expect(checkPhoto(file('image/jpeg', 0), LIMITS, 0)).toBe('unreadable');
  });
});

describe('preparePhoto', () => {
  it('downscales a 12-megapixel camera photo to 1600 px and strips EXIF, GPS included', async ({
    annotate,
  }) => {
    const input = await cameraJpeg(4000, 3000);
    const inputBytes = new Uint8Array(await input.arrayBuffer());
    // The fixture really carries what must go.
    expect(has(inputBytes, ascii('Exif\0\0'))).toBe(true);
    expect(has(inputBytes, rationals(LAT))).toBe(true);
    expect(metadata(inputBytes).names).toContain('FFE1');

    const photo = await prepare(input, { limits: LIMITS });
    expect(photo.type).toBe('image/webp');
    expect(photo.blob.type).toBe('image/webp');
    expect([photo.width, photo.height]).toEqual([1600, 1200]);
    expect(photo.originalBytes).toBe(input.size);
    expect(photo.blob.size).toBeLessThan(input.size / 4);
    expect(photo.blob.size).toBeLessThanOrEqual(LIMITS.maxBytes);
    expect(photo.name).toBe('IMG_0001.webp');
    const { meta } = await expectNoMetadata(photo);
    expect(meta.names.every((n) => ['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ICCP'].includes(n))).toBe(
      true,
    );
    const bitmap = await createImageBitmap(photo.blob);
    expect([bitmap.width, bitmap.height]).toEqual([1600, 1200]);
    const jpeg = await prepare(input, { prefer: 'image/jpeg' });
    await expectNoMetadata(jpeg);
    const saved = (p: PreparedPhoto) => `${(100 - (100 * p.blob.size) / input.size).toFixed(1)}%`;
    await annotate(
      `4000×3000 JPEG ${input.size} B → 1600×1200 WebP ${photo.blob.size} B (${saved(photo)} saved), ` +
        `JPEG ${jpeg.blob.size} B (${saved(jpeg)} saved)`,
    );
  });

  it('turns the picture upright for EXIF orientation 6, then forgets the tag', async () => {
    const input = await cameraJpeg(4000, 3000, 6);
    const photo = await prepare(input);
    expect([photo.width, photo.height]).toEqual([1200, 1600]);
    // Stored top-left is shown top-right after a 90° clockwise turn.
    expect(isRed(await colourAt(photo.blob, photo.width - 10, 10))).toBe(true);
    expect(isRed(await colourAt(photo.blob, 10, 10))).toBe(false);
    // No tag left: any decoder shows it as we do, not turned a second time.
    const bitmap = await createImageBitmap(photo.blob, { imageOrientation: 'from-image' });
    expect([bitmap.width, bitmap.height]).toEqual([1200, 1600]);
    await expectNoMetadata(photo);
  });

  it('writes JPEG when asked or when the service does not take WebP, without APP1', async () => {
    const input = await cameraJpeg(2000, 1500);
    for (const photo of [
      await prepare(input, { prefer: 'image/jpeg' }),
      await prepare(input, { limits: { ...LIMITS, types: ['image/jpeg', 'image/png'] } }),
    ]) {
      expect(photo.type).toBe('image/jpeg');
      expect(photo.name).toBe('IMG_0001.jpg');
      expect([photo.width, photo.height]).toEqual([1600, 1200]);
      const { meta } = await expectNoMetadata(photo);
      // JFIF (APP0) and the sRGB colour profile (APP2) are all that may stay.
      meta.names.forEach((name, i) => {
        if (name === 'FFE2')
          expect(new TextDecoder().decode(meta.data[i]!.subarray(0, 12))).toBe('ICC_PROFILE\0');
        else expect(name).toMatch(/^FF(E0|DB|C0|C2|C4|DD|FE)$/);
      });
    }
  });

  it('refuses a service that takes neither WebP nor JPEG', async () => {
    const input = await cameraJpeg(400, 300);
    await expect(
      preparePhoto(input, { limits: { maxBytes: 1e6, types: ['image/png'] } }),
    ).rejects.toMatchObject({ name: 'PhotoError', code: 'type' });
  });

  it('keeps a small photo its size, and its name without the path', async () => {
    const photo = await prepare(await cameraJpeg(800, 600, 1, 'C:\\fakepath\\calle 50.jpeg'));
    expect([photo.width, photo.height]).toEqual([800, 600]);
    expect(photo.name).toBe('calle 50.webp');
    await expectNoMetadata(photo);
  });

  it('lowers quality, then size, to fit the service maxBytes', async ({ annotate }) => {
    const input = await cameraJpeg(2400, 1800);
    const first = await prepare(input);
    const maxBytes = Math.round(first.blob.size * 0.6);
    const fitted = await prepare(input, { limits: { ...LIMITS, maxBytes } });
    expect(fitted.blob.size).toBeLessThanOrEqual(maxBytes);
    // Smaller than the lowest quality at full size: only a smaller picture fits.
    const lowest = await prepare(input, { quality: 0.5 });
    const smaller = Math.round(lowest.blob.size * 0.7);
    const tiny = await prepare(input, { limits: { ...LIMITS, maxBytes: smaller } });
    expect(tiny.blob.size).toBeLessThanOrEqual(smaller);
    expect(Math.max(tiny.width, tiny.height)).toBeLessThan(1600);
    expect(Math.max(tiny.width, tiny.height)).toBeGreaterThanOrEqual(640);
    await annotate(
      `q0.8 ${first.blob.size} B, q0.5 ${lowest.blob.size} B; fit ${maxBytes} B: ` +
        `${fitted.width}×${fitted.height} ${fitted.blob.size} B; fit ${smaller} B: ` +
        `${tiny.width}×${tiny.height} ${tiny.blob.size} B`,
    );
  });

  it("says 'size' when even 640 px at the lowest quality is too big", async () => {
    await expect(
      preparePhoto(await cameraJpeg(1200, 900), { limits: { ...LIMITS, maxBytes: 2000 } }),
    ).rejects.toMatchObject({ code: 'size' });
  });

  it("says 'unreadable' for a file that is not an image, whatever its declared type", async () => {
    const text = new File(['Hola, esto no es una foto.'], 'foto.jpg', { type: 'image/jpeg' });
    const error = await preparePhoto(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoError);
    expect(error).toMatchObject({ code: 'unreadable' });
    expect(checkPhoto(new File(['x'], 'notes.txt', { type: 'text/plain' }), LIMITS, 0)).toBe(
      'type',
    );
  });

  it('paints transparency white, not black', async () => {
    const canvas = new OffscreenCanvas(100, 100);
    canvas.getContext('2d')!.fillRect(0, 0, 50, 100); // left half black, right half transparent
    const png = new File([await canvas.convertToBlob({ type: 'image/png' })], 'logo.png', {
      type: 'image/png',
    });
    const photo = await prepare(png, { prefer: 'image/jpeg' });
    const [r, g, b] = await colourAt(photo.blob, 90, 50);
    expect(Math.min(r!, g!, b!)).toBeGreaterThan(240);
  });

  it('works without createImageBitmap and OffscreenCanvas (<img> and <canvas>), orientation too', async () => {
    const input = await cameraJpeg(4000, 3000, 6);
    vi.stubGlobal('createImageBitmap', undefined);
    vi.stubGlobal('OffscreenCanvas', undefined);
    const photo = await prepare(input);
    vi.unstubAllGlobals();
    expect([photo.width, photo.height]).toEqual([1200, 1600]);
    expect(isRed(await colourAt(photo.blob, photo.width - 10, 10))).toBe(true);
    await expectNoMetadata(photo);
  });

  it('falls back to JPEG where the browser cannot encode WebP', async () => {
    const input = await cameraJpeg(1000, 750);
    const original = OffscreenCanvas.prototype.convertToBlob;
    // What such a browser does: ignore the type and return PNG.
    const spy = vi.spyOn(OffscreenCanvas.prototype, 'convertToBlob').mockImplementation(function (
      this: OffscreenCanvas,
      options,
    ) {
      return original.call(this, options?.type === 'image/webp' ? { type: 'image/png' } : options);
    });
    const photo = await prepare(input, { limits: { ...LIMITS, maxBytes: 60_000 } });
    expect(photo.type).toBe('image/jpeg');
    expect(photo.blob.size).toBeLessThanOrEqual(60_000);
    // WebP is tried once, not again at every quality step.
    const webpCalls = spy.mock.calls.filter(([o]) => o?.type === 'image/webp');
    expect(webpCalls.length).toBe(1);
  });
});

describe('thumbnails', () => {
  it('is a small data: JPEG, kept as it is by restorePhoto (no blob: URL for a strict CSP)', async () => {
    const photo = await preparePhoto(await cameraJpeg(4000, 3000));
    prepared.push(photo);
    expect(photo.thumbnailUrl).toMatch(/^data:image\/jpeg;base64,/);
    const thumb = await createImageBitmap(await (await fetch(photo.thumbnailUrl)).blob());
    expect([thumb.width, thumb.height]).toEqual([240, 180]);
    expect(photo.thumbnailUrl.length).toBeLessThan(30_000);
    const restored = restorePhoto(photo);
    expect(restored.thumbnailUrl).toBe(photo.thumbnailUrl);
    expect(restored).toMatchObject({ id: photo.id, type: photo.type, width: 1600 });
  });

  it('gives a photo from an older draft, saved without a thumbnail, an object URL', async () => {
    const photo = await preparePhoto(await cameraJpeg(400, 300));
    const { thumbnailUrl: _none, ...stored } = photo;
    const restored = restorePhoto(stored);
    expect(restored.thumbnailUrl).toMatch(/^blob:/);
    expect((await (await fetch(restored.thumbnailUrl)).blob()).size).toBe(photo.blob.size);
    releasePhoto(restored);
    await expect(fetch(restored.thumbnailUrl)).rejects.toThrow();
  });
});
