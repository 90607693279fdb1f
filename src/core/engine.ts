// The lint engine: parse once, run rules over prose blocks, then apply configuration,
// the allow-list and inline directives. A LintSession re-lints after an edit by re-parsing
// only the changed top-level block when that is provably safe, and everything otherwise.
import type { Root, RootContent } from 'mdast';
import { location } from 'vfile-location';
import { parseMarkdown } from './parse';
import { extractTop, type Extracted } from './extract';
import { parseFrontMatter, publicationDate, type ParsedFrontMatter } from './frontmatter';
import { parseDirectives, Suppressor } from './directives';
import { emptyConfig, type ClearpostConfig } from './config';
import { RULES } from './rules/index';
import type { BlockRule, DocumentRule, Rule, RuleEnv } from './rule';
import type { ProseBlock } from './model';
import { NO_IMAGE_META, type ImageMetaLookup } from './images';
import { insideSpans, quotedExamples } from './text/speech';
import { blockFacts, DocumentFacts, type BlockFacts } from './text/document-facts';
import { CATEGORIES, type Finding, type Fix, type Severity, type SuppressedFinding } from './types';

export interface LintOptions {
  config?: ClearpostConfig;
  /** Reference date when the post has no publish_at/date front matter (defaults to now). */
  now?: Date;
  /** Base for rule doc URLs: `${docsBaseUrl}/<id>.md`. */
  docsBaseUrl?: string;
  /** Rules to run (defaults to the registry). */
  rules?: readonly Rule[];
  /** Embedded metadata of local images, read by the host (rules do no I/O); defaults to "not available". */
  imageMeta?: ImageMetaLookup;
}

export interface LintResult {
  findings: Finding[];
  /** Findings hidden by inline directives, with the directive's reason. */
  suppressed: SuppressedFinding[];
}

export const DEFAULT_DOCS_BASE_URL = 'https://github.com/clearpost/clearpost/blob/main/docs/rules';

/** A finding before positions are turned into line/column and configuration is applied. */
interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
  message: string;
  matched?: string;
  note?: string;
  severity?: Severity;
  fixes: Fix[];
  related: { message: string; start: number; end: number }[];
  /** The match lies inside a quoted example of wording ("a post that opens with “…”"): shown as information. */
  quotedExample?: boolean;
}

/** Everything computed for one top-level mdast node; reused across edits elsewhere. */
interface Unit {
  type: RootContent['type'];
  start: number;
  end: number;
  extracted: Extracted;
  /** What each of its blocks tells about the post's people (document-facts.ts). */
  facts: BlockFacts[];
  raw: RawFinding[];
  frontMatter?: ParsedFrontMatter;
}

interface State {
  text: string;
  units: Unit[];
  hasDefinitions: boolean;
  /** The facts the units' findings were computed with. */
  doc: DocumentFacts;
  result: LintResult;
}

const INCREMENTAL_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table']);

/** Resolved, per-lint view of options and configuration. */
class Plan {
  readonly config: ClearpostConfig;
  readonly blockRules: BlockRule[] = [];
  readonly documentRules: DocumentRule[] = [];
  readonly docsBaseUrl: string;
  readonly now: Date;
  readonly imageMeta: ImageMetaLookup;
  private readonly levels = new Map<string, Severity | 'off' | undefined>();
  private readonly allow: { text: Set<string>; digits: Set<string> };

  constructor(options: LintOptions) {
    this.config = options.config ?? emptyConfig();
    this.docsBaseUrl = (options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, '');
    this.now = options.now ?? new Date();
    this.imageMeta = options.imageMeta ?? NO_IMAGE_META;
    for (const rule of options.rules ?? RULES) {
      const level = this.config.rules[rule.meta.id]?.severity ?? this.config.categories[rule.meta.category];
      this.levels.set(rule.meta.id, level);
      if (level === 'off') continue;
      if (rule.scope === 'block') this.blockRules.push(rule);
      else if (rule.scope === 'document') this.documentRules.push(rule);
    }
    this.allow = { text: new Set(), digits: new Set() };
    for (const term of this.config.allow) {
      this.allow.text.add(normalizeTerm(term));
      const digits = term.replace(/\D/g, '');
      if (digits.length >= 7 && digits.length >= term.replace(/[\s()+.\-]/g, '').length) this.allow.digits.add(digits);
    }
  }

  /**
   * The environment of a rule for the given front-matter data. Built once per rule and front
   * matter (runBlockRules asks for it once per rule and top-level block): the same front-matter
   * object means the same options, reference date and data, so the env is reused as is.
   */
  env(rule: Rule, fmData: Record<string, unknown> | null, doc: DocumentFacts = DocumentFacts.EMPTY): RuleEnv {
    if (fmData !== this.envFor || doc !== this.envDoc) {
      this.envFor = fmData;
      this.envDoc = doc;
      this.envs.clear();
      this.referenceDate = publicationDate(fmData) ?? this.now;
    }
    let env = this.envs.get(rule);
    if (!env) {
      env = {
        options: this.config.rules[rule.meta.id]?.options ?? {},
        frontMatter: fmData ?? {},
        referenceDate: this.referenceDate,
        imageMeta: this.imageMeta,
        document: doc,
      };
      this.envs.set(rule, env);
    }
    return env;
  }

  /** The reference year for the given front matter (as in env). */
  referenceYear(fmData: Record<string, unknown> | null): number {
    return (publicationDate(fmData) ?? this.now).getUTCFullYear();
  }

  private envFor: Record<string, unknown> | null | undefined = undefined;
  private envDoc: DocumentFacts | undefined = undefined;
  private referenceDate: Date = new Date(0);
  private readonly envs = new Map<Rule, RuleEnv>();

  /** Configured severity: 'off', an override, or undefined for the rule's own. */
  level(ruleId: string): Severity | 'off' | undefined {
    return this.levels.get(ruleId);
  }

  isAllowed(matched: string): boolean {
    if (this.allow.text.size === 0) return false;
    if (this.allow.text.has(normalizeTerm(matched))) return true;
    const digits = matched.replace(/\D/g, '');
    if (digits.length >= 7) {
      for (const d of this.allow.digits) if (digits === d || digits === '1' + d || '1' + digits === d) return true;
    }
    return false;
  }
}

function normalizeTerm(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’(<[]+|[\s"'“”‘’)>\].,;:!?]+$/g, '');
}

/** Map a block rule's prose-offset report into source offsets; drops unsafe fixes. */
function fromBlock(rule: BlockRule, block: ProseBlock, source: string, r: Parameters<Parameters<BlockRule['check']>[2]>[0]): RawFinding | null {
  const n = block.text.length;
  if (n === 0) return null;
  const clamp = (i: number): number => Math.max(0, Math.min(n, i));
  const s = clamp(r.start);
  const e = Math.max(s + 1, clamp(r.end));
  const start = block.starts[Math.min(s, n - 1)];
  const end = block.ends[Math.min(e, n) - 1];
  const toSourceEdit = (pe: { start: number; end: number; text: string }): { start: number; end: number; text: string } | null => {
    const ps = clamp(pe.start);
    const pe2 = clamp(pe.end);
    if (pe2 < ps) return null;
    if (ps === pe2) {
      const at = ps < n ? block.starts[ps] : block.ends[n - 1];
      return { start: at, end: at, text: pe.text };
    }
    const ss = block.starts[ps];
    const se = block.ends[pe2 - 1];
    // Only rewrite source that is exactly the prose, or prose plus whole emphasis markers.
    if (source.slice(ss, se) === block.text.slice(ps, pe2)) return { start: ss, end: se, text: pe.text };
    const widened = widenOverEmphasis(block, source, ps, pe2);
    return widened ? { start: widened[0], end: widened[1], text: pe.text } : null;
  };
  const fixes: Fix[] = [];
  for (const f of r.fixes ?? []) {
    const edits = f.edits.map(toSourceEdit);
    if (edits.every((x) => x !== null)) fixes.push({ title: f.title, edits: edits as Fix['edits'] });
  }
  return {
    rule,
    start,
    end: Math.max(end, start),
    message: r.message,
    note: r.note,
    severity: r.severity,
    fixes,
    related: (r.related ?? []).map((x) => ({
      message: x.message,
      start: block.starts[Math.min(clamp(x.start), n - 1)],
      end: block.ends[Math.max(clamp(x.end), clamp(x.start) + 1) - 1],
    })),
  };
}

const EMPHASIS = new Set(['*', '_', '~']);

/**
 * A source range for prose [ps, pe) that contains only prose characters and whole emphasis
 * delimiter pairs ("**67-year-old** man"), so replacing it cannot leave half a delimiter.
 * Returns null when the span crosses any other markup (links, code, escapes).
 */
function widenOverEmphasis(block: ProseBlock, source: string, ps: number, pe: number): [number, number] | null {
  const lowLimit = ps > 0 ? block.ends[ps - 1] : -1;
  const highLimit = pe < block.text.length ? block.starts[pe] : source.length + 1;
  const residue = (s: number, e: number): string | null => {
    let out = '';
    let i = ps;
    for (let o = s; o < e; o++) {
      while (i < pe && block.ends[i] <= o) i++;
      const covered = i < pe && block.starts[i] <= o && o < block.ends[i];
      if (covered) {
        if (source[o] !== block.text[i] && block.ends[i] - block.starts[i] === 1) return null;
        continue;
      }
      if (!EMPHASIS.has(source[o])) return null;
      out += source[o];
    }
    return out;
  };
  let before = block.starts[ps];
  while (before - 1 > lowLimit && before - 1 >= 0 && EMPHASIS.has(source[before - 1])) before--;
  let after = block.ends[pe - 1];
  while (after < highLimit && after < source.length && EMPHASIS.has(source[after])) after++;
  const s0 = block.starts[ps];
  const e0 = block.ends[pe - 1];
  const prose = block.text.slice(ps, pe);
  for (const [s, e] of [
    [s0, e0],
    [before, e0],
    [s0, after],
    [before, after],
  ] as const) {
    // Cheap filter first, then proof: the slice alone must parse to exactly the prose.
    if (residue(s, e) === null) continue;
    if (plainText(parseMarkdown(source.slice(s, e))).trim() === prose.trim()) return [s, e];
  }
  return null;
}

/** Concatenated text of a parsed snippet (its only paragraph's phrasing content). */
function plainText(tree: Root): string {
  const para = tree.children.length === 1 ? tree.children[0] : null;
  if (!para || para.type !== 'paragraph') return '\u0000';
  let out = '';
  const walk = (n: RootContent): void => {
    if (n.type === 'text') out += n.value;
    // Literal autolinks (name@host, www.…) are plain text in the source.
    else if (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete' || n.type === 'link') n.children.forEach(walk);
    else out += '\u0000';
  };
  para.children.forEach(walk);
  return out;
}

/** Note added to a finding inside a quoted example (see quotedExamples in text/speech.ts). */
const QUOTED_EXAMPLE_NOTE =
  'Shown as information: the match sits inside a double-quoted example of wording that the post discusses (“a post that opens with …”, “such as …”, “Posting …”), not in the author’s own account of a patient. Check that the example is invented or unrecognizable.';

/**
 * Quoted-example spans of each block, computed on the first finding a block reports (blocks without
 * findings, or without a double quote, cost nothing).
 */
class ExampleSpans {
  private readonly spans = new Map<ProseBlock, [number, number][]>();
  inside(block: ProseBlock, start: number, end: number): boolean {
    let s = this.spans.get(block);
    if (s === undefined) {
      s = quotedExamples(block.text);
      this.spans.set(block, s);
    }
    return s.length > 0 && insideSpans(s, start, end);
  }
}

/** The engine rule that reports a rule failure (rules/rule-failed.ts). */
const RULE_FAILED: Rule = RULES.find((r) => r.meta.id === 'rule-failed') as Rule;

/**
 * A rule threw: report where it was checking instead of crashing the lint. Findings the rule
 * reported before it threw are kept. The message names the rule, the error's type and the code
 * location it came from, never the error's own message, which could quote the post.
 */
function ruleFailure(rule: Rule, error: unknown, start: number, end: number, where: string): RawFinding {
  const name = error instanceof Error ? error.name : typeof error;
  const frame = error instanceof Error ? /\n\s*at (?:.*?\()?(?:.*[\\/])?([^\\/()\s]+:\d+:\d+)\)?/.exec(error.stack ?? '')?.[1] : undefined;
  return {
    rule: RULE_FAILED,
    start,
    end: Math.max(start, end),
    message: `Rule ${rule.meta.id} failed on ${where} (${name}${frame ? ` at ${frame}` : ''}), so ${where} was not checked by it. Please report this.`,
    fixes: [],
    related: [],
  };
}

function runBlockRules(plan: Plan, ex: Extracted, source: string, fmData: Record<string, unknown> | null, doc: DocumentFacts): RawFinding[] {
  const raw: RawFinding[] = [];
  const examples = new ExampleSpans();
  for (const rule of plan.blockRules) {
    const env = plan.env(rule, fmData, doc);
    for (const block of ex.blocks) {
      try {
        rule.check(block, env, (r) => {
          if (!Number.isFinite(r.start) || !Number.isFinite(r.end)) throw new RangeError('a report without numeric offsets');
          const f = fromBlock(rule, block, source, r);
          if (!f) return;
          if (rule.meta.category !== 'config' && examples.inside(block, r.start, r.end)) f.quotedExample = true;
          raw.push(f);
        });
      } catch (e) {
        const n = block.text.length;
        raw.push(ruleFailure(rule, e, n > 0 ? block.starts[0] : 0, n > 0 ? block.ends[n - 1] : 0, 'this passage'));
      }
    }
    if (rule.checkTarget) {
      for (const target of ex.targets) {
        try {
          rule.checkTarget(target, env, (r) => raw.push({ rule, ...r, fixes: r.fixes ?? [], related: r.related ?? [] }));
        } catch (e) {
          raw.push(ruleFailure(rule, e, target.start, target.end, 'this link or image'));
        }
      }
    }
  }
  return raw;
}

/** A unit extracted and its facts gathered; its findings come once the document's facts are known. */
function extractUnit(node: RootContent, source: string, referenceYear: number): Unit {
  const extracted = extractTop(node, source);
  return {
    type: node.type,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    extracted,
    facts: extracted.blocks.map((b) => blockFacts(b, referenceYear)),
    raw: [],
  };
}

function documentFacts(units: readonly Unit[]): DocumentFacts {
  return DocumentFacts.of(units.flatMap((u) => u.facts));
}

/**
 * Parse a whole document. The parser drops a leading byte-order mark and counts positions
 * from after it; shift them back so offsets and columns are those of `text`.
 */
function parseDocumentText(text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return parseMarkdown(text);
  const tree = parseMarkdown(text.slice(1));
  const shift = (n: RootContent): void => {
    const p = n.position;
    if (p) {
      p.start = { line: p.start.line, column: p.start.column + (p.start.line === 1 ? 1 : 0), offset: (p.start.offset ?? 0) + 1 };
      p.end = { line: p.end.line, column: p.end.column + (p.end.line === 1 ? 1 : 0), offset: (p.end.offset ?? 0) + 1 };
    }
    if ('children' in n) (n.children as RootContent[]).forEach(shift);
  };
  tree.children.forEach(shift);
  return tree;
}

function fullState(text: string, plan: Plan): Omit<State, 'result'> {
  const tree: Root = parseDocumentText(text);
  const units: Unit[] = [];
  let fm: ParsedFrontMatter | undefined;
  const first = tree.children[0];
  if (first && first.type === 'yaml') fm = parseFrontMatter(first, text);
  const fmData = fm?.frontMatter.data ?? null;
  const year = plan.referenceYear(fmData);
  let hasDefinitions = false;
  for (const node of tree.children) {
    if (node.type === 'yaml' && fm && node === first) {
      const extracted: Extracted = { blocks: fm.blocks, targets: [], html: [] };
      units.push({
        type: 'yaml',
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        extracted,
        facts: [],
        raw: [],
        frontMatter: fm,
      });
      continue;
    }
    const unit = extractUnit(node, text, year);
    if (unit.extracted.hasDefinitions) hasDefinitions = true;
    units.push(unit);
  }
  const doc = documentFacts(units);
  for (const u of units) u.raw = runBlockRules(plan, u.extracted, text, fmData, doc);
  return { text, units, hasDefinitions, doc };
}

function shiftUnit(u: Unit, delta: number): Unit {
  if (delta === 0) return u;
  const sh = (x: { start: number; end: number }): void => {
    x.start += delta;
    x.end += delta;
  };
  for (const b of u.extracted.blocks) {
    for (let i = 0; i < b.starts.length; i++) {
      b.starts[i] += delta;
      b.ends[i] += delta;
    }
  }
  u.extracted.targets.forEach(sh);
  u.extracted.html.forEach(sh);
  for (const r of u.raw) {
    sh(r);
    r.related.forEach(sh);
    for (const f of r.fixes) f.edits.forEach(sh);
  }
  sh(u);
  return u;
}

/**
 * Re-point every node of a sub-parse at its place in the full document. Only offsets are
 * shifted: extraction reads offsets; lines and columns come from the final line index.
 */
function relocate(node: RootContent | Root, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { ...p.start, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const c of node.children as RootContent[]) relocate(c, offset);
}

/** Block types that end at a blank line and never continue past one (see incrementalState). */
const NO_NEXT_TYPES = new Set(['paragraph', 'heading']);
/** Whitespace holding at least two line breaks: the end of a line, then a blank line. */
const BLANK_LINE_GAP = /^[ \t]*(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))+[ \t]*$/;

const SETEXT_OR_RULE = /^[ \t]*(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$/;

function lineAround(text: string, at: number): { start: number; end: number } {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = at;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

/** Try to update `prev` for `text` by re-parsing one top-level block; null when unsafe. */
function incrementalState(prev: State, text: string, plan: Plan): Omit<State, 'result'> | null {
  const old = prev.text;
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  // Never split a surrogate pair.
  if (p > 0 && (old.charCodeAt(p - 1) & 0xfc00) === 0xd800) p--;
  const oldEnd = old.length - s;
  const newEnd = text.length - s;
  const removed = old.slice(p, oldEnd);
  const inserted = text.slice(p, newEnd);
  if (/[\r\n|]/.test(removed) || /[\r\n|]/.test(inserted)) return null;
  if (removed.length + inserted.length > 64) return null;

  const units = prev.units;
  let lo = 0;
  let hi = units.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (u.end < p) lo = mid + 1;
    else if (u.start > p) hi = mid - 1;
    else {
      k = mid;
      break;
    }
  }
  if (k === -1) return null;
  const unit = units[k];
  if (!INCREMENTAL_TYPES.has(unit.type) || oldEnd > unit.end || p < unit.start) return null;

  // Edits at the start of a line (among container and list markers), or on setext underlines
  // and thematic breaks, can change blocks.
  const oldLine = lineAround(old, p);
  const newLine = lineAround(text, p);
  if (/^[\s>\d.)*+#-]*$/.test(text.slice(newLine.start, p))) return null;
  if (SETEXT_OR_RULE.test(old.slice(oldLine.start, oldLine.end)) || SETEXT_OR_RULE.test(text.slice(newLine.start, newLine.end))) return null;
  if (unit.extracted.hasDefinitions) return null;
  if (prev.hasDefinitions && (old.slice(unit.start, unit.end).includes('[') || inserted.includes('['))) return null;

  // Re-parse the block with both neighbours: a neighbour can absorb or release lines (lazy
  // continuation, list interruption), which shows up as different types or boundaries.
  const delta = text.length - old.length;
  const before = units[k - 1];
  // The next block is left out when the edited block is a paragraph or heading separated from it
  // by a blank line: a paragraph or heading ends at a blank line whatever its inline content, and
  // the edit cannot turn it into a container, fence, HTML block, table or setext underline (line
  // starts, pipes and underline lines were refused above), so nothing can reach across that line.
  const next = units[k + 1] && !(NO_NEXT_TYPES.has(unit.type) && BLANK_LINE_GAP.test(old.slice(unit.end, units[k + 1].start))) ? units[k + 1] : undefined;
  const olds = [before, unit, next].filter((u): u is Unit => u !== undefined);
  let sliceStart = lineAround(text, olds[0].start).start;
  if (sliceStart === 0 && text.charCodeAt(0) === 0xfeff) sliceStart = 1;
  const sliceEnd = (next ?? unit).end + delta;
  const sub = parseMarkdown(text.slice(sliceStart, sliceEnd));
  if (sub.children.length !== olds.length) return null;
  for (const c of sub.children) relocate(c, sliceStart);
  for (let i = 0; i < olds.length; i++) {
    const o = olds[i];
    const n = sub.children[i];
    const shift = o.start > unit.start ? delta : 0;
    const endShift = o.start >= unit.start ? delta : 0;
    if (n.type !== o.type || n.position?.start.offset !== o.start + shift || n.position?.end.offset !== o.end + endShift) return null;
  }

  const fmData = units[0]?.frontMatter?.frontMatter.data ?? null;
  const rebuilt = extractUnit(sub.children[before ? 1 : 0], text, plan.referenceYear(fmData));
  if (rebuilt.extracted.hasDefinitions) return null;
  const out: Unit[] = units.slice(0, k);
  out.push(rebuilt);
  for (let i = k + 1; i < units.length; i++) out.push(shiftUnit(units[i], delta));
  // The edit may change what the post establishes about its people: then re-check (without
  // re-parsing) every other unit whose findings can depend on the change.
  const facts = documentFacts(out);
  const doc = facts.key === prev.doc.key ? prev.doc : facts;
  rebuilt.raw = runBlockRules(plan, rebuilt.extracted, text, fmData, doc);
  if (doc !== prev.doc) {
    for (const u of out) {
      if (u !== rebuilt && u.extracted.blocks.some((b) => DocumentFacts.affects(prev.doc, doc, b))) u.raw = runBlockRules(plan, u.extracted, text, fmData, doc);
    }
  }
  return { text, units: out, hasDefinitions: prev.hasDefinitions, doc };
}

function finalize(st: Omit<State, 'result'>, plan: Plan): LintResult {
  const { text, units } = st;
  const loc = location(text);
  const point = (offset: number): { line: number; column: number; offset: number } => {
    let o = Math.max(0, Math.min(text.length, offset));
    // Never point between the CR and LF of one line break.
    if (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) o--;
    const pt = loc.toPoint(o);
    return pt ? { line: pt.line, column: pt.column, offset: o } : { line: 1, column: 1, offset: o };
  };

  const raw: RawFinding[] = [];
  const html = [];
  const blocks: ProseBlock[] = [];
  const targets = [];
  for (const u of units) {
    for (const r of u.raw) raw.push(r);
    for (const h of u.extracted.html) html.push(h);
    for (const b of u.extracted.blocks) blocks.push(b);
    for (const t of u.extracted.targets) targets.push(t);
  }
  const fm = units[0]?.frontMatter;
  const fmData = fm?.frontMatter.data ?? null;
  const engineRule = (id: string): Rule | undefined => RULES.find((r) => r.meta.id === id);

  const frontRule = engineRule('front-matter-invalid');
  if (fm && frontRule && plan.level(frontRule.meta.id) !== 'off') {
    for (const pr of fm.problems) raw.push({ rule: frontRule, start: pr.start, end: pr.end, message: pr.message, fixes: [], related: [] });
  }
  const { directives, problems } = parseDirectives(html);
  const dirRule = engineRule('directive-invalid');
  if (dirRule && plan.level(dirRule.meta.id) !== 'off') {
    for (const pr of problems) raw.push({ rule: dirRule, start: pr.start, end: pr.end, message: pr.message, fixes: [], related: [] });
    const known = new Set<string>([...RULES.map((r) => r.meta.id), ...CATEGORIES, 'all']);
    for (const d of directives) {
      const unknown = d.targets.filter((t) => !known.has(t));
      if (unknown.length > 0) {
        raw.push({
          rule: dirRule,
          start: d.start,
          end: d.end,
          message: `Unexpected unknown rule or category ${unknown.map((u) => `"${u}"`).join(', ')} in clearpost-${d.kind}, expected a rule id or category.`,
          fixes: [],
          related: [],
        });
      }
    }
  }
  if (plan.documentRules.length > 0) {
    const ctx = { source: text, blocks, targets, frontMatter: fm?.frontMatter ?? null };
    for (const rule of plan.documentRules) {
      const found = raw.length;
      try {
        rule.check(ctx, plan.env(rule, fmData, st.doc), (r) => raw.push({ rule, ...r, fixes: r.fixes ?? [], related: r.related ?? [] }));
      } catch (e) {
        // A document rule's findings are judgements about the whole post: a partial list is not kept.
        raw.length = found;
        raw.push(ruleFailure(rule, e, 0, 0, 'the post'));
      }
    }
  }

  const suppressor = new Suppressor(directives, (o) => point(o).line);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const r of raw) {
    const meta = r.rule.meta;
    // A rule failure cannot be turned off or downgraded: the text it covers was not checked.
    const level = r.rule === RULE_FAILED ? undefined : plan.level(meta.id);
    if (level === 'off') continue;
    if (meta.category !== 'config' && plan.isAllowed(r.matched ?? text.slice(r.start, r.end))) continue;
    const start = point(r.start);
    let severity: Severity = level ?? r.severity ?? meta.defaultSeverity;
    let message = r.message;
    let note = r.note ?? meta.note;
    // A quoted example of wording is kept visible but never counts as a warning or an error.
    if (r.quotedExample && (severity === 'error' || severity === 'warning')) {
      severity = 'information';
      message = `${message.replace(/[.\s]+$/, '')} (in a quoted example).`;
      note = `${QUOTED_EXAMPLE_NOTE} ${note}`;
    }
    const finding: Finding = {
      ruleId: meta.id,
      category: meta.category,
      severity,
      message,
      range: { start, end: point(r.end) },
      url: `${plan.docsBaseUrl}/${meta.id}.md`,
      note,
      related: r.related.map((x) => ({ message: x.message, range: { start: point(x.start), end: point(x.end) } })),
      fixes: r.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
    };
    const d = meta.category === 'config' ? null : suppressor.find({ ruleId: meta.id, category: meta.category, start: r.start, line: start.line });
    if (d) suppressed.push({ ...finding, suppressedBy: { directive: `clearpost-${d.kind}`, reason: d.reason, line: point(d.start).line } });
    else findings.push(finding);
  }
  const order = (a: Finding, b: Finding): number =>
    a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId);
  findings.sort(order);
  suppressed.sort(order);
  return { findings, suppressed };
}

/** Lint one Markdown document. Pure apart from defaulting `now` to the current time. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const plan = new Plan(options);
  return finalize(fullState(text, plan), plan);
}

/**
 * Keeps the last lint of one document so that the next lint after a small edit re-parses and
 * re-checks only the changed top-level block. Results are identical to `lint()`.
 */
export class LintSession {
  private state: State | null = null;
  private plan: Plan;
  /** How the last lint was done: for tests and benchmarks. */
  lastMode: 'full' | 'incremental' | 'unchanged' = 'full';

  constructor(private options: LintOptions = {}) {
    this.plan = new Plan(options);
  }

  /** Change options (config, rules): the next lint is a full one. */
  setOptions(options: LintOptions): void {
    this.options = options;
    this.plan = new Plan(options);
    this.state = null;
  }

  lint(text: string): LintResult {
    if (this.state && this.state.text === text) {
      this.lastMode = 'unchanged';
      return this.state.result;
    }
    let st: Omit<State, 'result'> | null = null;
    if (this.state) st = incrementalState(this.state, text, this.plan);
    this.lastMode = st ? 'incremental' : 'full';
    if (!st) st = fullState(text, this.plan);
    const result = finalize(st, this.plan);
    this.state = { ...st, result };
    return result;
  }
}
