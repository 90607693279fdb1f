// image-metadata: findings from the host's metadata lookup (a stub here: the rule is pure), exact
// messages, severities and ranges; nothing for clean images or when no metadata is available.
import assert from 'node:assert/strict';
import { lint, LintSession, parseConfig, type Finding } from '../../src/core/index';
import type { ImageMeta } from '../../src/core/images';
import { isCameraOriginalName } from '../../src/core/rules/image-metadata';
import { CHECKS } from '../../src/core/checklist/checks';

const NOW = new Date('2026-11-24T12:00:00Z');
const GPS: ImageMeta = { readable: true, gps: { latitude: 40.4, longitude: -79.9 }, captureTime: '2024:11:02 10:15:30', serial: ['X1'], owner: ['Jane Example'], device: 'Apple iPhone 15' };

function findings(text: string, table: Record<string, ImageMeta>): Finding[] {
  return lint(text, { now: NOW, imageMeta: (url) => table[url] ?? null }).findings.filter((f) => f.ruleId === 'image-metadata');
}

const at = (text: string, f: Finding): string => text.slice(f.range.start.offset, f.range.end.offset);

describe('image-metadata', () => {
  it('reports GPS as an error on the image node, naming every identifying field and no value', () => {
    const text = 'Before the cast:\n\n![Swollen ankle](img/ankle.jpg "Day one")\n';
    const [f, ...rest] = findings(text, { 'img/ankle.jpg': GPS });
    assert.deepEqual(rest, []);
    assert.deepEqual(
      { ruleId: f.ruleId, category: f.category, severity: f.severity, at: at(text, f), start: f.range.start, fixes: f.fixes },
      { ruleId: 'image-metadata', category: 'phi.image', severity: 'error', at: '![Swollen ankle](img/ankle.jpg "Day one")', start: { line: 3, column: 1, offset: 18 }, fixes: [] },
    );
    assert.equal(
      f.message,
      "Unexpected GPS position (latitude/longitude), capture date and time, camera or lens serial number and owner or artist name in the image's embedded metadata, expected none: upload a copy with the metadata stripped (it cannot be published while GPS is present).",
    );
    assert.match(f.note ?? '', /exiftool -all= -tagsfromfile @ -Orientation -ICC_Profile photo\.jpg/);
    assert.match(f.note ?? '', /164\.514\(b\)\(2\)\(i\)\(B\)/);
    for (const secret of ['Jane', '40.4', 'X1', 'iPhone']) assert.ok(!f.message.includes(secret) && !(f.note ?? '').includes(secret), secret);
  });

  it('reports capture time, serial, owner or a thumbnail without GPS as a warning', () => {
    const text = '![x](a.jpg)\n\n![y](b.jpg)\n';
    const found = findings(text, { 'a.jpg': { readable: true, captureTime: '2024:11:02 10:15:30' }, 'b.jpg': { readable: true, thumbnail: true, owner: ['O'] } });
    assert.deepEqual(
      found.map((f) => [f.severity, at(text, f), f.message]),
      [
        ['warning', '![x](a.jpg)', "Unexpected capture date and time in the image's embedded metadata, expected none: upload a copy with the metadata stripped."],
        ['warning', '![y](b.jpg)', "Unexpected owner or artist name and embedded thumbnail in the image's embedded metadata, expected none: upload a copy with the metadata stripped."],
      ],
    );
  });

  it('finds nothing for a clean image, a device name alone, or when no metadata is available', () => {
    const text = '![x](a.jpg)\n\n![y](b.jpg)\n\n![z](c.jpg)\n\n![remote](https://example.org/d.jpg)\n';
    assert.deepEqual(findings(text, { 'a.jpg': { readable: true }, 'b.jpg': { readable: true, device: 'Canon EOS R6', software: 'GIMP' } }), []);
    assert.deepEqual(lint(text, { now: NOW }).findings.filter((f) => f.category === 'phi.image'), []);
  });

  it('says when an image could not be read, with the reason, as information', () => {
    const text = '<img src="img/scan.png" alt="Scan">\n';
    const [f] = findings(text, { 'img/scan.png': { readable: false, error: 'Invalid image format' } });
    assert.deepEqual(
      [f.severity, at(text, f), f.message],
      ['information', '<img src="img/scan.png" alt="Scan">', 'Unexpected unreadable image metadata (Invalid image format), expected a readable image: check it for GPS, capture time and serial numbers by hand.'],
    );
  });

  it('hints at camera-original file names whose metadata is not available (remote, missing, no host)', () => {
    const text = '![a](https://cdn.example.org/IMG_4821.HEIC)\n\n![b](photos/PXL_20241102_101530123.jpg)\n\n![c](img/ankle-xray.jpg)\n';
    assert.deepEqual(
      findings(text, {}).map((f) => [f.severity, at(text, f), f.message]),
      [
        ['information', '![a](https://cdn.example.org/IMG_4821.HEIC)', 'Unexpected camera-original image file, expected an exported copy without metadata: Clearpost could not check it for GPS, capture time or serial numbers.'],
        ['information', '![b](photos/PXL_20241102_101530123.jpg)', 'Unexpected camera-original image file, expected an exported copy without metadata: Clearpost could not check it for GPS, capture time or serial numbers.'],
      ],
    );
    assert.deepEqual(
      ['IMG_1234.JPG', 'IMG_20241102_101530.jpg', 'DSC01234.JPG', '20241102_101530.jpg', 'scan.heic', 'IMG_1234 (1).jpg', 'ankle.jpg', 'IMG_12.jpg', 'figure-1.png'].map(isCameraOriginalName),
      [true, true, true, true, true, true, false, false, false],
    );
  });

  it('re-checks on every lint of a session, so a stripped image clears without a text change elsewhere', () => {
    const table: Record<string, ImageMeta> = { 'a.jpg': GPS };
    const session = new LintSession({ now: NOW, imageMeta: (u) => table[u] ?? null });
    const text = 'Intro.\n\n![x](a.jpg)\n';
    assert.equal(session.lint(text).findings.filter((f) => f.ruleId === 'image-metadata').length, 1);
    table['a.jpg'] = { readable: true };
    // A small edit elsewhere takes the incremental path; the document rule still runs.
    assert.deepEqual(session.lint('Intro!\n\n![x](a.jpg)\n').findings.filter((f) => f.ruleId === 'image-metadata'), []);
    assert.equal(session.lastMode, 'incremental');
  });

  it('can be turned off or re-graded per rule like any other', () => {
    const text = '![x](a.jpg)\n';
    const meta = (u: string) => (u === 'a.jpg' ? GPS : null);
    const config = parseConfig('rules:\n  image-metadata: warning\n').config;
    assert.equal(lint(text, { now: NOW, imageMeta: meta, config }).findings.find((f) => f.ruleId === 'image-metadata')?.severity, 'warning');
  });

  it('drives the images-scrubbed check: fail on image-metadata/image-naming, not on patient-photo; needs-person when unread', () => {
    const text = 'Here is her photo.\n\n![x](a.jpg)\n';
    const all = lint(text, { now: NOW, imageMeta: (u) => (u === 'a.jpg' ? GPS : null) }).findings;
    const ctx = { prose: text, images: ['a.jpg'], imagesChecked: ['a.jpg'] };
    assert.deepEqual(CHECKS['images-scrubbed']({ ...ctx, findings: all }), {
      status: 'fail',
      note: '1 open image finding: image-metadata. Strip the metadata, rename the files or fix the alt text as the findings say.',
    });
    const others = all.filter((f) => f.ruleId !== 'image-metadata');
    assert.deepEqual(others.map((f) => f.ruleId).filter((id) => id.startsWith('patient')), ['patient-photo']);
    assert.equal(CHECKS['images-scrubbed']({ ...ctx, findings: others }).status, 'pass');
    assert.equal(CHECKS['images-scrubbed']({ ...ctx, imagesChecked: [], findings: others }).status, 'needs-person');
  });
});
