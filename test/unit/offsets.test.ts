// Exact source offsets: a finding's range must cover exactly the flagged text in the source, with
// line/column agreeing with the offset (UTF-16 columns), whatever Markdown surrounds it.
import assert from 'node:assert/strict';
import { LintSession, lint, type Finding, type Range } from '../../src/core/index';
import type { BlockRule } from '../../src/core/rule';
import { emailAddress } from '../../src/core/rules/email-address';

const A = 'pat@example.com';
const MAILTO_MESSAGE = "Unexpected mailto: link to an email address, expected none: remove the link or point to the practice's contact page.";
const EMAIL_MESSAGE = "Unexpected email address, expected none: remove it or point readers to the practice's public contact page.";

/** Point for an offset, counting lines and UTF-16 columns independently of the code under test. */
function point(text: string, offset: number): { line: number; column: number; offset: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1, offset };
}

function rangeAt(text: string, start: number, end: number): Range {
  return { start: point(text, start), end: point(text, end) };
}

/** Ranges of every occurrence of `needle` in `text`, in order. */
function rangesOf(text: string, needle: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(rangeAt(text, at, at + needle.length));
  return out;
}

function emailFindings(text: string): Finding[] {
  return lint(text).findings.filter((f) => f.ruleId === 'email-address');
}

/** Every occurrence of the address is found once, exactly, and nothing else is. */
function assertEachAddress(text: string, address = A): void {
  const found = emailFindings(text);
  assert.deepEqual(found.map((f) => f.range), rangesOf(text, address), JSON.stringify(text));
  for (const f of found) {
    assert.equal(text.slice(f.range.start.offset, f.range.end.offset), address);
    assert.equal(f.message, EMAIL_MESSAGE);
  }
  // The incremental path must agree with a full lint.
  const session = new LintSession();
  session.lint(text);
  assert.deepEqual(session.lint(text + '\n\nMore.\n').findings.filter((f) => f.ruleId === 'email-address').map((f) => f.range), found.map((f) => f.range));
}

/** The flagged source text of each finding, in order. */
function flagged(text: string): string[] {
  return emailFindings(text).map((f) => text.slice(f.range.start.offset, f.range.end.offset));
}

describe('offsets: an address inside Markdown constructs', () => {
  const cases: [string, string][] = [
    ['plain paragraph', `Write to ${A} today.`],
    ['emphasis with *', `*${A}*`],
    ['emphasis with _', `_${A}_`],
    ['strong with **', `**${A}**`],
    ['strong with __', `__${A}__`],
    ['strong emphasis ***', `***${A}***`],
    ['nested strong and emphasis', `**bold _nested ${A}_**`],
    ['strikethrough ~~', `~~${A}~~`],
    ['strikethrough ~', `~${A}~`],
    ['link text', `[${A}](https://example.org/contact)`],
    ['link text with emphasis', `[*${A}*](https://example.org)`],
    ['image alt', `![${A}](photo.png)`],
    ['image alt with markup and entities', `![a *b* &amp; ${A}](photo.png)`],
    ['image title', `![Clinic](photo.png "${A}")`],
    ['image title equal to the alt', `![${A}](photo.png "${A}")`],
    ['link title in double quotes', `[site](https://example.org "${A}")`],
    ['link title in single quotes', `[site](https://example.org '${A}')`],
    ['link title in parentheses', `[site](https://example.org (${A}))`],
    ['link title equal to the link text', `[${A}](https://example.org "${A}")`],
    ['link title with escaped quotes', `[t](https://say.org "say \\"hi\\" ${A}")`],
    ['link title over two lines', `[t](https://example.org "multi\nline ${A}")`],
    ['definition title', `[t][r]\n\n[r]: https://example.org "${A}"`],
    ['reference image alt', `![${A}][r]\n\n[r]: https://example.org/i.png`],
    ['table cell', `| a | b |\n|---|---|\n| ${A} | x |`],
    ['table cell with inline code and emphasis', `| a | b |\n|:-:|--:|\n| \`x\` | *${A}* |`],
    ['table cell after an escaped pipe', `| a |\n|---|\n| x \\| ${A} |`],
    ['block quote', `> ${A}`],
    ['block quote, second line', `> line one\n> ${A}`],
    ['nested block quote', `> > ${A}`],
    ['nested block quote after a line', `> a\n> > b ${A}`],
    ['deeply nested block quote, continuation line', `${'> '.repeat(14)}a\n${'> '.repeat(14)}${A}`],
    ['list item', `- ${A}`],
    ['nested list item', `- a\n  - ${A}`],
    ['ordered list item', `1. a\n2. ${A}`],
    ['nested ordered list item', `1) x\n   1. ${A}`],
    ['three-level ordered list', `1. a\n   1. b\n      1. ${A}`],
    ['ordered list with a two-digit number', `10. x\n    ${A}`],
    ['list item second paragraph', `- a\n\n  para ${A}`],
    ['task list item', `- [x] task ${A}`],
    ['list in a block quote', `> - ${A}`],
    ['block quote in a list', `- > ${A}`],
    ['quote, list and quote', `> 1. a\n>    > ${A}`],
    ['deeply nested list, continuation line', `${Array.from({ length: 14 }, (_, i) => `${' '.repeat(2 * i)}- item\n`).join('')}${' '.repeat(28)}more ${A}`],
    ['ATX heading', `# ${A}`],
    ['ATX heading with closing hashes', `### x ${A} ###`],
    ['ATX heading after a tab', `#\t${A}`],
    ['setext heading (=)', `${A}\n===`],
    ['setext heading (-)', `Title ${A}\n---`],
    ['setext heading over two lines', `line\n${A}\n---`],
    ['footnote definition', `Text[^1]\n\n[^1]: ${A}`],
    ['footnote definition, indented continuation', `[^n]: a\n    ${A}`],
    ['footnote reference before the address', `a[^1] ${A}\n\n[^1]: note`],
    ['after backslash-escaped asterisks', `\\*x\\* ${A}`],
    ['after many backslash escapes', `${'\\*'.repeat(15)} ${A}`],
    ['inside escaped brackets', `\\[${A}\\]`],
    ['after an escaped underscore', `a\\_b ${A}`],
    ['after &amp;', `&amp; ${A}`],
    ['directly after &amp;', `x&amp;${A}`],
    ['after named and numeric character references', `&copy;&#169;&#xA9; ${A}`],
    ['after many &lt; references', `${'&lt;'.repeat(8)} ${A}`],
    ['between &lt; and &gt;', `&lt;${A}&gt;`],
    ['after &#64;', `&#64;&#64; ${A}`],
    ['after an astral character reference', `&Afr; ${A}`],
    ['after an emoji', `😀 ${A}`],
    ['after several emoji and a ZWJ sequence', `😀😀😀 ${A} 👩‍⚕️ ${A}`],
    ['after a mathematical letter (astral)', `𝒳 ${A}`],
    ['CJK text with spaces', `患者 ${A} です`],
    ['CJK text with full-width punctuation', `連絡先：${A}。`],
    ['CRLF line endings', `a\r\nb\r\n${A}`],
    ['CRLF in a block quote', `> a\r\n> ${A}`],
    ['CRLF in a nested list', `- a\r\n  - b\r\n    ${A}`],
    ['CRLF setext heading and paragraph', `Title\r\n=====\r\n\r\n${A}`],
    ['CRLF table', `| a |\r\n|---|\r\n| ${A} |`],
    ['lone CR line endings', `a\r${A}\rb`],
    ['lone CR in a block quote', `> a\r> ${A}`],
    ['after a hard break (two spaces)', `a  \n${A}`],
    ['after a hard break (backslash)', `a\\\n${A}`],
    ['after a tab-indented continuation line', `a\n\t${A}`],
    ['after inline code', `a \`c\` ${A}`],
    ['after inline code with double backticks', `\`\`code\`\` ${A}`],
    ['after inline HTML', `a <b>x</b> ${A}`],
    ['after an image', `a ![i](x.png) ${A}`],
    ['after a link with an angle-bracket URL', `[x](<u> "a") ${A}`],
    ['angle-bracket autolink', `<${A}>`],
    ['mailto: autolink', `<mailto:${A}>`],
    ['literal mailto: text', `mailto:${A}`],
    ['inside inline HTML tags', `<span>${A}</span>`],
    ['after front matter', `---\ntitle: Post\n---\n\n${A}`],
    ['after CRLF front matter', `---\r\ntitle: x\r\n---\r\n\r\n> a\r\n> b ${A}\r\n`],
    ['after lone-CR front matter', `---\rtitle: x\r---\rBody ${A}`],
    ['leading BOM', `\uFEFF${A}`],
    ['leading BOM and a heading', `\uFEFF# H\n\n${A}`],
    ['leading BOM and a block quote', `\uFEFF> ${A}`],
    ['leading BOM and a table', `\uFEFF| a |\n|---|\n| ${A} |`],
    ['leading BOM, CRLF', `\uFEFF\r\n${A}`],
    ['leading BOM and front matter', `\uFEFF---\ntitle: x\n---\n${A}`],
  ];
  for (const [name, text] of cases) {
    it(name, () => assertEachAddress(text));
  }
});

describe('offsets: flagged source text spans markup that stands for the address', () => {
  it('covers a backslash escape inside the address (autolink without a source position)', () => {
    assert.deepEqual(flagged(`x\\_y@example.com`), ['x\\_y@example.com']);
    assert.deepEqual(emailFindings('Mail a\\_b@example.com &amp; pat@example.com.').map((f) => f.range), [
      { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 22, offset: 21 } },
      { start: { line: 1, column: 29, offset: 28 }, end: { line: 1, column: 44, offset: 43 } },
    ]);
  });

  it('covers a character reference inside the address', () => {
    assert.deepEqual(flagged('&#112;at@example.com'), ['&#112;at@example.com']);
    assert.deepEqual(flagged('&#x70;at@example.com x'), ['&#x70;at@example.com']);
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    assert.deepEqual(emailFindings(`😀 ${A}`).map((f) => f.range), [
      { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 19, offset: 18 } },
    ]);
    assert.deepEqual(emailFindings(`\uFEFF${A}`).map((f) => f.range), [
      { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 17, offset: 16 } },
    ]);
    assert.deepEqual(emailFindings(`a\r\nb\r${A}`).map((f) => f.range), [
      { start: { line: 3, column: 1, offset: 5 }, end: { line: 3, column: 16, offset: 20 } },
    ]);
  });

  it('flags only the address in CJK text without spaces (known bug in email-address: CJK letters count as address characters)', () => {
    assert.deepEqual(flagged(`患者の連絡先は${A}です`), [A]);
  });
});

describe('offsets: character references and escapes map exactly for any rule', () => {
  // A probe that flags "Zed" and a number, to check prose-to-source mapping beyond addresses.
  const probe: BlockRule = {
    scope: 'block',
    meta: { id: 'probe-zed', category: 'phi.name', defaultSeverity: 'warning', description: 'Flags Zed.', note: 'A test probe.' },
    check(block, _env, report) {
      for (const m of block.text.matchAll(/Zed\d*/g)) report({ start: m.index, end: m.index + m[0].length, message: 'Unexpected Zed.' });
    },
  };
  const zed = (text: string): string[] =>
    lint(text, { rules: [probe] }).findings.filter((f) => f.ruleId === 'probe-zed').map((f) => text.slice(f.range.start.offset, f.range.end.offset));
  const cases: [string, string[]][] = [
    ['&#112; Zed1', ['Zed1']],
    ['&copy; x Zed2', ['Zed2']],
    ['&#90;ed3 x', ['&#90;ed3']],
    ['&amp;&amp; Zed4', ['Zed4']],
    ['&#x5A; Zed5', ['Zed5']],
    ['a\\_b Zed6', ['Zed6']],
    ['&Afr; Zed7', ['Zed7']],
    ['&nbsp;Zed8', ['Zed8']],
    ['Z&#101;d9', ['Z&#101;d9']],
    ['&#90; Zed10', ['Zed10']],
    ['&ZeroWidthSpace; Zed11', ['Zed11']],
    ['> a\n> Zed12', ['Zed12']],
    ['- a\n  Zed13', ['Zed13']],
    ['&foo; Zed14', ['Zed14']],
    ['AT&T; Zed15', ['Zed15']],
    ['---\ntitle: "\\x5A\\u0020Zed16"\n---\n', ['Zed16']],
    ['---\ntitle: "Q&amp;A Zed17"\n---\n', ['Zed17']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(zed(text), expected));
  }
});

describe('offsets: places where nothing is found', () => {
  const cases: [string, string][] = [
    ['inline code', `Use \`${A}\` here.`],
    ['inline code with double backticks', `\`\`a \` ${A}\`\``],
    ['fenced code block (backticks)', `\`\`\`\n${A}\n\`\`\``],
    ['fenced code block (tildes) with an info string', `~~~text\n${A}\n~~~`],
    ['indented code block', `    ${A}`],
    ['fenced code in a list', `- x\n\n  \`\`\`\n  ${A}\n  \`\`\``],
    ['HTML block', `<div>\n${A}\n</div>`],
    ['HTML comment', `<!-- ${A} -->`],
    ['HTML block starting with a comment on the same line', `<!--note-->${A}`],
    ['link URL', `[site](https://example.org/${A})`],
    ['image URL', `![photo](https://example.org/${A}.png)`],
    ['definition URL', `[site][r]\n\n[r]: https://example.org/${A}`],
    ['front matter field that is not published', `---\nauthor_email: ${A}\n---\n`],
  ];
  for (const [name, text] of cases) {
    it(name, () => assert.deepEqual(emailFindings(text), [], JSON.stringify(text)));
  }
});

describe('offsets: links to an address', () => {
  it('reports a mailto: link whose text hides the address once, over the whole link', () => {
    const text = `Please [write to me](mailto:${A}) today.`;
    const start = text.indexOf('[');
    const end = text.indexOf(')') + 1;
    assert.deepEqual(
      emailFindings(text).map((f) => ({ message: f.message, range: f.range, fixes: f.fixes })),
      [{ message: MAILTO_MESSAGE, range: rangeAt(text, start, end), fixes: [] }],
    );
  });

  it('reports the address once, as prose, when the link text shows it', () => {
    const text = `[${A}](mailto:${A})`;
    assert.deepEqual(emailFindings(text).map((f) => [f.message, f.range]), [[EMAIL_MESSAGE, rangeAt(text, 1, 1 + A.length)]]);
    const emphasised = `[*${A}*](mailto:${A})`;
    assert.deepEqual(emailFindings(emphasised).map((f) => [f.message, f.range]), [[EMAIL_MESSAGE, rangeAt(emphasised, 2, 2 + A.length)]]);
  });

  it('reports mailto: links with a query, percent-encoding, upper case, in an image, or as a definition', () => {
    const cases = [
      `[write](mailto:${A}?subject=Hi)`,
      '[write](mailto:pat%40example.com)',
      `[w](MAILTO:${A})`,
      `![i](mailto:${A})`,
    ];
    for (const text of cases) {
      assert.deepEqual(emailFindings(text).map((f) => [f.message, f.range]), [[MAILTO_MESSAGE, rangeAt(text, 0, text.length)]], text);
    }
    const def = `[write][r]\n\n[r]: mailto:${A}`;
    assert.deepEqual(emailFindings(def).map((f) => [f.message, f.range]), [[MAILTO_MESSAGE, rangeAt(def, 12, def.length)]]);
  });

  it('reports each mailto: link separately, and a title showing the address as prose', () => {
    const text = `[Pat](mailto:${A}) and [again](mailto:${A} "${A}")`;
    const second = text.indexOf('[again]');
    const title = text.lastIndexOf(A);
    assert.deepEqual(emailFindings(text).map((f) => [f.message, f.range]), [
      [MAILTO_MESSAGE, rangeAt(text, 0, text.indexOf(')') + 1)],
      [MAILTO_MESSAGE, rangeAt(text, second, text.length)],
      [EMAIL_MESSAGE, rangeAt(text, title, title + A.length)],
    ]);
  });

  it('reports an address shown as the text of a URL autolink as prose', () => {
    const text = `See https://example.org/?to=${A} now`;
    assert.deepEqual(flagged(text), [A]);
    assert.deepEqual(emailFindings(text)[0].range, rangesOf(text, A)[0]);
  });

  it('keeps the probe rule this file relies on', () => {
    assert.equal(emailAddress.meta.id, 'email-address');
  });
});
