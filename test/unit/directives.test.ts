// Inline directives in HTML comments: what they suppress, what they report as invalid, and what
// they never touch (findings of category config).
import assert from 'node:assert/strict';
import { DEFAULT_DOCS_BASE_URL, LintSession, lint, type Finding, type Range, type SuppressedFinding } from '../../src/core/index';
import type { BlockRule } from '../../src/core/rule';
import { emailAddress } from '../../src/core/rules/email-address';
import { directiveInvalid } from '../../src/core/rules/directive-invalid';

const EMAIL_MESSAGE = "Unexpected email address, expected none: remove it or point readers to the practice's public contact page.";
const VERBS = 'clearpost-disable-next-line, clearpost-disable-line, clearpost-disable, clearpost-enable';

/** Range from 1-based line/column pairs and 0-based offsets. */
function range(line: number, column: number, offset: number, endLine: number, endColumn: number, endOffset: number): Range {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}

/** Where the nth occurrence (0-based) of `needle` sits in `text`, as a Range. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `${needle} #${nth} in ${JSON.stringify(text)}`);
  }
  const point = (offset: number): { line: number; column: number; offset: number } => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines[lines.length - 1].length + 1, offset };
  };
  return { start: point(at), end: point(at + needle.length) };
}

interface Shown {
  ruleId: string;
  severity: string;
  message: string;
  range: Range;
}

function shown(f: Finding): Shown {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range };
}

function shownSuppressed(f: SuppressedFinding): Shown & { suppressedBy: SuppressedFinding['suppressedBy'] } {
  return { ...shown(f), suppressedBy: f.suppressedBy };
}

/** Findings and suppressed findings of the given rules only, so other rules cannot interfere. */
function run(text: string, ruleIds: string[] = ['email-address', 'directive-invalid'], options: Parameters<typeof lint>[1] = {}) {
  const r = lint(text, options);
  return {
    findings: r.findings.filter((f) => ruleIds.includes(f.ruleId)).map(shown),
    suppressed: r.suppressed.filter((f) => ruleIds.includes(f.ruleId)).map(shownSuppressed),
  };
}

function email(text: string, nth = 0, address = 'pat@example.com'): Shown {
  return { ruleId: 'email-address', severity: 'error', message: EMAIL_MESSAGE, range: rangeOf(text, address, nth) };
}

function by(directive: string, line: number, reason: string | null = null): SuppressedFinding['suppressedBy'] {
  return { directive: `clearpost-${directive}`, reason, line };
}

/** The whole directive-invalid finding for a comment. */
function invalid(message: string, r: Range): Finding {
  return {
    ruleId: 'directive-invalid',
    category: 'config',
    severity: 'warning',
    message,
    range: r,
    url: `${DEFAULT_DOCS_BASE_URL}/directive-invalid.md`,
    note: directiveInvalid.meta.note,
    related: [],
    fixes: [],
  };
}

function invalidFindings(text: string): Finding[] {
  return lint(text).findings.filter((f) => f.ruleId === 'directive-invalid');
}

describe('directives: clearpost-disable-next-line', () => {
  it('without a rule list suppresses every rule on the next line only', () => {
    const text = '<!-- clearpost-disable-next-line -->\npat@example.com\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable-next-line', 1) }],
    });
  });

  it('with a rule list and a reason after "--" records the reason', () => {
    const text = '<!-- clearpost-disable-next-line email-address -- patient signed an authorization -->\npat@example.com\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable-next-line', 1, 'patient signed an authorization') }],
    });
  });

  it('with a category suppresses that category and no other', () => {
    const text = '<!-- clearpost-disable-next-line phi.contact -->\npat@example.com\n\n<!-- clearpost-disable-next-line phi.name -->\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable-next-line', 1) }],
    });
  });

  it('accepts comma- and space-separated lists, including the word all', () => {
    for (const list of ['phi.age, email-address', 'phi.age,email-address', 'phi.age email-address', 'all']) {
      const text = `<!-- clearpost-disable-next-line ${list} -->\npat@example.com\n`;
      assert.deepEqual(run(text), { findings: [], suppressed: [{ ...email(text), suppressedBy: by('disable-next-line', 1) }] }, list);
    }
  });

  it('treats an empty reason as no reason', () => {
    const text = '<!-- clearpost-disable-next-line -- -->\npat@example.com\n';
    assert.deepEqual(run(text).suppressed, [{ ...email(text), suppressedBy: by('disable-next-line', 1) }]);
  });

  it('does not reach across a blank line', () => {
    const text = '<!-- clearpost-disable-next-line -->\n\npat@example.com\n';
    assert.deepEqual(run(text), { findings: [email(text)], suppressed: [] });
  });

  it('counts from the line where a multi-line comment ends', () => {
    const text = '<!-- clearpost-disable-next-line email-address\n     -- the practice address -->\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [],
      suppressed: [{ ...email(text), suppressedBy: by('disable-next-line', 1, 'the practice address') }],
    });
  });

  it('works inline in a paragraph, in a list item and in a block quote', () => {
    const inline = 'Intro <!-- clearpost-disable-next-line --> text\npat@example.com\n';
    assert.deepEqual(run(inline).suppressed, [{ ...email(inline), suppressedBy: by('disable-next-line', 1) }]);
    const list = '- item\n\n  <!-- clearpost-disable-next-line -->\n  pat@example.com\n';
    assert.deepEqual(run(list).suppressed, [{ ...email(list), suppressedBy: by('disable-next-line', 3) }]);
    const quote = '> <!-- clearpost-disable-next-line\n> -->\n> pat@example.com\n';
    assert.deepEqual(run(quote), { findings: [], suppressed: [{ ...email(quote), suppressedBy: by('disable-next-line', 1) }] });
  });

  it('counts lines the same with CRLF and lone CR line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `<!-- clearpost-disable-next-line -->${eol}pat@example.com${eol}pat@example.com${eol}`;
      assert.deepEqual(run(text), {
        findings: [email(text, 1)],
        suppressed: [{ ...email(text, 0), suppressedBy: by('disable-next-line', 1) }],
      }, JSON.stringify(eol));
      assert.equal(run(text).findings[0].range.start.line, 3);
    }
  });
});

describe('directives: clearpost-disable-line', () => {
  it('suppresses findings on its own line only', () => {
    const text = 'Mail pat@example.com <!-- clearpost-disable-line email-address -- public address -->\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable-line', 1, 'public address') }],
    });
  });

  it('on the line after a finding does not cover it', () => {
    const text = 'pat@example.com\n<!-- clearpost-disable-line -->\n';
    assert.deepEqual(run(text), { findings: [email(text)], suppressed: [] });
  });

  it('before the finding on the same line covers it', () => {
    const text = 'Text <!-- clearpost-disable-line --> pat@example.com\n';
    assert.deepEqual(run(text), { findings: [], suppressed: [{ ...email(text), suppressedBy: by('disable-line', 1) }] });
  });
});

describe('directives: clearpost-disable … clearpost-enable', () => {
  it('for one rule: suppresses between the two, not before or after', () => {
    const text = [
      'Before pat@example.com',
      '',
      '<!-- clearpost-disable email-address -- quoted from the consent form -->',
      '',
      'Inside pat@example.com',
      '',
      'Still inside pat@example.com',
      '',
      '<!-- clearpost-enable email-address -->',
      '',
      'After pat@example.com',
      '',
    ].join('\n');
    assert.deepEqual(run(text), {
      findings: [email(text, 0), email(text, 3)],
      suppressed: [
        { ...email(text, 1), suppressedBy: by('disable', 3, 'quoted from the consent form') },
        { ...email(text, 2), suppressedBy: by('disable', 3, 'quoted from the consent form') },
      ],
    });
  });

  it('for a category (phi.contact)', () => {
    const text = '<!-- clearpost-disable phi.contact -->\n\npat@example.com\n\n<!-- clearpost-enable phi.contact -->\n\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable', 1) }],
    });
  });

  it('for another category leaves the rule alone', () => {
    const text = '<!-- clearpost-disable phi.age language.stigma -->\n\npat@example.com\n';
    assert.deepEqual(run(text), { findings: [email(text)], suppressed: [] });
  });

  it('for all rules, without a list or with the word all, until the end of the post', () => {
    for (const list of ['', ' all']) {
      const text = `<!-- clearpost-disable${list} -->\n\npat@example.com\n\n# Heading pat@example.com\n`;
      assert.deepEqual(run(text), {
        findings: [],
        suppressed: [
          { ...email(text, 0), suppressedBy: by('disable', 1) },
          { ...email(text, 1), suppressedBy: by('disable', 1) },
        ],
      }, list);
    }
  });

  it('an enable without a list ends a disable-all', () => {
    const text = '<!-- clearpost-disable -->\n\npat@example.com\n\n<!-- clearpost-enable -->\n\npat@example.com\n';
    assert.deepEqual(run(text), {
      findings: [email(text, 1)],
      suppressed: [{ ...email(text, 0), suppressedBy: by('disable', 1) }],
    });
  });

  it('an enable of one rule inside a disable-all re-enables that rule only', () => {
    // A stand-in second rule, so the test does not depend on other rules' heuristics.
    const probe: BlockRule = {
      scope: 'block',
      meta: { id: 'probe-word', category: 'phi.name', defaultSeverity: 'warning', description: 'Flags the word Zed.', note: 'A test probe.' },
      check(block, _env, report) {
        for (const m of block.text.matchAll(/\bZed\b/g)) report({ start: m.index, end: m.index + 3, message: 'Unexpected Zed.' });
      },
    };
    const text = '<!-- clearpost-disable -->\n\nZed wrote from pat@example.com\n\n<!-- clearpost-enable email-address -->\n\nZed wrote from pat@example.com\n';
    const r = lint(text, { rules: [emailAddress, probe] });
    const zed = (nth: number): Shown => ({ ruleId: 'probe-word', severity: 'warning', message: 'Unexpected Zed.', range: rangeOf(text, 'Zed', nth) });
    assert.deepEqual(r.findings.map(shown), [email(text, 1)]);
    assert.deepEqual(r.suppressed.map(shownSuppressed), [
      { ...zed(0), suppressedBy: by('disable', 1) },
      { ...email(text, 0), suppressedBy: by('disable', 1) },
      { ...zed(1), suppressedBy: by('disable', 1) },
    ]);
  });

  it('an enable with no disable before it changes nothing', () => {
    const text = '<!-- clearpost-enable -->\npat@example.com\n';
    assert.deepEqual(run(text), { findings: [email(text)], suppressed: [] });
  });

  it('a disable-next-line inside a disable range is the one recorded', () => {
    const text = '<!-- clearpost-disable -->\n\n<!-- clearpost-disable-next-line -- signed -->\npat@example.com\n';
    assert.deepEqual(run(text).suppressed, [{ ...email(text), suppressedBy: by('disable-next-line', 3, 'signed') }]);
  });
});

describe('directives: invalid directives', () => {
  it('reports a misspelled directive at the comment and suppresses nothing', () => {
    const text = '<!-- clearpost-disabel -->\n\npat@example.com\n';
    assert.deepEqual(invalidFindings(text), [
      invalid(`Unexpected directive "clearpost-disabel", expected one of ${VERBS}.`, range(1, 1, 0, 1, 27, 26)),
    ]);
    assert.deepEqual(run(text, ['email-address']), { findings: [email(text)], suppressed: [] });
  });

  it('reports a bare "clearpost-" prefix and an upper-case verb', () => {
    assert.deepEqual(invalidFindings('<!-- clearpost- -->\n'), [
      invalid(`Unexpected directive "clearpost-", expected one of ${VERBS}.`, range(1, 1, 0, 1, 20, 19)),
    ]);
    assert.deepEqual(invalidFindings('<!-- clearpost-Disable -->\n'), [
      invalid(`Unexpected directive "clearpost-", expected one of ${VERBS}.`, range(1, 1, 0, 1, 27, 26)),
    ]);
  });

  it('reports an unknown rule and still suppresses nothing', () => {
    const text = '<!-- clearpost-disable-next-line emial-address -->\npat@example.com\n';
    assert.deepEqual(invalidFindings(text), [
      invalid(
        'Unexpected unknown rule or category "emial-address" in clearpost-disable-next-line, expected a rule id or category.',
        range(1, 1, 0, 1, 51, 50),
      ),
    ]);
    assert.deepEqual(run(text, ['email-address']), { findings: [email(text)], suppressed: [] });
  });

  it('names every unknown target, and accepts a valid one next to them', () => {
    const text = 'Text\n\n<!-- clearpost-disable email-address, phi.contacts, exact-aeg -->\n';
    assert.deepEqual(invalidFindings(text), [
      invalid(
        'Unexpected unknown rule or category "phi.contacts", "exact-aeg" in clearpost-disable, expected a rule id or category.',
        rangeOf(text, '<!-- clearpost-disable email-address, phi.contacts, exact-aeg -->'),
      ),
    ]);
  });

  it('reads a reason without the space after "--" as a target, and reports it', () => {
    const text = '<!-- clearpost-disable-next-line --consented -->\npat@example.com\n';
    assert.deepEqual(invalidFindings(text), [
      invalid(
        'Unexpected unknown rule or category "--consented" in clearpost-disable-next-line, expected a rule id or category.',
        range(1, 1, 0, 1, 49, 48),
      ),
    ]);
  });

  it('positions the finding exactly on the comment: inline, after other comments, in a quote and in a list', () => {
    const cases = [
      'Some text <!-- clearpost-nope --> and more.\n',
      '<!-- a note --> <!-- clearpost-nope -->\n',
      '> Quoted\n> <!-- clearpost-nope --> text\n',
      '> <div>\n> <!-- clearpost-nope -->\n> </div>\n',
      '- <div>\n  <!-- clearpost-nope -->\n  </div>\n',
      '> - item\n>   <div>\n>   <!-- clearpost-nope -->\n>   </div>\n',
      'Line one\r\n\r\n<!-- clearpost-nope -->\r\n',
      '😀 text <!-- clearpost-nope -->\n',
    ];
    for (const text of cases) {
      assert.deepEqual(
        invalidFindings(text),
        [invalid(`Unexpected directive "clearpost-nope", expected one of ${VERBS}.`, rangeOf(text, '<!-- clearpost-nope -->'))],
        JSON.stringify(text),
      );
    }
  });

  it('ignores comments that do not start with a directive, and directives in code', () => {
    const text = [
      '<!-- see clearpost-disable in the docs -->',
      '',
      '`<!-- clearpost-disable -->`',
      '',
      '```html',
      '<!-- clearpost-disabel -->',
      '```',
      '',
      '    <!-- clearpost-disable -->',
      '',
      'pat@example.com',
      '',
    ].join('\n');
    assert.deepEqual(run(text), { findings: [email(text)], suppressed: [] });
  });
});

describe('directives: findings of category config are never suppressed', () => {
  it('directive-invalid inside a disable-all, and named by a disable-next-line', () => {
    const text = '<!-- clearpost-disable -->\n\n<!-- clearpost-disable-next-line directive-invalid -->\n<!-- clearpost-bogus -->\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.category === 'config'), [
      invalid(`Unexpected directive "clearpost-bogus", expected one of ${VERBS}.`, rangeOf(text, '<!-- clearpost-bogus -->')),
    ]);
    assert.deepEqual(lint(text).suppressed.filter((f) => f.category === 'config'), []);
  });

  it('directive-invalid on the line of a disable-line naming the config category', () => {
    const text = '<!-- clearpost-disable-line config --> <!-- clearpost-bogus -->\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.category === 'config').map(shown), [
      shown(invalid(`Unexpected directive "clearpost-bogus", expected one of ${VERBS}.`, rangeOf(text, '<!-- clearpost-bogus -->'))),
    ]);
    assert.deepEqual(lint(text).suppressed, []);
  });
});

describe('directives: LintSession', () => {
  it('gives the same findings and suppressions as lint() after an incremental edit', () => {
    const before = 'First paragraph.\n\n> <div>\n> <!-- clearpost-nope -->\n> </div>\n\n<!-- clearpost-disable-next-line -->\npat@example.com\n\nLast pat@example.com\n';
    const after = before.replace('First paragraph.', 'First edited paragraph.');
    const session = new LintSession();
    assert.deepEqual(session.lint(before), lint(before));
    const result = session.lint(after);
    assert.equal(session.lastMode, 'incremental');
    assert.deepEqual(result, lint(after));
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'directive-invalid').map((f) => f.range), [rangeOf(after, '<!-- clearpost-nope -->')]);
    assert.deepEqual(result.suppressed.map(shownSuppressed), [{ ...email(after, 0), suppressedBy: by('disable-next-line', 7) }]);
  });
});
