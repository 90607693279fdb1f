// Hand-made JPEGs for the image tests: SOI, an optional APP1 "Exif" segment with a little-endian
// TIFF structure (IFD0 → Exif IFD, GPS IFD), a minimal SOS and EOI. No real pixel data.

export interface ExifSpec {
  make?: string;
  model?: string;
  artist?: string;
  dateTimeOriginal?: string;
  bodySerial?: string;
  gps?: { lat: [number, number, number]; latRef: 'N' | 'S'; lon: [number, number, number]; lonRef: 'E' | 'W' };
}

type Entry = { tag: number; type: number; count: number; data: Buffer };

const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;

function ascii(tag: number, s: string): Entry {
  const data = Buffer.from(s + '\0', 'latin1');
  return { tag, type: ASCII, count: data.length, data };
}
function long(tag: number, n: number): Entry {
  const data = Buffer.alloc(4);
  data.writeUInt32LE(n);
  return { tag, type: LONG, count: 1, data };
}
function rationals(tag: number, values: number[]): Entry {
  const data = Buffer.alloc(8 * values.length);
  values.forEach((v, i) => {
    data.writeUInt32LE(Math.round(v * 1000), i * 8);
    data.writeUInt32LE(1000, i * 8 + 4);
  });
  return { tag, type: RATIONAL, count: values.length, data };
}

/** Serialise one IFD at `offset` (TIFF-relative); values longer than 4 bytes follow it. */
function ifd(entries: Entry[], offset: number): Buffer {
  entries.sort((a, b) => a.tag - b.tag);
  const head = 2 + entries.length * 12 + 4;
  const table = Buffer.alloc(head);
  const extra: Buffer[] = [];
  let extraAt = offset + head;
  table.writeUInt16LE(entries.length, 0);
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    table.writeUInt16LE(e.tag, at);
    table.writeUInt16LE(e.type, at + 2);
    table.writeUInt32LE(e.count, at + 4);
    if (e.data.length <= 4) e.data.copy(table, at + 8);
    else {
      table.writeUInt32LE(extraAt, at + 8);
      const padded = e.data.length % 2 ? Buffer.concat([e.data, Buffer.alloc(1)]) : e.data;
      extra.push(padded);
      extraAt += padded.length;
    }
  });
  table.writeUInt32LE(0, head - 4);
  return Buffer.concat([table, ...extra]);
}

function tiff(spec: ExifSpec): Buffer {
  const ifd0: Entry[] = [];
  if (spec.make) ifd0.push(ascii(0x010f, spec.make));
  if (spec.model) ifd0.push(ascii(0x0110, spec.model));
  if (spec.artist) ifd0.push(ascii(0x013b, spec.artist));
  const exif: Entry[] = [];
  if (spec.dateTimeOriginal) exif.push(ascii(0x9003, spec.dateTimeOriginal));
  if (spec.bodySerial) exif.push(ascii(0xa431, spec.bodySerial));
  const gps: Entry[] = [];
  if (spec.gps) {
    gps.push(ascii(0x0001, spec.gps.latRef), rationals(0x0002, spec.gps.lat), ascii(0x0003, spec.gps.lonRef), rationals(0x0004, spec.gps.lon));
  }
  // Pointers are patched in after the sizes are known: reserve the entries first.
  if (exif.length) ifd0.push(long(0x8769, 0));
  if (gps.length) ifd0.push(long(0x8825, 0));
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  let at = 8;
  const size0 = ifd(ifd0.map((e) => ({ ...e })), at).length;
  const exifAt = at + size0;
  const exifBuf = exif.length ? ifd(exif, exifAt) : Buffer.alloc(0);
  const gpsAt = exifAt + exifBuf.length;
  const gpsBuf = gps.length ? ifd(gps, gpsAt) : Buffer.alloc(0);
  for (const e of ifd0) {
    if (e.tag === 0x8769) e.data.writeUInt32LE(exifAt);
    if (e.tag === 0x8825) e.data.writeUInt32LE(gpsAt);
  }
  const ifd0Buf = ifd(ifd0, at);
  at += ifd0Buf.length;
  return Buffer.concat([header, ifd0Buf, exifBuf, gpsBuf]);
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A JPEG with the given EXIF fields, or without any APP1 segment when `spec` is null. */
export function jpeg(spec: ExifSpec | null): Buffer {
  const soi = Buffer.from([0xff, 0xd8]);
  const app1 = spec ? segment(0xffe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff(spec)])) : Buffer.alloc(0);
  // A minimal baseline frame header and scan (1×1, one component), enough for a parser to see a JPEG.
  const sof0 = segment(0xffc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
  const sos = segment(0xffda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
  const eoi = Buffer.from([0xff, 0xd9]);
  return Buffer.concat([soi, app1, sof0, sos, Buffer.from([0x00]), eoi]);
}

export const PHONE_PHOTO: ExifSpec = {
  make: 'Apple',
  model: 'iPhone 15',
  artist: 'Jane Example',
  dateTimeOriginal: '2024:11:02 10:15:30',
  bodySerial: 'SN-0042-TEST',
  gps: { lat: [40, 26, 46.3], latRef: 'N', lon: [79, 58, 56.1], lonRef: 'W' },
};

/** A JPEG whose only metadata is an XMP packet (APP1 "http://ns.adobe.com/xap/1.0/"). */
export function xmpJpeg(description: string, creator: string): Buffer {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" ${description}><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const app1 = segment(0xffe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmp, 'utf8')]));
  const sof0 = segment(0xffc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
  const sos = segment(0xffda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, sof0, sos, Buffer.from([0x00, 0xff, 0xd9])]);
}
