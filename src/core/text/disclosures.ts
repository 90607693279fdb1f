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
/** Acute emergencies (chest pain, stroke, anaphylaxis, overdose): call for 911. "Heat stroke" is left out. */
export const EMERGENCY_TRIGGER = /\b(?:overdos\w{0,4}|chest\s{1,3}pain|(?<!heat\s{0,2})strokes?(?!\s{1,3}of\b)|anaphyla\w{0,6})\b/i;
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

/** True when the text mentions crisis or acute-emergency content (checklist §E5). */
export function hasEmergencyTrigger(text: string): boolean {
  return CRISIS_TRIGGER.test(text) || EMERGENCY_TRIGGER.test(text);
}
