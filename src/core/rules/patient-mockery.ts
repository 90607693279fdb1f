// Mocking or venting about patients (rules catalog D1): insults, contempt and sarcasm aimed at a
// patient or family. Only with a patient cue in the same sentence, so "I felt stupid" or a lazy
// Sunday stays quiet; quoted speech and discussion of a word are left alone. No automatic fix:
// only the author can say what the clinical situation was.
import type { BlockRule } from '../rule';
import { MatchIndex, QuoteFilter, sentenceEnd, sentenceStart } from '../text/speech';

const S = '[ \\u00A0\\t\\n]{1,3}';

const INSULT = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:idiots?|idiotic|morons?|moronic|imbeciles?|clowns?|clueless|lazy(?!${S}eye)|stupid|dumb(?!${S}luck)|pathetic|whin(?:ers?|y|ing)|(?:frequent|chronic|professional)${S}complainers?|complainers?|(?:another|the|a|some)${S}drunk(?!${S}driv)|drunks|lunatics?|psychos?|nut${S}?jobs?|nut${S}?cases?|crazies|losers?|dirtbags?|scumbags?|deadbeats?|drama${S}queens?|divas?|attention[- ]seek(?:ers?|ing)|fakers?|faking${S}it|train${S}wrecks?|hypochondriacs?|hilarious|laughable|cracked${S}(?:me|us)${S}up)(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** "of course he 'forgot' his meds": a scare-quoted excuse put in a patient's mouth. */
const SARCASM = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:he|she|they|patient|mom|dad|family)(?:${S}(?:had|has|was|have|just|conveniently|somehow))?${S}['‘"“](?:forgot|lost|ran${S}out|misplaced|allergic|can['’]t${S}afford|didn['’]t${S}know|had${S}no${S}idea|accidentally|only${S}(?:had|drank)${S}(?:a|two|one))[^'’"”\\n]{0,20}['’"”]`,
  'giu',
);

const EYE_ROLL = /\u{1F644}|\u{1F612}|\u{1F926}/gu;

const PATIENT_CUE =
  /(?<![\p{L}\p{N}_])(?:patients?|pts?|famil(?:y|ies)|relatives?|mom|dad|mother|father|husband|wife|son|daughter|parents?|he|she|him|her|his|they|them|guy|lady|man|woman|dude|bed[ \u00A0]+\d+|room[ \u00A0]+\d+|triage|waiting[ \u00A0]+room|visitor|caller|frequent)(?![\p{L}\p{N}_])/giu;

const PREFILTER = /idiot|moron|imbecil|clown|clueless|lazy|stupid|dumb|pathetic|whin|complainer|drunk|lunatic|psycho|nut|craz|loser|dirtbag|scumbag|deadbeat|drama|diva|attention|fak|wreck|hypochondr|hilarious|laughable|cracked|['‘"“]|\u{1F644}|\u{1F612}|\u{1F926}/iu;

/** "felt stupid", "made her feel dumb": how someone felt, not a label for them. */
const FEELING = /(?<![\p{L}])(?:feel|feels|felt|feeling|look|looks|looked|sound|sounds|sounded|seem|seems|seemed)[ \u00A0]{1,3}(?:(?:so|really|a[ \u00A0]bit|kind[ \u00A0]of|very|pretty)[ \u00A0]{1,3})?$/iu;

const MESSAGE = 'Unexpected contempt for a patient, expected a plain description of the clinical situation.';

export const patientMockery: BlockRule = {
  scope: 'block',
  meta: {
    id: 'patient-mockery',
    category: 'conduct.mockery',
    defaultSeverity: 'warning',
    description: 'Insults, contempt and sarcasm aimed at patients or families.',
    note: 'Mocking or venting about patients online undermines trust in the profession and can identify them (AMA Code of Medical Ethics Opinion 2.3.2, professionalism in the use of social media; ACP–FSMB 2013 online medical professionalism).',
  },
  check(block, _env, report) {
    const text = block.text;
    if (!PREFILTER.test(text)) return;
    const quotes = new QuoteFilter(text);
    const hits: [number, number][] = [];
    let cues: MatchIndex | undefined;
    // Hits in one sentence share its answer; a run of hits with no sentence end reuses the last window.
    let windowEnd = -1;
    let windowAnswer = false;
    const cueAround = (s: number, e: number, from?: number): boolean => {
      if (from === undefined && e <= windowEnd) return windowAnswer;
      const start = from ?? sentenceStart(text, s);
      windowEnd = sentenceEnd(text, e);
      windowAnswer = (cues ??= new MatchIndex(PATIENT_CUE, text)).any(start, windowEnd);
      return windowAnswer;
    };
    for (const re of [INSULT, SARCASM]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const s = m.index;
        const e = s + m[0].length;
        if (re === INSULT && (quotes.quoted(s, e) || FEELING.test(text.slice(Math.max(0, s - 30), s)))) continue;
        if (re === INSULT && !cueAround(s, e)) continue;
        hits.push([s, e]);
      }
    }
    let emojiEnd = -1;
    let emojiAnswer = false;
    EYE_ROLL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EYE_ROLL.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      // The emoji often follows the sentence it comments on: look at that sentence too.
      if (e <= emojiEnd) {
        if (emojiAnswer) hits.push([s, e]);
        continue;
      }
      const own = sentenceStart(text, s);
      const prev = own > 0 ? sentenceStart(text, Math.max(0, own - 2)) : own;
      emojiAnswer = cueAround(s, e, prev);
      emojiEnd = windowEnd;
      if (emojiAnswer) hits.push([s, e]);
    }
    hits.sort((a, b) => a[0] - b[0]);
    let lastEnd = -1;
    for (const [start, end] of hits) {
      if (start < lastEnd) continue;
      lastEnd = end;
      report({ start, end, message: MESSAGE });
    }
  },
};
