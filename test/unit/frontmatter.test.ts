// YAML front matter: published fields are linted as prose at exact source offsets; other fields
// are not; malformed or odd front matter gives front-matter-invalid findings, never a crash.
import assert from 'node:assert/strict';
import { DEFAULT_DOCS_BASE_URL, lint, type Finding, type Range } from '../../src/core/index';
import type { BlockRule, RuleEnv } from '../../src/core/rule';
import type { BlockKind } from '../../src/core/model';
import { emailAddress } from '../../src/core/rules/email-address';
import { frontMatterInvalid } from '../../src/core/rules/front-matter-invalid';
import { PUBLISHED_FIELDS, publicationDate } from '../../src/core/frontmatter';

const ADDRESS = 'pat@example.com';
const NOW = new Date('2026-11-24T12:00:00Z');

function point(text: string, offset: number): { line: number; column: number; offset: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1, offset };
}

/** Ranges of every occurrence of `needle` in `text`, in order. */
function rangesOf(text: string, needle: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    out.push({ start: point(text, at), end: point(text, at + needle.length) });
  }
  return out;
}

function emailRanges(text: string): Range[] {
  return lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'email-address').map((f) => f.range);
}

function fmFindings(text: string): Finding[] {
  return lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'front-matter-invalid');
}

function fmInvalid(message: string, start: number, end: number, text: string): Finding {
  return {
    ruleId: 'front-matter-invalid',
    category: 'config',
    severity: 'error',
    message,
    range: { start: point(text, start), end: point(text, end) },
    url: `${DEFAULT_DOCS_BASE_URL}/front-matter-invalid.md`,
    note: frontMatterInvalid.meta.note,
    related: [],
    fixes: [],
  };
}

function malformed(detail: string): string {
  return `Malformed YAML front matter: ${detail}. Fix the YAML; the post is linted without its front matter until then.`;
}

/** Records what block rules see: the prose blocks and the rule environment. */
function recorder(): { rule: BlockRule; blocks: { kind: BlockKind; field?: string; text: string }[]; envs: RuleEnv[] } {
  const blocks: { kind: BlockKind; field?: string; text: string }[] = [];
  const envs: RuleEnv[] = [];
  const rule: BlockRule = {
    scope: 'block',
    meta: { id: 'probe-record', category: 'phi.name', defaultSeverity: 'hint', description: 'Records blocks.', note: 'A test probe.' },
    check(block, env) {
      blocks.push(block.field === undefined ? { kind: block.kind, text: block.text } : { kind: block.kind, field: block.field, text: block.text });
      envs.push(env);
    },
  };
  return { rule, blocks, envs };
}

describe('front matter: published fields are linted at exact offsets', () => {
  const cases: [string, string][] = [
    ['plain scalar', `---\ntitle: Note for ${ADDRESS} today\n---\nBody.\n`],
    ['single-quoted with a doubled quote', `---\ntitle: 'It''s ${ADDRESS}'\n---\n`],
    ['double-quoted with \\t and \\" escapes', `---\ntitle: "Tab\\t\\"q\\" ${ADDRESS}"\n---\n`],
    ['double-quoted with \\u, \\x and \\U escapes', `---\ntitle: "\\u00e9\\x41\\U0001F600 ${ADDRESS}"\n---\n`],
    ['double-quoted with escaped spaces before the address', `---\ntitle: "a\\u0020\\u0020 ${ADDRESS}"\n---\n`],
    ['double-quoted with an escaped backslash', `---\ndescription: "C:\\\\notes ${ADDRESS}"\n---\n`],
    ['double-quoted over two lines', `---\ntitle: "multi\n  line ${ADDRESS}"\n---\n`],
    ['double-quoted with an escaped line break', `---\ntitle: "a\\\n  b ${ADDRESS}"\n---\n`],
    ['plain scalar over two lines', `---\ntitle: plain\n  continued ${ADDRESS}\n---\n`],
    ['folded block scalar (>)', `---\ndescription: >\n  Folded line one\n  and ${ADDRESS} here\n---\n`],
    ['folded block scalar (>-) with a blank line', `---\nexcerpt: >-\n  a\n\n  b ${ADDRESS}\n---\n`],
    ['folded block scalar with more-indented lines', `---\ndescription: >\n  a\n    indented ${ADDRESS}\n---\n`],
    ['literal block scalar (|)', `---\ndescription: |\n  Literal one\n  ${ADDRESS} here\n---\n`],
    ['literal block scalar (|+) with an indentation indicator', `---\nexcerpt: |2+\n   a ${ADDRESS}\n\n---\n`],
    ['tags as a block list', `---\ntags:\n  - one\n  - ${ADDRESS}\n---\n`],
    ['tags as a flow list with quotes', `---\ntags: ["one", 'b ${ADDRESS}']\n---\n`],
    ['tags as a string', `---\ntags: one, ${ADDRESS}\n---\n`],
    ['emoji before the address', `---\ntitle: 😀😀 ${ADDRESS}\n---\n`],
    ['CRLF line endings', `---\r\ntitle: x ${ADDRESS}\r\ndescription: "y ${ADDRESS}"\r\n---\r\nBody\r\n`],
    ['CRLF with a folded block scalar', `---\r\ndescription: >\r\n  Folded one\r\n  and ${ADDRESS} here\r\n---\r\n`],
    ['CRLF with a literal block scalar', `---\r\nexcerpt: |\r\n  Literal\r\n  ${ADDRESS}\r\n---\r\n`],
    ['a leading BOM', `\uFEFF---\ntitle: ${ADDRESS}\n---\n`],
    ['an anchor before the value', `---\ntitle: &t ${ADDRESS}\nexcerpt: *t\n---\n`],
    ['a tag before the value', `---\ntitle: !!str ${ADDRESS}\n---\n`],
    ['two addresses in one field', `---\ntitle: ${ADDRESS} and ${ADDRESS}\n---\n`],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const expected = rangesOf(text, ADDRESS);
      assert.deepEqual(emailRanges(text), expected);
      for (const r of expected) assert.equal(text.slice(r.start.offset, r.end.offset), ADDRESS);
    });
  }

  it('finds the address in the front matter and in the body, in document order', () => {
    const text = `---\ntitle: From ${ADDRESS}\n---\n\nBody ${ADDRESS}\n`;
    assert.deepEqual(emailRanges(text), rangesOf(text, ADDRESS));
    assert.deepEqual(emailRanges(text).map((r) => r.start.line), [2, 5]);
  });

  it('hands rules one frontMatter block per published value, named by field', () => {
    const { rule, blocks } = recorder();
    const text = [
      '---',
      'author: Dr. Maya Okonkwo',
      'title: A title',
      'tags: [one, two]',
      'excerpt: >',
      '  An excerpt',
      '  over lines',
      'description: "A description"',
      'category: clinic news',
      '---',
      'Body text.',
      '',
    ].join('\n');
    lint(text, { rules: [rule], now: NOW });
    assert.deepEqual(blocks, [
      { kind: 'frontMatter', field: 'title', text: 'A title' },
      { kind: 'frontMatter', field: 'description', text: 'A description' },
      { kind: 'frontMatter', field: 'excerpt', text: 'An excerpt over lines\n' },
      { kind: 'frontMatter', field: 'tags', text: 'one' },
      { kind: 'frontMatter', field: 'tags', text: 'two' },
      { kind: 'paragraph', text: 'Body text.' },
    ]);
    assert.deepEqual([...PUBLISHED_FIELDS], ['title', 'description', 'excerpt', 'tags']);
  });
});

describe('front matter: unpublished fields are not linted', () => {
  it('ignores author_email, author, custom keys, nested values, numbers and comments', () => {
    const text = [
      '---',
      `author_email: ${ADDRESS}`,
      `author: Dr. Pat <${ADDRESS}>`,
      `contact: {email: ${ADDRESS}}`,
      'title:',
      `  nested: ${ADDRESS}`,
      `tags: [[nested, ${ADDRESS}]]`,
      'description: 42',
      `excerpt: ok # ${ADDRESS}`,
      '---',
      'Body.',
      '',
    ].join('\n');
    assert.deepEqual(emailRanges(text), []);
    assert.deepEqual(fmFindings(text), []);
  });
});

describe('front matter: front-matter-invalid', () => {
  it('reports malformed YAML at the error in the post, and lints the body without the front matter', () => {
    const text = `---\ntitle: [unclosed ${ADDRESS}\n---\nBody ${ADDRESS}\n`;
    assert.deepEqual(fmFindings(text), [
      fmInvalid(malformed('Flow sequence in block collection must be sufficiently indented and end with a ]'), 36, 37, text),
    ]);
    // Only the body's address: the front matter's fields are not linted while it is malformed.
    assert.deepEqual(emailRanges(text), [rangesOf(text, ADDRESS)[1]]);
  });

  it('gives rules empty front matter data while it is malformed', () => {
    const { rule, envs } = recorder();
    lint('---\ntitle: [x\ndate: 2020-01-01\n---\nBody.\n', { rules: [rule], now: NOW });
    assert.deepEqual(envs.map((e) => [e.frontMatter, e.referenceDate]), [[{}, NOW]]);
  });

  it('reports an invalid escape in a double-quoted value at the backslash', () => {
    const text = `---\ntitle: "bad \\q escape ${ADDRESS}"\n---\n`;
    assert.deepEqual(fmFindings(text), [fmInvalid(malformed('Invalid escape sequence \\q'), 16, 17, text)]);
    assert.equal(text.slice(16, 17), '\\');
    assert.deepEqual(emailRanges(text), []);
  });

  it('reports tab indentation and duplicate keys', () => {
    const tabs = '---\ntitle: x\n\tbad: tab\n---\n';
    assert.deepEqual(fmFindings(tabs), [fmInvalid(malformed('Tabs are not allowed as indentation'), 13, 14, tabs)]);
    const dup = '---\ntitle: a\ntitle: b\n---\n';
    assert.deepEqual(fmFindings(dup), [fmInvalid(malformed('Map keys must be unique'), 13, 14, dup)]);
  });

  it('reports an alias to a missing anchor', () => {
    const text = '---\ntitle: *nope\n---\n';
    assert.deepEqual(fmFindings(text), [
      fmInvalid('Front matter could not be read: Unresolved alias (the anchor must be set before the alias): nope.', 4, 5, text),
    ]);
  });

  it('positions YAML errors exactly with a BOM and CRLF line endings', () => {
    const text = '\uFEFF---\r\ntitle: [x\r\n---\r\nBody\r\n';
    assert.deepEqual(fmFindings(text), [
      fmInvalid(malformed('Flow sequence in block collection must be sufficiently indented and end with a ]'), 15, 17, text),
    ]);
    // The error is at the line end: the range covers the whole CRLF, never half of it.
    assert.deepEqual(fmFindings(text)[0].range, { start: { line: 2, column: 10, offset: 15 }, end: { line: 3, column: 1, offset: 17 } });
  });

  it('reports front matter that is a list or a scalar, over its text', () => {
    const list = '---\n- a\n- b\n---\n';
    assert.deepEqual(fmFindings(list), [
      fmInvalid('Unexpected front matter that is not a mapping of fields, expected "key: value" lines.', 4, 11, list),
    ]);
    const scalar = '---\njust a string\n---\nBody.\n';
    assert.deepEqual(fmFindings(scalar), [
      fmInvalid('Unexpected front matter that is not a mapping of fields, expected "key: value" lines.', 4, 17, scalar),
    ]);
  });

  it('reports date and publish_at values that are not dates, on the value', () => {
    const text = '---\ndate: tomorrow-ish\npublish_at: 2026-13-45\n---\n';
    assert.deepEqual(fmFindings(text), [
      fmInvalid('Unexpected "date" value that is not a date, expected an ISO 8601 date such as 2026-03-01.', 10, 22, text),
      fmInvalid('Unexpected "publish_at" value that is not a date, expected an ISO 8601 date such as 2026-03-01.', 35, 45, text),
    ]);
    const crlf = '---\r\ndate: soon\r\n---\r\n';
    assert.deepEqual(fmFindings(crlf), [
      fmInvalid('Unexpected "date" value that is not a date, expected an ISO 8601 date such as 2026-03-01.', 11, 15, crlf),
    ]);
  });

  it('accepts valid and empty dates', () => {
    for (const text of ['---\ndate: 2026-03-01\npublish_at: 2026-03-01T10:00:00Z\n---\n', '---\ndate:\n---\n', '---\ndate: 2026\n---\n']) {
      assert.deepEqual(fmFindings(text), [], JSON.stringify(text));
    }
  });

  it('is off when configured off', () => {
    assert.deepEqual(
      lint('---\ndate: soon\n---\n', { config: { rules: { 'front-matter-invalid': { severity: 'off' } }, categories: {}, allow: [] } }).findings,
      [],
    );
  });
});

describe('front matter: data and publication date', () => {
  it('gives rules the parsed data and resolves the reference date from publish_at, then date, then now', () => {
    const { rule, envs } = recorder();
    lint('---\ntitle: T\ndate: 2026-03-01\npublish_at: 2026-04-02T08:00:00Z\n---\n', { rules: [rule], now: NOW });
    assert.deepEqual(envs[0].frontMatter, { title: 'T', date: '2026-03-01', publish_at: '2026-04-02T08:00:00Z' });
    assert.deepEqual(envs.map((e) => e.referenceDate.toISOString()), ['2026-04-02T08:00:00.000Z']);
    envs.length = 0;
    lint('---\ntitle: T\ndate: 2026-03-01\n---\n', { rules: [rule], now: NOW });
    assert.deepEqual(envs.map((e) => e.referenceDate.toISOString()), ['2026-03-01T00:00:00.000Z']);
    envs.length = 0;
    lint('---\ntitle: T\ndate: soon\n---\n', { rules: [rule], now: NOW });
    assert.deepEqual(envs.map((e) => e.referenceDate), [NOW]);
  });

  it('publicationDate reads strings and Dates and skips the unusable', () => {
    assert.equal(publicationDate(null), null);
    assert.equal(publicationDate({}), null);
    assert.equal(publicationDate({ date: 'soon' }), null);
    assert.equal(publicationDate({ date: 20260301 }), null);
    assert.deepEqual(publicationDate({ date: new Date('2026-03-01T00:00:00Z') }), new Date('2026-03-01T00:00:00Z'));
    assert.deepEqual(publicationDate({ date: '2026-03-01', publish_at: 'soon' }), new Date('2026-03-01'));
  });

  it('treats empty front matter as no fields', () => {
    for (const text of ['---\n---\nBody.\n', '---\n\n---\nBody.\n', '---\n# only a comment\n---\nBody.\n', '---\n~\n---\nBody.\n']) {
      const { rule, envs } = recorder();
      const result = lint(text, { rules: [rule], now: NOW });
      assert.deepEqual(result.findings, [], JSON.stringify(text));
      assert.deepEqual(envs.map((e) => [e.frontMatter, e.referenceDate]), [[{}, NOW]], JSON.stringify(text));
    }
  });
});

describe('front matter: odd inputs', () => {
  it('does not crash and finds nothing in fences alone', () => {
    for (const text of ['---', '---\n', '---\n---', '---\n---\n---\n', '----\n', '---\r\n---\r\n', '\uFEFF---\n---\n', '---\n...\n']) {
      // A body of "..." is prose that lacks a disclaimer; that document-level check is not under test here.
      assert.deepEqual(lint(text, { now: NOW }).findings.filter((f) => f.category !== 'disclosure.missing'), [], JSON.stringify(text));
    }
  });

  it('treats unclosed front matter as body text', () => {
    const text = `---\ntitle: ${ADDRESS}\n`;
    assert.deepEqual(fmFindings(text), []);
    assert.deepEqual(emailRanges(text), rangesOf(text, ADDRESS));
  });

  it('treats a fence that is not on the first line as body text', () => {
    const text = `\n---\ntitle: ${ADDRESS}\n---\n`;
    assert.deepEqual(fmFindings(text), []);
    assert.deepEqual(emailRanges(text), rangesOf(text, ADDRESS));
  });

  it('lints only the first block as front matter', () => {
    const text = `---\ntitle: ok\n---\n---\ntitle: ${ADDRESS}\n---\n`;
    assert.deepEqual(fmFindings(text), []);
    assert.deepEqual(emailRanges(text), rangesOf(text, ADDRESS));
  });

  it('survives self-referencing aliases, directives and binary tags', () => {
    for (const text of ['---\na: &a [*a]\n---\n', '---\n%YAML 1.2\n---\n', '---\ntitle: !!binary aGVsbG8=\n---\n', '---\n: x\n---\n', '---\n? [a]\n: b\n---\n']) {
      assert.doesNotThrow(() => lint(text, { now: NOW }), JSON.stringify(text));
    }
    const directive = '---\n%YAML 1.2\n---\n';
    assert.deepEqual(fmFindings(directive), [fmInvalid(malformed('Missing directives-end indicator line'), 13, 14, directive)]);
  });

  it('keeps the email rule in the registry this file relies on', () => {
    assert.equal(emailAddress.meta.id, 'email-address');
  });
});
