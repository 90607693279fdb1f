// Unsupported absolute, superlative and numeric efficacy claims (rules catalog, families I1–I3
// and F6). The phrase table is data compiled once into one alternation; negated, quoted and
// "beware of …" uses are discussions of a claim, not claims.
import type { BlockRule, ProseFix } from '../rule';
import type { ProseBlock } from '../model';
import { PLACEHOLDER } from '../text/prose';
import { matchCase, removalEdit } from '../text/tidy';
import { QuoteFilter, negatedBefore, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { eachMatch } from '../text/scan';

const S = '[ \\u00A0\\t\\n]{1,3}';
const SO = '[ \\u00A0]{0,2}';
const H = '(?:[ \\u00A0\\t\\n]{1,3}|[-\\u2010\\u2011])';

interface ClaimPhrase {
  /** Regex source of the phrase (whole words; S = space run, H = space or hyphen). */
  pattern: string;
  kind: 'absolute' | 'superlative' | 'substantiation';
  /** Hedged replacement; "" removes the phrase; undefined offers no fix. */
  replace?: string;
  /** Offer a citation placeholder as the second rung, after the hedge. */
  cite?: boolean;
  /** What to write instead, for the message. */
  expected: string;
}

const E = '(?![\\p{L}\\p{N}_])';
/** Who or what a practice superlative is about ("the best vein surgeon in the state", "the #1 clinic"). */
const PRACTICE = `surgeon|doctor|physician|dermatologist|cardiologist|dentist|clinic|practice|hospital|specialist|team|center|centre|med${S}spa|spa|chiropractor|orthopedist`;

const CHRONIC =
  `(?:type${S}2${S}diabetes|diabetes|heart${S}disease|arthritis|osteoarthritis|aging|ageing|dementia|alzheimer['’]?s|autism|kidney${S}disease|hypertension|high${S}blood${S}pressure|multiple${S}sclerosis|MS|parkinson['’]?s|osteoporosis|cancer|fibromyalgia|lupus|COPD|heart${S}failure|hair${S}loss|atherosclerosis)`;

export const CLAIM_PHRASES: ClaimPhrase[] = [
  { pattern: `cures|will${S}cure|(?<=(?:we|I|they)${S})cure|cure(?=${S}\\p{L}{2,20}(?:${S}\\p{L}{2,20})?${S}in${S}\\d)`, kind: 'absolute', replace: 'may help with', cite: true, expected: '“may help with” and the evidence' },
  { pattern: `(?:lose|drop|shed)${S}\\d{1,3}${S}(?:pounds|lbs?|kg)${S}in${S}(?:just${S}|only${S})?\\d{1,3}${S}(?:days|weeks)|without${S}(?:dieting|diet${S}(?:or|and)${S}exercise)`, kind: 'absolute', expected: 'the results people generally get, with evidence' },
  { pattern: `guaranteed${S}to${S}\\p{L}{2,20}`, kind: 'absolute', expected: 'what people generally experience, with evidence' },
  { pattern: `guaranteed${S}(?:results|relief|weight${S}loss)`, kind: 'absolute', expected: 'the results people generally get' },
  { pattern: 'guaranteed', kind: 'absolute', replace: '', expected: 'no guarantee' },
  { pattern: `miracle${S}(?:cure|drug|pill|treatment|supplement)s?`, kind: 'absolute', expected: 'a plain name and the evidence' },
  { pattern: 'miraculous|miracle', kind: 'absolute', expected: 'a plain description and the evidence' },
  { pattern: `(?:100${SO}%|one${S}hundred${S}percent|completely|totally|perfectly|entirely)${S}safe`, kind: 'absolute', replace: 'generally safe', expected: '“generally safe” and the main risks' },
  { pattern: `risk${H}free`, kind: 'absolute', replace: 'low-risk', expected: '“low-risk” and the main risks' },
  { pattern: `(?:no|zero)${S}side${H}effects`, kind: 'absolute', replace: 'few side effects', expected: '“few side effects” and the common ones' },
  { pattern: `permanent${S}(?:results|fix|cure|relief|solution)`, kind: 'absolute', replace: 'long-lasting results', expected: '“long-lasting results” and how long they last' },
  { pattern: `painless`, kind: 'absolute', expected: 'the discomfort people usually feel' },
  { pattern: `never${S}fails`, kind: 'absolute', replace: 'often works', cite: true, expected: '“often works” and how often' },
  { pattern: `works${S}every${S}(?:single${S})?time`, kind: 'absolute', replace: 'often works', cite: true, expected: '“often works” and how often' },
  { pattern: `permanently${S}(?:removes?|eliminates?|cures?|fix(?:es)?|ends?|gets${S}rid${S}of|reverses?)|(?:100${SO}%|one${S}hundred${S}percent)${S}(?:effective|success(?:ful)?)|effective${S}for${S}(?:everyone|everybody|all${S}patients)`, kind: 'absolute', expected: 'how well it works and for whom, with evidence' },
  { pattern: `works${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, kind: 'absolute', replace: 'works for many people', cite: true, expected: '“works for many people” and for whom' },
  { pattern: `work${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, kind: 'absolute', replace: 'work for many people', cite: true, expected: '“work for many people” and for whom' },
  { pattern: `instant${S}(?:results|relief|cure|weight${S}loss)`, kind: 'absolute', expected: 'how long results usually take' },
  { pattern: `(?:reverses|reverse|reversing|reversed)${S}(?:your${S})?${CHRONIC}`, kind: 'absolute', expected: 'what the treatment can change, with evidence' },
  { pattern: `detox(?:ify|ifies|ifying|es)?${S}(?:your${S}(?:body|liver|system|colon|kidneys|blood)|the${S}(?:body|liver|kidneys|colon|blood)|teas?|cleanses?|diets?|drinks?|juices?|pads?|baths?|smoothies?|kits?|supplements?|water)|detoxify|detoxifies|detoxifying`, kind: 'absolute', expected: 'what the product actually does (the liver and kidneys clear toxins)' },
  { pattern: `(?:boosts?|boosting|strengthens?)${S}(?:your${S})?(?:immunity|immune${S}system|immune${S}health)|immune${H}boosting|immunity${H}boosting`, kind: 'absolute', expected: 'the measured effect, with evidence' },
  { pattern: `clinically${H}proven|scientifically${H}proven|proven${S}to${S}(?:cure|work|reverse|prevent|heal)`, kind: 'substantiation', expected: 'the trial it rests on, with a citation' },
  { pattern: `doctor${H}recommended|recommended${S}by${S}(?:doctors|physicians)|(?:doctors|physicians)${S}recommend${S}(?:this|it|our)`, kind: 'substantiation', expected: 'who recommends it and on what evidence' },
  { pattern: `(?:the${S})?best${S}(?:surgeon|doctor|physician|dermatologist|cardiologist|dentist|clinic|practice|hospital|specialist|team)s?${S}in${S}(?:the${S})?(?!(?:your|their|his|her|its|this|that|these|those|my|a|an)${S})(?:city|town|state|country|region|area|world|nation|\\p{L}{3,20})`, kind: 'superlative', expected: 'a verifiable fact, such as how many procedures and since when' },
  { pattern: `the${S}only${S}(?:clinic|practice|doctor|surgeon|physician|center|centre|provider|hospital|specialist)${S}(?:that|who|in|to|offering|with)`, kind: 'superlative', expected: 'a verifiable fact with its source' },
  { pattern: `top${S}(?:1|one|2|two|5|five)${SO}(?:%|percent)|top${S}(?:doctor|surgeon|physician)s?`, kind: 'superlative', expected: 'the named, verifiable source of the ranking' },
  { pattern: `(?:the${S})?(?:best|most${S}experienced|leading|finest|top${H}rated|highest${H}rated|best${H}rated)${S}(?!(?:in|at|of|for|to|and|or|way|ways|thing|things|time|option|options|choice|evidence|care|practice|practices|results)${E})\\p{L}{3,20}(?:${S}\\p{L}{3,20})?${S}(?:\\p{L}{3,20}${S})?(?:${PRACTICE})s?${S}in${S}(?:the${S})?(?!(?:your|their|his|her|its|this|that|these|those|my|a|an)${S})(?:city|town|state|country|region|area|world|nation|\\p{L}{3,20})`, kind: 'superlative', cite: true, expected: 'a verifiable fact, such as how many procedures and since when' },
  { pattern: `(?:(?:the|our|a)${S})?(?:#${SO}1|number${S}one|no\\.${SO}1)(?:${H}(?:rated|ranked))?${S}(?:\\p{L}{3,20}${S})?(?:${PRACTICE}|choice|provider)s?`, kind: 'superlative', cite: true, expected: 'the named, verifiable source of the ranking' },
  { pattern: `(?:say${S})?goodbye${S}to${S}(?:your${S})?(?:\\p{L}{3,20}${S})?(?:pain|aches?|acne|wrinkles|fatigue|migraines?|headaches?|cellulite|belly${S}fat|varicose${S}veins|snoring|insomnia|anxiety|arthritis|allergies|eczema|psoriasis)(?:${S}(?:forever|for${S}good|once${S}and${S}for${S}all))?|(?:banish|eliminate|get${S}rid${S}of|end|cure|fix)${S}(?:your${S})?(?:\\p{L}{3,20}${S}){1,3}(?:forever|for${S}good|once${S}and${S}for${S}all)`, kind: 'absolute', expected: 'what people can generally expect, and for how long' },
];

function kindMessage(kind: ClaimPhrase['kind']): string {
  if (kind === 'superlative') return 'superlative claim about the practice';
  if (kind === 'substantiation') return 'unsubstantiated endorsement of efficacy';
  return 'absolute health claim';
}

/** One alternation, each phrase in its own group so the matched entry is known by group index. */
const PHRASES = latinRegExp(`(?<![\\p{L}\\p{N}_-])(?:${CLAIM_PHRASES.map((p) => `(${p.pattern})`).join('|')})(?![\\p{L}\\p{N}_]|-\\p{L})`, 'giu');

const HEDGE_BEFORE = /(?<![\p{L}])(?:usually|mostly|nearly|almost|often|generally|relatively|typically|largely|virtually|sometimes|rarely|may|might|can)[ \u00A0]{1,3}$/iu;
const QUANTIFIED_AFTER = /^[ \u00A0]{1,3}(?:most|many|some|about|around|nearly|roughly|\d)/iu;

/** Cheap pre-check: a word stem each phrase contains. */
const PREFILTER = /perman|effective|every|experienced|leading|finest|rated|cur|guarant|lose|drop|shed|without|miracl|safe|risk|side|perman|pain|fail|work|instant|revers|detox|immun|proven|recommend|best|only|top|#|number|no\.|goodbye|forever|for good|once and|than|thousands|hundreds|millions/i;

/**
 * Comparative safety or efficacy ("safer than traditional surgery", "works better than compression
 * stockings"): group 1 a copula to hedge ("is "), group 2 "works"/"work" to hedge, then the object.
 */
const COMPARATIVE = latinRegExp(
  `(?<![\\p{L}\\p{N}_-])(?:((?:is|are)${S})?(?:safer|more${S}effective|more${S}successful|less${S}painful|less${S}risky|longer${H}lasting)|(works|work)${S}(?:much${S}|far${S})?(?:better|faster))` +
    `${S}than${S}(?!(?:ever|before|usual|expected|average|not|either|each|both|none|nothing|you${S}(?:might|think|expect))${E})` +
    `(?:(?:a|an|the|your|other|older|traditional|standard|conventional)${S})?[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,24}(?:${S}(?!(?:and|or|but|with|for|in|at|because|that|which|to|so|while|when|if)${E})[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,24}){0,2}`,
  'giu',
);

/** An implied typical result: "Thousands of patients have walked out pain-free". */
const TYPICAL = latinRegExp(
  `(?<![\\p{L}\\p{N}_-])(?:thousands|hundreds|millions|tens${S}of${S}thousands)${S}of${S}(?:(?:our|happy|satisfied)${S})?(?:patients|clients|customers|people|women|men|users)` +
    `(?:${S}[\\p{L}']{2,20},?){0,8}?${S}(?:pain${H}free|symptom${H}free|cancer${H}free|cured|healed|(?:found|got|gotten|felt)${S}(?:lasting${S})?relief|(?:got|gotten)${S}their${S}lives${S}back)${E}`,
  'giu',
);

/** The paragraph already says results vary, so a typical-result line is qualified. */
const TYPICALITY = /results (?:vary|may vary|differ|are not typical)|not typical|individual results|your results may/i;

/** The practice or its product is the subject: comparatives about it are advertising claims. */
const PRACTICE_VOICE = /(?<![A-Za-z])(?:our|we|we['’](?:re|ve)|us|this[ \u00A0\t\n]{1,3}(?:treatment|procedure|product|supplement|therapy|device|program|drip|method|technique))(?![A-Za-z])/i;

/** Hedging words just before a comparative ("may be safer", "often works better") or a qualifier after it. */
const HEDGE_NEAR = /(?<![A-Za-z])(?:may|might|could|can|often|usually|generally|typically|sometimes|some|many|most)(?:[ \u00A0]{1,3}[A-Za-z]{1,10}){0,2}[ \u00A0]{1,3}$/i;
const QUALIFIED_AFTER = /^[,]?[ \u00A0]{1,3}(?:for|in)[ \u00A0]{1,3}(?:some|many|most|certain)(?![A-Za-z])/i;

/** A source named in the sentence: "a 2019 trial in JAMA found", "according to the CDC". */
const SOURCE_CUE = /according to|published in|(?<![A-Za-z])(?:trials?|study|studies|meta-analys[ie]s|review|survey|data)(?![A-Za-z])[^.!?]{0,60}?(?<![A-Za-z])(?:found|find|showed|show|shows|reported|suggests?|concluded)(?![A-Za-z])/i;

/** "no surgery, no downtime, and no side effects": a list of "no X," items negates its own items, not the next claim. */
const NO_LIST_ITEM = /(?<![A-Za-z])(?:no|zero)[ \u00A0]{1,3}[A-Za-z-]{2,20}(?:[ \u00A0]{1,3}[A-Za-z-]{2,20})?[ \u00A0]*,/gi;

/** "90% success rate", "95% of our patients see results", "success rate of 90%". */
const EFFICACY = latinRegExp(
  `(?<![\\p{L}\\p{N}_.])(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}(?:success|cure|response|remission|improvement|satisfaction|effectiveness|efficacy|reduction${S}in${S}(?:pain|symptoms))(?:${S}rates?)?` +
    `|\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|clients|people|users|participants)${S}(?:see|saw|report|reported|achieve|achieved|get|got|improve|improved|are|were|become|became|feel|felt|lose|lost|need${S}no)(?:${S}(?:results|relief|better|pain${H}free|cured|symptom${H}free))?` +
    `|in${S}\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|cases|people|clients)` +
    `|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine)${S}(?:out${S}of|in)${S}(?:\\d{1,3}|ten)${S}(?:of${S})?(?:our${S})?(?:patients|clients|customers|users)${S}(?:see|saw|report|reported|achieve|achieved|get|got|improve|improved|feel|felt|lose|lost|notice|noticed|say|said|would${S}recommend|recommend|are${S}(?:cured|satisfied|pain${H}free|symptom${H}free)|need${S}no)(?:${S}(?:results|relief|better|improvement))?` +
    `|(?:success|cure|response|satisfaction)${S}rates?${S}(?:of|is|was|are|above|over)(?:${S}(?:above|over|nearly|almost|about|around))?${S}(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)))(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** A citation in the paragraph: a footnote or link placeholder, "[citation", "et al.", "(Author 2021)", a DOI or PMID. */
const CITATION = /\[citation|\[\^|et al\.|doi:|doi\.org|PMID|PMC\d|\((?:[^()\n]{1,60}[ ,])?(?:19|20)\d\d[a-z]?\)|\[\d{1,3}\]/i;

/** True when the block has a citation, or a link (its URL leaves a gap of 8+ source characters between two prose characters). */
function hasCitation(block: ProseBlock): boolean {
  const text = block.text;
  if (text.includes(PLACEHOLDER) || CITATION.test(text)) return true;
  for (let i = 1; i < text.length; i++) {
    if (block.starts[i] - block.ends[i - 1] >= 8 && text[i - 1] !== '\n' && text[i] !== '\n') return true;
  }
  return false;
}

/** The offset just before the punctuation that ends the clause containing `end` (where a citation placeholder reads well). */
function clauseEnd(text: string, end: number): number {
  const stop = sentenceEnd(text, end);
  let k = end;
  while (k < stop && !/[.!?;:,\n]/.test(text[k])) k++;
  while (k > end && /[ \t\u00A0"”’)]/.test(text[k - 1])) k--;
  return k;
}

/** True when the sentence around [start, end) asks a question ("Is laser surgery painless?"). */
function isQuestion(text: string, end: number): boolean {
  const stop = sentenceEnd(text, end);
  return /\?["”’)]*$/.test(text.slice(end, stop).trimEnd());
}

/** A negator before the claim in its sentence, not counting items of a "no X, no Y, and …" list. */
function claimNegated(text: string, start: number): boolean {
  const from = Math.max(sentenceStart(text, start), start - 60);
  const before = text.slice(from, start).replace(NO_LIST_ITEM, ' ');
  return negatedBefore(before, before.length);
}

/** True when the sentence around `start` cites a source: a link, footnote, "(Author 2020)", "[1]" or "a 2019 trial … found". */
function citedSentence(block: ProseBlock, start: number): boolean {
  const text = block.text;
  const s = sentenceStart(text, start);
  const e = Math.min(text.length, sentenceEnd(text, start) + 30);
  const slice = text.slice(s, e);
  if (slice.includes(PLACEHOLDER) || CITATION.test(slice) || SOURCE_CUE.test(text.slice(s, sentenceEnd(text, start)))) return true;
  for (let i = Math.max(1, s); i < e; i++) {
    if (block.starts[i] - block.ends[i - 1] >= 8 && text[i - 1] !== '\n' && text[i] !== '\n') return true;
  }
  return false;
}

const CITE_TITLE = 'Insert “[citation needed]”';

/** The citation-placeholder rung: " [citation needed]" at the end of the claim's clause. */
function citeFix(text: string, end: number): ProseFix {
  const at = clauseEnd(text, end);
  return { title: CITE_TITLE, edits: [{ start: at, end: at, text: ' [citation needed]' }] };
}

export const unsupportedClaim: BlockRule = {
  scope: 'block',
  meta: {
    id: 'unsupported-claim',
    category: 'claim.unsupported',
    defaultSeverity: 'warning',
    description: 'Absolute, superlative and uncited efficacy claims ("cures", "100% safe", "best surgeon in the city", "90% success rate").',
    note: 'Health benefit claims need competent and reliable scientific evidence, generally randomized controlled human trials (FTC Health Products Compliance Guidance, December 2022; FTC Act sections 5 and 12); physicians must not misrepresent outcomes (AMA Code of Medical Ethics 8.12; FSMB online professionalism guidance).',
  },
  check(block, _env, report) {
    const text = block.text;
    const hasPhrase = PREFILTER.test(text);
    const hasNumber = /%|percent|out of|\d in \d|(?:one|two|three|four|five|six|seven|eight|nine) in ten/i.test(text);
    if (!hasPhrase && !hasNumber) return;
    const quotes = new QuoteFilter(text);
    /** Common guards: quoted, negated, a question, or a cited sentence. */
    const skip = (start: number, end: number): boolean => quotes.quoted(start, end) || claimNegated(text, start) || isQuestion(text, end) || citedSentence(block, start);
    const reports: { start: number; end: number; message: string; fixes: ProseFix[] }[] = [];
    if (hasPhrase) {
      eachMatch(PHRASES, text, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (skip(start, end)) return;
        let k = 1;
        while (k < m.length && m[k] === undefined) k++;
        const phrase = CLAIM_PHRASES[k - 1];
        // Already hedged ("usually painless", "often cures") or quantified ("cures most infections").
        if (phrase.kind === 'absolute' && (HEDGE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || QUANTIFIED_AFTER.test(text.slice(end, end + 20)))) return;
        const term = m[0].replace(/\s+/g, ' ');
        const fixes: ProseFix[] = [];
        if (phrase.replace === '') {
          let edit = removalEdit(text, start, end);
          // "…, guaranteed." and "— guaranteed.": take the dash or comma that introduced it too.
          const lead = /[ \u00A0]*(?:[—–,]|--)[ \u00A0]*$/.exec(text.slice(Math.max(0, start - 8), start));
          if (lead && /^[.!?;]/.test(text.slice(end, end + 1))) edit = { start: start - lead[0].length, end, text: '' };
          fixes.push({ title: `Remove “${term}”`, edits: [edit] });
        } else if (phrase.replace !== undefined) {
          const replacement = matchCase(m[0], phrase.replace);
          fixes.push({ title: `Replace with “${replacement}”`, edits: [{ start, end, text: replacement }] });
        }
        if (phrase.cite && phrase.replace !== '') fixes.push(citeFix(text, end));
        reports.push({ start, end, message: `Unexpected ${kindMessage(phrase.kind)} “${term}”, expected ${phrase.expected}.`, fixes });
      });
      if (text.includes('than')) eachMatch(COMPARATIVE, text, (m) => {
        const start = m.index + (m[1]?.length ?? 0);
        const end = m.index + m[0].length;
        if (skip(start, end)) return;
        const sStart = sentenceStart(text, start);
        if (!PRACTICE_VOICE.test(text.slice(sStart, sentenceEnd(text, end)))) return;
        if (HEDGE_NEAR.test(text.slice(Math.max(sStart, m.index - 30), m.index)) || QUALIFIED_AFTER.test(text.slice(end, end + 20))) return;
        const fixes: ProseFix[] = [];
        if (m[1]) {
          // "is safer than …" → "may be safer than …"
          const hedge = matchCase(m[1], 'may be ');
          const cmp = text.slice(start, end).replace(/\s+/g, ' ').replace(/ than .*$/, '');
          fixes.push({ title: `Replace with “${hedge}${cmp} than …”`, edits: [{ start: m.index, end: start, text: hedge }] });
        } else if (m[2]) {
          const hedge = matchCase(m[2], 'may work');
          fixes.push({ title: `Replace with “${hedge}${text.slice(m.index + m[2].length, end).replace(/\s+/g, ' ').replace(/ than .*$/, ' than …')}”`, edits: [{ start: m.index, end: m.index + m[2].length, text: hedge }] });
        }
        fixes.push(citeFix(text, end));
        const term = text.slice(start, end).replace(/\s+/g, ' ');
        reports.push({ start, end, message: `Unexpected comparative claim “${term}” without a citation, expected the head-to-head evidence it rests on, with a citation.`, fixes });
      });
      if (/thousands|hundreds|millions/i.test(text) && !TYPICALITY.test(text)) {
        eachMatch(TYPICAL, text, (m) => {
          const start = m.index;
          const end = start + m[0].length;
          if (skip(start, end)) return;
          const stop = sentenceEnd(text, end);
          const fixes: ProseFix[] = [
            { title: 'Add “Individual results vary.”', edits: [{ start: stop, end: stop, text: ' Individual results vary.' }] },
            citeFix(text, end),
          ];
          reports.push({ start, end, message: 'Unexpected result presented as typical, expected what most patients can expect, with the source of the figure.', fixes });
        });
      }
    }
    if (hasNumber && !hasCitation(block)) {
      eachMatch(EFFICACY, text, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (quotes.quoted(start, end) || negatedBefore(text, start) || isQuestion(text, end) || SOURCE_CUE.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end)))) return;
        // A count over a denominator ("9 out of 10 patients see …") takes the placeholder at the end of its clause.
        const at = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s/i.test(m[0]) && /\s(?:out\s+of|in)\s/i.test(m[0]) ? clauseEnd(text, end) : end;
        reports.push({
          start,
          end,
          message: 'Unexpected efficacy number without a citation, expected a source with the denominator and time frame in the same paragraph.',
          fixes: [{ title: CITE_TITLE, edits: [{ start: at, end: at, text: ' [citation needed]' }] }],
        });
      });
    }
    reports.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const r of reports) {
      if (r.start < lastEnd) continue;
      lastEnd = r.end;
      report(r);
    }
  },
};
