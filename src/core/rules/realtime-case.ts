// Live or same-day case posting (catalog C1–C3): "just finished a code", "tonight in the ER", "this
// morning's patient", "#livetweeting", present-tense narration of an ongoing encounter; and, from
// front matter, a case_date too close to the publication date (C2).
//
// A document rule: the prose check runs block by block like a block rule, and the delay check reads
// the front matter once. Every regex is a bounded alternation; windows around a match are bounded.
import type { DocumentRule, SourceReport } from '../rule';
import type { ProseBlock } from '../model';
import { publicationDate } from '../frontmatter';
import { CueIndex, GENERIC } from '../text/cues';
import { daysBetween } from '../text/dates';
import { matchCase } from '../text/tidy';
import { latinRegExp } from '../text/letters';

const NOTE =
  'AMA Code of Medical Ethics Opinion 2.3.2 (Professionalism in the Use of Social Media); FSMB, Social Media and Electronic Communications (April 2019); Safe Harbor item (C), 45 CFR 164.514(b)(2)(i)(C). Staff, family and the patient know when and where an event happened, so posting it live or the same day identifies the patient even without a name.';

const DEFAULT_MIN_DELAY_DAYS = 90;

const W = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const SP = '[ \\u00a0]{1,3}';

/** Cheap gate: no word of any pattern, no work. */
const PREFILTER = /now|just|today|tonight|morning|afternoon|evening|moment|speak|shift|call|#|live|currently|I['’]m|I am|we['’]re|we are|is (?:coding|crashing|being|in labou?r)/i;

type Kind = 'hashtag' | 'just' | 'now' | 'today' | 'shift' | 'narration';

interface Pattern {
  kind: Kind;
  re: RegExp;
}

const PATTERNS: Pattern[] = [
  { kind: 'hashtag', re: latinRegExp(`#(?:live-?tweet(?:ing|ed)?|live-?blog(?:ging)?|liveblog|onshift|stillonshift|nightshift|shiftlife|erlife|icunurse|codeblue|happeningnow|rightnow)${E}`, 'giu') },
  {
    kind: 'just',
    re: latinRegExp(
      `${W}just${SP}(?:finished|wrapped${SP}up|wrapped|got${SP}(?:out${SP}of|back${SP}from|off|done${SP}with)|walked${SP}out${SP}of|came${SP}out${SP}of|stepped${SP}out${SP}of|left|admitted|lost|intubated|delivered|coded|pronounced|discharged|ran|scrubbed${SP}out|sewed${SP}up|sutured|saw|had)${E}`,
      'giu',
    ),
  },
  { kind: 'now', re: latinRegExp(`${W}(?:right${SP}now|just${SP}now|at${SP}the${SP}moment|as${SP}we${SP}speak|as${SP}I${SP}(?:type|write)(?:${SP}this)?|as${SP}I['’]m${SP}(?:typing|writing)(?:${SP}this)?|live${SP}from|in${SP}real${SP}time)${E}`, 'giu') },
  { kind: 'today', re: latinRegExp(`${W}(?:earlier${SP}today|today|tonight|this${SP}(?:morning|afternoon|evening))(?:['’]s)?${E}`, 'giu') },
  { kind: 'shift', re: latinRegExp(`${W}(?:I['’]m|I${SP}am|we['’]re|we${SP}are|still|currently)${SP}(?:still${SP}|currently${SP}|now${SP})?(?:on${SP}shift|on${SP}call|mid-shift|working${SP}(?:a|the|my)${SP}(?:night${SP})?shift|in${SP}the${SP}middle${SP}of${SP}(?:a|my|the)${SP}(?:night${SP})?(?:shift|code|case))${E}`, 'giu') },
  {
    kind: 'narration',
    re: latinRegExp(
      `${W}(?:(?:I['’]m|I${SP}am|we['’]re|we${SP}are)${SP}(?:currently${SP}|still${SP}|now${SP})?(?:sitting${SP}with|standing${SP}(?:in|at|by|next${SP}to)|waiting${SP}(?:for|on|in)|watching|holding|scrubbing${SP}in|scrubbed${SP}in|coding|intubating|running${SP}a${SP}code|resuscitating|stabilizing|stabilising|suturing|admitting|rounding${SP}on)|(?:patient|he|she|baby|kid)${SP}is${SP}(?:currently${SP}|still${SP}|now${SP})?(?:coding|crashing|being${SP}(?:intubated|coded|resuscitated|transferred|prepped)|in${SP}labou?r|pushing|on${SP}the${SP}table))${E}`,
      'giu',
    ),
  },
];

/** Care settings: a live post naming one places the patient (C1 BLOCK, C3). */
const SETTING_CI = latinRegExp(
  `${W}(?:emergency${SP}(?:room|department)|intensive${SP}care|trauma${SP}bay|trauma${SP}room|resus${SP}(?:bay|room)|labou?r${SP}and${SP}delivery|delivery${SP}room|operating${SP}room|cath${SP}lab|triage|ward|unit|ambulance|on${SP}call|on${SP}shift|our${SP}(?:floor|hospital|clinic))${E}`,
  'iu',
);
const SETTING_CS = /(?<![\p{L}\p{N}_])(?:ER|ED|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|OR|L&D|PACU)(?![\p{L}\p{N}_])/u;
/** A patient, or an event that stands for one ("a code", "a trauma"). */
const PATIENT = latinRegExp(
  `${W}(?:patient|pt|man|woman|boy|girl|kid|child|baby|infant|newborn|neonate|teen|teenager|toddler|grandmother|grandma|grandfather|grandpa|mom|dad|mother|father|gentleman|lady|he|she|him|her|code|trauma|GSW|MVC|overdose|delivery|c-section|case|\\d{1,3}[- ]?(?:year|yo|y/o))${E}`,
  'iu',
);
/** Trends and groups ("a lot of RSV right now", "many patients"): a season's news, not a case. */
const POPULATION = latinRegExp(`${W}(?:a${SP}lot${SP}of|lots${SP}of|many|several|more|fewer|cases|patients|people|kids|children|families|everyone|numbers|rates?|activity|season)${E}`, 'iu');
/** Clinical work in the sentence: enough for a warning when there is no setting or patient. */
const CLINICAL = latinRegExp(`${W}(?:shift|call|rounds|resus|intubat\\w{0,5}|surgery|admission|admitted|pronounced|delivered|sutured|coded)${E}`, 'iu');
const FIRST_PERSON = /(?<![\p{L}\p{N}_])(?:I|I['’]m|me|my|we|we['’]re|us|our)(?![\p{L}\p{N}_])/u;

const MESSAGES: Record<Kind, string> = {
  hashtag: 'Unexpected live-posting hashtag, expected none: post about cases only after a delay.',
  just: 'Unexpected “just” before a case event, expected no same-day timing.',
  now: 'Unexpected live timing word, expected no real-time detail about a case.',
  today: 'Unexpected same-day time word, expected no timing that dates the case.',
  shift: 'Unexpected live shift narration, expected no real-time detail about a case.',
  narration: 'Unexpected present-tense narration of an ongoing encounter, expected a past, undated account posted after a delay.',
};

/** One prose report in prose offsets; mapped to source by `toSource`. */
interface ProseReport {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
  fix?: { title: string; start: number; end: number; text: string };
}

/** Live-posting findings in one prose block. */
export function scanRealtime(text: string): ProseReport[] {
  if (!PREFILTER.test(text)) return [];
  const out: ProseReport[] = [];
  const idx = new CueIndex(text, { settingWords: SETTING_CI, settingAbbr: SETTING_CS, patient: PATIENT, clinical: CLINICAL, first: FIRST_PERSON, generic: GENERIC, population: POPULATION }, (kind, m) => kind === 'generic' && /^may$/i.test(m) && m !== 'may');
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      const [a] = idx.sentence(s, e);
      const setting = idx.around('settingWords', s, e) || idx.around('settingAbbr', s, e);
      const patient = idx.around('patient', s, e) || (kind === 'narration' && !/^(?:I|we)/i.test(m[0]));
      const clinical = idx.around('clinical', s, e);
      const first = idx.around('first', s, e);
      const generic = idx.around('generic', s, e);
      // Advice to readers ("If you have chest pain right now, call 911") is not a live post.
      if (generic && !first && !setting) continue;
      if (!setting && !patient && idx.around('population', s, e)) continue;
      let severity: 'error' | 'warning' | null;
      if (setting || patient) severity = 'error';
      else if (kind === 'hashtag' || kind === 'shift' || (kind === 'narration' && clinical)) severity = 'warning';
      else if ((kind === 'now' && first) || clinical) severity = 'warning';
      else severity = null;
      // "Today I want to talk about sunscreen": a time word alone is not a case.
      if (kind === 'today' && !setting && !patient) severity = null;
      if (kind === 'just' && !setting && !patient && !clinical) severity = null;
      if (severity === null) continue;
      out.push({ start: s, end: e, message: MESSAGES[kind], severity, fix: fixFor(text, kind, s, e, a) });
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: ProseReport[] = [];
  let lastEnd = -1;
  for (const r of out) {
    if (r.start < lastEnd) continue;
    kept.push(r);
    lastEnd = r.end;
  }
  return kept;
}

/** Remove a time word (and the comma or space that served it); keep a capital at sentence start. */
function fixFor(text: string, kind: Kind, s: number, e: number, sentenceStart: number): ProseReport['fix'] {
  const word = text.slice(s, e);
  if (kind === 'narration' || kind === 'shift') return undefined;
  if (kind === 'today' && /['’]s$/.test(word)) {
    // "this morning's patient" → "a patient".
    const next = /^[ \u00a0]*(\p{L})/u.exec(text.slice(e, e + 8));
    const art = next && /[aeiou]/i.test(next[1]) ? 'an' : 'a';
    return { title: `Replace with “${art}”`, start: s, end: e, text: matchCase(word, art) };
  }
  if (kind === 'just') {
    // "just finished a code" → "finished a code": only the word "just" goes.
    const j = /^just[ \u00a0]{1,3}/i.exec(word);
    if (!j) return undefined;
    const atStart = text.slice(sentenceStart, s).trim() === '';
    const nextChar = text[s + j[0].length];
    return { title: 'Remove “just”', start: s, end: s + j[0].length + (atStart ? 1 : 0), text: atStart ? nextChar.toUpperCase() : '' };
  }
  if (kind === 'now' && /^live/i.test(word)) return undefined;
  if (kind === 'hashtag') {
    let from = s;
    while (from > 0 && /[ \u00a0]/.test(text[from - 1])) from--;
    return { title: 'Remove the hashtag', start: from === 0 ? s : from, end: from === 0 ? Math.min(text.length, e + 1) : e, text: '' };
  }
  let from = s;
  let to = e;
  const atStart = text.slice(sentenceStart, s).trim() === '';
  if (text[to] === ',') to++;
  if (atStart) {
    while (to < text.length && /[ \u00a0]/.test(text[to])) to++;
    const next = text[to];
    if (!next || !/\p{L}/u.test(next)) return undefined;
    return { title: 'Remove the time word', start: from, end: to + 1, text: next.toUpperCase() };
  }
  // Mid-sentence: drop the word and the space before it ("in the ER tonight." → "in the ER.");
  // a comma is kept unless the word was set off by two ("the ER, tonight, he" → "the ER, he").
  to = e;
  while (from > 0 && /[ \u00a0]/.test(text[from - 1])) from--;
  if (text[from - 1] === ',' && text[e] === ',') to = e + 1;
  if (from === s && to < text.length && /[ \u00a0]/.test(text[to])) to++;
  return { title: 'Remove the time word', start: from, end: to, text: '' };
}

/**
 * scanRealtime memoized on the block object: its result is a pure function of the block's text
 * (prose offsets), and unchanged blocks keep their identity across incremental re-lints, so after
 * an edit only the edited block is scanned again. Source offsets are mapped on every check.
 */
const scanCache = new WeakMap<ProseBlock, { text: string; reports: ProseReport[] }>();

function scanBlock(block: ProseBlock): ProseReport[] {
  const hit = scanCache.get(block);
  if (hit && hit.text === block.text) return hit.reports;
  const reports = scanRealtime(block.text);
  scanCache.set(block, { text: block.text, reports });
  return reports;
}

/** Source offsets of prose [s, e) in a block; null when it is not plain, contiguous source text. */
function toSource(block: ProseBlock, source: string, s: number, e: number): [number, number] | null {
  if (e <= s) {
    const at = s < block.text.length ? block.starts[s] : block.ends[block.text.length - 1];
    return [at, at];
  }
  const ss = block.starts[s];
  const se = block.ends[e - 1];
  return source.slice(ss, se) === block.text.slice(s, e) ? [ss, se] : null;
}

function asDate(v: unknown): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string' && v.trim()) {
    const d = new Date(v.trim());
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

export const realtimeCase: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'realtime-case',
    category: 'case.realtime',
    defaultSeverity: 'warning',
    description: 'Live or same-day case posting ("tonight in the ER", "#livetweeting"), and case_date too close to publication.',
    note: NOTE,
    optionsSchema: {
      type: 'object',
      properties: {
        minDelayDays: {
          type: 'integer',
          minimum: 0,
          default: DEFAULT_MIN_DELAY_DAYS,
          description: 'Minimum days between the front-matter case_date and publish_at/date.',
        },
      },
      additionalProperties: false,
    },
  },
  check(doc, env, report) {
    const { source } = doc;
    for (const block of doc.blocks) {
      if (block.text.length === 0) continue;
      for (const r of scanBlock(block)) {
        const range = toSource(block, source, r.start, r.end);
        const start = range ? range[0] : block.starts[r.start];
        const end = range ? range[1] : block.ends[r.end - 1];
        const out: SourceReport = { start, end, message: r.message, severity: r.severity };
        if (r.fix) {
          const fr = toSource(block, source, r.fix.start, r.fix.end);
          if (fr) out.fixes = [{ title: r.fix.title, edits: [{ start: fr[0], end: fr[1], text: r.fix.text }] }];
        }
        report(out);
      }
    }
    delayCheck(doc.source, doc.frontMatter, env.options, report);
  },
};

/** C2: case_date and the publication date closer than the policy allows. */
function delayCheck(source: string, fm: Parameters<DocumentRule['check']>[0]['frontMatter'], options: Record<string, unknown>, report: (r: SourceReport) => void): void {
  if (!fm || !fm.data || fm.data.case_date === undefined) return;
  const published = publicationDate(fm.data);
  const caseDate = asDate(fm.data.case_date);
  if (!published || !caseDate) return;
  const min = typeof options.minDelayDays === 'number' ? options.minDelayDays : DEFAULT_MIN_DELAY_DAYS;
  const gap = daysBetween(caseDate, published);
  if (gap >= min) return;
  const yaml = source.slice(fm.start, fm.end);
  const line = /^case_date[ \t]*:[ \t]*([^\r\n#]*?)[ \t]*(?:#.*)?$/m.exec(yaml);
  const start = line ? fm.start + line.index : fm.start;
  const end = line ? start + line[0].length : fm.end;
  const days = gap === 1 ? '1 day' : `${gap} days`;
  report({
    start,
    end,
    message:
      gap < 0
        ? `Unexpected case_date after the publication date, expected at least ${min} days between the encounter and publication.`
        : `Unexpected publication ${days} after the case date, expected at least ${min} days between the encounter and publication.`,
    note: `${NOTE} Catalog C2: the practice's minimum delay between encounter and publication is ${min} days (option minDelayDays); the gap is counted from case_date to publish_at (or date).`,
    severity: 'warning',
  });
}
