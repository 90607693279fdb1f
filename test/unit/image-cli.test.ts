// The image rules end to end through the CLI on temp directories: lint reads local images'
// metadata (exit 1 while GPS is present), and check turns images-scrubbed into an automatic result.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, EXIT } from '../../src/cli/main';
import { jpeg, PHONE_PHOTO } from './image-jpeg';

const NOW = new Date('2026-11-24T12:00:00Z');
const ENV = { CLEARPOST_USER_NAME: 'Dr Clin Ician', CLEARPOST_USER_EMAIL: 'clin@example.org' };
const CONFIG = ['checklist:', '  requiredRoles: [clinical]', '  items:', '    - id: images', '      title: Images scrubbed', '      kind: auto', '      check: images-scrubbed', ''].join('\n');
const POST = (img: string): string => `---\ntitle: Contact dermatitis\n---\n# Contact dermatitis\n\n![Rash in the shape of a watch strap](${img})\n\nThis post is general education, not medical advice.\n`;

function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { cwd, now: NOW, env: ENV, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('image rules through the CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-image-cli-'));
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), CONFIG);
    fs.mkdirSync(path.join(dir, 'posts', 'img'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'gps.jpg'), jpeg(PHONE_PHOTO));
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'clean.jpg'), jpeg(null));
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'broken.jpg'), Buffer.from([1, 2, 3, 4]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lint exits 1 with an image-metadata error on the image while GPS is present', () => {
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST('img/gps.jpg'));
    const res = cli(['lint', '--format', 'json', 'posts/a.md'], dir);
    assert.equal(res.stderr, '');
    assert.equal(res.code, EXIT.errors);
    const findings = JSON.parse(res.stdout).files[0].findings.filter((f: { category: string }) => f.category === 'phi.image');
    assert.deepEqual(
      findings.map((f: { ruleId: string; severity: string; range: { start: { line: number; column: number }; end: { line: number; column: number } }; message: string }) => [f.ruleId, f.severity, f.range.start.line, f.range.start.column, f.range.end.column, f.message]),
      [
        [
          'image-metadata',
          'error',
          6,
          1,
          51,
          "Unexpected GPS position (latitude/longitude), capture date and time, camera or lens serial number and owner or artist name in the image's embedded metadata, expected none: upload a copy with the metadata stripped (it cannot be published while GPS is present).",
        ],
      ],
    );
    assert.doesNotMatch(res.stdout, /Jane Example|SN-0042|40\.44/);
  });

  it('lint exits 0 for a clean image', () => {
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST('img/clean.jpg'));
    const res = cli(['lint', 'posts/a.md'], dir);
    assert.deepEqual([res.code, res.stderr], [EXIT.ok, '']);
    assert.doesNotMatch(res.stdout, /image-/);
  });

  const imagesItem = (img: string) => {
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST(img));
    const res = cli(['check', '--format', 'json', 'posts/a.md'], dir);
    assert.equal(res.stderr, '');
    const item = JSON.parse(res.stdout).items[0];
    return [item.status, item.done, item.note];
  };

  it('check: images-scrubbed passes for a clean image', () => {
    assert.deepEqual(imagesItem('img/clean.jpg'), [
      'pass',
      true,
      '1 local image: no GPS, capture time, serial numbers, owner names or thumbnails in the metadata, and no identifiers in file names or alt text.',
    ]);
  });

  it('check: images-scrubbed fails naming the rule when an image carries metadata', () => {
    assert.deepEqual(imagesItem('img/gps.jpg'), [
      'fail',
      false,
      '1 open image finding: image-metadata. Strip the metadata, rename the files or fix the alt text as the findings say.',
    ]);
  });

  it('check: images-scrubbed needs a person when an image cannot be read or is missing', () => {
    const note = '1 of 1 local image could not be read (missing, corrupt or an unsupported format): Clearpost cannot check their metadata; a reviewer must check them and tick this item with a note.';
    assert.deepEqual(imagesItem('img/broken.jpg'), ['needs-person', false, note]);
    assert.deepEqual(imagesItem('img/missing.jpg'), ['needs-person', false, note]);
  });
});
