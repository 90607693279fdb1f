// `clearpost` command line: argument parsing and formatting only; the work is in src/core.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lint, configProblemToFinding, parseFixOnly, DEFAULT_DOCS_BASE_URL, type Finding, type LintOptions } from '../core/index';
import { planFixes } from './fix';
import fs from 'node:fs';
import { ConfigLocator } from '../core/config-locator';
import { expandPaths, InputError, readPost, writeAtomic } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import type { FileReport, FixedEntry } from './format/report';
import { CliError, EXIT, type Io } from './commands/common';
import { checkCommand, CHECK_USAGE } from './commands/check';
import { tickCommand, TICK_USAGE } from './commands/tick';
import { signCommand, SIGN_USAGE } from './commands/sign';
import { overrideCommand, OVERRIDE_USAGE } from './commands/override';
import { auditCommand, AUDIT_USAGE } from './commands/audit';
import { createImageMetaReader, ImageMetaCache } from '../node/image-meta';

declare const CLEARPOST_VERSION: string;
const VERSION = typeof CLEARPOST_VERSION === 'string' ? CLEARPOST_VERSION : '0.0.0-dev';
const HOMEPAGE = 'https://github.com/clearpost/clearpost';

export { EXIT, type Io };

const COMMANDS: Record<string, (args: string[], io: Io) => number> = {
  check: checkCommand,
  tick: tickCommand,
  sign: signCommand,
  override: overrideCommand,
  audit: auditCommand,
};

const USAGE = `Usage: clearpost <command> [options]

Commands:
  lint [options] PATHS...   Check Markdown posts (files, directories, globs)
  check POST                Show the compliance checklist and sign-offs; exit 0 only when cleared
  tick POST ITEM            Tick a checklist item (--note TEXT; --untick to undo)
  sign POST --role ROLE     Sign the post off as ROLE (records the content hash)
  override POST RULE-ID     Waive a blocking finding (--reason TEXT --role ROLE)
  audit verify [DIR]        Check the audit log's hash chain (.clearpost/audit.jsonl)

  ${CHECK_USAGE}
      --format text|json    Output format (default: text)
  ${TICK_USAGE}
  ${SIGN_USAGE}
  ${OVERRIDE_USAGE}
  ${AUDIT_USAGE}
  Checklist commands also take --config FILE and --workspace DIR (where .clearpost/audit.jsonl
  lives; default: the folder of .clearpost.yml, else the current directory). Identity: --as,
  else CLEARPOST_USER_NAME and CLEARPOST_USER_EMAIL, else git config user.name and user.email.

Options for lint:
  --format text|json|sarif  Output format (default: text)
  --config FILE             Use this configuration instead of the nearest .clearpost.yml
  --fix                     Apply each finding's preferred fix and write the files
  --fix-only SEL            With --fix: fix only these rules or categories (a rule id, a category
                            such as phi.age, or a prefix such as phi.); repeatable or comma-separated.
                            Overlapping fixes: the earlier start wins, then the longer, then rule id
  --quiet                   Report errors only
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no error findings (check: cleared; audit verify: intact), 1 error findings
(check: not cleared; audit verify: broken), 2 usage, configuration or I/O error.
`;

function rel(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}

/** Run the CLI; returns the exit code. Never throws. */
export function run(argv: string[], io: Io): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    io.stderr(`clearpost: internal error: ${(e as Error)?.message ?? String(e)}. Your files were not changed. Please report this.\n`);
    return EXIT.usage;
  }
}

function dispatch(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === 'lint') return lintCommand(rest, io);
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler) {
    try {
      return handler(rest, io);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.stderr(`clearpost ${command}: ${e.message}\n`);
      return e.code;
    }
  }
  io.stderr(`clearpost: unknown command "${command}"\n\n${USAGE}`);
  return EXIT.usage;
}

function lintCommand(args: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-only': { type: 'string', multiple: true },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr(`clearpost lint: ${(e as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) {
    io.stderr(`clearpost lint: unknown --format "${format}", expected text, json or sarif\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr(`clearpost lint: no PATHS given\n\n${USAGE}`);
    return EXIT.usage;
  }
  let fixOnly: string[] = [];
  if (values['fix-only'] !== undefined) {
    if (!values.fix) {
      io.stderr('clearpost lint: --fix-only needs --fix\n');
      return EXIT.usage;
    }
    const sel = parseFixOnly(values['fix-only']);
    if (sel.errors.length > 0) {
      for (const err of sel.errors) io.stderr(`clearpost lint: --fix-only: ${err}\n`);
      return EXIT.usage;
    }
    fixOnly = sel.only;
  }

  let failed = false;
  const { files, errors } = expandPaths(positionals, io.cwd);
  for (const err of errors) {
    io.stderr(`clearpost: ${err}\n`);
    failed = true;
  }
  const locator = new ConfigLocator({ exists: (f) => fs.existsSync(f), readText: (f) => fs.readFileSync(f, 'utf8') });
  const explicit = values.config ? path.resolve(io.cwd, values.config) : undefined;
  const reports: FileReport[] = [];
  const configReports = new Map<string, FileReport>();
  const imageCache = new ImageMetaCache();

  for (const file of files) {
    const loaded = locator.forPost(file, explicit);
    if (loaded.file && loaded.problems.length > 0 && !configReports.has(loaded.file)) {
      failed = true;
      const rep = { path: rel(io.cwd, loaded.file), findings: loaded.problems.map((p) => configProblemToFinding(p, DEFAULT_DOCS_BASE_URL)) };
      configReports.set(loaded.file, rep);
      for (const f of rep.findings) io.stderr(`clearpost: invalid configuration ${rep.path}:${f.range.start.line}:${f.range.start.column}: ${f.message}\n`);
    }
    let text: string;
    try {
      text = readPost(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`clearpost: ${rel(io.cwd, file)}: ${e.message.replace(`${file}: `, '')}\n`);
      failed = true;
      continue;
    }
    const imageMeta = createImageMetaReader(file, loaded.file ? path.dirname(loaded.file) : io.cwd, imageCache);
    const options = { config: loaded.config, now: io.now, imageMeta };
    let findings = lint(text, options).findings;
    let fixed: FixedEntry[] | undefined;
    if (values.fix) {
      const outcome = fixFile(file, text, findings, options, io, fixOnly);
      if (outcome === null) failed = true;
      else {
        fixed = outcome.fixed;
        findings = outcome.remaining;
      }
    }
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    reports.push({ path: rel(io.cwd, file), findings, ...(fixed ? { fixed } : {}) });
  }
  const all = [...configReports.values(), ...reports];

  if (format === 'json') io.stdout(formatJson(all));
  else if (format === 'sarif') io.stdout(formatSarif(all, { version: VERSION, docsBaseUrl: DEFAULT_DOCS_BASE_URL, informationUri: HOMEPAGE }));
  else io.stdout(formatText(all));

  if (failed) return EXIT.usage;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.errors : EXIT.ok;
}

/** Apply the preferred fixes and write the file, or say why not. Returns null when refused. */
function fixFile(file: string, text: string, findings: Finding[], options: LintOptions, io: Io, only: readonly string[] = []): { fixed: FixedEntry[]; remaining: Finding[] } | null {
  const plan = planFixes(text, findings, options, only);
  const name = rel(io.cwd, file);
  if (plan.refusal) {
    io.stderr(`clearpost: ${name}: refusing to write fixes: ${plan.refusal}. The file is unchanged; apply the fixes by hand.\n`);
    return null;
  }
  try {
    if (plan.text !== text) writeAtomic(file, plan.text);
  } catch (e) {
    io.stderr(`clearpost: ${(e as Error).message}\n`);
    return null;
  }
  const fixed = plan.applied.map(({ finding, fix }) => ({ ruleId: finding.ruleId, title: fix.title, line: finding.range.start.line, column: finding.range.start.column }));
  return { fixed, remaining: plan.remaining };
}
