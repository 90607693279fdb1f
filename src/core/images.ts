// What a host tells the rules about a local image's embedded metadata (EXIF, XMP, IPTC). Pure data:
// the host (src/node/image-meta.ts) reads the file; rules only look the result up. Never pixels.

export interface ImageMeta {
  /** False when the file exists but its metadata could not be parsed (corrupt, unsupported). */
  readable: boolean;
  /** Why it was not readable (a library or format message, never post text). */
  error?: string;
  /** Signed decimal degrees (south and west negative). */
  gps?: { latitude: number; longitude: number };
  /** DateTimeOriginal / CreateDate / DateTime as written in the file. */
  captureTime?: string;
  /** Body and lens serial numbers, ImageUniqueID. */
  serial?: string[];
  /** OwnerName, Artist, Copyright, XMP dc:creator, IPTC By-line. */
  owner?: string[];
  /** "Make Model", e.g. "Apple iPhone 15". */
  device?: string;
  /** An embedded preview (EXIF IFD1 thumbnail): it can still show the uncropped original. */
  thumbnail?: boolean;
  /** HostComputer / Software, when the file says which computer or app wrote it. */
  software?: string;
}

/** Looks up the metadata of an image by its URL as written in the post; null = not available. */
export type ImageMetaLookup = (url: string) => ImageMeta | null;

/** The default lookup: no host, nothing known. */
export const NO_IMAGE_META: ImageMetaLookup = () => null;

/** Identifying fields present in `meta`, in a fixed order; "gps" first. Values are never included. */
export type ImageField = 'gps' | 'captureTime' | 'serial' | 'owner' | 'thumbnail';

export function identifyingFields(meta: ImageMeta): ImageField[] {
  const out: ImageField[] = [];
  if (meta.gps) out.push('gps');
  if (meta.captureTime) out.push('captureTime');
  if (meta.serial && meta.serial.length > 0) out.push('serial');
  if (meta.owner && meta.owner.length > 0) out.push('owner');
  if (meta.thumbnail) out.push('thumbnail');
  return out;
}

/** True for a path into the post's own folder tree (not a URL, protocol-relative, data: or fragment link). */
export function isLocalImageUrl(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');
}

/** The path an image URL names: query and fragment dropped, %-decoded when valid. */
export function imagePath(url: string): string {
  let p = url.replace(/[?#].*$/, '');
  try {
    p = decodeURI(p);
  } catch {
    /* keep it as written */
  }
  return p;
}

/** The file name part of an image URL (after the last "/"), decoded; '' for data: URLs. */
export function imageFileName(url: string): string {
  if (/^data:/i.test(url)) return '';
  const p = imagePath(url);
  const slash = p.lastIndexOf('/');
  return p.slice(slash + 1);
}
