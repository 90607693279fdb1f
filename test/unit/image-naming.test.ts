// image-naming: identifiers in image file names (Markdown and HTML), in HTML alt text (the
// identifier rules' own findings and fixes, mapped into the attribute), and room numbers in alt text.
import assert from 'node:assert/strict';
import { lint, applyFixes, type Finding } from '../../src/core/index';
import { fileNameHits } from '../../src/core/rules/image-naming';

const NOW = new Date('2026-11-24T12:00:00Z');
const naming = (text: string): Finding[] => lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'image-naming');
const at = (text: string, f: Finding): string => text.slice(f.range.start.offset, f.range.end.offset);

describe('image-naming', () => {
  it('classifies file names', () => {
    const table: [string, string[]][] = [
      ['mendez_r_ankle_2024-11-02.jpg', ['name', 'date']],
      ['R_Mendez_hand.jpg', ['name']],
      ['john_smith.png', ['name']],
      ['mr-mendez-rash.jpg', ['name']],
      ['patient_garcia.jpg', ['name']],
      ['IMG_20241102_101530.jpg', ['date']],
      ['12-03-2024-scan.jpg', ['date']],
      ['mrn_00482917_knee.jpg', ['record']],
      ['room-412-wound.jpg', ['room']],
      ['ankle-fracture-xray-1.jpg', []],
      ['xray_r_ankle.jpg', []],
      ['knee_l_mri.png', []],
      ['chest-ct-2019.png', []],
      ['rash-day-3.jpg', []],
      ['dr-smith-headshot.jpg', []],
      ['IMG_1234.HEIC', []],
      ['mark-lesion.jpg', []],
    ];
    assert.deepEqual(
      table.map(([name]) => [name, fileNameHits(name)]),
      table,
    );
  });

  it('reports an identifying file name on the image node, with no edit (renaming is not a text edit)', () => {
    const text = "![Lateral ankle X-ray showing a fracture](img/mendez_r_ankle_2024-11-02.jpg)\n";
    const [f, ...rest] = naming(text);
    assert.deepEqual(rest, []);
    assert.deepEqual(
      { ruleId: f.ruleId, category: f.category, severity: f.severity, at: at(text, f), message: f.message, fixes: f.fixes },
      {
        ruleId: 'image-naming',
        category: 'phi.image',
        severity: 'error',
        at: text.trimEnd(),
        message: 'Unexpected person\'s name and date in the image\'s file name, expected a name that says what it shows: rename the file (e.g. "ankle-fracture-xray-1.jpg") and update the link.',
        fixes: [],
      },
    );
  });

  it('checks HTML <img> src and alt, with the identifier rules\' fixes inside the attribute', () => {
    const text = '<img src="photos/patient_garcia.jpg" alt="Mrs. Garcia at discharge on March 3, 2024">\n';
    const found = naming(text);
    assert.deepEqual(
      found.map((f) => [f.severity, at(text, f), f.message]),
      [
        ['error', text.trimEnd(), 'Unexpected person\'s name in the image\'s file name, expected a name that says what it shows: rename the file (e.g. "ankle-fracture-xray-1.jpg") and update the link.'],
        ['error', 'Garcia', 'Unexpected person\'s name in an image\'s alt text, expected a description of the finding only.'],
        ['error', 'March 3, 2024', 'Unexpected date in an image\'s alt text, expected a description of the finding only.'],
      ],
    );
    const fixed = applyFixes(text, found.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []))).text;
    assert.equal(fixed, '<img src="photos/patient_garcia.jpg" alt="The patient at discharge in 2024">\n');
    assert.deepEqual(naming(fixed).map((f) => f.fixes.length), [0]);
  });

  it('reports the whole alt when it is written with entities (no fix: offsets would not map)', () => {
    const text = '<img src="a.png" alt="Mrs. Garcia &amp; her rash">\n';
    const [f] = naming(text);
    assert.deepEqual([at(text, f), f.fixes], ['Mrs. Garcia &amp; her rash', []]);
  });

  it('leaves Markdown alt text to the identifier rules, except room and bed numbers', () => {
    const text = '![Mr. Mendez\'s pressure ulcer, room 412](img/ulcer.jpg "Bed 3")\n';
    const found = lint(text, { now: NOW }).findings.filter((f) => f.category === 'phi.image' || f.ruleId === 'person-name');
    assert.deepEqual(
      found.map((f) => [f.ruleId, at(text, f), f.message]),
      [
        ['person-name', 'Mendez', 'Unexpected personal name, expected a role such as “the patient”.'],
        ['image-naming', 'room 412', 'Unexpected room or bed number in an image\'s alt text, expected none.'],
        ['image-naming', 'Bed 3', 'Unexpected room or bed number in an image\'s title, expected none.'],
      ],
    );
    const fixed = applyFixes(text, found.filter((f) => f.ruleId === 'image-naming').map((f) => f.fixes[0])).text;
    assert.equal(fixed, '![Mr. Mendez\'s pressure ulcer](img/ulcer.jpg "")\n');
  });

  it('stays quiet on descriptive names and alt text, and on images in comments', () => {
    const text = [
      '![Lateral ankle X-ray showing a fracture of the distal fibula](img/ankle-fracture-xray-1.jpg)',
      '',
      '<img src="img/knee_l_mri.png" alt="Sagittal knee MRI">',
      '',
      '<!-- <img src="img/john_smith.jpg"> -->',
      '',
    ].join('\n');
    assert.deepEqual(naming(text), []);
  });
});
