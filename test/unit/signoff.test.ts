// Sign-off: the content hash and what it covers, stale detection that says what changed,
// required roles, the author who may not sign, and overrides of blocking findings.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import {
  ChecklistError,
  contentHash,
  evaluate,
  localImages,
  override,
  postFacts,
  resolveTemplate,
  sign,
  writeState,
  type ChecklistTemplate,
  type PostFacts,
} from '../../src/core/checklist/index';
import { sha256Hex } from '../../src/core/checklist/hash';

const T1 = '2026-11-24T12:00:00Z';
const T2 = '2026-11-25T09:30:00Z';
const CLINICAL = { name: 'Dr Clin Ician', email: 'clin@example.org' };
const COMPLIANCE = { name: 'Com Pliance', email: 'comp@example.org' };
const AUTHOR = { name: 'Dr Writer', email: 'writer@example.org' };

const TEMPLATE: ChecklistTemplate = resolveTemplate({
  requiredRoles: ['clinical', 'compliance'],
  items: [{ id: 'no-errors', title: 'No open errors', kind: 'auto', check: 'no-error-findings' }],
});

const POST = '---\ntitle: Hand washing\nauthor: Dr Writer\nauthor_email: writer@example.org\ntags: [hygiene]\n---\nWash for twenty seconds.\n\n![Sink](img/sink.png)\n';
const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

function facts(text: string, images: Record<string, Uint8Array> = { 'img/sink.png': IMAGE }, template = TEMPLATE): PostFacts {
  return postFacts(text, template, lint(text, { now: new Date(T1) }).findings, (p) => images[p] ?? null);
}

/** Sign, then write the state into the post, as the CLI does. */
function signed(text: string, who = CLINICAL, role = 'clinical'): string {
  return writeState(text, sign(facts(text), who, role, T1));
}

describe('content hash', () => {
  it('hashes the body, every published field and each local image as separate parts', () => {
    const h = contentHash(POST, (p) => (p === 'img/sink.png' ? IMAGE : null));
    assert.deepEqual(h.parts, {
      body: sha256Hex('Wash for twenty seconds.\n\n![Sink](img/sink.png)'),
      'field:author': sha256Hex('"Dr Writer"'),
      'field:author_email': sha256Hex('"writer@example.org"'),
      'field:tags': sha256Hex('["hygiene"]'),
      'field:title': sha256Hex('"Hand washing"'),
      'image:img/sink.png': sha256Hex(IMAGE),
    });
    const lines = Object.entries(h.parts).map(([k, v]) => `${k}\t${v}\n`).join('');
    assert.equal(h.hash, `sha256:${sha256Hex(lines)}`);
  });

  it('ignores the clearpost block, line endings, trailing whitespace at the end, quoting and comments', () => {
    const base = contentHash(POST, () => IMAGE).hash;
    const variants = [
      POST.replace(/\n/g, '\r\n'),
      POST + '\n\n   \n',
      POST.replace('title: Hand washing', "title: 'Hand washing'   # shown in feeds"),
      POST.replace('tags: [hygiene]\n', 'tags:\n  - hygiene\n'),
      writeState(POST, { ticks: [{ item: 'x', by: 'A <a@b.c>', time: T1 }], signoffs: [], overrides: [] }),
    ];
    for (const v of variants) assert.equal(contentHash(v, () => IMAGE).hash, base, JSON.stringify(v));
  });

  it('finds local images, including reference-style ones, and skips remote and data URLs', () => {
    const body = [
      '![a](img/a.png "title") ![b](./b%20c.jpg?v=2) ![r][ref]',
      '![remote](https://cdn.example.com/x.png) ![p](//cdn/x.png) ![d](data:image/png;base64,AAAA)',
      '',
      '[ref]: /static/r.webp',
      '',
    ].join('\n');
    assert.deepEqual(localImages(body), ['./b c.jpg', '/static/r.webp', 'img/a.png']);
  });

  it('finds no images without a "![" and does not need to parse for that', () => {
    assert.deepEqual(localImages('An exclamation! [a link](x.png) and <img src="y.png">\n'), []);
    assert.deepEqual(localImages('Look!\n![x](z.png)\n'), ['z.png']);
  });

  it('gives postFacts the same hash as contentHash on its own (one parse, same answer)', () => {
    const read = (p: string): Uint8Array | null => (p === 'img/sink.png' ? IMAGE : null);
    for (const text of [POST, POST.replace('![Sink](img/sink.png)', 'No image.'), POST.replace('img/sink.png', 'img/other.png')]) {
      const f = postFacts(text, TEMPLATE, [], read);
      assert.deepEqual(f.current, contentHash(text, read));
      assert.deepEqual(f.images, localImages(text.slice(text.indexOf('---\n', 4) + 4)));
    }
  });

  it('records a missing image as "missing" so that adding the file later shows as a change', () => {
    assert.equal(contentHash(POST, () => null).parts['image:img/sink.png'], 'missing');
  });
});

describe('sign-off', () => {
  it('records name, email, role, time, meaning, hash and per-part hashes', () => {
    const f = facts(POST);
    const state = sign(f, CLINICAL, 'clinical', T1);
    assert.deepEqual(state.signoffs, [
      { role: 'clinical', name: 'Dr Clin Ician', email: 'clin@example.org', time: T1, meaning: 'approved for publication', hash: f.current.hash, parts: f.current.parts },
    ]);
  });

  it('clears the post only when every required role has a current sign-off', () => {
    let text = signed(POST);
    assert.deepEqual(evaluate(facts(text)).blocking, ['no compliance sign-off']);
    text = signed(text, COMPLIANCE, 'compliance');
    const status = evaluate(facts(text));
    assert.equal(status.cleared, true);
    assert.deepEqual(status.blocking, []);
    assert.deepEqual(
      status.signoffs.map((s) => [s.role, s.name, s.stale, s.changed, s.invalid]),
      [
        ['clinical', 'Dr Clin Ician', false, [], null],
        ['compliance', 'Com Pliance', false, [], null],
      ],
    );
  });

  it('goes stale on a one-character edit of the body and says so', () => {
    const text = signed(signed(POST), COMPLIANCE, 'compliance');
    const edited = text.replace('twenty seconds', 'twenty-seconds');
    const status = evaluate(facts(edited));
    assert.equal(status.cleared, false);
    assert.deepEqual(
      status.signoffs.map((s) => [s.role, s.stale, s.changed]),
      [
        ['clinical', true, ['body']],
        ['compliance', true, ['body']],
      ],
    );
    assert.deepEqual(status.blocking, ['the clinical sign-off is stale (body changed)', 'the compliance sign-off is stale (body changed)']);
  });

  it('goes stale when one byte of an image changes, naming the image', () => {
    const text = signed(POST);
    const changed = new Uint8Array(IMAGE);
    changed[6] = 4;
    const s = evaluate(facts(text, { 'img/sink.png': changed })).signoffs[0];
    assert.deepEqual([s.stale, s.changed], [true, ['image img/sink.png']]);
    const gone = evaluate(facts(text, {})).signoffs[0];
    assert.deepEqual([gone.stale, gone.changed], [true, ['image img/sink.png']]);
  });

  it('names changed, added and removed fields and images', () => {
    const text = signed(POST);
    const edited = text.replace('title: Hand washing', 'title: Hand washing!').replace('tags: [hygiene]\n', 'description: New\n').replace('![Sink](img/sink.png)', '![Tap](img/tap.png)');
    const s = evaluate(facts(edited, { 'img/tap.png': IMAGE })).signoffs[0];
    assert.deepEqual(s.changed, ['body', 'field description added', 'field tags removed', 'field title', 'image img/sink.png removed', 'image img/tap.png added']);
  });

  it('is not stale after a pure re-save (CRLF, trailing blank lines)', () => {
    const text = signed(POST);
    const resaved = text.replace(/\n/g, '\r\n') + '\r\n\r\n';
    assert.deepEqual(evaluate(facts(resaved)).signoffs.map((s) => s.stale), [false]);
  });

  it('refuses an unknown role, a signer without an e-mail, and signing while items are open', () => {
    const f = facts(POST);
    assert.throws(() => sign(f, CLINICAL, 'legal', T1), new ChecklistError('Unknown role "legal"; expected one of clinical, compliance.'));
    assert.throws(() => sign(f, { name: 'X', email: '' }, 'clinical', T1), new ChecklistError('A sign-off needs both a name and an e-mail address ("Name <email>").'));
    const bad = facts('Write to pat.doe@example.com.\n');
    assert.throws(() => sign(bad, CLINICAL, 'clinical', T1), new ChecklistError('Cannot sign: item no-errors is not done; open error findings: email-address.'));
  });

  it('refuses the author, by e-mail or by name, unless the workspace allows it', () => {
    const f = facts(POST);
    assert.throws(() => sign(f, AUTHOR, 'clinical', T1), new ChecklistError("Dr Writer <writer@example.org> is the post's author and may not sign it off; ask another reviewer."));
    assert.throws(() => sign(f, { name: 'dr  writer', email: 'other@example.org' }, 'clinical', T1), ChecklistError);
    assert.throws(() => sign(f, { name: 'Someone', email: 'WRITER@example.org' }, 'clinical', T1), ChecklistError);
    const lenient = resolveTemplate({ requiredRoles: ['clinical'], authorMayNotSign: false, items: [] });
    assert.equal(sign(facts(POST, undefined, lenient), AUTHOR, 'clinical', T1).signoffs.length, 1);
    // A configured author field, "Name <email>" form.
    const byline = resolveTemplate({ requiredRoles: ['clinical'], authorFields: { name: 'byline' }, items: [] });
    const post = '---\nbyline: Dr Other <other@example.org>\n---\nBody.\n';
    assert.throws(() => sign(facts(post, {}, byline), { name: 'O', email: 'other@example.org' }, 'clinical', T1), ChecklistError);
  });

  it('does not count a hand-edited sign-off by the author or in an unknown role', () => {
    const text = writeState(POST, {
      ticks: [],
      overrides: [],
      signoffs: [
        { role: 'clinical', name: 'Dr Writer', email: 'writer@example.org', time: T1, meaning: 'approved for publication', hash: facts(POST).current.hash, parts: {} },
        { role: 'legal', name: 'L', email: 'l@example.org', time: T1, meaning: 'approved for publication', hash: facts(POST).current.hash, parts: {} },
      ],
    });
    const status = evaluate(facts(text));
    assert.deepEqual(status.signoffs.map((s) => s.invalid), ["signed by the post's author", 'role legal is not a required role']);
    assert.deepEqual(status.blocking, ['no clinical sign-off', 'no compliance sign-off']);
  });

  it('replaces a reviewer\'s earlier sign-off in the same role', () => {
    const text = signed(signed(POST).replace('twenty', '20'));
    const f = facts(text);
    assert.deepEqual(f.state.signoffs.map((s) => [s.role, s.email, s.hash === f.current.hash]), [['clinical', 'clin@example.org', true]]);
  });
});

describe('override', () => {
  // A patient's relative's address: an error (the practice's own address would only be information).
  const BAD = '---\nauthor: Dr Writer\n---\nHer daughter wrote to us from jane.doe@example.com after the visit.\n';

  it('waives a blocking finding with a written reason signed by a reviewer, until the content changes', () => {
    const f = facts(BAD, {});
    assert.deepEqual(evaluate(f).blocking, ['item no-errors is not done', 'open error findings: email-address', 'no clinical sign-off', 'no compliance sign-off']);
    const state = override(f, 'email-address', ' The practice\'s public front-desk address. ', COMPLIANCE, 'compliance', T2);
    assert.deepEqual(state.overrides, [
      { rule: 'email-address', reason: "The practice's public front-desk address.", role: 'compliance', name: 'Com Pliance', email: 'comp@example.org', time: T2, hash: f.current.hash },
    ]);
    const text = writeState(BAD, state);
    const status = evaluate(facts(text, {}));
    assert.deepEqual(status.items.map((i) => i.done), [true]);
    assert.deepEqual(status.blocking, ['no clinical sign-off', 'no compliance sign-off']);
    assert.deepEqual(status.overrides, [
      { rule: 'email-address', reason: "The practice's public front-desk address.", role: 'compliance', name: 'Com Pliance', email: 'comp@example.org', time: T2, stale: false },
    ]);
    // Any change to the content makes the override lapse.
    const edited = evaluate(facts(text.replace('after the visit', 'the next day'), {}));
    assert.deepEqual(edited.overrides.map((o) => o.stale), [true]);
    assert.deepEqual(edited.blocking.slice(0, 2), ['item no-errors is not done', 'open error findings: email-address']);
  });

  it('refuses an override without a reason, for a rule with no open error, by the author or in an unknown role', () => {
    const f = facts(BAD, {});
    assert.throws(() => override(f, 'email-address', '  ', COMPLIANCE, 'compliance', T2), new ChecklistError('An override needs a written reason.', 'reason'));
    assert.throws(() => override(f, 'phone-number', 'why', COMPLIANCE, 'compliance', T2), new ChecklistError('There is no open error finding from rule "phone-number" to override.'));
    assert.throws(
      () => override(f, 'email-address', 'why', AUTHOR, 'clinical', T2),
      new ChecklistError("Dr Writer <writer@example.org> is the post's author and may not override its findings; ask another reviewer."),
    );
    assert.throws(() => override(f, 'email-address', 'why', COMPLIANCE, 'editor', T2), new ChecklistError('Unknown role "editor"; expected one of clinical, compliance.'));
  });
});
