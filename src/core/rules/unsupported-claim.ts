// Unsupported absolute, superlative and numeric efficacy claims (rules catalog, families I1–I3
// and F6). The phrase table is data compiled once into one alternation; negated, quoted and
// "beware of …" uses are discussions of a claim, not claims. Practice outcome claims without a
// number ("nearly all of our patients are pain-free") and multipliers ("recover 3x faster") are a
// separate pattern; figures attributed to a named source (CDC, a guideline, a journal) are left alone.
import type { BlockRule, ProseFix } from '../rule';
import type { ProseBlock } from '../model';
import { PLACEHOLDER } from '../text/prose';
import { matchCase, removalEdit } from '../text/tidy';
import { QuoteFilter, negatedBefore, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { eachMatch, SplitAlternation } from '../text/scan';

const S = '[ \\u00A0\\t\\n]{1,3}';
const SO = '[ \\u00A0]{0,2}';
const H = '(?:[ \\u00A0\\t\\n]{1,3}|[-\\u2010\\u2011])';

interface ClaimPhrase {
  /** Regex source of the phrase (whole words; S = space run, H = space or hyphen). */
  pattern: string;
  /**
   * Every ASCII word (lower-cased letter/digit run) a match of the phrase can begin with, so the
   * phrase is tried only where one starts (see SplitAlternation); omitted: tried at every character.
   */
  leads?: string[];
  /** Other places a match can start (a "#"), for phrases whose leads do not cover every start. */
  finder?: (text: string) => number[];
  kind: 'absolute' | 'superlative' | 'substantiation';
  /** Hedged replacement; "" removes the phrase; undefined offers no fix. */
  replace?: string;
  /** Offer a citation placeholder as the second rung, after the hedge. */
  cite?: boolean;
  /** What to write instead, for the message. */
  expected: string;
  /** Only a claim when the sentence speaks for the practice or its product ("our", "we", "this treatment"). */
  voice?: boolean;
  /** Not a claim when the sentence matches (e.g. the liver and kidneys clearing toxins). */
  unless?: RegExp;
}

const E = '(?![\\p{L}\\p{N}_])';
/** Who or what a practice superlative is about ("the best vein surgeon in the state", "the #1 clinic"). */
const PRACTICE = `surgeon|doctor|physician|dermatologist|cardiologist|dentist|clinic|practice|hospital|specialist|team|center|centre|med${S}spa|spa|chiropractor|orthopedist`;

const CHRONIC =
  `(?:type${S}2${S}diabetes|diabetes|heart${S}disease|arthritis|osteoarthritis|aging|ageing|dementia|alzheimer['’]?s|autism|kidney${S}disease|hypertension|high${S}blood${S}pressure|multiple${S}sclerosis|MS|parkinson['’]?s|osteoporosis|cancer|fibromyalgia|lupus|COPD|heart${S}failure|hair${S}loss|atherosclerosis|insulin${S}resistance|prediabetes|pre-diabetes|fatty${S}liver(?:${S}disease)?|neuropathy|nerve${S}damage|hearing${S}loss|tinnitus|macular${S}degeneration|glaucoma|cataracts|erectile${S}dysfunction|menopause|PCOS|hypothyroidism|hashimoto['’]?s|autoimmune${S}disease|obesity|cognitive${S}decline|memory${S}loss|sun${S}damage|gr[ae]y${S}hair|baldness|the${S}(?:signs${S}of${S})?(?:aging|ageing)|the${S}aging${S}process|(?:the${S})?(?:effects|damage)${S}of${S}(?:aging|ageing|smoking|sun${S}exposure))`;

/** Every "#" (a "#1" ranking can start there). */
function hashStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) out.push(i);
  return out;
}

/** An apostrophe ("'s" or "s'") before a superlative, as in "the city's best surgeon", "Omaha's #1 clinic". */
const POSSESSIVE_BEFORE_SUPERLATIVE = /['’]s?(?=[ \u00A0\t\n]{1,3}(?:leading|best|top|premier|foremost|finest|most|go|#|number)(?![\p{L}]))/giu;
const LETTER = /\p{L}/u;
const THE_BEFORE = /(?:^|[^\p{L}\p{N}_-])(the)([ \u00A0\t\n]{1,3})$/iu;

/** Where a possessive superlative can start: the word before such an apostrophe, and a "the" before that word. */
function possessiveStarts(text: string): number[] {
  const out: number[] = [];
  POSSESSIVE_BEFORE_SUPERLATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSSESSIVE_BEFORE_SUPERLATIVE.exec(text)) !== null) {
    let s = m.index;
    while (s > 0 && m.index - s <= 21 && LETTER.test(text[s - 1])) s--;
    out.push(s);
    const the = THE_BEFORE.exec(text.slice(Math.max(0, s - 8), s));
    if (the) out.push(s - the[1].length - the[2].length);
  }
  return out;
}

export const CLAIM_PHRASES: ClaimPhrase[] = [
  { pattern: `cures|will${S}cure|(?<=(?:we|I|they)${S})cure|cure(?=${S}\\p{L}{2,20}(?:${S}\\p{L}{2,20})?${S}in${S}\\d)`, leads: ['cures', 'will', 'cure'], kind: 'absolute', replace: 'may help with', cite: true, expected: '“may help with” and the evidence' },
  { pattern: `(?:lose|drop|shed)${S}(?:up${S}to${S}|over${S}|more${S}than${S}|as${S}much${S}as${S})?\\d{1,3}${S}(?:pounds|lbs?|kg|inches|dress${S}sizes)${S}in${S}(?:(?:just|only|as${S}little${S}as)${S})?(?:(?:the|your)${S}first${S})?(?:(?:\\d{1,3}|one|two|three|four|six|a|a${S}single)${S})?(?:days?|weeks?|months?)|without${S}(?:dieting|diet${S}(?:or|and)${S}exercise)`, leads: ['lose', 'drop', 'shed', 'without'], kind: 'absolute', expected: 'the results people generally get, with evidence' },
  { pattern: `guaranteed${S}to${S}\\p{L}{2,20}`, leads: ['guaranteed'], kind: 'absolute', expected: 'what people generally experience, with evidence' },
  { pattern: `guaranteed${S}(?:results|relief|weight${S}loss)`, leads: ['guaranteed'], kind: 'absolute', expected: 'the results people generally get' },
  // "Results are guaranteed", "guaranteed or your money back": removing the word would leave a broken sentence.
  { pattern: `guaranteed(?<=(?:is|are|was|were|be)${S}guaranteed)|guaranteed${S}or${S}your${S}money${S}back|money${H}back${S}guarantee`, leads: ['guaranteed', 'money'], kind: 'absolute', expected: 'what people generally experience, with evidence' },
  { pattern: 'guaranteed', leads: ['guaranteed'], kind: 'absolute', replace: '', expected: 'no guarantee' },
  { pattern: `miracle${S}(?:cure|drug|pill|treatment|supplement)s?`, leads: ['miracle'], kind: 'absolute', expected: 'a plain name and the evidence' },
  { pattern: 'miraculous|miracle', leads: ['miraculous', 'miracle'], kind: 'absolute', expected: 'a plain description and the evidence' },
  { pattern: `(?:100${SO}%|100${S}percent|one${S}hundred${S}percent|completely|totally|perfectly|entirely)${S}(?:natural${S}and${S}safe|safe${S}and${S}natural)`, leads: ['100', 'one', 'completely', 'totally', 'perfectly', 'entirely'], kind: 'absolute', expected: 'the main risks (natural does not mean safe)' },
  { pattern: `(?:100${SO}%|100${S}percent|one${S}hundred${S}percent|completely|totally|perfectly|entirely)${S}safe`, leads: ['100', 'one', 'completely', 'totally', 'perfectly', 'entirely'], kind: 'absolute', replace: 'generally safe', expected: '“generally safe” and the main risks' },
  { pattern: `(?:(?:100${SO}%|completely|totally|entirely)${S})?risk${H}free|zero${H}risk`, leads: ['100', 'completely', 'totally', 'entirely', 'risk', 'zero'], kind: 'absolute', replace: 'low-risk', expected: '“low-risk” and the main risks' },
  { pattern: `(?:no|zero)${S}side${H}effects(?:${S}(?:at${S}all|whatsoever))?`, leads: ['no', 'zero'], kind: 'absolute', replace: 'few side effects', expected: '“few side effects” and the common ones' },
  { pattern: `permanent${S}(?:results|fix|cure|relief|solution)`, leads: ['permanent'], kind: 'absolute', replace: 'long-lasting results', expected: '“long-lasting results” and how long they last' },
  // "our patients keep the weight off for life": a result promised for good.
  { pattern: `(?:keep|keeps|kept)${S}(?:the${S}(?:weight|pounds|fat)|it|them|weight)${S}off${S}(?:for${S}(?:life|good)|forever|permanently)`, leads: ['keep', 'keeps', 'kept'], kind: 'absolute', expected: 'how long results usually last, with evidence' },
  // "twice as effective as prescription omega-3", "three times better than": a head-to-head claim.
  { pattern: `(?:twice|(?:two|three|four|five|ten)${S}times)${S}(?:as${S}effective${S}as|more${S}effective${S}than|better${S}than|stronger${S}than|as${S}strong${S}as)`, leads: ['twice', 'two', 'three', 'four', 'five', 'ten'], kind: 'substantiation', cite: true, expected: 'the head-to-head evidence it rests on, with a citation' },
  { pattern: `painless`, leads: ['painless'], kind: 'absolute', expected: 'the discomfort people usually feel' },
  { pattern: `never${S}fails`, leads: ['never'], kind: 'absolute', replace: 'often works', cite: true, expected: '“often works” and how often' },
  { pattern: `works${S}every${S}(?:single${S})?time`, leads: ['works'], kind: 'absolute', replace: 'often works', cite: true, expected: '“often works” and how often' },
  { pattern: `work${S}every${S}(?:single${S})?time`, leads: ['work'], kind: 'absolute', replace: 'often work', cite: true, expected: '“often work” and how often' },
  { pattern: `(?:last|lasts)${S}(?:forever|a${S}lifetime)(?<=(?:results|effects|relief|benefits|improvements?|correction)${S}(?:will${S}|that${S})?(?:last|lasts)${S}(?:forever|a${S}lifetime))|(?:eliminates?|eradicates?)${S}(?:your${S}|all${S})?(?:\\p{L}{3,15}${S})?(?:pain|migraines?|headaches?|arthritis|anxiety|insomnia|allergies|neuropathy|fatigue|cravings)`, leads: ['last', 'lasts', 'eliminate', 'eliminates', 'eradicate', 'eradicates'], kind: 'absolute', expected: 'what people can generally expect, and for how long' },
  { pattern: `permanently${S}(?:removes?|eliminates?|cures?|fix(?:es)?|ends?|gets${S}rid${S}of|reverses?)|(?:100${SO}%|one${S}hundred${S}percent)${S}(?:effective|success(?:ful)?)|effective${S}for${S}(?:everyone|everybody|all${S}patients)`, leads: ['permanently', '100', 'one', 'effective'], kind: 'absolute', expected: 'how well it works and for whom, with evidence' },
  { pattern: `works${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, leads: ['works'], kind: 'absolute', replace: 'works for many people', cite: true, expected: '“works for many people” and for whom' },
  { pattern: `work${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, leads: ['work'], kind: 'absolute', replace: 'work for many people', cite: true, expected: '“work for many people” and for whom' },
  { pattern: `instant${S}(?:results|relief|cure|weight${S}loss)`, leads: ['instant'], kind: 'absolute', expected: 'how long results usually take' },
  { pattern: `(?:reverses|reverse|reversing|reversed)${S}(?:your${S})?${CHRONIC}`, leads: ['reverses', 'reverse', 'reversing', 'reversed'], kind: 'absolute', expected: 'what the treatment can change, with evidence' },
  { pattern: `detox(?:ify|ifies|ifying|es)?${S}(?:your${S}(?:body|liver|system|colon|kidneys|blood)|the${S}(?:body|liver|kidneys|colon|blood)|teas?|cleanses?|diets?|drinks?|juices?|pads?|baths?|smoothies?|kits?|supplements?|water)|detoxify|detoxifies|detoxifying`, leads: ['detox', 'detoxify', 'detoxifies', 'detoxifying', 'detoxes'], kind: 'absolute', expected: 'what the product actually does (the liver and kidneys clear toxins)' },
  { pattern: `(?:boosts?|boosting|strengthens?|supercharges?)${S}(?:your${S})?(?:\\p{L}{3,12}${S}and${S})?(?:immunity|immune${S}system|immune${S}health)|immune${H}boosting|immunity${H}boosting`, leads: ['boost', 'boosts', 'boosting', 'strengthen', 'strengthens', 'supercharge', 'supercharges', 'immune', 'immunity'], kind: 'absolute', expected: 'the measured effect, with evidence' },
  { pattern: `clinically${H}(?:proven|shown|validated)|scientifically${H}proven|proven${S}to${S}(?:cure|work|reverse|prevent|heal)`, leads: ['clinically', 'scientifically', 'proven'], kind: 'substantiation', expected: 'the trial it rests on, with a citation' },
  { pattern: `doctor${H}recommended|recommended${S}by${S}(?:doctors|physicians)|(?:doctors|physicians)${S}recommend${S}(?:this|it|our)`, leads: ['doctor', 'recommended', 'doctors', 'physicians'], kind: 'substantiation', expected: 'who recommends it and on what evidence' },
  { pattern: `(?:the${S})?best${S}(?:surgeon|doctor|physician|dermatologist|cardiologist|dentist|clinic|practice|hospital|specialist|team)s?${S}in${S}(?:the${S})?(?!(?:your|their|his|her|its|this|that|these|those|my|a|an)${S})(?:city|town|state|country|region|area|world|nation|\\p{L}{3,20})`, leads: ['the', 'best'], kind: 'superlative', expected: 'a verifiable fact, such as how many procedures and since when' },
  { pattern: `the${S}only${S}(?:clinic|practice|doctor|surgeon|physician|center|centre|provider|hospital|specialist)${S}(?:that|who|in|to|offering|with)`, leads: ['the'], kind: 'superlative', expected: 'a verifiable fact with its source' },
  { pattern: `top${S}(?:1|one|2|two|5|five)${SO}(?:%|percent)|top${S}(?:doctor|surgeon|physician)s?`, leads: ['top'], kind: 'superlative', expected: 'the named, verifiable source of the ranking' },
  { pattern: `(?:the${S})?(?:best|most${S}experienced|leading|finest|top${H}rated|highest${H}rated|best${H}rated|most${S}sought${H}after|most${S}trusted|most${S}respected|most${S}skilled|premier|foremost)${S}(?!(?:in|at|of|for|to|and|or|way|ways|thing|things|time|option|options|choice|evidence|care|practice|practices|results)${E})\\p{L}{3,20}(?:${S}\\p{L}{3,20})?${S}(?:\\p{L}{3,20}${S})?(?:${PRACTICE})s?${S}in${S}(?:the${S})?(?!(?:your|their|his|her|its|this|that|these|those|my|a|an)${S})(?:city|town|state|country|region|area|world|nation|\\p{L}{3,20})`, leads: ['the', 'best', 'most', 'leading', 'finest', 'top', 'highest', 'premier', 'foremost'], kind: 'superlative', cite: true, expected: 'a verifiable fact, such as how many procedures and since when' },
  { pattern: `(?:(?:the|our|a)${S})?(?:#${SO}1|number${S}one|no\\.${SO}1)(?:${H}(?:rated|ranked))?${S}(?:\\p{L}{3,20}${S})?(?:${PRACTICE}|choice|provider)s?`, leads: ['the', 'our', 'a', 'number', 'no'], finder: hashStarts, kind: 'superlative', cite: true, expected: 'the named, verifiable source of the ranking' },
  { pattern: `(?:say${S})?goodbye${S}to${S}(?:your${S})?(?:\\p{L}{3,20}${S})?(?:pain|aches?|acne|wrinkles|fatigue|migraines?|headaches?|cellulite|belly${S}fat|varicose${S}veins|snoring|insomnia|anxiety|arthritis|allergies|eczema|psoriasis)(?:${S}(?:forever|for${S}good|once${S}and${S}for${S}all))?|(?:banish(?:es)?|eliminates?|get${S}rid${S}of|gets${S}rid${S}of|ends?|cures?|fix(?:es)?|heals?|erases?|removes?|stops?|resolves?|clears?)${S}(?:your${S})?(?:\\p{L}{3,20}${S}){1,3}(?:forever|for${S}good|once${S}and${S}for${S}all|permanently)`, leads: ['say', 'goodbye', 'banish', 'banishes', 'eliminate', 'eliminates', 'get', 'gets', 'end', 'ends', 'cure', 'cures', 'fix', 'fixes', 'heal', 'heals', 'erase', 'erases', 'remove', 'removes', 'stop', 'stops', 'resolve', 'resolves', 'clear', 'clears'], kind: 'absolute', expected: 'what people can generally expect, and for how long' },
  // Issue: broader classes of absolute claims, self-superlatives and comparatives. Entries that need
  // the practice's own voice or an exception come last, so the entries above win at a shared start.
  { pattern: `permanent(?<=(?:(?:(?:results|effects|benefits|changes|improvements?|relief|correction|fix)${S}(?:are|is|will${S}be|stay|last)${S}(?:completely${S}|truly${S}|totally${S})?|(?:painless|safe|effective|quick|fast|natural|affordable|gentle),?${S}and${S}))permanent)`, leads: ['permanent'], kind: 'absolute', replace: 'long-lasting', expected: '“long-lasting” and how long results last' },
  { pattern: `permanently${S}(?:pain${H}free|symptom${H}free|hair${H}free|gone|cured|fixed|corrected|healed)`, leads: ['permanently'], kind: 'absolute', expected: 'how long results usually last, with evidence' },
  { pattern: `(?:100${SO}%|completely|totally|entirely|guaranteed)${S}pain${H}free`, leads: ['100', 'completely', 'totally', 'entirely', 'guaranteed'], kind: 'absolute', expected: 'the discomfort people usually feel', unless: /(?<![A-Za-z])(?:was|were|felt|became|remained|stayed|is now|has been)[ \u00A0]+(?:100[ \u00A0]?%|completely|totally|entirely)/i },
  { pattern: `safe${S}for${S}(?:everyone|everybody|anyone)(?!${S}(?:over|older|aged?|\\d|six|who|with|except|from|in|at|age)${E})`, leads: ['safe'], kind: 'absolute', replace: 'safe for many people', expected: 'the main risks and who should avoid it' },
  { pattern: `(?:melts?|melting)${S}(?:away${S})?(?:(?:stubborn|belly|body|unwanted|excess|the)${S})?(?:fat|pounds|inches|cellulite)|fat${H}(?:melting|burning|blasting|dissolving)${S}(?:shots?|injections?|pills?|supplements?|drinks?|teas?|wraps?|lasers?|creams?|formula)`, leads: ['melt', 'melts', 'melting', 'fat'], kind: 'absolute', expected: 'the measured effect, with evidence' },
  { pattern: `(?:erases?|erasing|eliminates?|eliminating|banish(?:es)?)${S}(?:your${S}|all${S})?(?:\\p{L}{3,15}${S})?(?:wrinkles|fine${S}lines|scars|cellulite|stretch${S}marks|sun${S}damage|age${S}spots|acne${S}scars|years)|turns?${S}back${S}the${S}clock|fountain${S}of${S}youth|balances?${S}(?:your${S})?hormones${S}naturally`, leads: ['erase', 'erases', 'erasing', 'eliminate', 'eliminates', 'eliminating', 'banish', 'banishes', 'turn', 'turns', 'fountain', 'balance', 'balances'], kind: 'absolute', expected: 'what the product measurably changes, with evidence' },
  { pattern: `flush(?:es|ing)?${S}(?:out${S})?(?:the${S}|your${S}|all${S}(?:the${S})?|those${S})?toxins|(?:pulls?|draws?|sweats?)${S}(?:out${S})?(?:the${S}|all${S}(?:the${S})?)?toxins|toxin${H}flushing`, leads: ['flush', 'flushes', 'flushing', 'pull', 'pulls', 'draw', 'draws', 'sweat', 'sweats', 'toxin'], kind: 'absolute', expected: 'what the product actually does (the liver and kidneys clear toxins)', unless: /(?:your|the)[ \u00A0]{1,3}(?:liver|kidneys?)(?![A-Za-z])/i },
  { pattern: `FDA${H}(?:approved|certified|registered|cleared)${S}(?:dietary${S})?(?:supplements?|vitamins?|formulas?|clinic|practice|spa|med${S}spa|IV${S}(?:drips?|therapy)|drips?|peptides?|cleanses?|detox|hormone${S}pellets?|pellets?|herbal)|FDA${H}certified|FDA${H}approved(?<=(?:supplements?|vitamins?|peptides?|formula|drips?|pellets?|cleanse|compounded${S}\\p{L}{3,20})${S}(?:is|are)${S}(?:fully${S}|100${SO}%${S})?FDA${H}approved)`, leads: ['fda'], kind: 'substantiation', expected: 'the product’s real FDA status (dietary supplements and compounded drugs are not FDA-approved)' },
  { pattern: `the${S}only${S}(?:treatment|cure|solution|therapy|option|procedure|product|supplement|method|approach|program)${S}that${S}(?:actually${S}|really${S}|truly${S})?works`, leads: ['the'], kind: 'absolute', cite: true, expected: 'the options that work and how well, with evidence' },
  { pattern: `overnight${S}results|results${S}overnight|see${S}results${S}(?:overnight|instantly|immediately)|works${S}instantly|instantly${S}(?:cures?|heals?|relieves?|removes?|eliminates?)`, leads: ['overnight', 'results', 'see', 'works', 'instantly'], kind: 'absolute', expected: 'how long results usually take' },
  { pattern: `(?:the${S})?\\p{L}{2,20}(?:['’]s|s['’])${S}(?:leading|best|top|premier|foremost|finest|most${S}trusted|most${S}experienced|most${S}advanced|go${H}to|#${SO}1|number${S}one)(?:${S}\\p{L}[\\p{L}-]{2,24}){0,2}${S}(?:${PRACTICE}|provider|experts?|destination|name|choice|care)s?`, finder: possessiveStarts, kind: 'superlative', cite: true, unless: /(?<![A-Za-z])(?:trained|training|residency|fellowship|studied|worked|referred|refer)(?![A-Za-z])/i, expected: 'a verifiable fact with its source' },
  { pattern: `(?:#${SO}1|number${S}one|no\\.${SO}1)${H}(?:rated|ranked)|(?:rated|ranked|voted)${S}(?:#${SO}1|number${S}one|no\\.${SO}1)|(?:rated|ranked|voted)${S}(?:the${S})?(?:best|top|most${S}trusted)(?:${S}\\p{L}{3,20}){0,2}?${S}(?:${PRACTICE}|provider|care)s?|(?:top|highest|best|five${H}star|5${H}star)${H}rated${S}(?:\\p{L}{3,20}${S}){0,2}(?:${PRACTICE}|provider|care)s?`, leads: ['number', 'no', 'rated', 'ranked', 'voted', 'top', 'highest', 'best', 'five', '5'], finder: hashStarts, kind: 'superlative', cite: true, expected: 'the named, verifiable source of the ranking' },
  { pattern: `best${H}in${H}class|second${S}to${S}none|industry${H}leading|un(?:matched|paralleled|rivall?ed|beatable|surpassed|equall?ed)(?:${S}\\p{L}{3,20})?${S}(?:results|outcomes|success|care|expertise|experience|quality|relief|safety|precision)`, leads: ['best', 'second', 'industry', 'unmatched', 'unparalleled', 'unrivaled', 'unrivalled', 'unbeatable', 'unsurpassed', 'unequaled', 'unequalled'], kind: 'superlative', cite: true, expected: 'a verifiable fact, such as how many procedures and the measured outcomes' },
  { pattern: `(?:we|I)${S}guarantee|guarantees${S}(?:you|results|relief|that)`, leads: ['we', 'i', 'guarantees'], kind: 'absolute', expected: 'what people generally experience, with evidence' },
  { pattern: `(?:unmatched|unparalleled|unrivall?ed|unbeatable|unsurpassed|the${S}best)(?<=(?:results|outcomes|care|expertise|experience|success${S}rates?|technology|skills?)${S}(?:are|is)${S}(?:truly${S}|simply${S}|just${S})?(?:unmatched|unparalleled|unrivall?ed|unbeatable|unsurpassed|the${S}best))`, leads: ['unmatched', 'unparalleled', 'unrivaled', 'unrivalled', 'unbeatable', 'unsurpassed', 'the'], kind: 'superlative', cite: true, voice: true, expected: 'a verifiable fact, such as the measured outcomes and their source' },
  { pattern: `the${S}best${S}in${S}(?:the|our)${S}(?:business|region|state|country|area|city|industry|field|world|town|nation)|in${S}(?:every${S}(?:single${S})?(?:patient|case|person)|all${S}(?:of${S})?our${S}(?:patients|cases))(?<=(?:works?|worked|succeeds?|heals?|cures?|regrows?|eliminates?|restores?|effective|results)${S}(?:[\\p{L}-]{2,15}${S}){0,2}in${S}(?:every${S}(?:single${S})?(?:patient|case|person)|all${S}(?:of${S})?our${S}(?:patients|cases)))`, leads: ['the', 'in'], kind: 'absolute', voice: true, cite: true, expected: 'how often it works and for whom, with evidence' },
  { pattern: `(?:success|cure|satisfaction|patient${S}satisfaction)${S}rates?${S}(?:is|are)${S}(?:the${S})?(?:highest|best)|(?:complication|infection|failure)${S}rates?${S}(?:is|are)${S}(?:the${S})?lowest|the${S}(?:best|highest|top)${S}(?:outcomes|results|success${S}rates?|satisfaction${S}(?:scores|ratings))${S}in${S}(?:the|our)${S}(?:state|country|region|area|city|nation|world)`, leads: ['success', 'cure', 'satisfaction', 'patient', 'complication', 'infection', 'failure', 'the'], kind: 'superlative', cite: true, expected: 'the measured figure, its denominator and its source' },
  { pattern: `the${S}(?:safest|most${S}effective)${S}(?:\\p{L}{3,15}${S})?(?:treatment|procedure|option|therapy|method|solution|choice)(?=${S}(?:available|on${S}the${S}market|today|in${S}the${S}world|anywhere))`, leads: ['the'], kind: 'superlative', cite: true, expected: 'the head-to-head evidence it rests on, with a citation' },
  { pattern: `(?:zero|0)${SO}(?:%|percent)${S}(?:complication|infection|failure|recurrence|relapse)${S}rates?|zero${S}(?:complications|recurrences|relapses|failures)|never${S}had${S}a${S}(?:single${S})?(?:complication|failure|recurrence)`, leads: ['zero', '0', '0percent', 'zeropercent', 'never'], kind: 'absolute', cite: true, expected: 'the measured complication rate, its denominator and its source' },
  { pattern: `(?:total|full|whole)${H}body${S}(?:detox(?:ification)?|cleanse)|(?:supports?|promotes?|aids?)${S}(?:natural${S}|healthy${S})?detox(?:ification)?`, leads: ['total', 'full', 'whole', 'support', 'supports', 'promote', 'promotes', 'aid', 'aids'], kind: 'absolute', expected: 'what the product actually does (the liver and kidneys clear toxins)' },
  { pattern: `the${S}most${S}(?:advanced|experienced|modern|sophisticated)${S}in${S}(?:the|our)${S}(?:state|country|region|area|city|nation|world|county|valley)`, leads: ['the'], kind: 'superlative', cite: true, expected: 'a verifiable fact, such as the equipment and its source' },
  { pattern: `the${S}(?:highest${H}quality|best|finest|safest)${S}(?:care|treatment|results|outcomes)${S}in${S}(?:the|our)${S}(?:state|country|region|area|city|nation|world|county|valley)`, leads: ['the'], kind: 'superlative', cite: true, expected: 'a verifiable fact, such as the measured outcomes and their source' },
  { pattern: `world${H}class|state${H}of${H}the${H}art${S}(?:results|outcomes)|superior${S}(?:results|outcomes|relief)|the${S}most${S}advanced${S}(?:\\p{L}{3,20}${S}){0,2}?(?:technology|technologies|treatments?|lasers?|care|equipment|techniques?|procedures?|options?|therap(?:y|ies)|devices?|systems?|imaging|clinic|practice|center|centre)|(?:the|our)${S}(?:premier|leading|foremost|go${H}to|most${S}trusted|top|best|finest)${S}(?:(?!(?:our|your|their|this|that|these|those)${E})\\p{L}{3,20}${S}){0,2}?(?:${PRACTICE}|provider|experts?|destination|choice)s?`, leads: ['world', 'state', 'superior', 'the', 'our'], kind: 'superlative', cite: true, voice: true, unless: /(?<![A-Za-z])(?:find|finding|choose|choosing|pick|picking|look(?:ing)? for|search(?:ing)? for|how to|which|what makes|referred|refer|trained|training)(?![A-Za-z])|for your|in your/i, expected: 'a verifiable fact, such as how many procedures and the measured outcomes' },
];

function kindMessage(kind: ClaimPhrase['kind']): string {
  if (kind === 'superlative') return 'superlative claim about the practice';
  if (kind === 'substantiation') return 'unsubstantiated endorsement of efficacy';
  return 'absolute health claim';
}

/** Claim phrases as one global regex, each in its own group, whole words only. */
export const claimRegExp = (patterns: string[]): RegExp =>
  latinRegExp(`(?<![\\p{L}\\p{N}_-])(?:${patterns.map((p) => `(${p})`).join('|')})(?![\\p{L}\\p{N}_]|-\\p{L})`, 'giu');

/** The claim phrases as one alternation (group k + 1 is CLAIM_PHRASES[k]), matched part by part (see SplitAlternation). */
const PHRASES = new SplitAlternation(
  claimRegExp,
  CLAIM_PHRASES.map((p) => p.pattern),
  undefined,
  CLAIM_PHRASES.map((p) => p.leads),
  CLAIM_PHRASES.map((p) => p.finder),
);

/** Capitalised words up to the head of a proper name: " Act", " Foundation", " Research Institute". */
const PROPER_NAME_AFTER = /^(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,3}?[ \u00A0]+(?:Act|Law|Bill|Amendment|Foundation|Institute|Initiative|Coalition|Project|Network|Prize|Award|Society|Association)(?![\p{L}])/u;
const HEDGE_BEFORE = /(?<![\p{L}])(?:usually|mostly|nearly|almost|often|generally|relatively|typically|largely|virtually|sometimes|rarely|may|might|can|could|help|helps|helping)[ \u00A0]{1,3}$/iu;
const QUANTIFIED_AFTER = /^[ \u00A0]{1,3}(?:most|many|some|about|around|nearly|roughly|\d)/iu;

/** Cheap pre-check: a word stem each phrase contains. */
export const PREFILTER = /perman|effective|every|experienced|leading|finest|rated|cur|guarant|lose|drop|shed|without|miracl|safe|risk|side|pain|fail|work|instant|revers|detox|immun|proven|recommend|best|only|top|#|number|no\.|goodbye|forever|for good|once and|than|thousands|hundreds|millions|melt|fat|eras|elimin|banish|clock|youth|hormone|toxin|FDA|overnight|premier|foremost|trusted|voted|ranked|class|none|unmatch|unparal|unrival|unbeat|unsurpass|unequal|world|state-of|superior|advanced|outperform|beats|highest|lowest|safest|sought|respected|skilled|forever|lifetime|eradicat|supercharg|natural|zero|complication|never had|body|resolv|clear|quality|shown|validated|for life/i;

/**
 * Comparative safety or efficacy ("safer than traditional surgery", "works better than compression
 * stockings"): group 1 a copula to hedge ("is "), group 2 "works"/"work" to hedge, then the object.
 */
const COMPARATIVE = latinRegExp(
  `(?<![\\p{L}\\p{N}_-])(?:(?:((?:is|are)${S})?(?:safer|more${S}effective|more${S}successful|more${S}reliable|more${S}natural|more${S}comfortable|less${S}painful|less${S}risky|longer${H}lasting)|(works|work)${S}(?:much${S}|far${S})?(?:better|faster|longer)` +
    `|(?:gives?|delivers?|offers?|produces?|provides?|gets?)${S}(?:much${S}|far${S})?(?:better|faster|longer${H}lasting|more${S}natural(?:${H}looking)?|safer)${S}(?:results|outcomes|relief|recovery|healing)` +
    `|(?:recover|recovers|heal|heals|recovery${S}is|healing${S}is)${S}(?:much${S}|far${S})?(?:faster|quicker)` +
    `|(?:fewer|less)${S}(?:side${H}effects|complications|pain|downtime|scarring)(?:${S}and${S}(?:better|faster)${S}(?:results|recovery))?` +
    `|(?:faster|quicker|easier|shorter)${S}(?:recovery|healing|results|downtime)(?:${S}times?)?)` +
    `${S}than|(?:outperforms?|beats|surpasses|is${S}superior${S}to|are${S}superior${S}to))${S}(?!(?:ever|before|usual|expected|average|not|either|each|both|none|nothing|you${S}(?:might|think|expect))${E})` +
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
  `(?<![\\p{L}\\p{N}_.])(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}(?:(?:patient|client|customer)${S})?(?:success|cure|response|remission|improvement|satisfaction|effectiveness|efficacy|reduction${S}in${S}(?:pain|symptoms))(?:${S}rates?)?` +
    `|\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|clients|people|users|participants)${S}(?:see|saw|report|reported|achieve|achieved|get|got|improve|improved|are|were|become|became|feel|felt|lose|lost|need${S}no|would${S}recommend|recommend|notice|noticed|heal|healed|recover|recovered|return|returned|regain|regained|walk${S}out|no${S}longer${S}need|never${S}need|avoid|avoided)(?:${S}(?:results|relief|better|pain${H}free|cured|symptom${H}free))?` +
    `|in${S}\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|cases|people|clients)` +
    `|(?:patients|clients)${S}(?:report|reported|see|saw|experience|experienced|notice|noticed|feel|felt)${S}(?:up${S}to${S}|over${S}|about${S})?\\d{1,3}${SO}(?:%|percent)${S}(?:less|more|fewer|lower|better|faster|reduction|improvement)` +
    `|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine)${S}(?:out${S}of|in)${S}(?:\\d{1,3}|ten)${S}(?:of${S})?(?:our${S})?(?:patients|clients|customers|users)${S}(?:see|saw|report|reported|achieve|achieved|get|got|improve|improved|feel|felt|lose|lost|notice|noticed|say|said|would${S}recommend|recommend|are${S}(?:cured|satisfied|pain${H}free|symptom${H}free|back${S}to${S}(?:work|normal|their${S}\\p{L}{3,15}))|need${S}no|heal|healed|recover|recovered|return|returned|no${S}longer${S}need|never${S}need|avoid|avoided|walk${S}out)(?:${S}(?:results|relief|better|improvement))?` +
    `|\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:the${S})?(?:patients|people|clients)${S}(?:we|I)${S}(?:treat|see|have${S}(?:treated|seen)|treated|saw)${S}(?:are|were|feel|felt|see|saw|report|reported|get|got|improve|improved|would${S}recommend|recommend|say|said|achieve|achieved|lose|lost)(?:${S}(?:satisfied|happy|results|relief|better|pain${H}free|symptom${H}free|cured|improvement))?` +
    `|(?:success|cure|response|satisfaction)${S}rates?${S}(?:of|is|was|are|above|over)(?:${S}(?:above|over|nearly|almost|about|around))?${S}(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)))(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** What a practice outcome promises: "pain-free", "better", "relief", "never need surgery". */
const OUTCOME_WORD = `(?:pain${H}free|symptom${H}free|cancer${H}free|cured|healed|better|relief|results|improve(?:d|ment|s)?|satisfied|recover(?:ed|y|s)?|back${S}to|never${S}need|no${S}longer${S}need|avoid|walk|return|off${S}(?:their|all)${S}(?:meds|medications?|pills|insulin))`;

/**
 * Practice outcome claims without a number to cite, and multipliers: "nearly all of our patients are
 * pain-free", "the vast majority of our patients", "most patients are pain-free in days", "recover 3x
 * faster", "cuts your risk in half", "reduces pain by 80%". Group 1 marks the shapes that are only
 * a claim in the practice's own voice (multipliers and reductions).
 */
const OUTCOME = latinRegExp(
  `(?<![\\p{L}\\p{N}_.-])(?:(?:(?:nearly|almost|virtually|practically|essentially)${S}(?:all|every${S}one|every|100${SO}%)${S}(?:of${S})?(?:our${S})?|(?:the${S})?(?:vast${S}|overwhelming${S}|great${S})?majority${S}of${S}our${S}|most${S}(?:of${S})?our${S})(?:patients?|clients?|customers?)` +
    `${S}(?:(?:are|is|feel|feels|get|gets|see|sees|report|reports|walk|walks|notice|notices|leave|leaves|become|becomes|return|returns|go|goes|were|felt|got|saw|reported|walked|noticed|left|became|returned|went)(?:${S}(?:out|home|back))?${S}(?:(?:completely|totally|significant|lasting|real|dramatic|noticeable|great)${S})?${OUTCOME_WORD}|never${S}need|no${S}longer${S}need|avoid(?:ed)?${S}surgery)` +
    `|most${S}patients${S}(?:are|feel|walk${S}out|go${S}home|get|become|report|see|notice|leave)${S}(?:completely${S}|totally${S})?(?:pain${H}free|symptom${H}free|cured|healed|results|relief)${S}(?:in|within|after)${S}(?:just${S}|only${S}|a${S}few${S}|one${S}|a${S}single${S}|a${S}|\\d{1,2}${S}|(?:the|your)${S}(?:very${S})?first${S})?(?:days?|hours?|sessions?|visits?|treatments?|weeks?)` +
    `|(\\d{1,2}(?:\\.\\d)?${SO}(?:x|×)${S}(?:faster|quicker|better|more${S}effective|stronger|longer)|(?:\\d{1,2}|two|three|four|five|ten)${S}times${S}(?:faster|quicker|better|more${S}effective|more${S}successful)|(?:twice|three${S}times|four${S}times)${S}as${S}(?:fast|quickly|effective|well|long|successful)` +
    `|(?:cuts?|slash(?:es)?|reduces?|lowers?|drops?)${S}(?:your${S}|the${S})?(?:risk|chances?|odds|pain|symptoms|recovery${S}time|downtime)(?:${S}of(?:${S}[\\p{L}'’-]{1,20}){1,3}?)?${S}(?:in${S}half|by${S}half|by${S}(?:up${S}to${S}|over${S}|more${S}than${S})?\\d{1,3}${SO}(?:%|percent))|halves${S}(?:your${S}|the${S})?(?:risk|chances?|pain|recovery${S}time)` +
    `|(?:see|get|notice|feel)${S}(?:results|relief|a${S}difference)${S}(?:in|after|within)${S}(?:just${S}|only${S})?(?:one|a${S}single|1)${S}(?:session|visit|treatment|day|appointment))` +
    `|helped${S}(?:over${S}|more${S}than${S}|thousands${S}of${S}|hundreds${S}of${S})?(?:[\\d,]{2,7}${S})?(?:patients|people|clients)${S}(?:become|get|live|feel|stay|be)${S}${OUTCOME_WORD})(?![\\p{L}\\p{N}_])`,
  'giu',
);
const OUTCOME_PRE = /all|every|majority|most|times|twice|\dx|×|half|halves|%|percent|session|visit|treatment|helped/i;

/** A named source of a figure in the paragraph: an agency, a guideline, a journal, a named trial, a ranking's publisher. */
const NAMED_SOURCE = /(?<![A-Za-z])(?:CDC|NIH|WHO|USPSTF|AHA|ACC|ADA|ACOG|AAP|AAFP|ACS|NICE|Cochrane|NEJM|JAMA|Lancet|BMJ|guidelines?|Centers for Disease Control|National Institutes of Health|American (?:Heart|Cancer|Diabetes|Academy|College|Society|Association)|[A-Z][A-Z0-9-]{2,15} trial|FDA (?:trials?|data|label(?:ing)?)|U\.?S\.? News|Healthgrades|Castle Connolly|Newsweek)(?![A-Za-z])/;

/** A hedge in the claim's own clause: "may", "might", "could", "can". */
const NUMBER_HEDGE = /(?<![A-Za-z])(?:may|might|could|can)(?![A-Za-z])/i;

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

/** Words that make a whole sentence a discussion of claims ("Be skeptical of clinics that promise …, … or …"). */
const DISCUSSION = /(?<![A-Za-z])(?:beware|wary|skeptical|sceptical|suspicious|promis(?:e|es|ed|ing)|claims?|claiming|claimed|advertis(?:e|es|ed|ing)|marketed|myths?|red[ -]flags?|avoid)(?![A-Za-z])/i;

/** A negator before the claim in its sentence, not counting items of a "no X, no Y, and …" list; or a discussion cue anywhere before it in the sentence. */
function claimNegated(text: string, start: number): boolean {
  const sStart = sentenceStart(text, start);
  const from = Math.max(sStart, start - 60);
  const before = text.slice(from, start).replace(NO_LIST_ITEM, ' ');
  return negatedBefore(before, before.length) || DISCUSSION.test(text.slice(sStart, start));
}

/** True when the sentence around `start` cites a source: a link, footnote, "(Author 2020)", "[1]" or "a 2019 trial … found". */
function citedSentence(block: ProseBlock, start: number): boolean {
  const text = block.text;
  const s = sentenceStart(text, start);
  const e = Math.min(text.length, sentenceEnd(text, start) + 30);
  const slice = text.slice(s, e);
  const sentence = text.slice(s, sentenceEnd(text, start));
  if (slice.includes(PLACEHOLDER) || CITATION.test(slice) || SOURCE_CUE.test(sentence) || NAMED_SOURCE.test(sentence)) return true;
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
    const hasOutcome = OUTCOME_PRE.test(text);
    if (!hasPhrase && !hasNumber && !hasOutcome) return;
    const quotes = new QuoteFilter(text);
    /** Common guards: quoted, negated, a question, or a cited sentence. */
    const skip = (start: number, end: number): boolean => quotes.quoted(start, end) || claimNegated(text, start) || isQuestion(text, end) || citedSentence(block, start);
    const reports: { start: number; end: number; message: string; fixes: ProseFix[] }[] = [];
    if (hasPhrase) {
      PHRASES.each(text, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (skip(start, end)) return;
        // "the 21st Century Cures Act", "the Miracle Foundation": a word inside a proper name.
        if (/^\p{Lu}/u.test(m[0]) && PROPER_NAME_AFTER.test(text.slice(end, end + 80))) return;
        let k = 1;
        while (k < m.length && m[k] === undefined) k++;
        const phrase = CLAIM_PHRASES[k - 1];
        if (phrase.voice || phrase.unless) {
          const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end));
          if ((phrase.voice && !PRACTICE_VOICE.test(sentence)) || phrase.unless?.test(sentence)) {
            // Rejected for its context only: let a shorter entry match inside it.
            return start + 1;
          }
        }
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
      if (/than|outperform|beats|surpass|superior/i.test(text)) eachMatch(COMPARATIVE, text, (m) => {
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
    const cited = (hasNumber || hasOutcome) && (hasCitation(block) || NAMED_SOURCE.test(text));
    if (hasOutcome && !cited) {
      eachMatch(OUTCOME, text, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (quotes.quoted(start, end) || claimNegated(text, start) || isQuestion(text, end)) return;
        const sStart = sentenceStart(text, start);
        const sentence = text.slice(sStart, sentenceEnd(text, end));
        if (SOURCE_CUE.test(sentence) || NUMBER_HEDGE.test(text.slice(sStart, end)) || HEDGE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return;
        if (m[1] && !PRACTICE_VOICE.test(sentence)) return;
        reports.push({
          start,
          end,
          message: 'Unexpected outcome claim without a citation, expected the measured result with its source, denominator and time frame in the same paragraph.',
          fixes: [citeFix(text, end)],
        });
      });
    }
    if (hasNumber && !cited) {
      eachMatch(EFFICACY, text, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (quotes.quoted(start, end) || negatedBefore(text, start) || isQuestion(text, end) || SOURCE_CUE.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end)))) return;
        // A count over a denominator ("9 out of 10 patients see …") takes the placeholder at the end of its clause.
        // So does a share ending on its verb ("97% of our patients would recommend …").
        const endsOnVerb = /%|percent/i.test(m[0]) && /\s(?:of)\s/i.test(m[0]) && !/(?:results|relief|better|free|cured|improvement|satisfied|happy|patients|cases|people|clients)$/i.test(m[0]);
        const at = (/^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s/i.test(m[0]) && /\s(?:out\s+of|in)\s/i.test(m[0])) || endsOnVerb ? clauseEnd(text, end) : end;
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
