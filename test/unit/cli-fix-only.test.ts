// `clearpost lint --fix --fix-only SEL`: fix all of one rule or category, with usage errors for
// values that name no rule or category.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, EXIT } from '../../src/cli/main';

const NOW = new Date('2026-11-24T12:00:00Z');
const POST = 'We saw a 67-year-old man. Write to r.lindqvist@example.com or call 555-867-5309.\n';

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { cwd, now: NOW, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('clearpost lint --fix --fix-only', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-fixonly-'));
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), 'rules:\n  missing-disclosure: off\n');
    file = path.join(dir, 'a.md');
    fs.writeFileSync(file, POST);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fixes only the named rule', () => {
    const res = cli(['lint', '--fix', '--fix-only', 'email-address', '--format', 'json', 'a.md'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), 'We saw a 67-year-old man. Write to our office or call 555-867-5309.\n');
    const out = JSON.parse(res.stdout).files[0];
    assert.deepEqual(out.fixed.map((f: { ruleId: string }) => f.ruleId), ['email-address']);
    assert.deepEqual(out.findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['exact-age', 'phone-number']);
  });

  it('takes categories, prefixes, repeats and comma lists', () => {
    const res = cli(['lint', '--fix', '--fix-only', 'phi.age,phi.contact', 'a.md'], dir);
    assert.equal(res.code, EXIT.ok, res.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), 'We saw a man in his 60s. Write to our office or call.\n');
    fs.writeFileSync(file, POST);
    cli(['lint', '--fix', '--fix-only', 'phi.', 'a.md'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), 'We saw a man in his 60s. Write to our office or call.\n');
    fs.writeFileSync(file, POST);
    cli(['lint', '--fix', '--fix-only', 'phone-number', '--fix-only', 'exact-age', 'a.md'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), 'We saw a man in his 60s. Write to r.lindqvist@example.com or call.\n');
  });

  it('rejects unknown rules and categories with exit 2 and leaves the file alone', () => {
    for (const bad of ['no-such-rule', 'phi', 'phi.agee', 'xyz.', ',']) {
      const res = cli(['lint', '--fix', '--fix-only', bad, 'a.md'], dir);
      assert.equal(res.code, EXIT.usage, bad);
      assert.match(res.stderr, /^clearpost lint: --fix-only: /, bad);
      assert.equal(res.stdout, '', bad);
    }
    assert.match(cli(['lint', '--fix', '--fix-only', 'exact-age,nope', 'a.md'], dir).stderr, /"nope" is not a rule id, a category or a category prefix/);
    assert.equal(fs.readFileSync(file, 'utf8'), POST);
  });

  it('needs --fix', () => {
    const res = cli(['lint', '--fix-only', 'exact-age', 'a.md'], dir);
    assert.equal(res.code, EXIT.usage);
    assert.equal(res.stderr, 'clearpost lint: --fix-only needs --fix\n');
    assert.equal(fs.readFileSync(file, 'utf8'), POST);
  });

  it('is in the usage text', () => {
    assert.match(cli(['--help'], dir).stdout, /--fix-only SEL/);
  });
});
