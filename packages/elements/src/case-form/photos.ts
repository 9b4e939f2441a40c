import { newIdempotencyKey } from '@panama311/sdk';

/** A service's photo limits (its `AttachmentPolicy`): how many, how large once prepared, which types. */
export interface PhotoLimits {
  maxCount: number;
  maxBytes: number;
  types: readonly string[];
}

/**
 * Why a photo cannot be used: a type that is not a photo (`type`), too large even for us to
 * shrink (`size`), one too many (`count`), or not decodable by this browser (`unreadable`).
 */
export type PhotoProblem = 'type' | 'size' | 'count' | 'unreadable';

/** Thrown by `preparePhoto`; `code` is what to tell the citizen. */
export class PhotoError extends Error {
  constructor(
    readonly code: PhotoProblem,
    options?: ErrorOptions,
  ) {
    super(`Photo: ${code}`, options);
    this.name = 'PhotoError';
  }
}

/** A photo ready to upload: downscaled, re-encoded, and free of any metadata. */
export interface PreparedPhoto {
  id: string;
  blob: Blob;
  type: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /** The chosen file's size, to show what was saved. */
  originalBytes: number;
  name: string;
  /**
   * A small JPEG of the photo as a `data:` URL (a strict CSP's `img-src 'self' data:` shows
   * it, no `blob:` needed); it is kept with the draft, so it survives a reload.
   */
  thumbnailUrl: string;
}

export interface PrepareOptions {
  /** The longest side of the result, in pixels. @default 1600 */
  longEdge?: number;
  /** The first encoding quality tried, 0 to 1. @default 0.8 */
  quality?: number;
  /** The format tried first; the other is used when this browser cannot encode it. @default 'image/webp' */
  prefer?: 'image/webp' | 'image/jpeg';
  /** The service's limits: the result is one of `types` and at most `maxBytes`. */
  limits?: Pick<PhotoLimits, 'maxBytes' | 'types'>;
}

/** The largest file accepted before preparing: generous, since the result is much smaller. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/**
 * Image types worth trying to decode. Whether this browser decodes one (HEIC outside Safari)
 * is only known by trying: `preparePhoto` then throws `unreadable`.
 */
export const PHOTO_INPUT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/heic',
  'image/heif',
] as const;

/** For `<input type=file accept=…>`. */
export const PHOTO_ACCEPT = PHOTO_INPUT_TYPES.join(',');

const EXTENSIONS: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
  heif: 'image/heif',
};

const MIN_QUALITY = 0.5;
const MIN_LONG_EDGE = 640;

// Some systems give HEIC files, or files from a share sheet, no type: trust the extension then.
const inputType = (file: File) =>
  file.type.toLowerCase() || EXTENSIONS[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';

/**
 * Checks a chosen file before decoding anything: the count, the declared type, the original's
 * size against `MAX_INPUT_BYTES` (the service's `maxBytes` applies to the prepared photo).
 */
export function checkPhoto(
  file: File,
  limits: PhotoLimits,
  alreadyChosen: number,
): PhotoProblem | undefined {
  if (alreadyChosen >= limits.maxCount) return 'count';
  if (!(PHOTO_INPUT_TYPES as readonly string[]).includes(inputType(file))) return 'type';
  if (file.size > MAX_INPUT_BYTES) return 'size';
  if (file.size === 0) return 'unreadable';
  return undefined;
}

interface Decoded {
  image: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return {
        image: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        close: () => bitmap.close(),
      };
    } catch {
      // Browsers without the options, or without this format in createImageBitmap: try <img>.
    }
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  try {
    // <img> applies EXIF orientation by default (CSS image-orientation: from-image).
    await image.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw new PhotoError('unreadable', { cause: error });
  }
  const { naturalWidth: width, naturalHeight: height } = image;
  return { image, width, height, close: () => URL.revokeObjectURL(url) };
}

type Canvas = OffscreenCanvas | HTMLCanvasElement;

function draw(source: Decoded, width: number, height: number): Canvas {
  const canvases: (() => Canvas)[] = [
    () => new OffscreenCanvas(width, height),
    () => Object.assign(document.createElement('canvas'), { width, height }),
  ];
  for (const make of canvases) {
    let canvas: Canvas;
    try {
      canvas = make();
    } catch {
      continue;
    }
    const context = canvas.getContext('2d') as
      OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) continue;
    // Transparent areas would turn black in JPEG.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(source.image, 0, 0, width, height);
    return canvas;
  }
  throw new PhotoError('unreadable');
}

const encode = (canvas: Canvas, type: string, quality: number): Promise<Blob | null> =>
  'convertToBlob' in canvas
    ? canvas.convertToBlob({ type, quality })
    : new Promise((resolve) => canvas.toBlob(resolve, type, quality));

/** The long edge of a thumbnail: twice the size it is shown at, for sharp phone screens. */
const THUMBNAIL_EDGE = 240;

/** A small JPEG of the drawn photo, as a `data:` URL. */
async function thumbnailOf(canvas: Canvas): Promise<string> {
  const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(canvas.width, canvas.height));
  const width = Math.max(1, Math.round(canvas.width * scale));
  const height = Math.max(1, Math.round(canvas.height * scale));
  const small = draw({ image: canvas, width, height, close() {} }, width, height);
  try {
    const blob = await encode(small, 'image/jpeg', 0.7);
    if (!blob) throw new PhotoError('unreadable');
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(new PhotoError('unreadable', { cause: reader.error }));
      reader.readAsDataURL(blob);
    });
  } finally {
    small.width = small.height = 0;
  }
}

// Browsers that cannot encode WebP quietly return PNG: then drop WebP from `types`.
async function encodeAny(canvas: Canvas, types: PreparedPhoto['type'][], quality: number) {
  for (const type of [...types]) {
    const blob = await encode(canvas, type, quality);
    if (blob?.type === type) return { blob, type };
    types.splice(types.indexOf(type), 1);
  }
  throw new PhotoError('unreadable');
}

/** `IMG_0001.HEIC` → `IMG_0001.webp`: the name staff see, without any path. */
function outputName(name: string, type: PreparedPhoto['type']): string {
  const base =
    name
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .slice(0, 100) || 'photo';
  return `${base}.${type === 'image/webp' ? 'webp' : 'jpg'}`;
}

/**
 * Decodes a photo with its EXIF orientation applied, scales it down to `longEdge`, and
 * re-encodes it as WebP (or JPEG where WebP cannot be encoded), which drops every piece of
 * metadata: GPS position, device, time. When the result exceeds `limits.maxBytes`, the
 * quality is lowered in steps to 0.5, then the size, down to 640 px.
 *
 * @throws {PhotoError} `unreadable` when the browser cannot decode it, `size` when it cannot
 *   be made small enough, `type` when `limits.types` allows neither WebP nor JPEG.
 * @example
 * const problem = checkPhoto(file, service.attachments, photos.length);
 * if (!problem) photos.push(await preparePhoto(file, { limits: service.attachments }));
 */
export async function preparePhoto(
  file: File,
  options: PrepareOptions = {},
): Promise<PreparedPhoto> {
  const { longEdge = 1600, quality = 0.8, prefer = 'image/webp', limits } = options;
  const order: PreparedPhoto['type'][] =
    prefer === 'image/webp' ? ['image/webp', 'image/jpeg'] : ['image/jpeg', 'image/webp'];
  const types = order.filter((type) => !limits || limits.types.includes(type));
  if (!types.length) throw new PhotoError('type');
  const maxBytes = limits?.maxBytes ?? Infinity;

  const source = await decode(file);
  try {
    if (!source.width || !source.height) throw new PhotoError('unreadable');
    let edge = Math.min(longEdge, Math.max(source.width, source.height));
    for (;;) {
      const scale = edge / Math.max(source.width, source.height);
      const width = Math.max(1, Math.round(source.width * scale));
      const height = Math.max(1, Math.round(source.height * scale));
      const canvas = draw(source, width, height);
      try {
        for (let q = quality; ; q = Math.round((q - 0.1) * 10) / 10) {
          const { blob, type } = await encodeAny(canvas, types, q);
          if (blob.size <= maxBytes) {
            return {
              id: newIdempotencyKey(),
              blob,
              type,
              width,
              height,
              originalBytes: file.size,
              name: outputName(file.name, type),
              thumbnailUrl: await thumbnailOf(canvas),
            };
          }
          if (q - 0.1 < MIN_QUALITY - 1e-6) break;
        }
      } finally {
        // iOS keeps a canvas's memory until its size is zero.
        canvas.width = canvas.height = 0;
      }
      if (edge <= MIN_LONG_EDGE) throw new PhotoError('size');
      edge = Math.max(MIN_LONG_EDGE, Math.round(edge * 0.75));
    }
  } finally {
    source.close();
  }
}

/** Frees the photo's thumbnail if it is an object URL (from an older draft). */
export function releasePhoto(photo: PreparedPhoto): void {
  if (photo.thumbnailUrl.startsWith('blob:')) URL.revokeObjectURL(photo.thumbnailUrl);
}

/**
 * A photo restored from a draft: its stored thumbnail, or for a draft saved before thumbnails
 * were kept, an object URL of the photo itself.
 */
export function restorePhoto(
  stored: Omit<PreparedPhoto, 'thumbnailUrl' | 'type'> & { type: string; thumbnailUrl?: string },
): PreparedPhoto {
  return {
    ...stored,
    type: stored.type === 'image/webp' ? 'image/webp' : 'image/jpeg',
    thumbnailUrl: stored.thumbnailUrl?.startsWith('data:image/')
      ? stored.thumbnailUrl
      : URL.createObjectURL(stored.blob),
  };
}
