// Shared detection of disclaimers and emergency/crisis content (rules-catalog.md §K, §E5): used by the
// missing-disclosure rule and the checklist's automatic checks, so both agree on what counts.

/** Phrases that make an educational disclaimer (§K DISC.EDUCATIONAL). */
export const DISCLAIMER = [
  /\bnot\s+(?:intended\s+(?:as|to\s+be)\s+|meant\s+(?:as|to\s+be)\s+|a\s+substitute\s+for\s+(?:professional\s+)?)?(?:professional\s+)?medical\s+advice\b/i,
  /\bfor\s+(?:general\s+)?(?:educational|informational|education|information)(?:al)?\s+purposes\b/i,
  /\bgeneral\s+(?:health\s+)?(?:education|information)\b/i,
  /\b(?:does\s+not|doesn[’']t|do\s+not|don[’']t|will\s+not)\s+(?:create|establish|form)\s+(?:a|any)\s+(?:physician|doctor)\s*[-–—]?\s*patient\s+relationship/i,
];

/** Suicide and self-harm content: calls for the 988 Suicide & Crisis Lifeline. */
export const CRISIS_TRIGGER = /\b(?:suicid\w{0,6}|self[- ]harm\w{0,4}|kill(?:ing)?\s{1,3}(?:myself|yourself|themselves|himself|herself))\b/i;
/**
 * Acute emergencies that are always what-to-do-now content (chest pain, overdose, anaphylaxis),
 * and stroke, heart attack or cardiac arrest, which are acute only in an acute context (see
 * ACUTE_BEFORE / ACUTE_AFTER / ACUTE_SENTENCE): "stroke risk", "raises the risk of heart attack and
 * stroke" and "after a stroke last year" are history or risk, not an emergency. "Heat stroke" and
 * "a stroke of luck" are left out.
 */
export const EMERGENCY_TRIGGER =
  /\b(?:overdos\w{0,4}|chest\s{1,3}pain|anaphyla\w{0,6}|(?<!heat\s{0,2})strokes?(?!\s{1,3}of\b)|heart\s{1,3}attacks?|cardiac\s{1,3}arrests?)\b/gi;
/** The words that need an acute context: stroke, heart attack, cardiac arrest. */
const CONTEXT_NEEDED = /^(?:strokes?|heart\s{1,3}attacks?|cardiac\s{1,3}arrests?)$/i;
/** Right before: "signs of a", "symptoms of", "having a", "can be a", "suspect a", "during a". */
const ACUTE_BEFORE =
  /\b(?:(?:warning\s{1,3})?(?:signs?|symptoms?)\s{1,3}(?:of|for)|(?:is|are|be|am|'re|’re|'s|’s|were|was)\s{1,3}having|(?:can|could|may|might|would|must)\s{1,3}(?:be|mean|signal|indicate)|suspect(?:ed|s)?|possible|think\s{1,3}(?:it['’]s|it\s{1,3}is)|during|recogni[sz]e|spot|treat\s{1,3}(?:a|an)?\s{0,3}suspected)\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:possible\s{1,3}|suspected\s{1,3}|mini[- ])?$/i;
/** Right after: "stroke symptoms", "heart attack warning signs", "is a medical emergency". */
const ACUTE_AFTER = /^\s{1,3}(?:(?:warning\s{1,3})?(?:signs?|symptoms?)|(?:is|are)\s{1,3}(?:an?\s{1,3})?(?:medical\s{1,3})?emergenc\w{1,3}|(?:is|are)\s{1,3}happening|strikes?)\b/i;
/** In the same sentence: the stroke acronym (capitals only), named acute symptoms, urgency, or the 911 instruction. */
const ACUTE_ACRONYM = /\b(?:BE[ -]?FAST|F\.A\.S\.T|FAST)\b/;
const ACUTE_SENTENCE =
  /\b(?:face\s{1,3}droop\w{0,3}|droop\w{0,3}\s{1,3}face|arm\s{1,3}weakness|slurred\s{1,3}speech|sudden(?:ly)?\s{1,3}(?:numb\w{0,4}|weak\w{0,4}|confus\w{0,4}|trouble|severe|loss|dizz\w{0,5}|collapse\w{0,2})|every\s{1,3}minute\s{1,3}(?:counts|matters)|minutes\s{1,3}matter|time\s{1,3}is\s{1,3}brain|right\s{1,3}away|call\s{1,3}(?:9-?1-?1|an\s{1,3}ambulance|for\s{1,3}help)|start\s{1,3}CPR)\b/i;

/** Start and end of the sentence around [s, e) (bounded). */
function sentenceAround(text: string, s: number, e: number): [number, number] {
  let a = s;
  const floor = Math.max(0, s - 300);
  while (a > floor && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = e;
  const ceil = Math.min(text.length, e + 300);
  while (b < ceil && !/[.!?\n]/.test(text[b])) b++;
  return [a, b];
}

/**
 * The first acute-emergency trigger in `text` as [start, end), or null: chest pain, overdose and
 * anaphylaxis anywhere; stroke, heart attack and cardiac arrest only with an acute context.
 */
export function findEmergencyTrigger(text: string): [number, number] | null {
  EMERGENCY_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Context checks per text are bounded: a post mentions stroke a handful of times.
  let budget = 64;
  while ((m = EMERGENCY_TRIGGER.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (!CONTEXT_NEEDED.test(m[0])) return [s, e];
    if (budget-- <= 0) continue;
    const [a, b] = sentenceAround(text, s, e);
    if (ACUTE_BEFORE.test(text.slice(Math.max(a, s - 60), s)) || ACUTE_AFTER.test(text.slice(e, Math.min(b + 1, e + 60))) || ACUTE_ACRONYM.test(text.slice(a, b)) || ACUTE_SENTENCE.test(text.slice(a, b))) {
      return [s, e];
    }
  }
  return null;
}

/** The first suicide or self-harm trigger in `text` as [start, end), or null. */
export function findCrisisTrigger(text: string): [number, number] | null {
  const m = CRISIS_TRIGGER.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Any resource number: 988 (Suicide & Crisis Lifeline) or 911. */
export const EMERGENCY_RESOURCE = /(?<![\d-])(?:988|911)(?![\d-])/;
/** The crisis resource: 988 or a named crisis line. */
export const CRISIS_RESOURCE = /(?<![\d-])988(?![\d-])|\bcrisis\s{1,3}(?:life)?line\b|\bcrisis\s{1,3}text\s{1,3}line\b/i;
/** The emergency resource: 911 or emergency services. */
export const EMERGENCY_NUMBER = /(?<![\d-])911(?![\d-])|\bemergency\s{1,3}services\b/i;

/** True when the text contains an educational disclaimer. */
export function hasDisclaimer(text: string): boolean {
  return DISCLAIMER.some((re) => re.test(text));
}

/** True when the text mentions crisis or acute-emergency content (checklist §E5); the same test as the missing-disclosure rule. */
export function hasEmergencyTrigger(text: string): boolean {
  return CRISIS_TRIGGER.test(text) || findEmergencyTrigger(text) !== null;
}
