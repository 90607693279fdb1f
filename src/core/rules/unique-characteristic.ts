// Unique identifying characteristics of a patient (rules catalog A19, Safe Harbor item R): a
// singular role ("our town's only veterinarian", "the only pharmacist in the county"), a
// record-setting or superlative fact tied to a community ("the oldest man in the county", "the
// first woman to …"), or a singular office ("the mayor", "the sheriff", "the head football coach
// at the high school"). Each alone can name one person to anyone local. Only in a sentence about a
// patient (a patient cue), so "the only clinic in town offers flu shots" stays quiet. Warning; the
// reidentification-risk rule adds it to the paragraph's score (catalog: BLOCK when combined).
import type { BlockRule, ProseFix } from '../rule';
import { agreeFix, indefiniteArticle } from '../text/agreement';
import { latinRegExp } from '../text/letters';
import { QuoteFilter, sentenceEnd, sentenceStart } from '../text/speech';
import { eachMatch } from '../text/scan';

const S = '[ \\u00A0]+';
const COMMUNITY = `(?:town|county|city|village|valley|island|parish|township|district|school|high${S}school|state|region|area|community|neighbou?rhood|hospital|practice|clinic|congregation|church|tribe|reservation)`;
const ROLE = `([\\p{L}][\\p{L}'’-]*(?:${S}[\\p{L}][\\p{L}'’-]*){0,2}?)`; // lazy: ONLY_IN anchors the end

/** "the town's only veterinarian", "our county's only female surgeon" (the role words are read after the match). */
const ONLY_POSSESSIVE = latinRegExp(`(?<![\\p{L}\\p{N}_])(?:the|our|their|this)${S}${COMMUNITY}['’]s${S}only${S}`, 'gi');
/** Words that end a role phrase ("the town's only vet [who]…", "…only pharmacist [came] in"). */
const STOP = new Set(['and', 'or', 'but', 'in', 'at', 'on', 'of', 'for', 'from', 'to', 'with', 'who', 'whom', 'that', 'which', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'came', 'comes', 'come', 'when', 'after', 'before', 'while', 'because', 'since', 'got', 'gets', 'went', 'died', 'said', 'told', 'asked', 'walked', 'called', 'brought', 'needed']);

/** Up to three role words right after `at` ("female surgeon"), stopping at a verb, preposition or punctuation. */
function roleAfter(text: string, at: number): { role: string; end: number } | null {
  const re = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*/y;
  const words: string[] = [];
  let pos = at;
  let end = at;
  for (let i = 0; i < 3; i++) {
    re.lastIndex = pos;
    const w = re.exec(text);
    if (!w || STOP.has(w[0].toLowerCase())) break;
    words.push(w[0]);
    end = w.index + w[0].length;
    if (!/^[ \u00A0]$/.test(text[end] ?? '')) break;
    pos = end + 1;
  }
  return words.length ? { role: words.join(' '), end } : null;
}
/** "the only pharmacist in town", "the only Black surgeon at the hospital". */
const ONLY_IN = latinRegExp(`(?<![\\p{L}\\p{N}_])the${S}only${S}${ROLE}${S}(?:in|at|on|of)${S}(?:(?:the|our|their|this|a)${S})?(?:small${S})?(?:${COMMUNITY}|town)(?![\\p{L}\\p{N}_])`, 'gi');
/** "the oldest man in the county", "the first woman in the state to …", "the youngest mayor of …". */
const SUPERLATIVE = latinRegExp(
  `(?<![\\p{L}\\p{N}_])the${S}(?:oldest|youngest|tallest|heaviest|first|last|only)(?:${S}living)?${S}((?:man|woman|person|resident|patient|veteran|boy|girl|child|baby|twin|triplets|quadruplets|mother|father|survivor|athlete|player|mayor|doctor|nurse|teacher)s?)${S}(?:(?:in|at|of)(?:${S}(?:the|our|this|their))?(?:${S}${COMMUNITY})?|to${S}(?:ever${S})?(?:have|be|win|survive|serve|graduate|receive))`,
  'gi',
);
/** Singular offices: one holder per community. */
const OFFICE = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:our|the|their)${S}(?:town${S}|county${S}|city${S}|local${S})?(?:mayor|sheriff|police${S}chief|fire${S}chief|school${S}superintendent|superintendent|high${S}school${S}principal|principal${S}of${S}the${S}high${S}school|head${S}(?:football|basketball|baseball|soccer|hockey)${S}coach|star${S}quarterback|town${S}doctor|town${S}pharmacist|postmaster|postmistress|district${S}attorney|county${S}judge)(?![\\p{L}\\p{N}_])`,
  'gi',
);

const PREFILTER = /only|oldest|youngest|tallest|heaviest|first|last|mayor|sheriff|chief|superintendent|principal|coach|quarterback|town doctor|pharmacist|postm|attorney|judge/i;

/** The sentence is about a patient or their family (not the practice, not general news). */
const PATIENT_CUE = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:my${S}patients?|our${S}patients?|the${S}patient|a${S}patient|this${S}patient|patient['’]s|came${S}(?:in|into|to)|was${S}(?:admitted|brought|rushed|transferred|seen|diagnosed|treated)|presented|i${S}(?:treated|saw|examined|admitted|diagnosed|operated)|in${S}(?:my|our)${S}(?:er|ed|clinic|office|icu)|her${S}(?:husband|son|daughter|mother|father|wife)|his${S}(?:wife|son|daughter|mother|father|husband)|he|she|him|her)(?![\\p{L}\\p{N}_])`,
  'i',
);

const NOTE =
  'Safe Harbor item (R), 45 CFR 164.514(b)(2)(i)(R): any other unique identifying characteristic. A singular role, office or record ("the town\'s only veterinarian", "the oldest man in the county", "the mayor") points to one person for anyone who knows the community (rules catalog A19).';

interface Hit {
  start: number;
  end: number;
  message: string;
  fixes: ProseFix[];
}

function roleFix(text: string, start: number, end: number, role: string): ProseFix[] {
  const words = role.trim().split(/\s+/);
  const noun = words.join(' ');
  const article = indefiniteArticle(words[0]);
  return [agreeFix(text, { title: `Replace with “${article} ${noun}”`, edits: [{ start, end, text: `${article} ${noun}` }] })];
}

export const uniqueCharacteristic: BlockRule = {
  scope: 'block',
  meta: {
    id: 'unique-characteristic',
    category: 'phi.id',
    defaultSeverity: 'warning',
    description: 'Unique characteristics of a patient: a singular role, office or record in a community (Safe Harbor item R).',
    note: NOTE,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!PREFILTER.test(text)) return;
    const quotes = new QuoteFilter(text);
    const hits: Hit[] = [];
    const patientSentence = (s: number, e: number): boolean => PATIENT_CUE.test(text.slice(sentenceStart(text, s), sentenceEnd(text, e)));
    const role = (s: number, e: number, r: string): void => {
      if (quotes.quoted(s, e) || !patientSentence(s, e)) return;
      const phrase = text.slice(s, e);
      hits.push({ start: s, end: e, message: `Unexpected unique role “${phrase}”, expected a general description such as “${indefiniteArticle(r)} ${r}”.`, fixes: roleFix(text, s, e, r) });
    };
    eachMatch(ONLY_POSSESSIVE, text, (p) => {
      const r = roleAfter(text, p.index + p[0].length);
      if (r) role(p.index, r.end, r.role);
    });
    eachMatch(ONLY_IN, text, (p) => {
      role(p.index, p.index + p[0].length, p[1]);
    });
    eachMatch(SUPERLATIVE, text, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (quotes.quoted(s, e) || !patientSentence(s, e)) return;
      // "the first patient in the study to …" is about a trial, not a community record.
      if (/^the (?:first|last) (?:patients?|persons?)/i.test(m[0]) && !/(?:town|county|city|village|state|school|community)/i.test(m[0])) return;
      // "the oldest man in the county" → "an older man"; the "… to ever win" form continues the sentence: no fix.
      const adjective = /oldest/i.test(m[0]) ? 'older ' : /youngest/i.test(m[0]) ? 'young ' : /tallest/i.test(m[0]) ? 'tall ' : '';
      const general = `${adjective}${m[1].toLowerCase()}`;
      const fixes = /\sto\s/i.test(m[0]) ? [] : [agreeFix(text, { title: `Replace with “${indefiniteArticle(general)} ${general}”`, edits: [{ start: s, end: e, text: `${indefiniteArticle(general)} ${general}` }] })];
      hits.push({ start: s, end: e, message: `Unexpected record-setting detail “${m[0]}”, expected it left out or generalized.`, fixes });
    });
    eachMatch(OFFICE, text, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (quotes.quoted(s, e)) return;
      // The office holder must be the patient or family: a cue other than a bare pronoun.
      const sentence = text.slice(sentenceStart(text, s), sentenceEnd(text, e));
      if (!/\b(?:patient|came (?:in|into|to)|was (?:admitted|brought|rushed|transferred|seen|diagnosed|treated)|presented|I (?:treated|saw|examined|admitted|diagnosed|operated)|in (?:my|our) (?:ER|ED|clinic|office|ICU))\b/i.test(sentence)) return;
      hits.push({ start: s, end: e, message: `Unexpected singular office “${m[0]}”, expected a general description such as “a local official”.`, fixes: [agreeFix(text, { title: 'Replace with “a local official”', edits: [{ start: s, end: e, text: 'a local official' }] })] });
    });
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      report({ start: h.start, end: h.end, message: h.message, fixes: h.fixes });
    }
  },
};
