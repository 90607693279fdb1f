// The CLI end to end on temp directories: the JSON contract, exit codes, SARIF validity,
// --fix (atomic, reported, refused when unsafe) and bad inputs that must never crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { run, EXIT } from '../../src/cli/main';

const root = path.join(__dirname, '..', '..');
const NOW = new Date('2026-11-24T12:00:00Z');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-cli-'));
}

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { cwd, now: NOW, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const EMAIL_POST = 'Thanks to the patient (r.lindqvist@example.com) for the note.\n';
const NO_DISCLAIMER_CHECK = 'rules:\n  missing-disclosure: off\n';
const CLEAN_POST = '# Hand washing\n\nWash for twenty seconds with soap and water.\n';

describe('clearpost lint (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    // These tests are about the CLI's mechanics; the document-level disclaimer check would add
    // a warning to every short test post (it has its own fixtures).
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), NO_DISCLAIMER_CHECK);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract exactly (design.md §2) and exits 1 on error findings', () => {
    fs.mkdirSync(path.join(dir, 'posts'));
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), EMAIL_POST);
    fs.writeFileSync(path.join(dir, 'posts', 'b.markdown'), CLEAN_POST);
    fs.writeFileSync(path.join(dir, 'posts', 'notes.txt'), EMAIL_POST);
    const res = cli(['lint', '--format', 'json', 'posts'], dir);
    assert.equal(res.code, EXIT.errors);
    assert.equal(res.stderr, '');
    const out = JSON.parse(res.stdout);
    assert.deepEqual(out, {
      version: 1,
      files: [
        {
          path: 'posts/a.md',
          findings: [
            {
              ruleId: 'email-address',
              category: 'phi.contact',
              severity: 'error',
              message: "Unexpected email address, expected none: remove it or point readers to the practice's public contact page.",
              range: { start: { line: 1, column: 24, offset: 23 }, end: { line: 1, column: 47, offset: 46 } },
              url: 'https://github.com/clearpost/clearpost/blob/main/docs/rules/email-address.md',
              note: "Safe Harbor item (F), 45 CFR 164.514(b)(2)(i)(F): electronic mail addresses must be removed. Allow-list the practice's public address in .clearpost.yml.",
              related: [],
              fixes: [{ title: 'Remove the email address', edits: [{ start: 21, end: 47, text: "" }] }],
            },
          ],
        },
        { path: 'posts/b.markdown', findings: [] },
      ],
    });
    // Key order is part of the contract's shape.
    assert.deepEqual(Object.keys(out.files[0].findings[0]), ['ruleId', 'category', 'severity', 'message', 'range', 'url', 'note', 'related', 'fixes']);
  });

  it('exits 0 with no error findings and prints file:line:col severity message ruleId', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), CLEAN_POST);
    assert.deepEqual(cli(['lint', 'a.md'], dir), { code: EXIT.ok, stdout: '0 findings, 0 errors, 0 warnings in 1 file\n', stderr: '' });
    fs.writeFileSync(path.join(dir, 'b.md'), EMAIL_POST);
    const res = cli(['lint', 'b.md'], dir);
    assert.equal(res.code, EXIT.errors);
    assert.equal(
      res.stdout,
      "b.md:1:24 error Unexpected email address, expected none: remove it or point readers to the practice's public contact page. email-address\n1 finding, 1 error, 0 warnings in 1 file\n",
    );
  });

  it('accepts globs and --quiet reports errors only', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), EMAIL_POST);
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), `${NO_DISCLAIMER_CHECK}  email-address: warning\n`);
    const res = cli(['lint', '--quiet', '--format', 'json', '*.md'], dir);
    assert.equal(res.code, EXIT.ok);
    assert.deepEqual(JSON.parse(res.stdout), { version: 1, files: [{ path: 'a.md', findings: [] }] });
    const loud = cli(['lint', '--format', 'json', '*.md'], dir);
    assert.equal(JSON.parse(loud.stdout).files[0].findings[0].severity, 'warning');
  });

  it('finds .clearpost.yml by walking up, and --config overrides it', () => {
    fs.mkdirSync(path.join(dir, 'blog', 'posts'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'blog', '.clearpost.yml'), `${NO_DISCLAIMER_CHECK}allow:\n  - r.lindqvist@example.com\n`);
    fs.writeFileSync(path.join(dir, 'blog', 'posts', 'a.md'), EMAIL_POST);
    assert.equal(cli(['lint', 'blog'], dir).code, EXIT.ok);
    fs.writeFileSync(path.join(dir, 'strict.yml'), `${NO_DISCLAIMER_CHECK}  email-address: error\n`);
    assert.equal(cli(['lint', '--config', 'strict.yml', 'blog'], dir).code, EXIT.errors);
  });

  it('reports an invalid config at its position and exits 2', () => {
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), 'rules:\n  email-address: loud\n');
    fs.writeFileSync(path.join(dir, 'a.md'), CLEAN_POST);
    const res = cli(['lint', '--format', 'json', 'a.md'], dir);
    assert.equal(res.code, EXIT.usage);
    assert.equal(
      res.stderr,
      'clearpost: invalid configuration .clearpost.yml:2:18: Unexpected value at "rules.email-address", expected one of off, error, warning, information, hint.\n',
    );
    const out = JSON.parse(res.stdout);
    assert.equal(out.files[0].path, '.clearpost.yml');
    assert.deepEqual(
      out.files[0].findings.map((f: { ruleId: string; category: string; range: unknown }) => [f.ruleId, f.category, f.range]),
      [['config-invalid', 'config', { start: { line: 2, column: 18, offset: 24 }, end: { line: 2, column: 22, offset: 28 } }]],
    );
  });

  it('gives clear messages for missing, binary, non-UTF-8, empty and huge files without a stack trace', () => {
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    const res = cli(['lint', 'missing.md', 'bin.md', 'latin1.md', 'empty.md'], dir);
    assert.equal(res.code, EXIT.usage);
    assert.equal(
      res.stderr,
      [
        'clearpost: no such file or directory: missing.md',
        'clearpost: bin.md: not a text file (NUL byte at byte offset 2); skipped',
        'clearpost: latin1.md: not valid UTF-8 (first invalid byte at byte offset 3); save it as UTF-8',
        '',
      ].join('\n'),
    );
    assert.equal(res.stdout, '0 findings, 0 errors, 0 warnings in 1 file\n');
    assert.doesNotMatch(res.stderr, /\bat .*\(.*:\d+:\d+\)/, 'no stack trace');
  });

  it('lints a 5 MB post', function () {
    this.timeout(120000);
    const para = 'Heat stroke is an emergency; cool the person quickly and call for help while you wait. ';
    let text = '';
    while (text.length < 5 * 1024 * 1024) text += `${para.repeat(8)}\n\n`;
    text += 'Contact: late.finding@example.org\n';
    fs.writeFileSync(path.join(dir, 'big.md'), text);
    const res = cli(['lint', '--format', 'json', 'big.md'], dir);
    assert.equal(res.code, EXIT.errors);
    const f = JSON.parse(res.stdout).files[0].findings;
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].range.start.offset, f[0].range.end.offset), 'late.finding@example.org');
  });

  it('reports malformed front matter as a config finding in the post', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: "unclosed\n---\n\nBody.\n');
    const res = cli(['lint', 'a.md'], dir);
    assert.equal(res.code, EXIT.errors);
    assert.match(res.stdout, /^a\.md:2:\d+ error Malformed YAML front matter: .* front-matter-invalid\n/);
  });

  it('usage errors exit 2', () => {
    assert.equal(cli([], dir).code, EXIT.usage);
    assert.equal(cli(['lint'], dir).code, EXIT.usage);
    assert.equal(cli(['lint', '--format', 'xml', 'a.md'], dir).code, EXIT.usage);
    assert.equal(cli(['lint', '--bogus', 'a.md'], dir).code, EXIT.usage);
    assert.equal(cli(['frobnicate'], dir).code, EXIT.usage);
    assert.equal(cli(['--help'], dir).code, EXIT.ok);
  });

  describe('--fix', () => {
    it('applies preferred fixes atomically, reports them, and leaves the rest of the file intact', () => {
      const text = '# Notes\r\n\r\nThe patient (r.lindqvist@example.com) wrote back.\r\nReach her daughter at dana@example.net for details.\r\n';
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, text);
      fs.chmodSync(file, 0o640);
      const res = cli(['lint', '--fix', '--format', 'json', 'a.md'], dir);
      assert.equal(res.code, EXIT.ok);
      assert.equal(fs.readFileSync(file, 'utf8'), '# Notes\r\n\r\nThe patient wrote back.\r\nReach her daughter for details.\r\n');
      assert.equal(fs.statSync(file).mode & 0o777, 0o640, 'file mode kept');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['.clearpost.yml', 'a.md'], 'no temp files left behind');
      assert.deepEqual(JSON.parse(res.stdout).files[0], {
        path: 'a.md',
        findings: [],
        fixed: [
          { ruleId: 'email-address', title: 'Remove the email address', line: 3, column: 14 },
          { ruleId: 'email-address', title: 'Remove the email address', line: 4, column: 23 },
        ],
      });
    });

    it('text format lists what it changed', () => {
      fs.writeFileSync(path.join(dir, 'a.md'), EMAIL_POST);
      const res = cli(['lint', '--fix', 'a.md'], dir);
      assert.equal(res.stdout, 'a.md:1:24 fixed Remove the email address email-address\n0 findings, 0 errors, 0 warnings in 1 file; 1 fix applied\n');
    });
  });
});

describe('clearpost lint --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema and carries rule metadata with help URIs', () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, '.clearpost.yml'), NO_DISCLAIMER_CHECK);
      fs.writeFileSync(path.join(dir, 'a.md'), 'Line one.\n\n| who | how |\n|---|---|\n| daughter | dana@example.net |\n');
      fs.writeFileSync(path.join(dir, 'b.md'), CLEAN_POST);
      const res = cli(['lint', '--format', 'sarif', '.'], dir);
      assert.equal(res.code, EXIT.errors);
      const log: { version: string; runs: any[] } = JSON.parse(res.stdout);
      const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
      const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
      const validate = ajv.compile(schema);
      const valid = validate(log as object);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      const run0 = log.runs[0];
      assert.equal(log.version, '2.1.0');
      assert.equal(run0.tool.driver.name, 'clearpost');
      const rule = run0.tool.driver.rules.find((r: { id: string }) => r.id === 'email-address');
      assert.equal(rule.helpUri, 'https://github.com/clearpost/clearpost/blob/main/docs/rules/email-address.md');
      assert.equal(run0.results.length, 1);
      const r = run0.results[0];
      assert.equal(run0.tool.driver.rules[r.ruleIndex].id, 'email-address');
      assert.equal(r.level, 'error');
      assert.deepEqual(r.locations[0].physicalLocation, {
        artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 5, startColumn: 14, endLine: 5, endColumn: 30, charOffset: 48, charLength: 16 },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dist/cli.js (the built binary)', () => {
  it('runs with a #! line, prints JSON and exits with the contract codes', function () {
    this.timeout(30000);
    const bin = path.join(root, 'dist', 'cli.js');
    assert.ok(fs.existsSync(bin), 'npm test builds dist/ first');
    assert.ok(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, '.clearpost.yml'), NO_DISCLAIMER_CHECK);
      fs.writeFileSync(path.join(dir, 'a.md'), EMAIL_POST);
      const res = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', dir], { encoding: 'utf8' });
      assert.equal(res.status, 1, res.stderr);
      const out = JSON.parse(res.stdout);
      assert.equal(out.version, 1);
      assert.equal(out.files[0].findings[0].ruleId, 'email-address');
      const bad = spawnSync(process.execPath, [bin, 'lint', path.join(dir, 'nope.md')], { encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /^clearpost: no such file or directory: /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dist/core.js is a CommonJS library exporting lint and applyFixes', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(path.join(root, 'dist', 'core.js'));
    const { findings } = core.lint(EMAIL_POST, { now: NOW, config: core.parseConfig(NO_DISCLAIMER_CHECK).config });
    assert.equal(findings.length, 1);
    assert.equal(core.applyFixes(EMAIL_POST, [findings[0].fixes[0]]).text, 'Thanks to the patient for the note.\n');
  });
});
