// Reads the embedded metadata (EXIF, XMP, IPTC) of a post's local images for the image rules.
// Node only (never 'vscode'); the CLI and the editor pass the returned lookup to lint(). Synchronous
// because lint is: ExifReader parses a Buffer synchronously. Results are cached by absolute path,
// mtime and size, so a re-lint on every keystroke costs one stat per image.
import fs from 'node:fs';
import path from 'node:path';
import ExifReader from 'exifreader';
import { imagePath, isLocalImageUrl, type ImageMeta, type ImageMetaLookup } from '../core/images';
import { resolveLocal } from './post-files';

export type { ImageMeta, ImageMetaLookup } from '../core/images';

/** Files larger than this are not read (not a photo a blog post embeds); reported as unreadable. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  mtimeMs: number;
  size: number;
  meta: ImageMeta;
}

/** Metadata per absolute path; share one per host (the editor keeps one for its lifetime). */
export class ImageMetaCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly capacity = 512) {}

  /** The file's metadata, re-read only when its mtime or size changed; null when it is not a file. */
  get(abs: string): ImageMeta | null {
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      this.entries.delete(abs);
      return null;
    }
    if (!st.isFile()) return null;
    const hit = this.entries.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.meta;
    const meta = st.size > MAX_BYTES ? { readable: false, error: `file larger than ${MAX_BYTES / 1024 / 1024} MiB` } : readFileMeta(abs);
    this.entries.delete(abs);
    this.entries.set(abs, { mtimeMs: st.mtimeMs, size: st.size, meta });
    // Drop the oldest entries (Map keeps insertion order; a re-read re-inserts at the end).
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return meta;
  }

  /** True when a cached file's mtime or size changed, or it appeared or went away (one stat each). */
  stale(): boolean {
    for (const [abs, e] of this.entries) {
      try {
        const st = fs.statSync(abs);
        if (st.mtimeMs !== e.mtimeMs || st.size !== e.size) return true;
      } catch {
        return true;
      }
    }
    return false;
  }

  /** Absolute paths looked up so far (most recent last): the images open posts reference. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * A lookup for the images of `postFile`: relative URLs resolve against the post's folder, "/…"
 * against `root` (the workspace: config folder or cwd). Remote, data: and missing files give null.
 */
export function createImageMetaReader(postFile: string, root: string, cache: ImageMetaCache = new ImageMetaCache()): ImageMetaLookup {
  const postDir = path.dirname(postFile);
  return (url) => {
    if (!isLocalImageUrl(url)) return null;
    const p = imagePath(url);
    if (!p) return null;
    return cache.get(resolveLocal(postDir, root, p));
  };
}

/** Read and parse one file; never throws. */
export function readFileMeta(abs: string): ImageMeta {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(abs);
  } catch (e) {
    return { readable: false, error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return parseImageMeta(buf);
}

type Tag = { description?: unknown; value?: unknown } | undefined;
type Group = Record<string, Tag> | undefined;

function text(tag: Tag): string | undefined {
  if (!tag) return undefined;
  const d = tag.description ?? tag.value;
  const s = Array.isArray(d) ? d.map((x) => (typeof x === 'object' && x && 'description' in x ? String((x as { description: unknown }).description) : String(x))).join(', ') : d === undefined || d === null ? '' : String(d);
  // Strip NULs and blanks that cameras pad fields with.
  const t = s.replace(/\u0000/g, '').trim();
  return t === '' ? undefined : t;
}

function firstText(groups: Group[], names: readonly string[]): string | undefined {
  for (const g of groups) {
    if (!g) continue;
    for (const n of names) {
      const t = text(g[n]);
      if (t) return t;
    }
  }
  return undefined;
}

function allTexts(groups: Group[], names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const g of groups) {
    if (!g) continue;
    for (const n of names) {
      const t = text(g[n]);
      if (t) out.add(t);
    }
  }
  return [...out];
}

function finite(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** Metadata of an image held in memory; never throws, never keeps pixel data. */
export function parseImageMeta(data: Uint8Array): ImageMeta {
  let tags: Record<string, unknown>;
  try {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    tags = ExifReader.load(buf, { expanded: true, includeUnknown: false }) as unknown as Record<string, unknown>;
  } catch (e) {
    // A valid image that simply has no metadata block is clean, not unreadable.
    if ((e as Error).name === 'MetadataMissingError') return { readable: true };
    return { readable: false, error: oneLine((e as Error).message || String(e)) };
  }
  const exif = tags.exif as Group;
  const xmp = tags.xmp as Group;
  const iptc = tags.iptc as Group;
  const groups = [exif, xmp, iptc];
  const meta: ImageMeta = { readable: true };

  const gps = tags.gps as { Latitude?: unknown; Longitude?: unknown } | undefined;
  const lat = finite(gps?.Latitude);
  const lon = finite(gps?.Longitude);
  if (lat !== undefined && lon !== undefined) meta.gps = { latitude: lat, longitude: lon };
  else if (firstText([exif, xmp], ['GPSLatitude', 'GPSLongitude'])) {
    // XMP writes "40,26.77N"; anything else still counts as a position, with NaN for what is unknown.
    meta.gps = { latitude: xmpCoordinate(firstText([xmp], ['GPSLatitude'])), longitude: xmpCoordinate(firstText([xmp], ['GPSLongitude'])) };
  }

  const when = firstText(groups, ['DateTimeOriginal', 'DateTimeDigitized', 'CreateDate', 'DateCreated', 'Date Created', 'DateTime']);
  if (when) meta.captureTime = when;
  const serial = allTexts([exif, xmp], ['BodySerialNumber', 'CameraSerialNumber', 'SerialNumber', 'LensSerialNumber', 'ImageUniqueID', 'InternalSerialNumber']);
  if (serial.length) meta.serial = serial;
  const owner = allTexts(groups, ['CameraOwnerName', 'OwnerName', 'Artist', 'Copyright', 'creator', 'By-line', 'Copyright Notice', 'rights']);
  if (owner.length) meta.owner = owner;
  const device = [firstText([exif], ['Make']), firstText([exif], ['Model'])].filter(Boolean).join(' ');
  if (device) meta.device = device;
  if (tags.Thumbnail) meta.thumbnail = true;
  const software = [firstText([exif, xmp], ['HostComputer']), firstText([exif, xmp], ['Software', 'CreatorTool'])].filter(Boolean).join('; ');
  if (software) meta.software = software;
  return meta;
}

/** XMP GPSCoordinate ("DDD,MM,SSk", "DDD,MM.mmk", or ExifReader's "DD.dddk") to signed degrees; NaN when it is not one. */
function xmpCoordinate(s: string | undefined): number {
  const t = s?.trim() ?? '';
  const d = /^(\d{1,3}(?:\.\d+)?)([NSEW])$/i.exec(t);
  if (d) return /[SW]/i.test(d[2]) ? -d[1] : +d[1];
  const m = /^(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])$/i.exec(t);
  if (!m) return NaN;
  const v = +m[1] + +m[2] / 60 + (m[3] ? +m[3] / 3600 : 0);
  return /[SW]/i.test(m[4]) ? -v : v;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}
