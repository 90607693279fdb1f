// Stigmatising language about patients (rules catalog, family H). The term table is data
// (data/stigma-terms.json, validated by test/unit/stigma-table.test.ts), compiled once at module
// load into two alternation regexes (case-insensitive and case-sensitive), longest phrase first.
import type { BlockRule, ProseFix } from '../rule';
import type { Severity } from '../types';
import { matchCase, removalEdit } from '../text/tidy';
import table from './data/stigma-terms.json';
import { quotedSpans } from '../text/speech';
import { eachMatchAtLeads, registerLeads } from '../text/scan';

export interface StigmaPhrase {
  /** The spellings that share one replacement; a space or hyphen matches a space or a hyphen. */
  match: string | string[];
  replace?: string;
  remove?: boolean;
  /** What to write instead when no automatic replacement fits the grammar. */
  hint?: string;
  /** Only where the phrase is used as a noun ("a diabetic." but not "a diabetic foot"). */
  noun?: boolean;
  /** Words that must not follow the match; "@name" stands for wordLists.name. */
  notBefore?: string[];
  /** Words that must not precede the match; "@name" stands for wordLists.name. */
  notAfter?: string[];
  /** Words one of which must follow the match ("victim of" only before a disease word). */
  before?: string[];
  /** Words one of which must precede the match ("refused" only after "he", "she", "patient"…). */
  after?: string[];
  /**
   * Words one of which must occur somewhere in the same block ("been clean" only in a paragraph
   * about drugs or recovery). A word in capitals only ("ED") matches in capitals only.
   */
  context?: string[];
  caseSensitive?: boolean;
  severity?: Severity;
}

export interface StigmaEntry {
  /** Catalog id, e.g. "STIGMA.DRUG_SEEKER". */
  id: string;
  severity?: Severity;
  sources: string[];
  phrases: StigmaPhrase[];
}

export interface StigmaTable {
  sources: Record<string, { citation: string; url: string }>;
  wordLists: Record<string, string[]>;
  entries: StigmaEntry[];
}

export const STIGMA_TABLE = table as StigmaTable;

interface Compiled {
  entry: StigmaEntry;
  phrase: StigmaPhrase;
  /** Lower-case words that must not precede the match (checked in code: a leading lookbehind would run at every position). */
  notAfter: Set<string>;
  /** Lower-case words one of which must precede the match, or null. */
  after: Set<string> | null;
  /** Regexes (case-insensitive words, capitals-only words) one of which must match in the block, or null. */
  context: RegExp[] | null;
}

/** Context words compiled once per distinct list. */
const contextCache = new Map<string, RegExp[]>();
function contextRegExps(words: string[]): RegExp[] {
  const key = words.join('|');
  let out = contextCache.get(key);
  if (!out) {
    const upper = words.filter((w) => /^[A-Z]+$/.test(w));
    const other = words.filter((w) => !/^[A-Z]+$/.test(w));
    out = [];
    if (other.length > 0) out.push(new RegExp(`(?<![${LETTER}0-9])(?:${wordAlternation(other)})${NOT_WORD_NEXT}`, 'i'));
    if (upper.length > 0) out.push(new RegExp(`(?<![${LETTER}0-9])(?:${wordAlternation(upper)})${NOT_WORD_NEXT}`));
    contextCache.set(key, out);
  }
  return out;
}

// Letters spelled out (Latin, Greek, Cyrillic) instead of \p{L}: the phrase regex then needs no
// `u` flag, and V8 compiles it on first use in ~20 ms instead of ~280 ms (each of the ~130
// phrases carries its own lookarounds, and every \p{L} under `u`/`iu` is a large Unicode table).
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF';
const NOT_WORD_NEXT = `(?![${LETTER}0-9])`;
/** Separator between the words of a phrase: a space run, a line break or a hyphen. */
const SEP = '(?:[\\s\\u00A0]{1,4}|[-\\u2010\\u2011])';
/** After a noun-use phrase: punctuation, the end, or a word that cannot start a noun phrase's head. */
const NOUN_FOLLOWERS = [
  'who', 'whom', 'whose', 'that', 'which', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would',
  'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'does', 'did', 'do', 'in', 'on', 'at', 'for', 'of', 'to', 'from',
  'with', 'without', 'like', 'since', 'because', 'so', 'than', 'as', 'after', 'before', 'during', 'until', 'while', 'when',
  'if', 'often', 'usually', 'always', 'never', 'also', 'still', 'just', 'needs', 'need', 'gets', 'got', 'takes', 'took',
  'i', 'we', 'you', 'he', 'she', 'they', 'it',
];
const NOUN_END =
  `(?=[\\s\\u00A0]{0,4}(?:$|[.,;:!?)\\]"”…—–])|[\\s\\u00A0]{1,4}(?:${NOUN_FOLLOWERS.join('|')})${NOT_WORD_NEXT}` +
  `|[\\s\\u00A0]{1,4}(?:and|or|but)[\\s\\u00A0]{1,4}(?:a|an|the|his|her|their|is|was|has|had|he|she|they|who|then)${NOT_WORD_NEXT})`;
/**
 * Word boundaries: not inside a word, not glued to another word by a hyphen, and not a possessive
 * ("the addict's family", "addicts' families"), which no replacement here would fit.
 */
const BEFORE = `(?<![${LETTER}0-9_\\-\\u2010\\u2011])`;
const AFTER = `(?![${LETTER}0-9_]|[-\\u2010\\u2011][${LETTER}]|['’][${LETTER}]|(?<=s)['’](?![${LETTER}]))`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lookup key of a phrase or a matched text: lower case, words joined by single spaces. */
export function phraseKey(s: string): string {
  return s.toLowerCase().split(/[\s\u00A0\-\u2010\u2011]+/).filter(Boolean).join(' ');
}

export function phraseVariants(p: StigmaPhrase): string[] {
  return Array.isArray(p.match) ? p.match : [p.match];
}

/** Expand "@name" items of a word list. */
export function expandWords(t: StigmaTable, words: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const w of words ?? []) {
    if (w.startsWith('@')) out.push(...(t.wordLists[w.slice(1)] ?? []));
    else out.push(w);
  }
  return out;
}

function wordAlternation(words: string[]): string {
  return words.map((w) => w.split(/[\s-]+/).map(escapeRegExp).join(SEP)).join('|');
}

interface TrieNode {
  word: string;
  children: Map<string, TrieNode>;
  /** Lookarounds that end a phrase here, when a phrase ends at this word. */
  terminal?: string;
}

/**
 * The phrases as a trie of words, one alternation per lead: the ASCII letters a match starts with
 * ("drug" for "drug seeker" and "drug-seeking", "can" for "can't"). A position is only tried where
 * a word with one of these leads starts (eachMatchAtLeads), and only with that lead's alternation:
 * small regexes V8 optimizes and compiles on first use, instead of one 270 KB alternation it would
 * interpret (and compile on the first lint). Within a lead, longer words come first and longer
 * phrases before a phrase that ends earlier ("a drug seeker" before "a drug"), so the longest
 * phrase wins at each position.
 */
interface WordDispatch {
  /** Regex source per lead, compiled to a sticky regex on first use. */
  sources: Map<string, string>;
  compiled: Map<string, RegExp>;
  flags: string;
  insensitive: boolean;
  /** Id of the leads in the shared lead index (scan.ts), registered on first use. */
  leadId?: number;
}

function wordDispatch(phrases: { words: string[]; terminal: string }[], flags: string): WordDispatch | null {
  if (phrases.length === 0) return null;
  const insensitive = flags.includes('i');
  const root: TrieNode = { word: '', children: new Map() };
  for (const { words, terminal } of phrases) {
    let node = root;
    for (const w of words) {
      const key = insensitive ? w.toLowerCase() : w;
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { word: key, children: new Map() }));
      node = next;
    }
    node.terminal = terminal;
  }
  const order = (nodes: Iterable<TrieNode>): TrieNode[] => [...nodes].sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
  const alternatives = (nodes: Iterable<TrieNode>): string => order(nodes).map((child) => escapeRegExp(child.word) + rest(child)).join('|');
  const rest = (node: TrieNode): string => {
    const options: string[] = [];
    if (node.children.size > 0) options.push(`${SEP}(?:${alternatives(node.children.values())})`);
    if (node.terminal !== undefined) options.push(node.terminal);
    return options.length === 1 ? options[0] : `(?:${options.join('|')})`;
  };
  const byLead = new Map<string, TrieNode[]>();
  for (const child of root.children.values()) {
    const lead = /^[A-Za-z0-9]+/.exec(child.word);
    if (!lead) throw new Error(`stigma table: a phrase starts with "${child.word}", not with an ASCII letter or digit`);
    const list = byLead.get(lead[0]) ?? [];
    list.push(child);
    byLead.set(lead[0], list);
  }
  const sources = new Map<string, string>();
  for (const [lead, nodes] of byLead) sources.set(lead, `${BEFORE}(?:${alternatives(nodes)})`);
  return { sources, compiled: new Map(), flags: flags.replace('g', '') + 'y', insensitive };
}

/** The sticky regex of a lead, compiled on first use. */
function leadRegExp(d: WordDispatch, lead: string): RegExp {
  let re = d.compiled.get(lead);
  if (!re) {
    re = new RegExp(d.sources.get(lead) as string, d.flags);
    d.compiled.set(lead, re);
  }
  return re;
}

/** Compile the table: one regex per case mode plus a key → entry map (exported for the table test). */
export function compileTable(t: StigmaTable): { byKey: Map<string, Compiled>; dispatch: { insensitive: WordDispatch | null; sensitive: WordDispatch | null } } {
  const byKey = new Map<string, Compiled>();
  const lists = { insensitive: [] as { words: string[]; terminal: string }[], sensitive: [] as { words: string[]; terminal: string }[] };
  for (const entry of t.entries) {
    for (const phrase of entry.phrases) {
      const notBefore = expandWords(t, phrase.notBefore);
      const notAfter = new Set(expandWords(t, phrase.notAfter).map((w) => w.toLowerCase()));
      const before = expandWords(t, phrase.before);
      const after = phrase.after ? new Set(expandWords(t, phrase.after).map((w) => w.toLowerCase())) : null;
      const context = phrase.context ? contextRegExps(expandWords(t, phrase.context)) : null;
      let terminal = AFTER;
      if (phrase.noun) terminal += NOUN_END;
      if (notBefore.length > 0) terminal += `(?!${SEP}(?:${wordAlternation(notBefore)})${NOT_WORD_NEXT})`;
      if (before.length > 0) terminal += `(?=${SEP}(?:${wordAlternation(before)})${NOT_WORD_NEXT})`;
      for (const variant of phraseVariants(phrase)) {
        byKey.set(phraseKey(variant), { entry, phrase, notAfter, after, context });
        (phrase.caseSensitive ? lists.sensitive : lists.insensitive).push({ words: variant.split(/[\s-]+/), terminal });
      }
    }
  }
  return { byKey, dispatch: { insensitive: wordDispatch(lists.insensitive, 'gi'), sensitive: wordDispatch(lists.sensitive, 'g') } };
}

let compiled: ReturnType<typeof compileTable> | null = null;
/** The compiled table, built on first use (about 50 ms: kept off module load, i.e. activation and CLI start). */
function compiledTable(): ReturnType<typeof compileTable> {
  return (compiled ??= compileTable(STIGMA_TABLE));
}

/**
 * Talk about a word rather than use of it: "the word addict", "terms like junkie", "we stopped
 * calling patients noncompliant", "there is no such thing as a difficult patient". Someone else's
 * label in the author's words ("the note called her a drug seeker") is still flagged.
 */
const META_BEFORE =
  /(?:(?<![\p{L}])(?:words?|terms?|labels?|phrases?|language|expressions?)(?:[ \u00A0]+(?:like|such[ \u00A0]+as|of))?|(?<![\p{L}])(?:saying|stop(?:ped|s)?[ \u00A0]+(?:using|saying)|(?:stop(?:ped|s)?|never|don['’]t|not)[ \u00A0]+call(?:ing)?[ \u00A0]+(?:them|him|her|patients|people|someone|somebody|anyone)|no[ \u00A0]+such[ \u00A0]+thing[ \u00A0]+as))[ \u00A0]*[:,]?[ \u00A0]*$/iu;
/** "…noncompliant is a loaded word": the term as the subject of a sentence about words. */
const META_AFTER =
  /^[ \u00A0]+(?:is|are|was|were)[ \u00A0]+(?:(?:a|an|such[ \u00A0]+a|still[ \u00A0]+a|an?[ \u00A0]+(?:very|deeply))[ \u00A0]+)?(?:stigmati[sz]ing|loaded|harmful|outdated|pejorative|offensive|dehumani[sz]ing|judg(?:e)?mental|a[ \u00A0]+slur|slurs?|labels?|words?|terms?)(?![\p{L}])/iu;

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', '»', '“']);

/** The word right before a match, joined to it by a space run or a hyphen. */
const WORD_BEFORE = /([\p{L}\p{N}]+)(?:[\s\u00A0]{1,4}|[-\u2010\u2011])$/u;

interface Hit {
  start: number;
  end: number;
  found: Compiled;
}

function collect(d: WordDispatch | null, text: string, out: Hit[]): void {
  if (!d) return;
  const pick = (w: string, lower: string): RegExp | null => {
    const lead = d.insensitive ? lower : w;
    return d.sources.has(lead) ? leadRegExp(d, lead) : null;
  };
  d.leadId ??= registerLeads(d.sources.keys());
  eachMatchAtLeads(text, d.leadId, pick, (m) => {
    const found = compiledTable().byKey.get(phraseKey(m[0]));
    if (!found) return;
    if (found.notAfter.size > 0 || found.after) {
      const prev = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const word = prev ? prev[1].toLowerCase() : '';
      if ((prev && found.notAfter.has(word)) || (found.after && !found.after.has(word))) {
        // A shorter term may start inside this one ("noncompliant" after "medication"): rescan from the next character.
        return m.index + 1;
      }
    }
    out.push({ start: m.index, end: m.index + m[0].length, found });
  });
}

/**
 * The replacement with the match's capitalisation. A phrase whose table spelling starts with a
 * capital ("IV drug user", "AIDS victims") says nothing by its first letter: capitalise only at
 * a sentence start.
 */
function casedReplacement(text: string, start: number, matched: string, phrase: StigmaPhrase): string {
  const replace = phrase.replace as string;
  const key = phraseKey(matched);
  const capitalInTable = phraseVariants(phrase).some((v) => /^[A-Z]/.test(v) && phraseKey(v) === key);
  const letters = matched.replace(/[^A-Za-z]/g, '');
  if (!capitalInTable || letters === letters.toUpperCase()) return matchCase(matched, replace);
  const prefix = text.slice(Math.max(0, start - 8), start);
  const sentenceStart = (prefix.length === start && prefix.trim() === '') || /[.!?:]["”’)]?[\s\u00A0]*$/.test(prefix);
  return sentenceStart ? replace[0].toUpperCase() + replace.slice(1) : replace;
}

function sourcesNote(entry: StigmaEntry): string {
  const cites = entry.sources.map((k) => STIGMA_TABLE.sources[k]?.citation).filter(Boolean);
  return `Stigmatising language about patients (${entry.id}) transmits bias to readers and erodes trust (AMA Code of Medical Ethics 2.3.2). Source: ${cites.join(' ')}`;
}

export const stigmaTerms: BlockRule = {
  scope: 'block',
  meta: {
    id: 'stigma-terms',
    category: 'language.stigma',
    defaultSeverity: 'warning',
    description: 'Stigmatising terms about patients, with person-first replacements.',
    note: 'Stigmatising language about patients transmits bias (Goddu et al., J Gen Intern Med 2018; Park et al., JAMA Netw Open 2021) and erodes trust (AMA Code of Medical Ethics 2.3.2). Term choices follow NIDA "Words Matter" and ReportingOnSuicide.org.',
  },
  check(block, _env, report) {
    const text = block.text;
    const hits: Hit[] = [];
    collect(compiledTable().dispatch.insensitive, text, hits);
    collect(compiledTable().dispatch.sensitive, text, hits);
    if (hits.length === 0) return;
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const spans = quotedSpans(text);
    let q = 0;
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      while (q < spans.length && spans[q][1] < h.start) q++;
      const inQuotes = q < spans.length && spans[q][0] < h.start && spans[q][1] >= h.end;
      const wrapped = OPENING_QUOTES.has(text[h.start - 1]) && CLOSING_QUOTES.has(text[h.end]);
      if (inQuotes || wrapped) continue;
      const { entry, phrase, context } = h.found;
      if (context && !context.some((re) => re.test(text))) continue;
      if (META_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start)) || META_AFTER.test(text.slice(h.end, h.end + 40))) continue;
      lastEnd = h.end;
      const matched = text.slice(h.start, h.end);
      const term = matched.replace(/[\s\u00A0]+/g, ' ');
      let expected: string;
      let fixes: ProseFix[] = [];
      if (phrase.replace !== undefined) {
        const replacement = casedReplacement(text, h.start, matched, phrase);
        expected = `“${replacement}”`;
        fixes = [{ title: `Replace with “${replacement}”`, edits: [{ start: h.start, end: h.end, text: replacement }] }];
      } else if (phrase.remove) {
        expected = 'none: remove it';
        fixes = [{ title: `Remove “${term}”`, edits: [removalEdit(text, h.start, h.end)] }];
      } else {
        expected = phrase.hint ?? 'a plain description';
      }
      report({
        start: h.start,
        end: h.end,
        message: `Unexpected stigmatising term “${term}”, expected ${expected}.`,
        note: sourcesNote(entry),
        severity: phrase.severity ?? entry.severity,
        fixes,
      });
    }
  },
};
