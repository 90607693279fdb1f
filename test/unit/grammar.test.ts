// The directive injection grammar: valid JSON, wired into package.json, and its patterns match
// exactly what the engine accepts as directives (checked with JavaScript regular expressions,
// which agree with Oniguruma for the constructs used here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { writeState } from '../../src/core/checklist/post';

const root = path.join(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'clearpost-directives.injection.json');

describe('syntaxes: directive injection grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

  it('is contributed as an injection into Markdown', () => {
    assert.deepEqual(pkg.contributes.grammars[0], { scopeName: grammar.scopeName, path: './syntaxes/clearpost-directives.injection.json', injectTo: ['text.html.markdown'] });
  });

  it('begins on every directive verb and not on lookalikes', () => {
    const begin = new RegExp(grammar.repository.directive.begin);
    for (const ok of ['<!-- clearpost-disable-next-line exact-age -->', '<!--clearpost-disable-line-->', '<!-- clearpost-disable phi.age -- why -->', '<!-- clearpost-enable -->']) {
      assert.match(ok, begin, ok);
    }
    for (const no of ['<!-- clearposts-disable -->', '<!-- clearpost-disabled -->', '<!-- TODO clearpost-disable -->']) {
      assert.doesNotMatch(no, begin, no);
    }
  });

  it('captures the reason after --', () => {
    const reason = new RegExp(grammar.repository.directive.patterns[0].match);
    const m = reason.exec(' exact-age -- patient signed authorization A-1 -->');
    assert.ok(m);
    assert.equal(m[2].trim(), 'patient signed authorization A-1');
  });
});

describe('syntaxes: clearpost front-matter block grammar', () => {
  const file = path.join(root, 'syntaxes', 'clearpost-frontmatter.injection.json');
  const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const state = grammar.repository.state;

  it('is contributed as an injection into Markdown front matter', () => {
    assert.ok(
      pkg.contributes.grammars.some(
        (g: { scopeName: string; path: string; injectTo: string[] }) =>
          g.scopeName === grammar.scopeName && g.path === './syntaxes/clearpost-frontmatter.injection.json' && g.injectTo.includes('text.html.markdown'),
      ),
    );
    assert.match(grammar.injectionSelector, /meta\.embedded\.block\.frontmatter/);
  });

  it('uses no lookbehind (Oniguruma rejects variable-length lookbehind; keep the patterns portable)', () => {
    const all = [state.begin, state.end, ...state.patterns.map((p: { match: string }) => p.match)];
    for (const re of all) assert.doesNotMatch(re, /\(\?<[=!]/, re);
  });

  it('spans exactly the block the checklist writes, and stops at the next top-level key', () => {
    const post = '---\ntitle: Knee pain\n---\n\nBody.\n';
    const written = writeState(post, {
      ticks: [{ item: 'authorization', by: 'Ann Lee <ann@example.org>', time: '2026-11-24T12:00:00Z', note: 'A-1' }],
      signoffs: [],
      overrides: [],
    });
    const lines = (written + 'next: 1\n').split('\n');
    const begin = new RegExp(state.begin);
    const end = new RegExp(state.end);
    const at = lines.findIndex((l) => begin.test(l));
    assert.ok(at >= 0, written);
    const stop = lines.findIndex((l, i) => i > at && end.test(l));
    const inside = lines.slice(at + 1, stop);
    assert.ok(inside.length >= 3, inside.join('\n'));
    const section = new RegExp(state.patterns[0].match);
    const field = new RegExp(state.patterns[1].match);
    assert.ok(inside.some((l) => section.exec(l)?.[2] === 'ticks'));
    for (const key of ['item', 'by', 'time', 'note']) assert.ok(inside.some((l) => field.exec(l)?.[2] === key), key);
    assert.match(lines[stop], /^(---|title:|next:)/);
    assert.doesNotMatch('  clearpost: nested', begin);
    assert.doesNotMatch('clearposts:', begin);
  });
});
