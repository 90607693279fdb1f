// The directive injection grammar: valid JSON, wired into package.json, and its patterns match
// exactly what the engine accepts as directives (checked with JavaScript regular expressions,
// which agree with Oniguruma for the constructs used here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'clearpost-directives.injection.json');

describe('syntaxes: directive injection grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

  it('is contributed as an injection into Markdown', () => {
    assert.deepEqual(pkg.contributes.grammars, [
      { scopeName: grammar.scopeName, path: './syntaxes/clearpost-directives.injection.json', injectTo: ['text.html.markdown'] },
    ]);
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
