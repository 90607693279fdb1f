// The Node reader of image metadata (src/node/image-meta.ts): fields found in hand-made JPEGs,
// path resolution like the content hash's image reader, null for what is not a local file, and a
// cache that re-reads only when a file's mtime or size changes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createImageMetaReader, ImageMetaCache, parseImageMeta } from '../../src/node/image-meta';
import { jpeg, PHONE_PHOTO, xmpJpeg } from './image-jpeg';

const GPS_META = {
  readable: true,
  gps: { latitude: 40 + 26 / 60 + 46.3 / 3600, longitude: -(79 + 58 / 60 + 56.1 / 3600) },
  captureTime: '2024:11:02 10:15:30',
  serial: ['SN-0042-TEST'],
  owner: ['Jane Example'],
  device: 'Apple iPhone 15',
};

function near(actual: unknown, expected: typeof GPS_META): void {
  const a = actual as typeof GPS_META;
  assert.ok(a && a.gps, 'has gps');
  assert.ok(Math.abs(a.gps.latitude - expected.gps.latitude) < 1e-6 && Math.abs(a.gps.longitude - expected.gps.longitude) < 1e-6, JSON.stringify(a.gps));
  assert.deepEqual({ ...a, gps: expected.gps }, expected);
}

describe('image metadata reader', () => {
  let dir: string;
  let post: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-image-meta-'));
    fs.mkdirSync(path.join(dir, 'posts', 'img'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'static'));
    post = path.join(dir, 'posts', 'a.md');
    fs.writeFileSync(post, '# A\n');
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'gps.jpg'), jpeg(PHONE_PHOTO));
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'clean.jpg'), jpeg(null));
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'corrupt.jpg'), Buffer.from([1, 2, 3, 4]));
    fs.writeFileSync(path.join(dir, 'static', 'my photo.jpg'), jpeg({ make: 'Canon', model: 'EOS R6', dateTimeOriginal: '2023:01:05 08:00:00' }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds GPS, capture time, serial, owner and device in EXIF', () => {
    near(createImageMetaReader(post, dir)('img/gps.jpg'), GPS_META);
  });

  it('reports an image without metadata as readable and clean, and a corrupt one as unreadable with the reason', () => {
    const read = createImageMetaReader(post, dir);
    assert.deepEqual(read('img/clean.jpg'), { readable: true });
    assert.deepEqual(read('img/corrupt.jpg'), { readable: false, error: 'Invalid image format' });
  });

  it('resolves "/…" against the root, ./ and ../ against the post, and decodes %20; drops query and fragment', () => {
    const read = createImageMetaReader(post, dir);
    const canon = { readable: true, captureTime: '2023:01:05 08:00:00', device: 'Canon EOS R6' };
    assert.deepEqual(read('/static/my%20photo.jpg'), canon);
    assert.deepEqual(read('../static/my photo.jpg?v=2#top'), canon);
    near(read('./img/gps.jpg'), GPS_META);
  });

  it('gives null for remote, protocol-relative, data:, fragment, missing and non-file targets', () => {
    const read = createImageMetaReader(post, dir);
    for (const url of ['https://example.org/img/gps.jpg', '//cdn.example.org/a.jpg', 'data:image/jpeg;base64,/9j/', '#fig', '', 'img/missing.jpg', 'img']) {
      assert.equal(read(url), null, url);
    }
  });

  it('caches by path, mtime and size: unchanged files are not re-read; a changed file is', () => {
    const cache = new ImageMetaCache();
    const read = createImageMetaReader(post, dir, cache);
    const file = path.join(dir, 'posts', 'img', 'gps.jpg');
    // Whole seconds, so setting the same time again gives the same mtimeMs.
    fs.utimesSync(file, 1700000000, 1700000000);
    const first = read('img/gps.jpg');
    assert.equal(createImageMetaReader(path.join(dir, 'posts', 'b.md'), dir, cache)('img/gps.jpg'), first, 'same object from the cache');
    // Same size and mtime: the cache answers, even though the bytes differ (one stat, no read).
    const same = jpeg(PHONE_PHOTO);
    same[same.length - 3] = 0x01;
    fs.writeFileSync(file, same);
    fs.utimesSync(file, 1700000000, 1700000000);
    assert.equal(read('img/gps.jpg'), first);
    // A stripped copy (new size): re-read.
    fs.writeFileSync(file, jpeg(null));
    assert.deepEqual(read('img/gps.jpg'), { readable: true });
    // Same size, new mtime: re-read.
    fs.writeFileSync(file, jpeg({ artist: 'Owner Name' }));
    const sized = fs.statSync(file).size;
    fs.writeFileSync(file, Buffer.concat([jpeg({ artist: 'Other Name' })]).subarray(0, sized));
    fs.utimesSync(file, 1700000100, 1700000100);
    assert.deepEqual(read('img/gps.jpg'), { readable: true, owner: ['Other Name'] });
    // Deleted: null.
    fs.rmSync(file);
    assert.equal(read('img/gps.jpg'), null);
  });

  it('says when a referenced image changed since it was read (the editor polls this), and lists what it read', () => {
    const cache = new ImageMetaCache();
    const read = createImageMetaReader(post, dir, cache);
    const file = path.join(dir, 'posts', 'img', 'gps.jpg');
    assert.equal(cache.stale(), false, 'empty cache');
    read('img/gps.jpg');
    read('img/clean.jpg');
    assert.deepEqual(cache.paths(), [file, path.join(dir, 'posts', 'img', 'clean.jpg')]);
    assert.equal(cache.stale(), false, 'nothing changed');
    fs.writeFileSync(file, jpeg(null));
    assert.equal(cache.stale(), true, 'scrubbed on disk');
    read('img/gps.jpg');
    assert.equal(cache.stale(), false, 'read again');
    fs.rmSync(file);
    assert.equal(cache.stale(), true, 'deleted');
  });

  it('finds GPS, capture time, serial and creator in XMP', () => {
    const meta = parseImageMeta(xmpJpeg('exif:GPSLatitude="40,26.77N" exif:GPSLongitude="79,58.935W" exif:DateTimeOriginal="2024-11-02T10:15:30" aux:SerialNumber="XMP-SN-9"', 'Jane Example'));
    assert.ok(Math.abs((meta.gps?.latitude ?? 0) - (40 + 26.77 / 60)) < 1e-9 && Math.abs((meta.gps?.longitude ?? 0) + (79 + 58.935 / 60)) < 1e-9, JSON.stringify(meta.gps));
    assert.deepEqual({ ...meta, gps: undefined }, { readable: true, gps: undefined, captureTime: '2024-11-02T10:15:30', serial: ['XMP-SN-9'], owner: ['Jane Example'] });
  });

  it('never throws on arbitrary bytes', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from([0xff, 0xd8]), Buffer.from('GIF89a'), Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0x45])]) {
      const meta = parseImageMeta(bytes);
      assert.equal(typeof meta.readable, 'boolean');
    }
  });
});
