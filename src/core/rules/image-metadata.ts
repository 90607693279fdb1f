// Catalog J5: identifying metadata embedded in a post's local images — GPS position, capture time,
// camera or lens serial numbers, the owner's name, an embedded thumbnail. The host reads the files
// (LintOptions.imageMeta); this rule only looks the results up. A document rule on purpose: it runs
// on every lint, so a re-exported image is re-checked even when the post's text did not change.
import type { DocumentRule, SourceReport } from '../rule';
import type { Target } from '../model';
import { identifyingFields, imageFileName, NO_IMAGE_META, type ImageField, type ImageMeta } from '../images';

const STRIP =
  'Strip it before upload, keeping orientation and colour profile, e.g. `exiftool -all= -tagsfromfile @ -Orientation -ICC_Profile photo.jpg`, and link the cleaned copy.';
const NOTE =
  `Photos from phones and cameras embed where and when they were taken and which device took them. GPS places the patient (Safe Harbor item (B), 45 CFR 164.514(b)(2)(i)(B)); the capture time is a date (item (C)); serial numbers and owner names are unique identifying codes and names (items (R), (A)); a thumbnail can still show the uncropped face (item (Q)). Rule catalog J5. ${STRIP}`;
const NOTE_UNREAD =
  'Clearpost could not read this image\'s embedded metadata, so it cannot say whether GPS, capture time or serial numbers are present (45 CFR 164.514(b)(2)(i)(B), (C), (R); rule catalog J5). Check it with `exiftool photo.jpg`, or re-export it without metadata.';
const NOTE_CAMERA =
  'A camera-original file name (IMG_1234.HEIC, PXL_…, DSC…) suggests an unedited phone or camera file, which usually carries GPS, capture time and device serials (45 CFR 164.514(b)(2)(i)(B), (C), (R); rule catalog J5). Clearpost could not read this image here; upload an exported copy without metadata.';

const FIELD_WORDS: Record<ImageField, string> = {
  gps: 'GPS position (latitude/longitude)',
  captureTime: 'capture date and time',
  serial: 'camera or lens serial number',
  owner: 'owner or artist name',
  thumbnail: 'embedded thumbnail',
};

/** "a, b and c". */
function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** File names cameras and phones give originals; HEIC/HEIF/DNG are camera formats too. */
const CAMERA_NAME = /^(?:IMG_E?\d{4}|IMG_\d{8}_\d{6}|PXL_\d{8}_\d{6,9}|\d{8}_\d{6}|DSC[NF_]?\d{4,5}|_DSC\d{4}|DJI_\d{4}|P\d{7}|GOPR\d{4}|MVIMG_\d{8}_\d{6})(?:[_~ (-]\w{0,8}\)?)*\.(?:jpe?g|heic|heif|png|tiff?|dng)$|\.(?:heic|heif|dng)$/i;

export function isCameraOriginalName(fileName: string): boolean {
  return CAMERA_NAME.test(fileName);
}

function reportFor(target: Target, meta: ImageMeta | null): SourceReport | null {
  const base = { start: target.start, end: target.end, matched: target.url };
  if (meta === null) {
    if (!isCameraOriginalName(imageFileName(target.url))) return null;
    return {
      ...base,
      severity: 'information',
      note: NOTE_CAMERA,
      message: 'Unexpected camera-original image file, expected an exported copy without metadata: Clearpost could not check it for GPS, capture time or serial numbers.',
    };
  }
  if (!meta.readable) {
    return {
      ...base,
      severity: 'information',
      note: NOTE_UNREAD,
      message: `Unexpected unreadable image metadata${meta.error ? ` (${meta.error.replace(/[.\s]+$/, '')})` : ''}, expected a readable image: check it for GPS, capture time and serial numbers by hand.`,
    };
  }
  const fields = identifyingFields(meta);
  if (fields.length === 0) return null;
  const gps = fields.includes('gps');
  return {
    ...base,
    severity: gps ? 'error' : 'warning',
    message: `Unexpected ${list(fields.map((f) => FIELD_WORDS[f]))} in the image's embedded metadata, expected none: upload a copy with the metadata stripped${gps ? ' (it cannot be published while GPS is present)' : ''}.`,
  };
}

export const imageMetadata: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'image-metadata',
    category: 'phi.image',
    defaultSeverity: 'warning',
    description: 'GPS position, capture time, device serial numbers, owner names and thumbnails embedded in local images (rule catalog J5).',
    note: NOTE,
  },
  check(doc, env, report) {
    const lookup = env.imageMeta ?? NO_IMAGE_META;
    for (const t of doc.targets) {
      if (t.kind !== 'image') continue;
      const r = reportFor(t, lookup(t.url));
      if (r) report(r);
    }
  },
};
