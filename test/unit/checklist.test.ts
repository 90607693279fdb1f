// The checklist model: templates from .clearpost.yml, every item kind, the built-in auto checks,
// and front matter written back byte for byte outside the clearpost block.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, parseConfig } from '../../src/core/index';
import {
  ChecklistError,
  DEFAULT_ITEMS,
  evaluate,
  postFacts,
  readFrontMatter,
  readState,
  resolveTemplate,
  splitPost,
  tick,
  untick,
  withoutState,
  writeState,
  type ChecklistTemplate,
  type PostState,
} from '../../src/core/checklist/index';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'checklist');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const NO_IMAGES = (): null => null;
const REVIEWER = { name: 'Rev Iewer', email: 'rev@example.org' };
const T = '2026-11-24T12:00:00Z';

const TEMPLATE: ChecklistTemplate = resolveTemplate({
  requiredRoles: ['clinical'],
  items: [
    { id: 'no-errors', title: 'No open errors', kind: 'auto', check: 'no-error-findings' },
    { id: 'stigma', title: 'No stigmatising language', kind: 'assisted', categories: ['language.stigma'] },
    { id: 'auth', title: 'Authorization on file', kind: 'manual', prompt: 'authorization id and scope' },
    { id: 'images', title: 'Images scrubbed', kind: 'auto', check: 'images-scrubbed' },
  ],
});

function facts(text: string, template = TEMPLATE, readImage: (p: string) => Uint8Array | null = NO_IMAGES) {
  return postFacts(text, template, lint(text, { now: new Date(T) }).findings, readImage);
}

describe('checklist templates', () => {
  it('uses the default checklist drawn from §N when none is configured', () => {
    const t = resolveTemplate(undefined);
    assert.deepEqual(t.requiredRoles, ['clinical', 'compliance']);
    assert.equal(t.authorMayNotSign, true);
    assert.deepEqual(t.authorFields, { name: 'author', email: 'author_email' });
    assert.equal(t.items.length, 19);
    assert.deepEqual(
      t.items.filter((i) => i.kind === 'auto').map((i) => [i.id, i.check]),
      [
        ['no-blocking-findings', 'no-error-findings'],
        ['no-identifier-patterns', 'no-phi-findings'],
        ['images-scrubbed', 'images-scrubbed'],
        ['emergency-resources', 'emergency-resources'],
        ['educational-disclaimer', 'educational-disclaimer'],
      ],
    );
    assert.deepEqual(t.items.filter((i) => i.kind === 'manual').map((i) => i.id), ['actual-knowledge', 'authorization', 'disclosures', 'author-credentials']);
    assert.equal(new Set(DEFAULT_ITEMS.map((i) => i.id)).size, DEFAULT_ITEMS.length);
  });

  it('reads the checklist key of .clearpost.yml', () => {
    const text = [
      'checklist:',
      '  requiredRoles: [clinical, compliance, legal]',
      '  authorMayNotSign: false',
      '  authorFields: {name: byline}',
      '  items:',
      '    - id: disclaimer',
      '      title: Disclaimer present',
      '      kind: auto',
      '      check: educational-disclaimer',
      '    - id: consent',
      '      title: Consent on file',
      '      kind: manual',
      '      prompt: consent form id',
      '',
    ].join('\n');
    const { config, problems } = parseConfig(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(resolveTemplate(config.checklist), {
      items: [
        { id: 'disclaimer', title: 'Disclaimer present', kind: 'auto', check: 'educational-disclaimer' },
        { id: 'consent', title: 'Consent on file', kind: 'manual', prompt: 'consent form id' },
      ],
      requiredRoles: ['clinical', 'compliance', 'legal'],
      authorMayNotSign: false,
      authorFields: { name: 'byline', email: 'author_email' },
    });
  });

  it('reports invalid checklist configuration at its position', () => {
    const text = [
      'checklist:',
      '  items:',
      '    - id: a',
      '      title: A',
      '      kind: auto',
      '    - id: b',
      '      title: B',
      '      kind: sometimes',
      '    - id: a',
      '      title: Again',
      '      kind: manual',
      '  requiredRoles: [Clinical Lead]',
      '  colour: red',
      '',
    ].join('\n');
    const { config, problems } = parseConfig(text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.message]),
      [
        [3, 7, 'Missing key "check" under "checklist.items.0".'],
        [8, 13, 'Unexpected value at "checklist.items.1.kind", expected one of auto, assisted, manual.'],
        [9, 11, 'Duplicate checklist item id "a"; ids must be unique.'],
        [12, 19, 'Unexpected value at "checklist.requiredRoles.0", expected a kebab-case id such as "clinical" or "no-phi".'],
        [13, 3, 'Unexpected key "colour" under "checklist".'],
      ],
    );
    assert.deepEqual(config.checklist, {});
  });
});

describe('checklist items', () => {
  const POST = '---\ntitle: Hand washing\n---\nWash your hands. General education, not medical advice.\n';

  it('evaluates every kind: auto computed, assisted pre-filled, manual open', () => {
    const status = evaluate(facts(POST));
    assert.deepEqual(status.items, [
      { id: 'no-errors', title: 'No open errors', kind: 'auto', done: true, note: 'No open error findings.', status: 'pass', by: null, time: null },
      {
        id: 'stigma',
        title: 'No stigmatising language',
        kind: 'assisted',
        done: false,
        note: 'Clearpost found nothing in language.stigma; confirm and tick.',
        status: 'open',
        by: null,
        time: null,
      },
      { id: 'auth', title: 'Authorization on file', kind: 'manual', done: false, note: 'Needs a tick with a note: authorization id and scope.', status: 'open', by: null, time: null },
      { id: 'images', title: 'Images scrubbed', kind: 'auto', done: true, note: 'No local images.', status: 'pass', by: null, time: null },
    ]);
    assert.deepEqual(status.blocking, ['item stigma is not done', 'item auth is not done', 'no clinical sign-off']);
    assert.equal(status.cleared, false);
  });

  it('pre-fills an assisted item with what the linter found', () => {
    const text = 'The addict came back. General education, not medical advice.\n';
    const item = evaluate(facts(text)).items[1];
    assert.equal(item.note, 'Clearpost found: stigma-terms; review and tick.');
    assert.equal(item.done, false);
  });

  it('ticks an assisted item with or without a note, and a manual item only with a note', () => {
    const f = facts(POST);
    const s1 = tick(f, 'stigma', REVIEWER, T, undefined);
    assert.deepEqual(s1, { ticks: [{ item: 'stigma', by: 'Rev Iewer <rev@example.org>', time: T }], signoffs: [], overrides: [] });
    assert.throws(() => tick(f, 'auth', REVIEWER, T, '  '), new ChecklistError('Item auth is manual and needs a note (authorization id and scope).', 'note'));
    const s2 = tick({ ...f, state: s1 }, 'auth', REVIEWER, T, 'AUTH-2026-114, blog and newsletter');
    const status = evaluate({ ...f, state: s2 });
    assert.deepEqual(
      status.items.map((i) => [i.id, i.done, i.note, i.by]),
      [
        ['no-errors', true, 'No open error findings.', null],
        ['stigma', true, null, 'Rev Iewer <rev@example.org>'],
        ['auth', true, 'AUTH-2026-114, blog and newsletter', 'Rev Iewer <rev@example.org>'],
        ['images', true, 'No local images.', null],
      ],
    );
    assert.deepEqual(status.blocking, ['no clinical sign-off']);
    assert.deepEqual(untick({ ...f, state: s2 }, 'stigma').ticks.map((t) => t.item), ['auth']);
    assert.throws(() => untick(f, 'stigma'), new ChecklistError('Item stigma is not ticked.'));
    assert.throws(() => tick(f, 'nope', REVIEWER, T, 'x'), new ChecklistError('Unknown checklist item "nope"; expected one of no-errors, stigma, auth, images.'));
  });

  it('refuses to tick an auto item by hand', () => {
    assert.throws(
      () => tick(facts(POST), 'no-errors', REVIEWER, T, 'looks fine'),
      new ChecklistError('Item no-errors is automatic and cannot be ticked by hand; it passes: No open error findings.'),
    );
    const bad = facts('Mail me at pat.doe@example.com.\n');
    assert.throws(
      () => tick(bad, 'no-errors', REVIEWER, T, 'looks fine'),
      new ChecklistError(
        'Item no-errors is automatic and cannot be ticked by hand; it fails: 1 open error finding: email-address. Fix them, or have a reviewer override each rule with a reason.',
      ),
    );
  });

  it('says honestly when an auto check cannot be computed, and then takes a person\'s tick with a note', () => {
    const text = 'Rash on day 3: ![rash](img/rash.jpg) General education, not medical advice.\n';
    const f = facts(text);
    const item = evaluate(f).items[3];
    assert.deepEqual(item, {
      id: 'images',
      title: 'Images scrubbed',
      kind: 'auto',
      done: false,
      note: '1 local image: Clearpost cannot check image metadata, file names or burned-in text yet; a reviewer must check and tick this item with a note.',
      status: 'needs-person',
      by: null,
      time: null,
    });
    assert.throws(
      () => tick(f, 'images', REVIEWER, T, undefined),
      new ChecklistError('Item images needs a person because Clearpost cannot compute it; tick it with a note saying what you checked.', 'note'),
    );
    const state = tick(f, 'images', REVIEWER, T, 'EXIF stripped with exiftool; no faces');
    assert.deepEqual(evaluate({ ...f, state }).items[3], {
      ...item,
      done: true,
      note: 'EXIF stripped with exiftool; no faces (checked by hand: 1 local image: Clearpost cannot check image metadata, file names or burned-in text yet; a reviewer must check and tick this item with a note.)',
      by: 'Rev Iewer <rev@example.org>',
      time: T,
    });
  });
});

describe('built-in auto checks', () => {
  const only = (check: 'educational-disclaimer' | 'emergency-resources' | 'no-phi-findings') =>
    resolveTemplate({ requiredRoles: [], items: [{ id: 'x', title: 'X', kind: 'auto', check }] });
  const result = (check: Parameters<typeof only>[0], text: string) => {
    const item = evaluate(facts(text, only(check))).items[0];
    return [item.done, item.note];
  };

  it('detects an educational disclaimer', () => {
    for (const text of [
      'This post is not medical advice.\n',
      'For educational purposes only.\n',
      'Reading this does not create a physician–patient relationship.\n',
      'This is general health information.\n',
      '---\ndescription: General education, not a consultation.\n---\nBody.\n',
    ]) {
      assert.deepEqual(result('educational-disclaimer', text), [true, 'Educational disclaimer found.'], text);
    }
    assert.deepEqual(result('educational-disclaimer', 'Drink water.\n'), [
      false,
      'No educational disclaimer found; add one such as "This post is general education, not medical advice, and does not create a physician–patient relationship."',
    ]);
  });

  it('asks for 988/911 only when crisis or acute-symptom content is present', () => {
    assert.deepEqual(result('emergency-resources', 'Drink water.\n'), [true, 'Not triggered: no suicide, overdose, chest pain or stroke content.']);
    assert.deepEqual(result('emergency-resources', 'Chest pain needs care. Call 911.\n'), [true, 'Triggered by acute-symptom or crisis content; 988/911 is mentioned.']);
    assert.deepEqual(result('emergency-resources', 'Thoughts of suicide? Call or text 988.\n'), [true, 'Triggered by acute-symptom or crisis content; 988/911 is mentioned.']);
    assert.deepEqual(result('emergency-resources', 'Signs of an overdose include slow breathing.\n'), [
      false,
      'The post mentions suicide, overdose, chest pain or stroke but not 988 or 911; add an emergency and crisis resources line.',
    ]);
    assert.deepEqual(result('emergency-resources', 'Stroke signs: call 9115 now.\n')[0], false);
  });

  it('fails on any phi.* finding, whatever its severity', () => {
    assert.deepEqual(result('no-phi-findings', 'Call 555-867-5309 today.\n'), [false, '1 identifier finding: phone-number.']);
    assert.deepEqual(result('no-phi-findings', 'Drink water.\n'), [true, 'No identifier findings (phi.*).']);
  });
});

describe('front matter round trip', () => {
  const STATE: PostState = {
    ticks: [{ item: 'auth', by: 'Rev Iewer <rev@example.org>', time: T, note: 'AUTH-1: "blog" only # not a comment' }],
    signoffs: [],
    overrides: [],
  };

  for (const name of ['comments.md', 'odd-quoting.md', 'crlf.md', 'no-front-matter.md', 'existing-block.md']) {
    it(`keeps every byte outside the clearpost block: ${name}`, () => {
      const before = fixture(name);
      const after = writeState(before, STATE);
      // Independently of the block-finding code: the write is one insertion or one in-place replacement.
      let head = 0;
      while (head < before.length && before[head] === after[head]) head++;
      let tail = 0;
      while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      // The old block: from its key to the last indented line under it (none in the other fixtures).
      const blockStart = before.indexOf('\nclearpost:') + 1;
      const blockEnd = blockStart === 0 ? head : before.indexOf('\n# comment kept') + 1;
      assert.ok(head >= (blockStart || head) && before.length - tail <= blockEnd, `only the old block changed: ${head}..${before.length - tail}`);
      assert.deepEqual(readState(readFrontMatter(after)), STATE);
      if (name === 'no-front-matter.md') {
        assert.equal(withoutState(after), '---\n---\n' + before);
      } else {
        assert.equal(withoutState(after), withoutState(before));
      }
      // Writing again is stable, and a second state replaces the first in place.
      assert.equal(writeState(after, STATE), after);
      const empty = writeState(after, { ticks: [], signoffs: [], overrides: [] });
      assert.equal(withoutState(empty), withoutState(after));
    });
  }

  it('appends the block after the last field, in the post\'s line breaks', () => {
    assert.equal(
      writeState(fixture('crlf.md'), STATE),
      '---\r\ntitle: CRLF post\r\n# a comment\r\nauthor: Dr Writer\r\nclearpost:\r\n  ticks:\r\n    - item: auth\r\n      by: Rev Iewer <rev@example.org>\r\n      time: 2026-11-24T12:00:00Z\r\n      note: \'AUTH-1: "blog" only # not a comment\'\r\n---\r\nLine one.\r\nGeneral education only.\r\n',
    );
    assert.equal(
      writeState(fixture('no-front-matter.md'), STATE),
      '---\nclearpost:\n  ticks:\n    - item: auth\n      by: Rev Iewer <rev@example.org>\n      time: 2026-11-24T12:00:00Z\n      note: \'AUTH-1: "blog" only # not a comment\'\n---\n# No front matter\n\nThis is general education, not medical advice.\n',
    );
  });

  it('replaces an existing block in place, keeping the comment and field after it', () => {
    assert.equal(
      writeState(fixture('existing-block.md'), STATE),
      '---\ntitle: Existing block\nclearpost:\n  ticks:\n    - item: auth\n      by: Rev Iewer <rev@example.org>\n      time: 2026-11-24T12:00:00Z\n      note: \'AUTH-1: "blog" only # not a comment\'\n# comment kept before next key\nauthor: Dr Writer   # trailing\n---\nBody.\n',
    );
  });

  it('refuses malformed front matter with a clear error and never a crash', () => {
    const cases: [string, string][] = [
      ['malformed.md', 'The front matter is not valid YAML (line 3): Flow sequence in block collection must be sufficiently indented and end with a ]. Fix it first; nothing was written.'],
      ['flow.md', 'The front matter is a flow mapping ({…}); Clearpost will not rewrite it. Use "key: value" lines. Nothing was written.'],
      ['unclosed.md', 'The post starts with "---" but its front matter has no closing "---" line; fix the front matter first. Nothing was written.'],
    ];
    for (const [name, message] of cases) {
      assert.throws(
        () => writeState(fixture(name), STATE),
        (e: unknown) => e instanceof ChecklistError && e.message === message,
        name,
      );
    }
    assert.throws(
      () => readState(readFrontMatter('---\nclearpost:\n  ticks: yes\n---\n')),
      new ChecklistError('The "clearpost:" block in the front matter is malformed: "ticks" must be a list. Fix or remove it; nothing was written.'),
    );
    assert.throws(
      () => readState(readFrontMatter('---\nclearpost:\n  ticks:\n    - item: a\n---\n')),
      new ChecklistError('The "clearpost:" block in the front matter is malformed: ticks[0].by must be a string. Fix or remove it; nothing was written.'),
    );
  });

  it('splits a post like remark-frontmatter', () => {
    assert.deepEqual(splitPost('---\r\na: 1\r\n---\r\nBody'), { bom: '', hasFrontMatter: true, yamlStart: 5, yamlEnd: 11, yaml: 'a: 1\r\n', body: 'Body', eol: '\r\n' });
    assert.deepEqual(splitPost('\uFEFF---\n---\n'), { bom: '\uFEFF', hasFrontMatter: true, yamlStart: 5, yamlEnd: 5, yaml: '', body: '', eol: '\n' });
  });
});

describe('checklist core purity', () => {
  it('reads no files, clock, environment or network', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'core', 'checklist');
    for (const file of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(src, /from 'node:(?!crypto')|from 'vscode'|Date\.now|new Date\(\)|process\.|fetch\(/, file);
    }
  });
});
