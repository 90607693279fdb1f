// The checklist commands end to end on temp directories: check, tick, sign, override and
// audit verify — exit codes, exact output, front matter kept byte for byte, the audit trail.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, EXIT } from '../../src/cli/main';
import { contentHash, withoutState } from '../../src/core/checklist/index';

const NOW = new Date('2026-11-24T12:00:00Z');
const T = '2026-11-24T12:00:00Z';
const REVIEWER_ENV = { CLEARPOST_USER_NAME: 'Dr Clin Ician', CLEARPOST_USER_EMAIL: 'clin@example.org' };
/** No identity anywhere: git sees no global or system config. */
const NOBODY_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir(), PATH: process.env.PATH };

const CONFIG = [
  'checklist:',
  '  requiredRoles: [clinical, compliance]',
  '  items:',
  '    - id: disclaimer',
  '      title: Educational disclaimer present',
  '      kind: auto',
  '      check: educational-disclaimer',
  '    - id: language',
  '      title: No stigmatising language',
  '      kind: assisted',
  '      categories: [language.stigma]',
  '    - id: authorization',
  '      title: Authorization on file',
  '      kind: manual',
  '      prompt: authorization id and scope',
  '    - id: images',
  '      title: Images scrubbed',
  '      kind: auto',
  '      check: images-scrubbed',
  '',
].join('\n');

const POST = [
  '---',
  '# Reviewed drafts only',
  "title: 'Hand washing: the \"why\"'   # feed title",
  'author: Dr Writer',
  'author_email: writer@example.org',
  '---',
  '# Hand washing',
  '',
  'Wash for twenty seconds. This is general education, not medical advice.',
  '',
].join('\n');

function cli(args: string[], cwd: string, env: Record<string, string | undefined> = REVIEWER_ENV) {
  let stdout = '';
  let stderr = '';
  const code = run(args, { cwd, now: NOW, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('clearpost check/tick/sign/audit (CLI)', () => {
  let dir: string;
  const post = (): string => fs.readFileSync(path.join(dir, 'posts', 'a.md'), 'utf8');
  const auditLog = (): string => fs.readFileSync(path.join(dir, '.clearpost', 'audit.jsonl'), 'utf8');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-checklist-'));
    fs.writeFileSync(path.join(dir, '.clearpost.yml'), CONFIG);
    fs.mkdirSync(path.join(dir, 'posts'));
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the whole flow: check, tick, sign by two roles, cleared, then stale after an edit', () => {
    const hash = contentHash(POST, () => null).hash;
    const first = cli(['check', '--format', 'json', 'posts/a.md'], dir);
    assert.equal(first.code, EXIT.errors);
    assert.equal(first.stderr, '');
    const out = JSON.parse(first.stdout);
    assert.deepEqual(Object.keys(out), ['cleared', 'items', 'requiredRoles', 'signoffs', 'post', 'hash', 'blocking', 'overrides']);
    assert.deepEqual(Object.keys(out.items[0]).slice(0, 5), ['id', 'title', 'kind', 'done', 'note']);
    assert.deepEqual(out, {
      cleared: false,
      items: [
        { id: 'disclaimer', title: 'Educational disclaimer present', kind: 'auto', done: true, note: 'Educational disclaimer found.', status: 'pass', by: null, time: null },
        { id: 'language', title: 'No stigmatising language', kind: 'assisted', done: false, note: 'Clearpost found nothing in language.stigma; confirm and tick.', status: 'open', by: null, time: null },
        { id: 'authorization', title: 'Authorization on file', kind: 'manual', done: false, note: 'Needs a tick with a note: authorization id and scope.', status: 'open', by: null, time: null },
        { id: 'images', title: 'Images scrubbed', kind: 'auto', done: true, note: 'No local images.', status: 'pass', by: null, time: null },
      ],
      requiredRoles: ['clinical', 'compliance'],
      signoffs: [],
      post: 'posts/a.md',
      hash,
      blocking: ['item language is not done', 'item authorization is not done', 'no clinical sign-off', 'no compliance sign-off'],
      overrides: [],
    });

    assert.deepEqual(cli(['tick', 'posts/a.md', 'disclaimer'], dir), {
      code: EXIT.usage,
      stdout: '',
      stderr: 'clearpost tick: Item disclaimer is automatic and cannot be ticked by hand; it passes: Educational disclaimer found.\n',
    });
    assert.deepEqual(cli(['tick', 'posts/a.md', 'authorization'], dir), { code: EXIT.usage, stdout: '', stderr: 'clearpost tick: Item authorization is manual and needs a note (authorization id and scope). Give it with --note.\n' });
    assert.deepEqual(cli(['tick', 'posts/a.md', 'authorization', '--note', 'AUTH-2026-114; blog only'], dir), {
      code: EXIT.ok,
      stdout: 'Ticked authorization on posts/a.md as Dr Clin Ician <clin@example.org> at 2026-11-24T12:00:00Z.\n',
      stderr: '',
    });
    assert.equal(cli(['tick', 'posts/a.md', 'language'], dir).code, EXIT.ok);
    assert.deepEqual(cli(['sign', 'posts/a.md', '--role', 'clinical', '--as', 'Dr Writer <writer@example.org>'], dir), {
      code: EXIT.usage,
      stdout: '',
      stderr: "clearpost sign: Dr Writer <writer@example.org> is the post's author and may not sign it off; ask another reviewer.\n",
    });
    assert.deepEqual(cli(['sign', 'posts/a.md', '--role', 'clinical'], dir), {
      code: EXIT.ok,
      stdout: `Signed off posts/a.md as clinical: Dr Clin Ician <clin@example.org> at 2026-11-24T12:00:00Z, ${hash}.\n`,
      stderr: '',
    });
    assert.equal(cli(['sign', 'posts/a.md', '--role', 'compliance', '--as', 'Com Pliance <comp@example.org>'], dir).code, EXIT.ok);

    // Everything outside the clearpost block is byte for byte what the author wrote.
    assert.equal(withoutState(post()), POST);
    const cleared = cli(['check', 'posts/a.md'], dir);
    assert.equal(cleared.code, EXIT.ok);
    assert.equal(
      cleared.stdout,
      [
        'posts/a.md: cleared',
        '  [x] disclaimer (auto) Educational disclaimer present',
        '        Educational disclaimer found.',
        '  [x] language (assisted) No stigmatising language',
        '  [x] authorization (manual) Authorization on file',
        '        AUTH-2026-114; blog only — Dr Clin Ician <clin@example.org>, 2026-11-24T12:00:00Z',
        '  [x] images (auto) Images scrubbed',
        '        No local images.',
        'Required roles: clinical, compliance',
        `  signed clinical: Dr Clin Ician <clin@example.org> at 2026-11-24T12:00:00Z, ${hash} (current)`,
        `  signed compliance: Com Pliance <comp@example.org> at 2026-11-24T12:00:00Z, ${hash} (current)`,
        '',
      ].join('\n'),
    );

    // One character changes: both sign-offs go stale and say what changed.
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), post().replace('twenty seconds', 'twenty second'));
    const stale = cli(['check', '--format', 'json', 'posts/a.md'], dir);
    assert.equal(stale.code, EXIT.errors);
    const s = JSON.parse(stale.stdout);
    assert.deepEqual(s.signoffs.map((x: { role: string; stale: boolean; changed: string[] }) => [x.role, x.stale, x.changed]), [
      ['clinical', true, ['body']],
      ['compliance', true, ['body']],
    ]);
    assert.deepEqual(s.blocking, ['the clinical sign-off is stale (body changed)', 'the compliance sign-off is stale (body changed)']);

    // The audit trail: four records, names and hashes only, never the note or post text.
    const log = auditLog();
    assert.deepEqual(
      log.trim().split('\n').map((l) => {
        const r = JSON.parse(l);
        return [r.seq, r.event, r.post, r.name, r.item ?? r.role, r.contentHash === hash, typeof r.noteHash];
      }),
      [
        [1, 'tick', 'posts/a.md', 'Dr Clin Ician', 'authorization', true, 'string'],
        [2, 'tick', 'posts/a.md', 'Dr Clin Ician', 'language', true, 'undefined'],
        [3, 'signoff', 'posts/a.md', 'Dr Clin Ician', 'clinical', true, 'undefined'],
        [4, 'signoff', 'posts/a.md', 'Com Pliance', 'compliance', true, 'undefined'],
      ],
    );
    assert.doesNotMatch(log, /AUTH-2026|twenty|Hand washing/);
    assert.deepEqual(cli(['audit', 'verify'], dir), { code: EXIT.ok, stdout: '.clearpost/audit.jsonl: intact, 4 records\n', stderr: '' });
  });

  it('unticks, and records the untick', () => {
    cli(['tick', 'posts/a.md', 'language'], dir);
    assert.deepEqual(cli(['tick', 'posts/a.md', 'language', '--untick'], dir), {
      code: EXIT.ok,
      stdout: 'Unticked language on posts/a.md as Dr Clin Ician <clin@example.org> at 2026-11-24T12:00:00Z.\n',
      stderr: '',
    });
    assert.equal(post(), POST.replace('---\n# Hand', 'clearpost: {}\n---\n# Hand'));
    assert.deepEqual(auditLog().trim().split('\n').map((l) => JSON.parse(l).event), ['tick', 'untick']);
    assert.deepEqual(cli(['tick', 'posts/a.md', 'language', '--untick'], dir), { code: EXIT.usage, stdout: '', stderr: 'clearpost tick: Item language is not ticked.\n' });
  });

  it('records an override with its reason in the front matter and only its hash in the audit log', () => {
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST.replace('Wash for', 'Questions: desk@clinic.example.com. Wash for'));
    assert.equal(JSON.parse(cli(['check', '--format', 'json', 'posts/a.md'], dir).stdout).blocking[2], 'open error findings: email-address');
    assert.deepEqual(cli(['override', 'posts/a.md', 'email-address', '--role', 'compliance', '--as', 'Com Pliance <comp@example.org>', '--reason', 'Public front-desk address'], dir), {
      code: EXIT.ok,
      stdout: 'Overrode email-address on posts/a.md as compliance: Com Pliance <comp@example.org> at 2026-11-24T12:00:00Z.\n',
      stderr: '',
    });
    const out = JSON.parse(cli(['check', '--format', 'json', 'posts/a.md'], dir).stdout);
    assert.deepEqual(out.overrides, [{ rule: 'email-address', reason: 'Public front-desk address', role: 'compliance', name: 'Com Pliance', email: 'comp@example.org', time: T, stale: false }]);
    assert.deepEqual(out.blocking, ['item language is not done', 'item authorization is not done', 'no clinical sign-off', 'no compliance sign-off']);
    assert.match(post(), /\n {2}overrides:\n {4}- rule: email-address\n {6}reason: Public front-desk address\n/);
    const rec = JSON.parse(auditLog());
    assert.deepEqual([rec.event, rec.rule, rec.role, rec.name], ['override', 'email-address', 'compliance', 'Com Pliance']);
    assert.doesNotMatch(auditLog(), /front-desk|desk@clinic/);
    assert.deepEqual(cli(['override', 'posts/a.md', 'email-address', '--role', 'compliance', '--reason', 'again'], dir), {
      code: EXIT.usage,
      stdout: '',
      stderr: 'clearpost override: There is no open error finding from rule "email-address" to override.\n',
    });
  });

  it('goes stale when an image changes by one byte, naming the image', () => {
    fs.mkdirSync(path.join(dir, 'posts', 'img'));
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'sink.png'), Buffer.from([1, 2, 3, 4]));
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), POST + '\n![A sink](img/sink.png)\n');
    const item = JSON.parse(cli(['check', '--format', 'json', 'posts/a.md'], dir).stdout).items[3];
    assert.deepEqual([item.done, item.status], [false, 'needs-person']);
    assert.equal(cli(['tick', 'posts/a.md', 'images', '--note', 'EXIF stripped; no faces'], dir).code, EXIT.ok);
    cli(['tick', 'posts/a.md', 'language'], dir);
    cli(['tick', 'posts/a.md', 'authorization', '--note', 'none needed'], dir);
    assert.equal(cli(['sign', 'posts/a.md', '--role', 'clinical'], dir).code, EXIT.ok);
    assert.equal(cli(['sign', 'posts/a.md', '--role', 'compliance', '--as', 'C <c@example.org>'], dir).code, EXIT.ok);
    assert.equal(cli(['check', 'posts/a.md'], dir).code, EXIT.ok);
    fs.writeFileSync(path.join(dir, 'posts', 'img', 'sink.png'), Buffer.from([1, 2, 3, 5]));
    const res = cli(['check', 'posts/a.md'], dir);
    assert.equal(res.code, EXIT.errors);
    assert.match(res.stdout, /\n {2}- the clinical sign-off is stale \(image img\/sink\.png changed\)\n/);
  });

  it('reports a tampered audit log with the first broken line and exit 1', () => {
    cli(['tick', 'posts/a.md', 'language'], dir);
    cli(['tick', 'posts/a.md', 'authorization', '--note', 'none needed'], dir);
    cli(['tick', 'posts/a.md', 'language', '--untick'], dir);
    const file = path.join(dir, '.clearpost', 'audit.jsonl');
    const lines = auditLog().trim().split('\n');
    fs.writeFileSync(file, [lines[0], lines[1].replace('Dr Clin Ician', 'Dr Someone'), lines[2]].join('\n') + '\n');
    assert.deepEqual(cli(['audit', 'verify', dir], os.tmpdir()), {
      code: EXIT.errors,
      stdout: `${path.relative(os.tmpdir(), file)}:2: broken: the record does not match its own hash: it was edited.\n`,
      stderr: '',
    });
    // A damaged log refuses further appends, and the post is left alone.
    const before = post();
    const res = cli(['tick', 'posts/a.md', 'language'], dir);
    assert.equal(res.code, EXIT.usage);
    assert.match(res.stderr, /^clearpost tick: the audit log .*audit\.jsonl is damaged at line 2: the record does not match its own hash: it was edited\. Nothing was written; run clearpost audit verify\n$/);
    assert.equal(post(), before);
    fs.writeFileSync(file, [lines[0], lines[2]].join('\n') + '\n');
    assert.deepEqual(cli(['audit', 'verify'], dir).stdout, '.clearpost/audit.jsonl:2: broken: expected record 2 but found record 3: a record was deleted before this line.\n');
    fs.writeFileSync(file, [lines[0], lines[1]].join('\n') + '\n');
    assert.deepEqual(cli(['audit', 'verify'], dir).stdout, '.clearpost/audit.jsonl:3: broken: the log ends after record 2 but audit.head says it has 3: records were removed from the end (truncated).\n');
  });

  it('takes the identity from git config, and says clearly when there is none', () => {
    assert.deepEqual(cli(['tick', 'posts/a.md', 'language'], dir, NOBODY_ENV), {
      code: EXIT.usage,
      stdout: '',
      stderr: 'clearpost tick: who are you? Pass --as "Name <email>", or set CLEARPOST_USER_NAME and CLEARPOST_USER_EMAIL, or git config user.name and user.email\n',
    });
    const gitconfig = path.join(dir, 'gitconfig');
    fs.writeFileSync(gitconfig, '[user]\n\tname = Git Reviewer\n\temail = git@example.org\n');
    assert.equal(cli(['tick', 'posts/a.md', 'language'], dir, { ...NOBODY_ENV, GIT_CONFIG_GLOBAL: gitconfig }).stdout, 'Ticked language on posts/a.md as Git Reviewer <git@example.org> at 2026-11-24T12:00:00Z.\n');
  });

  it('gives one-line usage and I/O errors with exit 2, and never touches a malformed post', () => {
    const cases: [string[], string][] = [
      [['check'], 'clearpost check: no POST given\n'],
      [['check', '--format', 'sarif', 'posts/a.md'], 'clearpost check: unknown --format "sarif", expected text or json\n'],
      [['check', 'posts/missing.md'], 'clearpost check: no such file: posts/missing.md\n'],
      [['sign', 'posts/a.md'], 'clearpost sign: --role is required\n'],
      [['sign', 'posts/a.md', '--role', 'legal'], 'clearpost sign: Unknown role "legal"; expected one of clinical, compliance.\n'],
      [['sign', 'posts/a.md', '--role', 'clinical', '--as', 'nobody'], 'clearpost sign: --as must look like "Name <email>", got "nobody"\n'],
      [['tick', 'posts/a.md'], 'clearpost tick: expected POST and ITEM\n'],
      [['tick', 'posts/a.md', 'language', '--colour'], 'clearpost tick: unknown option --colour\n'],
      [['audit'], 'clearpost audit: expected a subcommand: verify\n'],
      [['audit', 'check'], 'clearpost audit: unknown audit subcommand "check", expected verify\n'],
      [['override', 'posts/a.md', 'email-address', '--role', 'clinical'], 'clearpost override: --reason is required\n'],
    ];
    for (const [args, stderr] of cases) assert.deepEqual(cli(args, dir), { code: EXIT.usage, stdout: '', stderr }, args.join(' '));

    const bad = '---\ntitle: [oops\n---\r\nBody\n';
    fs.writeFileSync(path.join(dir, 'posts', 'a.md'), bad);
    assert.deepEqual(cli(['tick', 'posts/a.md', 'language'], dir), {
      code: EXIT.usage,
      stdout: '',
      stderr: 'clearpost tick: The front matter is not valid YAML (line 2): Flow sequence in block collection must be sufficiently indented and end with a ]. Fix it first; nothing was written.\n',
    });
    assert.equal(post(), bad);
    assert.equal(fs.existsSync(path.join(dir, '.clearpost')), false);

    fs.writeFileSync(path.join(dir, '.clearpost.yml'), 'checklist:\n  requiredRoles: clinical\n');
    assert.deepEqual(cli(['check', 'posts/a.md'], dir), {
      code: EXIT.usage,
      stdout: '',
      stderr: 'clearpost check: invalid configuration .clearpost.yml:2:18: Unexpected value at "checklist.requiredRoles", expected array.\n',
    });
  });

  it('creates front matter for a post without any, and verifies a workspace with no log yet', () => {
    fs.writeFileSync(path.join(dir, 'posts', 'b.md'), 'Plain post. General education, not medical advice.\r\n');
    assert.equal(cli(['tick', 'posts/b.md', 'language'], dir).code, EXIT.ok);
    assert.equal(
      fs.readFileSync(path.join(dir, 'posts', 'b.md'), 'utf8'),
      '---\r\nclearpost:\r\n  ticks:\r\n    - item: language\r\n      by: Dr Clin Ician <clin@example.org>\r\n      time: 2026-11-24T12:00:00Z\r\n---\r\nPlain post. General education, not medical advice.\r\n',
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-empty-'));
    try {
      assert.deepEqual(cli(['audit', 'verify', '.'], empty), { code: EXIT.ok, stdout: '.clearpost/audit.jsonl: no audit log yet (0 records)\n', stderr: '' });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lists the new commands in the usage text', () => {
    const res = cli(['--help'], dir);
    assert.equal(res.code, EXIT.ok);
    for (const line of [
      '  check POST                Show the compliance checklist and sign-offs; exit 0 only when cleared\n',
      '  audit verify [DIR]        Check the audit log\'s hash chain (.clearpost/audit.jsonl)\n',
      '  clearpost sign POST --role ROLE [--as "Name <email>"]\n',
    ]) {
      assert.ok(res.stdout.includes(line), line);
    }
  });
});
