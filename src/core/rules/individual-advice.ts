// Individual medical advice addressed to a reader (rules catalog, family E): directives about the
// reader's own medicines (E1), diagnosing a reader (E2), inviting records or symptoms (E3) and
// offers to treat readers anywhere (E4), plus doses for one reader or their child, starting a named
// drug, telling a reader not to bring someone in, and personal channels (issue #3). General advice
// ("If you have chest pain, call 911") is left alone: a directive is flagged only when it changes,
// starts or doses one reader's medicine. Each pattern has its own cheap pre-check, so the work per
// block stays a few linear scans. The "…_MORE" patterns widen each family to the classes of phrasing
// bloggers write (lead-ins such as "you can safely", brand names, certainty cues before a condition
// word, "no need to see anyone", "leave your readings in the comments", "no visit needed").
import type { BlockReport, BlockRule, ProseFix } from '../rule';
import type { ProseBlock } from '../model';
import { PLACEHOLDER } from '../text/prose';
import { matchCase } from '../text/tidy';
import { agreeFix } from '../text/agreement';
import { QuoteFilter, negatedBefore, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { asciiWords, eachMatch, LeadRegExp, SplitAlternation } from '../text/scan';
import { Gate } from '../text/gate';

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const S = '[ \\u00A0\\t\\n]{1,3}';
const SO = '[ \\u00A0]{0,2}';

/** Medicines whose names carry no tell-tale ending: common brands and a few generics. */
const BRANDS =
  `(?:Xanax|Valium|Ativan|Klonopin|Tylenol|Advil|Motrin|Aleve|Zoloft|Prozac|Lexapro|Celexa|Paxil|Effexor|Cymbalta|Wellbutrin|Synthroid|Levoxyl|Ozempic|Wegovy|Mounjaro|Zepbound|Saxenda|Trulicity|Victoza|Jardiance|Farxiga|Januvia|Eliquis|Xarelto|Coumadin|Plavix|Lipitor|Crestor|Zocor|Lasix|Norvasc|Adderall|Ritalin|Vyvanse|Concerta|Lyrica|Neurontin|Ambien|Humira|Zyrtec|Claritin|Allegra|Benadryl|Flonase|Prilosec|Nexium|Pepcid|Protonix|Imitrex|Flomax|Keppra|Lamictal|Depakote|Seroquel|Abilify|Suboxone|Plaquenil|Medrol|Bactrim|Keflex|Cipro|Z-?pack|Tamiflu|Paxlovid|melatonin|aspirin|ibuprofen|acetaminophen|naproxen|metformin|sertraline|gabapentin|prednisone|warfarin|lithium|estrogen|progesterone|testosterone|birth${S}control|HRT|B12|fish${S}oil|beta${S}blockers?|water${S}pills?)`;

/** Medicine words, plus common drug-name endings (-pril, -sartan, -olol, -statin …). */
const MED_ENDINGS =
  'pril|sartan|olol|statin|vir|profen|phen|dronate|zide|semide|dipine|formin|gliflozin|glutide|tide|azole|prazole|pine|zepam|xetine|oxetine|pram|afil|mab|nib|cycline|cillin|mycin|floxacin|sone|solone|olone|lukast|thyroxine|roxine|parin|xaban|gatran|farin|lamine|tropin|traline|pentin|gabalin|zolam|codone|morphone|triptan|tidine|setron|gliptin|glinide|flozin|oxacin|dopa|terol';
const MED_WORDS =
  `dose|doses|dosage|dosing|medications?|medicines?|meds|pills?|tablets?|prescriptions?|insulin|inhaler|steroids?|antibiotics?|antidepressants?|blood${S}thinners?|statins?|thyroid${S}(?:pill|medicine|medication|dose)|supplements?|vitamins?`;
const MED = `(?:${MED_WORDS}|\\p{L}{2,20}(?:${MED_ENDINGS})|${BRANDS})`;
/**
 * Cheap pre-check for DOSE_MORE, whose every match names a medicine (MED) or a dose form: a string
 * each medicine word, drug-name ending and brand contains ("dos" for dose, dosage, dosing; "pack"
 * for Z-pack), read from the shared gate automaton (text/gate.ts), or a number with a unit. It
 * used to be one case-insensitive alternation of some 150 endings and names, which no literal
 * prefix could speed up: it was tried at every character of every block.
 */
const MED_GATE = new Gate([
  ...MED_ENDINGS.split('|'),
  ...BRANDS.slice(3, -1).split('|').filter((b) => /^[A-Za-z0-9]+$/.test(b)).map((b) => b.toLowerCase()),
  'pack', 'control', 'oil', 'blocker', 'pill', 'hrt',
  'dos', 'medication', 'medicine', 'meds', 'tablet', 'prescription', 'insulin', 'inhaler', 'steroid', 'antibiotic', 'antidepressant', 'thinner', 'statin', 'thyroid', 'supplement', 'vitamin',
  'capsule', 'patch', 'puff', 'shot', 'injection', 'spray',
]);
const DIGIT_UNIT = latinRegExp(`\\d${SO}(?:mg|mcg|units?|mL|ml|tabs?|tablets?|puffs?)(?![\\p{L}])`, 'i');

const DIRECTIVE_VERBS =
  'stop|quit|discontinue|skip|double|halve|triple|taper|increase|decrease|reduce|lower|raise|up|cut|hold|pause|switch|come[ \\u00A0]off|get[ \\u00A0]off|' +
  'drop|bump|ditch|split|go[ \\u00A0]off|stay[ \\u00A0]off|hold[ \\u00A0]off[ \\u00A0]on|cut[ \\u00A0]back[ \\u00A0]on|wean[ \\u00A0](?:yourself[ \\u00A0])?off(?:[ \\u00A0]of)?';

/** "(you should) double your lisinopril" at a clause start or after "you should/need to/must". */
const DOSE_DIRECTIVE = latinRegExp(
  `(?:^|[.!?:;,—–(]${S}|[.!?:;,—–(]|${B}(?:you(?:['’]d|${S}should|${S}need${S}to|${S}must|${S}have${S}to|${S}ought${S}to|['’]ll${S}want${S}to|${S}can)|I${S}(?:want|need)${S}you${S}to|I['’]d|go${S}ahead${S}and|just|then|simply)${S})` +
    `((${DIRECTIVE_VERBS})${S}(?:(?:taking|using)${S})?your${S}((?:(?!(?:for|of|to|on|in|the|a|an|need|needs|risk|use|chance|own|intake)${E})[\\p{L}-]{2,20}${S}){0,2}(${MED}))${E}(?!${S}(?:needs|resistance|levels?|sensitivity|pumps?|requirements|use|costs?|bills?|off|bottles?|labels?|refills?)${E}))`,
  'giu',
);

/** "Stop the ibuprofen you mentioned": a medicine the reader said they take. */
const STOP_MENTIONED = latinRegExp(
  `(?:^|[.!?:;,—–(]${S}|[.!?:;,—–(]|${B}(?:you${S}should|you${S}need${S}to|you${S}must|just|then)${S})` +
    `((?:${DIRECTIVE_VERBS})${S}(?:the|that|this|those|these)${S}\\p{L}{3,20}${S}(?:you(?:['’]re)?${S}(?:mentioned|take|taking|are${S}taking|were${S}prescribed|started)))${E}`,
  'giu',
);

/** "in your case", "if I were you": advice tailored to one reader. */
export const TAILORED = new LeadRegExp(latinRegExp(`${B}(?:in${S}your${S}(?:case|situation)|if${S}I${S}were${S}you|for${S}you${S}specifically)${E}`, 'giu'), ['in', 'if', 'for']);

/** "sounds like you have MS", "from your photo that's definitely shingles". */
export const DIAGNOSIS = new LeadRegExp(latinRegExp(
  `${B}(?:(?:it${S})?(?:sounds|looks|seems)(?:${S}to${S}me)?${S}like${S}(?:you(?:${S}(?:have|might${S}have|may${S}have|probably${S}have)|['’]ve${S}got)|your${S}(?:son|daughter|child|baby|kid|toddler|husband|wife|partner|mom|mum|dad|mother|father)${S}(?:has|has${S}got|probably${S}has))` +
    `|you${S}(?:definitely|clearly|almost${S}certainly|obviously|most${S}likely)${S}have` +
    `|(?:from|based${S}on|judging${S}(?:by|from))${S}your${S}(?:photos?|pictures?|pics?|description|symptoms|labs?|scans?|MRI|x-?rays?|images?|results),?${S}(?:that['’]s|that${S}is|this${S}is|it['’]s|it${S}is|you${S}have|you['’]ve${S}got|your${S}(?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad|mother|father)${S}(?:has|had|likely${S}has|probably${S}has))(?:${S}(?:definitely|clearly|obviously|classic|textbook))?)${E}`,
  'giu',
), ['it', 'sounds', 'looks', 'seems', 'you', 'from', 'based', 'judging']);

const RECORD =
  `(?:labs?|lab${S}results|results|bloodwork|blood${S}work|blood${S}tests?|MRIs?|CTs?|CT${S}scans?|scans?|x-?rays?|ultrasounds?|photos?|pictures?|pics|images|rash(?:es)?|moles?|lesions?|symptoms|records|charts?|reports?|ECGs?|EKGs?|numbers|readings|medication${S}lists?|meds|prescriptions?|biopsy|pathology|test${S}results)`;

/** "DM me your labs", "email me your MRI", "send us a photo of your rash", "post your rash below". */
export const INTAKE = new LeadRegExp(latinRegExp(
  `${B}(?:(?:DM|PM|message|e-?mail|text|send|forward|tweet|show|upload|share)${S}(?:me|us)${S}(?:(?:a|the)${S}(?:photo|picture|pic|copy|screenshot)${S}of${S})?your${S}(?:\\p{L}{2,15}${S})?${RECORD}` +
    `|(?:send|shoot)${S}(?:me|us)${S}(?:an?${S})?(?:DM|PM|message|e-?mail|text)${S}with${S}(?:your${S})?(?:\\p{L}{2,15}${S})?${RECORD}|(?:post|share|drop|upload|put)${S}(?:(?:a|the)${S}(?:photo|picture|pic|copy|screenshot)${S}of${S})?your${S}(?:\\p{L}{2,15}${S})?${RECORD}${S}(?:below|here|in${S}the${S}comments|in${S}a${S}comment))${E}`,
  'giu',
), ['dm', 'pm', 'message', 'e', 'email', 'text', 'send', 'forward', 'tweet', 'show', 'upload', 'share', 'shoot', 'post', 'drop', 'put']);

/** "I can get you on this medication", "we'll prescribe it for you". */
export const REMOTE = new LeadRegExp(latinRegExp(
  `${B}(?:I|we)(?:${S}can|${S}could|${S}will|['’]ll|${S}am${S}happy${S}to|['’]m${S}happy${S}to)${S}(?:get${S}you${S}on|start${S}you${S}on|prescribe${S}(?:you|it${S}for${S}you|this${S}for${S}you|them${S}for${S}you)|write${S}you${S}(?:a|an)(?:${S}\\p{L}{2,15})?${S}(?:prescription|script|rx)|treat${S}you${S}(?:anywhere|online|remotely|wherever))${E}`,
  'giu',
), ['i', 'we']);

/** Modal lead-ins that address one reader: "you should", "you need to", "I'd". */
const YOU_MUST = `(?:you(?:${S}should|${S}need${S}to|${S}must|${S}have${S}to|${S}ought${S}to|['’]ll${S}want${S}to|['’]d${S}better)|I${S}(?:want|need)${S}you${S}to|I['’]d)`;
/** A start of a clause, where an imperative can begin. */
const CLAUSE = `(?:^|[.!?:;,—–(](?:${S})?|${B}(?:and|then|just|or)${S})`;
const PERSON = `(?:him|her|them|your${S}(?:son|daughter|child|baby|kid|toddler|infant|teen|husband|wife|partner|mom|dad|mother|father))`;
const UNIT = `(?:mL|ml|mg|mcg|g|grams?|milligrams?|micrograms?|units?|IU|tsp|teaspoons?|tablets?|tabs|capsules?|puffs|drops)`;
/** Named drugs only (by their endings), not words like "dose" or "pills". */
const DRUG = `(?:\\p{L}{2,20}(?:pril|sartan|olol|statin|formin|gliflozin|glutide|azole|prazole|dipine|zepam|xetine|pram|afil|cycline|cillin|mycin|floxacin|sone|solone|lukast|thyroxine|parin|xaban|gatran|farin|vir|profen|aminophen|dronate|zide|semide|tidine|triptan|traline|pentin|gabalin|zolam|codone|setron|gliptin)|${BRANDS})`;

/** Condition words a diagnosis names: "-itis", "-osis", "sciatica", "a torn meniscus", "a pinched nerve". */
const CONDITION =
  `(?:[\\p{L}-]{3,25}(?:itis|osis|emia|aemia|pathy|oma|algia|plegia|iasis|rrhea|rrhoea|thyroidism)|diabetes|cancer|shingles|migraines?|apnea|reflux|anxiety|depression|ADHD|IBS|autism|asthma|eczema|croup|RSV|flu|influenza|strep|gout|sciatica|vertigo|BPPV|GERD|UTI|ulcer|hernia|fracture|sprain|tear|nerve|disc|disk|stones?|cyst|clot|DVT|ringworm|scabies|lice|hives|psoriasis|rosacea|acne|mono|Lyme|COVID|pneumonia|concussion|whiplash|lupus|MS|Parkinson['’]?s|dementia|Alzheimer['’]?s|PCOS|Hashimoto['’]?s|rash|wart|impetigo|thrush|pinkeye|stye|TMJ|carpal${S}tunnel(?:${S}syndrome)?|tennis${S}elbow|frozen${S}shoulder|rotator${S}cuff(?:${S}tear)?|meniscus|ACL|spasm|insomnia|narcolepsy|colic|reaction|spur|bunion|hemorrhoids?|fissure|polyp|pulled${S}muscle|muscle${S}strain|tension${S}headache|cluster${S}headaches?)`;
/** A condition ahead: up to two leading words ("a torn", "classic plantar"), not "a lot of", "heard". */
/** Words that name a kind of condition only with a describing word before them ("a thyroid problem", not "a problem"). */
const CONDITION_KIND = `(?:problem|condition|disease|disorder|infection|syndrome|deficiency|allergy|intolerance|injury|issue)`;
const CONDITION_AHEAD =
  `(?=${S}(?:(?:a|an|the|some|(?:a${S})?(?:classic|textbook|typical)${S}case${S}of)${S})?(?!(?:lot|lots|few|couple|bunch|number|bit|little|plenty|heard|seen|been|questions?|symptoms?|signs?|examples?|mistakes?|reasons?|options?|ways?|time|common|normal|nothing|big|real|serious|huge|growing|major|minor|different|separate|new|known|whole|good|bad|tough|hard|difficult)${E})` +
  `(?:(?:[\\p{L}'’-]{2,20}${S}){0,2}${CONDITION}|(?:[\\p{L}'’-]{2,20}${S}){1,2}${CONDITION_KIND}s?)${E})`;

/** "give her 5 mL of …", "alternate with 5 mL of …", "you should take 1,000 mg": a dose for one reader or their child. */
const GIVE_DOSE = latinRegExp(
  `(?:${CLAUSE}(?=give|alternate|add|try)|${B}${YOU_MUST}${S})((give|alternate${S}with|add|start|use|take|try)${S}(?:${PERSON}${S})?\\d{1,4}(?:[.,]\\d{1,3})?(?:${S})?${UNIT}${E}(?:${S}of${S}(?:(?:children|infants|kids|adult)['’]?s?${S})?[\\p{L}-]{2,20})?)`,
  'giu',
);

/** "You need to start valacyclovir 1 gram …", "start amoxicillin 500 mg": starting a named drug. */
const START_DRUG = latinRegExp(
  `(?:${B}${YOU_MUST}${S}((start|begin|take|try|get${S}on|go${S}on)${S}(?:(?:on|taking)${S})?(?:a${S}course${S}of${S})?(${DRUG}))${E}` +
    `|${CLAUSE}((start|begin|try|take)${S}(${DRUG})${S}\\d{1,4}(?:[.,]\\d{1,3})?(?:${S})?${UNIT})${E})`,
  'giu',
);

/** "No need to bring her in", "you don't need to take him to the doctor": telling a reader not to seek care for someone. */
export const NO_CARE = new LeadRegExp(latinRegExp(
  `${B}(?:(?:there['’]s${S})?no${S}need${S}to|you${S}(?:don['’]t|do${S}not)${S}need${S}to|don['’]t${S}bother${S}(?:to${S})?)${S}(?:bring|take|rush)(?:ing)?${S}${PERSON}${S}(?:in|to${S}(?:the${S}|a${S})?(?:doctor|ER|hospital|emergency${S}(?:room|department)|urgent${S}care|clinic|pediatrician))${E}`,
  'giu',
), ['there', 'no', 'you', 'don']);

/** "You need to take him to the hospital and ask for IVIG": directing one reader's care. */
export const CARE_DIRECTION = new LeadRegExp(latinRegExp(
  `${B}${YOU_MUST}${S}(?:take|bring|get)${S}${PERSON}${S}(?:to${S}(?:the${S}|an${S}|a${S})?(?:hospital|ER|emergency${S}(?:room|department)|urgent${S}care|doctor|pediatrician|clinic)|in)(?:${S}(?:right${S}away|now|today|tonight|immediately))?,?${S}and${S}(?:ask|demand|insist)${S}(?:for|on|them${S}for|about)${S}(?:(?:a|an|the)${S})?[\\p{L}\\p{N}-]{2,20}`,
  'giu',
), ['you', 'i']);

/** Diagnosis from what the reader described: "Based on what you describe, you probably have …", "… means you're under-replaced". Group 1: the condition. */
export const DIAGNOSIS_REASONED = new LeadRegExp(latinRegExp(
  `${B}(?:(?:based${S}on|from|given|judging${S}(?:by|from))${S}what${S}you(?:['’]ve)?${S}(?:describe[sd]?|wrote|write|said|told${S}me|mentioned|mention|shared|sent|posted),?${S}(?:you${S}(?:probably|likely|most${S}likely|almost${S}certainly|definitely|clearly)${S}(?:have|are)|you${S}(?:have|are)|you['’]re(?:${S}(?:probably|likely))?|it['’]s(?:${S}(?:probably|likely))?|that['’]s(?:${S}(?:probably|likely))?|this${S}is(?:${S}(?:probably|likely))?)` +
    `|you${S}(?:probably|likely|most${S}likely)${S}have(?=${S}(?:(?:a|an)${S})?(?:[\\p{L}-]{2,20}${S}){0,2}(?:[\\p{L}-]{2,20}(?:itis|osis|emia|pathy|oma|ism)|problem|condition|disease|disorder|infection|syndrome|deficiency|allergy|intolerance|diabetes|cancer|shingles|migraines?|apnea|reflux|anxiety|depression|ADHD|IBS)${E})` +
    `|what${S}you(?:['’]re|${S}are)?${S}(?:describe|describing|describe${S}here|wrote${S}about)${S}(?:(?:sounds|looks|seems)${S}like|is${S}(?:probably|likely|almost${S}certainly|classic|textbook)|is${CONDITION_AHEAD})` +
    `|your${S}(?:son|daughter|child|baby|kid|toddler|husband|wife|partner|mom|dad|mother|father)${S}(?:probably|likely|most${S}likely|almost${S}certainly|definitely|clearly)${S}has(?=${S}(?:(?:a|an)${S})?(?:[\\p{L}-]{2,20}${S}){0,2}(?:[\\p{L}-]{2,20}(?:itis|osis|emia|pathy|oma|ism)|problem|condition|disease|disorder|infection|syndrome|deficiency|allergy|intolerance|diabetes|cancer|shingles|migraines?|apnea|reflux|anxiety|depression|ADHD|IBS|autism|asthma|eczema|croup|RSV|flu|strep)${E})` +
    `|(?:means|suggests|shows|confirms|tells${S}me|tell${S}me|show|confirm)${S}(?:that${S})?(?:you['’]re|you${S}are|you${S}have|you['’]ve${S}got)(?!${S}(?:at|more|less|not|likely|able|going|getting|protected|safe|covered|eligible|doing|on${S}track|fine|okay|ok|normal|healthy)${E}))` +
    `${S}([\\p{L}\\p{N}'’-]{1,25}(?:${S}[\\p{L}\\p{N}'’-]{1,25}){0,5})`,
  'giu',
), ['based', 'from', 'given', 'judging', 'you', 'what', 'your', 'means', 'suggests', 'shows', 'confirms', 'tells', 'tell', 'show', 'confirm']);

/** "DM me on Instagram", "message me on my personal page": a reader invited into a personal channel. */
export const PRIVATE_CHANNEL = new LeadRegExp(latinRegExp(
  `${B}(?:(?:DM|PM|message|text|call|contact|reach|ping)${S}me${S}(?:on|via|through|over|at)${S}(?:Instagram|IG|Facebook|FB|Twitter|TikTok|WhatsApp|Messenger|Snapchat|LinkedIn|Signal|Telegram|my${S}(?:personal${S})?(?:page|account|cell|phone|number|Instagram|Facebook|email))` +
    `|(?:DM|PM)${S}me(?!${S}your)(?:${S}(?:anytime|any${S}time|directly|privately|with${S}(?:your${S})?questions))?)${E}`,
  'giu',
), ['dm', 'pm', 'message', 'text', 'call', 'contact', 'reach', 'ping']);

/** "post a follow-up photo in the comments", "send a picture to me". */
export const POST_PHOTO = new LeadRegExp(latinRegExp(
  `${B}(?:(?:e-?mail|text|DM|PM|send|message)${S}(?:me|us)${S}(?:a|an|some)${S}(?:[\\p{L}-]{2,15}${S})?(?:photos?|pictures?|pics?|images?|videos?|screenshots?)` +
    `|(?:post|share|drop|upload|put|leave|send)${S}(?:a|an|another|some)${S}(?:[\\p{L}-]{2,15}${S})?(?:photos?|pictures?|pics?|images?|videos?|screenshots?)(?:${S}of${S}(?:it|them|the${S}\\p{L}{2,15}|your${S}\\p{L}{2,15}))?(?:${S}(?:below|here|in${S}the${S}comments|in${S}a${S}comment|to${S}(?:me|us))|,?${S}(?:and|so)${S}(?:I|we)(?:['’]ll|${S}will|${S}can)${S}(?:tell|take${S}a${S}look|look|diagnose|check|let${S}you${S}know|review)))${E}`,
  'giu',
), ['e', 'email', 'text', 'dm', 'pm', 'send', 'message', 'post', 'share', 'drop', 'upload', 'put', 'leave']);

/** "I can send a prescription for iron to any pharmacy", "I'll call in a refill". */
export const SEND_RX = new LeadRegExp(latinRegExp(
  `${B}I(?:${S}can|${S}could|${S}will|['’]ll|${S}am${S}happy${S}to|['’]m${S}happy${S}to)${S}(?:send|call${S}in|phone${S}in|e-?prescribe|write)${S}(?:you${S})?(?:a|an)${S}(?:[\\p{L}-]{2,15}${S})?(?:prescription|script|rx|refill)${E}`,
  'giu',
), ['i']);

/** "you can safely", "go ahead and", "I'd": a lead-in that tells one reader what to do about a medicine. */
const LEAD_MODAL = `(?:you(?:${S}can|${S}could|${S}should|${S}need${S}to|${S}must|['’]ll${S}want${S}to)|go${S}ahead${S}and|feel${S}free${S}to|I['’]d|I${S}would|I${S}(?:want|need)${S}you${S}to|I${S}(?:recommend|suggest)${S}(?:that${S})?you)(?:${S}(?:safely|just|probably|now|simply|definitely|go${S}ahead${S}and))?`;
/** "you should be fine to", "it's okay for you to": reassurance that licenses a change or keeps a medicine going. */
const LEAD_FINE = `(?:you(?:['’]re|${S}are|['’]ll${S}be|${S}will${S}be|${S}should${S}be|['’]d${S}be)|it['’]s|it${S}is|it${S}should${S}be)${S}(?:totally${S}|perfectly${S}|probably${S})?(?:fine|okay|OK|ok|safe|alright|all${S}right)${S}(?:for${S}you${S})?to`;
const CHANGE_VERBS = `(?:go${S}(?:up|down)${S}on|restart|resume|swap|try${S}(?:cutting(?:${S}back${S}on)?|stopping|dropping|lowering|halving|skipping|tapering(?:${S}off)?|weaning${S}off|reducing|coming${S}off|going${S}off|switching${S}to|doubling)|double${S}up${S}on|stop(?:${S}taking)?|quit|discontinue|skip|drop|ditch|hold|pause|taper(?:${S}off)?|wean${S}(?:yourself${S})?off(?:${S}of)?|come${S}off|get${S}off|go${S}off|stay${S}off|cut${S}out|cut${S}back${S}on|hold${S}off${S}on|double|halve|triple|increase|decrease|reduce|lower|raise|bump${S}up|bump|up|cut|switch${S}(?:back${S})?(?:to|from)|switch${S}you${S}(?:to|from)|put${S}you${S}on|take${S}you${S}off)`;
/** A named medicine or class, not a generic word such as "the medicine" or "the pills". */
const NAMED_MED = `(?:\\p{L}{2,20}(?:${MED_ENDINGS})|${BRANDS}|statins?|antibiotics?|antidepressants?|steroids?|insulin|inhaler|blood${S}thinners?|beta${S}blockers?)`;
/** The medicine a directive acts on: "the statin", "that evening dose", "your blood thinner", "a different inhaler", "losartan". */
const OBJECT = `(?:(?:the|that|this|those|these|your|a${S}(?:different|new|lower|higher|smaller|bigger|generic))${S}(?:(?!(?:for|of|to|on|in|need|needs|risk|use|chance|own|intake)${E})[\\p{L}-]{2,20}${S}){0,2})?(${MED})${E}(?!${S}(?:needs|resistance|levels?|sensitivity|pumps?|requirements|use|costs?|bills?|off|bottles?|labels?|refills?)${E})`;

/**
 * More medicine directives: after a lead-in ("you can safely stop the statin", "go ahead and stop the
 * antibiotics", "you should be fine to keep taking the ibuprofen", "I'd switch you to …"), or as an
 * imperative with a verb that only makes sense for one reader's medicine ("wean off the prednisone",
 * "switch to losartan", "hold off on your blood thinner", "lower the insulin by 4 units", "go up to
 * 40 mg", "cut the pill in half", "take an extra half tablet"). Group 1: the directive; group 2: the medicine.
 */
/** DOSE_MORE's alternatives (see below), exported with their leads for test/unit/lead-words.test.ts. */
const DOSE_MORE_ALTERNATIVES = [
  `${B}${LEAD_MODAL}${S}(${CHANGE_VERBS}${S}${OBJECT})`,
  `${B}${LEAD_FINE}${S}((?:${CHANGE_VERBS}|keep${S}(?:on${S})?taking|keep${S}(?:on${S})?using|continue(?:${S}(?:taking|using))?|stay${S}on)${S}${OBJECT})`,
  `${CLAUSE}((?:wean${S}(?:yourself${S})?off(?:${S}of)?|taper(?:${S}off)?|come${S}off|go${S}off|get${S}off|stay${S}off|bump${S}up|hold${S}off${S}on|double${S}up${S}on|restart|resume|start${S}back${S}on|swap|switch${S}(?:over${S}|back${S})?to)${S}${OBJECT})`,
  `${CLAUSE}((?:drop|lower|raise|increase|decrease|reduce|cut|bump|double|halve|up|go${S}up${S}on|go${S}down${S}on)${S}(?:the|that)${S}(?:[\\p{L}-]{2,20}${S}){0,2}?(${MED})(?:${S}(?:up|down))?${S}(?:to|by)${S}\\d)`,
  `${CLAUSE}((?:go|move|step|come)${S}(?:up|down)${S}to${S}\\d{1,4}(?:[.,]\\d{1,3})?(?:${S})?${UNIT}${E})`,
  `(?:${CLAUSE}|${B}${LEAD_MODAL}${S})((?:cut|split|break|snap)${S}(?:the|your|that|each|a|those|these)${S}(?:[\\p{L}-]{2,20}${S})?(?:pills?|tablets?|tabs?|capsules?|doses?|patch(?:es)?)${S}in${S}(?:half|two|halves|quarters))`,
  `(?:${CLAUSE}|${B}${LEAD_MODAL}${S})((?:take|add|use|give${S}(?:yourself|him|her))${S}(?:an|a|one)${S}(?:extra|additional|second|double|bonus)${S}(?:half${S})?(?:dose|tablet|pill|capsule|puff|shot|injection|tab|spray|patch)s?)${E}`,
  `(?:${CLAUSE}|${B}${LEAD_MODAL}${S})((?:take|use|give${S}(?:yourself|him|her))${S}(?:two|three|four|2|3|4|half|one${S}and${S}a${S}half)${S}of${S}(?:your|the|those)${S}(?:[\\p{L}\\p{N}-]{1,15}${S}){0,2}?${MED})${E}`,
  `(?:${CLAUSE}|${B}${LEAD_MODAL}${S})((?:cut|drop|go|come|step)${S}(?:back|down)${S}to${S}(?:half|one|a${S}half|\\d{1,4}(?:[.,]\\d{1,3})?(?:${SO}${UNIT})?)${E})`,
  `${CLAUSE}((?:stop|quit|skip|hold|pause|ditch|drop|double|halve|triple|increase|decrease|reduce|lower|raise|up|try${S}(?:doubling|stopping|skipping|halving))${S}(?:the|that|this)${S}(${NAMED_MED}))${E}`,
  `${B}you${S}(?:don['’]t|do${S}not)${S}(?:have|need)${S}to${S}((?:take|finish|keep${S}taking|continue|use)${S}(?:the${S}(?:whole|full|entire|rest${S}of${S}(?:the|your))${S}(?:course${S}of${S}(?:the${S}|your${S})?)?|all${S}(?:of${S})?(?:the|your)${S}|(?:the|your)${S})(?:[\\p{L}-]{2,20}${S}){0,1}?${MED})${E}`,
];

/** The verbs a clause-led DOSE_MORE alternative starts with, after the clause start. */
const CLAUSE_VERBS = new Set(['wean', 'taper', 'come', 'go', 'get', 'stay', 'bump', 'hold', 'double', 'restart', 'resume', 'start', 'swap', 'switch', 'drop', 'lower', 'raise', 'increase', 'decrease', 'reduce', 'cut', 'halve', 'up', 'move', 'step', 'split', 'break', 'snap', 'take', 'add', 'use', 'give', 'stop', 'quit', 'skip', 'pause', 'ditch', 'triple', 'try']);
const CLAUSE_PUNCT = new Set(['.', '!', '?', ':', ';', ',', '—', '–', '(']);
const SPACE_CHARS = new Set([' ', '\u00A0', '\t', '\n']);

/**
 * A finder for clause-led patterns: where such a pattern can start other than at a lead word ("and",
 * "then", "just", "or", "you" …): the start of the text before one of `verbs`, or the punctuation
 * before it (with up to three spaces between).
 */
export function clauseFinder(verbs: ReadonlySet<string>): (text: string) => number[] {
  return (text) => {
    const out: number[] = [];
    const { starts, lower } = asciiWords(text);
    for (let i = 0; i < starts.length; i++) {
      if (!verbs.has(lower[i])) continue;
      const p = starts[i];
      if (p === 0) out.push(0);
      for (let j = p; j > 0 && p - j <= 3; j--) {
        if (CLAUSE_PUNCT.has(text[j - 1])) out.push(j - 1);
        if (!SPACE_CHARS.has(text[j - 1])) break;
      }
    }
    return out.sort((a, b) => a - b);
  };
}

/** Where a clause-led DOSE_MORE alternative can start other than at its lead words. */
export const clauseStarts = clauseFinder(CLAUSE_VERBS);

/** The first words of DIRECTIVE_VERBS ("come off" → "come"). */
const DIRECTIVE_FIRST = new Set(['stop', 'quit', 'discontinue', 'skip', 'double', 'halve', 'triple', 'taper', 'increase', 'decrease', 'reduce', 'lower', 'raise', 'up', 'cut', 'hold', 'pause', 'switch', 'come', 'get', 'drop', 'bump', 'ditch', 'split', 'go', 'stay', 'wean']);

/**
 * The clause-led patterns, each tried only at its lead words and where its finder points instead of
 * at every character (their clause start, "^" or a punctuation mark, defeats V8's first-character
 * scan). Exported for test/unit/lead-words.test.ts, which checks the leads and finders are complete.
 */
export const ADVICE_DISPATCH = [
  { name: 'DOSE_DIRECTIVE', regex: DOSE_DIRECTIVE, leads: ['you', 'i', 'go', 'just', 'then', 'simply'], finder: clauseFinder(DIRECTIVE_FIRST) },
  { name: 'STOP_MENTIONED', regex: STOP_MENTIONED, leads: ['you', 'just', 'then'], finder: clauseFinder(DIRECTIVE_FIRST) },
  { name: 'GIVE_DOSE', regex: GIVE_DOSE, leads: ['and', 'then', 'just', 'or', 'you', 'i'], finder: clauseFinder(new Set(['give', 'alternate', 'add', 'try'])) },
  { name: 'START_DRUG', regex: START_DRUG, leads: ['and', 'then', 'just', 'or', 'you', 'i'], finder: clauseFinder(new Set(['start', 'begin', 'try', 'take'])) },
] as const;
const [DOSE_DIRECTIVE_AT, STOP_MENTIONED_AT, GIVE_DOSE_AT, START_DRUG_AT] = ADVICE_DISPATCH.map(
  (d) => new SplitAlternation((alts) => new RegExp(`(?:${alts.join('|')})`, d.regex.flags), [d.regex.source], undefined, [d.leads], [d.finder]),
);

const CLAUSE_LEADS = ['and', 'then', 'just', 'or'];
const MODAL_LEADS = ['you', 'go', 'feel', 'i'];
/** Per alternative: the words its matches can start with, and whether clause starts count too. */
export const DOSE_MORE_LEADS: { leads: string[]; clause: boolean }[] = [
  { leads: MODAL_LEADS, clause: false },
  { leads: ['you', 'it'], clause: false },
  { leads: CLAUSE_LEADS, clause: true },
  { leads: CLAUSE_LEADS, clause: true },
  { leads: CLAUSE_LEADS, clause: true },
  { leads: [...CLAUSE_LEADS, ...MODAL_LEADS], clause: true },
  { leads: [...CLAUSE_LEADS, ...MODAL_LEADS], clause: true },
  { leads: [...CLAUSE_LEADS, ...MODAL_LEADS], clause: true },
  { leads: [...CLAUSE_LEADS, ...MODAL_LEADS], clause: true },
  { leads: CLAUSE_LEADS, clause: true },
  { leads: ['you'], clause: false },
];
export const doseMoreRegExp = (alternatives: string[]): RegExp => latinRegExp(`(?:${alternatives.join('|')})`, 'giu');
export { DOSE_MORE_ALTERNATIVES };

/**
 * More medicine directives (see the comment above). The alternatives are tried only at their lead
 * words and, for the clause-led ones, where a clause starts before one of their verbs.
 */
const DOSE_MORE = new SplitAlternation(
  doseMoreRegExp,
  DOSE_MORE_ALTERNATIVES,
  undefined,
  DOSE_MORE_LEADS.map((x) => x.leads),
  DOSE_MORE_LEADS.map((x) => (x.clause ? clauseStarts : undefined)),
);

/** A clinician named after the directive: "you can stop it once your doctor agrees", "… with your prescriber". */
const DEFERS_AFTER = /(?:with|ask|asking|call|calling|see|contact|tell|talk(?:ing)?[ \u00A0](?:to|with)|check(?:ing)?[ \u00A0]with|unless|until|if|once|when|after)[ \u00A0](?:your|a)[ \u00A0](?:doctor|clinician|prescriber|pharmacist|care[ \u00A0]team|physician|provider)|(?:your|a)[ \u00A0](?:doctor|clinician|prescriber|physician|provider)[ \u00A0](?:says|tells|agrees|okays|approves|may|will|can)/i;

/**
 * More ways of diagnosing a reader, each before a condition word: "this is almost certainly a pinched
 * nerve", "sounds like classic plantar fasciitis", "your symptoms point to an ulcer", "you've probably got
 * a stress fracture", "I'd bet it's …", "my guess is …", "I'm pretty sure that's eczema", "I suspect you
 * have …", "that's a textbook case of …". Group 1 is the lead for strong cues (no reader context needed);
 * group 2 for weak ones ("it's probably", "it sounds like"), flagged only where the block answers a reader.
 */
export const DIAGNOSIS_MORE = new LeadRegExp(latinRegExp(
  `${B}(?:((?:this|that|it)(?:['’]s|${S}is)${S}(?:almost${S}certainly|definitely|clearly|obviously|undoubtedly|surely|without${S}a${S}doubt|100${SO}%)(?:${S}(?:just|only))?` +
    `|(?:this|that|it)(?:['’]s|${S}is)${S}(?:a${S})?(?:classic|textbook)(?:${S}case${S}of)?` +
    `|(?:(?:it|this|that)${S})?(?:sounds|looks|seems)${S}(?:to${S}me${S})?like${S}(?:(?:a|an)${S})?(?:classic|textbook|typical)(?:${S}case${S}of)?` +
    `|what${S}you(?:['’]ve${S}got|${S}have|['’]re${S}dealing${S}with|(?:['’]re|${S}are)?${S}describ(?:e|ing))${S}is(?:${S}(?:probably|likely|almost${S}certainly|definitely|clearly))?` +
    `|(?:it['’]s|that['’]s|this${S}is|it${S}is)${S}nothing${S}(?:serious|to${S}worry${S}about),?${S}(?:just|only|probably|likely)` +
    `|(?:that|this|your)${S}(?:rash|mole|spot|bump|lump|lesion|pain|cough|swelling|headache|knee|back|shoulder|wrist|ankle|foot|heel)${S}(?:is|sounds|looks|seems)${S}(?:almost${S}certainly|definitely|clearly|obviously|most${S}likely|probably|(?:to${S}me${S})?like)` +
    `|your${S}(?:symptoms|labs?|lab${S}results|results|numbers|bloodwork|blood${S}work|scans?|MRI|x-?rays?|photos?|pictures?|rash|description|story|history|ECG|EKG|ultrasound|biopsy|report|pain)${S}(?:point${S}to|points${S}to|suggest|suggests|are${S}consistent${S}with|is${S}consistent${S}with|fit|fits|are${S}classic${S}for|is${S}classic${S}for|confirm|confirms|scream|screams|indicate|indicates|show|shows)` +
    `|you(?:['’]ve)?${S}(?:probably|likely|most${S}likely|almost${S}certainly|definitely|clearly)${S}(?:have|got|are${S}dealing${S}with|developed|picked${S}up|pulled|tore|strained|sprained)` +
    `|(?:I['’]d|I${S}would)${S}(?:bet|guess|wager)(?:${S}(?:money|that))?${S}(?:it['’]s|this${S}is|that['’]s|you${S}have|you['’]ve${S}got|you['’]re${S}dealing${S}with|on)` +
    `|my${S}(?:guess|bet|money|hunch|suspicion)${S}(?:is|would${S}be)(?:${S}that)?(?:${S}(?:it['’]s|this${S}is|that['’]s|you${S}have|you['’]ve${S}got|on))?` +
    `|I['’]m${S}(?:pretty|fairly|quite|almost|very|100${SO}%)${S}(?:sure|certain|confident|positive)(?:${S}that)?${S}(?:it['’]s|this${S}is|that['’]s|you${S}have|you['’]ve${S}got|what${S}you(?:['’]re|${S}are)${S}(?:describing|seeing)${S}is)` +
    `|I${S}(?:suspect|think|believe|bet)(?:${S}that)?${S}(?:you${S}have|you['’]ve${S}got|you['’]re${S}dealing${S}with))` +
    `|((?:it|this|that)(?:['’]s|${S}is)${S}(?:probably|likely|most${S}likely)|(?:it|this|that)${S}(?:sounds|looks)${S}(?:to${S}me${S})?like|(?<=(?:^|[.!?:;]${S}|\\n)(?:honestly,?${S}|yeah,?${S}|so,?${S})?)(?:sounds|looks)${S}like|I${S}think${S}(?:it['’]s|this${S}is|that['’]s)))` +
    `${CONDITION_AHEAD}${S}([\\p{L}\\p{N}'’-]{1,25}(?:${S}[\\p{L}\\p{N}'’-]{1,25}){0,5})`,
  'giu',
), ['this', 'that', 'it', 'sounds', 'looks', 'seems', 'what', 'your', 'you', 'i', 'my']);
/** The block answers one reader: it speaks of what they wrote, sent or asked. */
const READER_CONTEXT = /(?<![A-Za-z])(?:you(?:['’]ve)?[ \u00A0](?:wrote|write|describe[ds]?|mention(?:ed)?|said|asked|sent|posted|shared|told)|your[ \u00A0](?:question|message|photo|picture|description|note|letter|comment|e-?mail|DM)|thanks[ \u00A0]for[ \u00A0](?:writing|asking|your|the[ \u00A0](?:question|note|message))|great[ \u00A0]question|Q:|dear[ \u00A0]doctor|from[ \u00A0](?:the|your)[ \u00A0](?:photo|picture|pic|description))(?![A-Za-z])/i;
/** Hedged or general: "at first", "sometimes", "can look like". */
const DIAGNOSIS_GENERAL = /(?<![A-Za-z])(?:at first|sometimes|often|usually|can|may|might|could|in some people|in many people)(?![A-Za-z])/i;

const CARE_PLACE = `(?:anyone|anybody|a${S}doctor|your${S}(?:doctor|GP|cardiologist|dermatologist|pediatrician|paediatrician|specialist|consultant)|a${S}specialist|a${S}dermatologist|the${S}pediatrician|111|NHS${S}111|the${S}surgery|(?:the|an?)${S}(?:ER|E\\.R\\.|emergency${S}(?:room|department)|hospital|urgent${S}care(?:${S}(?:visit|center|clinic))?|walk-in(?:${S}clinic)?|clinic|doctor|specialist)|urgent${S}care|the${S}doctor)(?!['’]s|${S}(?:to${S}(?:buy|get|order|use|start|pick)|note|prescription|referral|order)${E})`;
/** "No need to see anyone", "you don't need the ER", "skip the urgent care", "don't bother with urgent care". */
export const NO_CARE_MORE = new LeadRegExp(latinRegExp(
  `${B}(?:(?:there['’]s${S}|there${S}is${S})?no${S}(?:need|reason)${S}(?:for${S}you${S})?to${S}(?:see|call|ring|phone|visit|trouble|bother|go${S}to|head${S}to|run${S}to|rush${S}to|come${S}in${S}to|go${S}in${S}to|go${S}(?:in|to)${S}see|come${S}in${S}(?:and${S})?see|book${S}(?:a${S}visit|an${S}appointment)${S}with)${S}${CARE_PLACE}` +
    `|(?:(?:there['’]s${S}|there${S}is${S})?no${S}(?:need|reason)${S}(?:for${S}you${S})?to|you${S}(?:don['’]t|do${S}not)${S}need${S}to)${S}(?:get${S}(?:it|this|that|them)${S}(?:checked|looked${S}at|seen)|come${S}in(?=${S}?(?:[.,;!]|for${S}(?:this|that|it)${E}))|be${S}seen(?=${S}?(?:[.,;!]|for${S}(?:this|that|it)${E})))` +
    `|you${S}(?:don['’]t|do${S}not|shouldn['’]t)${S}need${S}(?:to${S}(?:see|go${S}to|visit|call|ring|phone|trouble|bother|head${S}to|go${S}in${S}to|book${S}(?:a${S}visit|an${S}appointment)${S}with)${S})?${CARE_PLACE}` +
    `|you${S}(?:don['’]t|do${S}not|won['’]t)${S}need${S}to${S}be${S}seen` +
    `|no${S}need${S}for${S}(?:a${S}doctor|an?${S}(?:ER|urgent${S}care)(?:${S}visit)?|the${S}(?:ER|doctor|emergency${S}room)|urgent${S}care)(?!['’]s)` +
    `|(?<=(?:^|[.!?:;,—–]${S}?|\\n|${B}(?:just|so|and)${S}))(?:skip|forget(?:${S}about)?)${S}(?:the${S}|a${S}|an${S})?(?:ER|urgent${S}care|emergency${S}room|walk-in(?:${S}clinic)?|trip${S}to${S}the${S}(?:ER|doctor)|doctor['’]s${S}visit|doctor)` +
    `|don['’]t${S}(?:bother|waste${S}(?:your${S})?(?:time|money))${S}(?:with|on|going${S}to|seeing|calling|at)${S}${CARE_PLACE})${E}`,
  'giu',
), ['there', 'no', 'you', 'skip', 'forget', 'don']);
/** Practice logistics around a visit: results, the portal, forms, pharmacy pick-up. */
const LOGISTICS = /(?<![A-Za-z])(?:results|portal|call you|we['’]ll call|pharmacy|refills?|paperwork|forms?|pick up|pick-up|flu shot|vaccine|appointment)(?![A-Za-z])/i;
/** "… for a cold", "… for minor cuts": guidance about a kind of problem, not about one reader. */
const FOR_KIND = /^[ \u00A0]{1,3}(?:for|with)[ \u00A0]{1,3}(?:a|an|most|minor|mild|every|routine|simple|common|small|ordinary|typical)(?![A-Za-z])/i;

const RECORD2 =
  `(?:${RECORD}|A1c|HbA1c|TSH|LDL|cholesterol|blood${S}pressures?(?:${S}(?:readings|numbers))?|blood${S}sugars?(?:${S}(?:readings|numbers|log))?|glucose(?:${S}(?:readings|numbers|log))?|PSA|ferritin|vitamin${S}D|thyroid${S}(?:labs|panel|numbers)|CBC|panel|urinalysis|mammogram|EKG|echo|sleep${S}study|imaging|discharge${S}papers|scans)`;

/**
 * More invitations to send medical details: "leave your blood pressure readings in the comments",
 * "tell me your symptoms in the comments", "reply with your labs", "send your results to me",
 * "send over your bloodwork and I'll review it", "I'm happy to look at your scans", "my DMs are open".
 */
export const INTAKE_MORE = new LeadRegExp(latinRegExp(
  `${B}(?:(?:DM|PM|message|e-?mail|text|send|forward|show|upload|share)${S}(?:me|us)${S}your${S}(?:[\\p{L}-]{2,15}${S}){0,2}?${RECORD2}` +
    `|(?:post|share|drop|put|leave|list|write|type|paste|add)${S}your${S}(?:[\\p{L}-]{2,15}${S}){0,2}?${RECORD2}${S}(?:below|here|in${S}the${S}(?:comments|thread|replies|chat)|in${S}a${S}(?:comment|reply))` +
    `|(?:tell|show)${S}(?:me|us)${S}(?:about${S})?(?:all${S})?your${S}(?:[\\p{L}-]{2,15}${S})?(?:symptoms|${RECORD2})(?:${S}(?:below|here|in${S}the${S}comments|in${S}a${S}comment)|,?${S}(?:and|so)${S}(?:I|we)(?:['’]ll|${S}will|${S}can))` +
    `|describe${S}your${S}symptoms${S}(?:below|in${S}the${S}comments|in${S}a${S}comment|to${S}me)` +
    `|(?:(?:comment|reply|respond)${S}(?:below|here)|reply|respond|comment|write${S}back|write${S}in|get${S}in${S}touch|message${S}(?:me|us)|DM${S}(?:me|us)|e-?mail${S}(?:me|us)|text${S}(?:me|us))${S}with${S}(?:your|a${S}(?:photo|picture|copy)${S}of${S}your)${S}(?:[\\p{L}-]{2,15}${S}){0,2}?${RECORD2}` +
    `|(?:send|forward|e-?mail|text|upload|attach|share|drop)${S}(?:over${S})?(?:me${S}|us${S})?(?:over${S})?your${S}(?:[\\p{L}-]{2,15}${S}){0,2}?${RECORD2}(?:${S}over)?(?:${S}to${S}(?:me|us|my${S}(?:e-?mail|inbox|DMs?|personal|cell|phone|number))|,?${S}(?:and|so)${S}(?:I|we)(?:['’]ll|${S}will|${S}can|['’]d|${S}could)(?:${S}(?:happily|personally|gladly))?${S}(?:take${S}a${S}look|look|review|read|go${S}over|check|interpret|tell|explain|give|let))` +
    `|(?:I['’]m|I${S}am|I['’]d${S}be|I['’]ll${S}be|always)${S}(?:happy|glad|more${S}than${S}happy)${S}to${S}(?:look${S}at|review|read|go${S}over|take${S}a${S}look${S}at|check|interpret|weigh${S}in${S}on)${S}(?:your|any)${S}(?:[\\p{L}-]{2,15}${S}){0,2}?${RECORD2}` +
    `|my${S}(?:DMs|DM|inbox|messages)${S}(?:is|are)${S}(?:always${S})?open)${E}`,
  'giu',
), ['dm', 'pm', 'message', 'e', 'email', 'text', 'send', 'forward', 'show', 'upload', 'share', 'post', 'drop', 'put', 'leave', 'list', 'write', 'type', 'paste', 'add', 'tell', 'describe', 'comment', 'reply', 'respond', 'get', 'attach', 'i', 'always', 'my']);
/** Cheap pre-checks for INTAKE_MORE: a record word, and a sending or showing word (substring tests). */
const RECORD_HINT = ['lab', 'result', 'blood', 'scan', 'mri', 'ct', 'xray', 'x-ray', 'ultrasound', 'photo', 'pic', 'image', 'rash', 'mole', 'lesion', 'symptom', 'record', 'chart', 'report', 'ecg', 'ekg', 'number', 'reading', 'med', 'prescri', 'biops', 'patholog', 'test', 'a1c', 'tsh', 'ldl', 'cholesterol', 'sugar', 'glucose', 'psa', 'ferritin', 'vitamin', 'thyroid', 'cbc', 'panel', 'urinalysis', 'mammogram', 'echo', 'sleep', 'imaging', 'discharge'];
const SEND_HINT = ['post', 'share', 'drop', 'put', 'leave', 'list', 'write', 'type', 'paste', 'add', 'tell', 'show', 'describe', 'reply', 'respond', 'comment', 'get in touch', 'message', 'dm', 'pm', 'mail', 'text', 'send', 'forward', 'upload', 'attach', 'happy', 'glad'];

/** The practice's own secure channel or visit: not an invitation to send records publicly. */
/**
 * An invitation to send one's details with a promise to read them personally: "email a close-up
 * photo to … and I'll confirm it", "drop your TSH in the replies and I'll tell you if your dose is
 * right", "post an update in the comments and I'll tell you whether to go up again", "happy to look
 * over anyone's scans".
 */
export const REVIEW_OFFER = new LeadRegExp(latinRegExp(
  `${B}(?:(?:(?:please|just|simply)${S})?(?:e-?mail|send|post|drop|share|upload|message|DM|reply|text|attach|leave|put|pop|forward)${E}(?:(?:[^.!?\\n]|\\.(?=[^\\s]))){0,120}?${S}(?:and|&)${S}I['’]ll${S}(?:look${S}(?:through|over|at)|take${S}a${S}look|tell${S}you|confirm|check|let${S}you${S}know|review|read${S}(?:it|them|through)|sort${S}it${S}out|interpret|get${S}back${S}to${S}you${S}with|give${S}you${S}my)` +
    `|(?:I['’]m${S})?happy${S}to${S}(?:look${S}(?:over|at)|review|check|read)${S}(?:anyone['’]s|your|any)${S}(?:scans?|labs?|lab${S}results|results|photos?|pictures?|MRIs?|x-?rays?|reports?|bloods?|bloodwork|ECGs?|EKGs?))${E}`,
  'giu',
), ['please', 'just', 'simply', 'email', 'e', 'send', 'post', 'drop', 'share', 'upload', 'message', 'dm', 'reply', 'text', 'attach', 'leave', 'put', 'pop', 'forward', 'i', 'happy']);

const PRACTICE_CHANNEL = /portal|secure[ \u00A0](?:form|upload|message|messaging)|(?:at|before|during|after)[ \u00A0](?:your|the|a)[ \u00A0](?:visit|appointment|exam)/i;

/**
 * "I can call something in", "I'll get you started on …", "prescriptions in any state", "no visit needed".
 * Group 1 (states, anywhere) and group 2 (no visit) must be the practice's offer; group 2 also needs a
 * medicine word in the sentence ("no appointment needed for flu shots" is a booking line).
 */
export const REMOTE_MORE = new LeadRegExp(latinRegExp(
  `${B}(?:(?:I|we)(?:${S}can|${S}could|${S}will|['’]ll|${S}am${S}happy${S}to|['’]m${S}happy${S}to|['’]d${S}be${S}happy${S}to)${S}(?:call|phone|send)${S}(?:something|it|one|that|this|a${S}script|a${S}refill|an?${S}Rx|some(?:thing)?${S}\\p{L}{2,15})${S}in` +
    `|(?:I|we)(?:${S}can|${S}could|${S}will|['’]ll)${S}get${S}you${S}(?:started${S}on|set${S}up${S}with|(?:a|an|some|the)${S}(?:[\\p{L}-]{2,15}${S})?(?:prescription|script|rx|refill|antibiotics?|medication|meds|pills))` +
    `|((?:prescri\\p{L}{0,8}|treat\\p{L}{0,5}|Rx|refills?|medications?|meds)${S}(?:in|to|across|(?:for${S})?(?:patients|people|readers|anyone)${S}in)${S}(?:any|every|all${S}(?:50|fifty))${S}states?` +
    `|(?:prescri\\p{L}{0,8}|ship\\p{L}{0,5}|refills?)${S}(?:[\\p{L}-]{2,15}${S}){0,3}?(?:nationwide|across${S}the${S}(?:US|U\\.S\\.|country))` +
    `|(?:prescri\\p{L}{0,8}|ship\\p{L}{0,5}|refills?)${S}(?:[\\p{L}-]{2,15}${S}){0,2}?(?:wherever${S}you${S}live|no${S}matter${S}where${S}you${S}live|anywhere${S}in${S}the${S}(?:US|U\\.S\\.|country|United${S}States)))` +
    `|(no${S}(?:office${S}|in-person${S}|video${S})?(?:visit|appointment|exam|examination|consultation|consult|doctor['’]s${S}visit)${S}(?:needed|necessary|required)|without${S}(?:an?${S})?(?:office${S}|in-person${S})?(?:visit|exam|examination|appointment)|without${S}(?:ever${S})?(?:seeing|visiting)${S}(?:a${S}doctor|us|the${S}doctor|anyone)))${E}`,
  'giu',
), ['i', 'we', 'rx', 'refill', 'refills', 'medication', 'medications', 'meds', 'no', 'without', 'prescri*', 'treat*', 'ship*']);
/** The practice speaks, offering something. */
const OFFER_VOICE = /(?<![A-Za-z])(?:we|I|our|us|get|order|your|we['’](?:ll|re)|I['’](?:ll|m))(?![A-Za-z])/i;
/** A sentence about the law or licensure, not an offer. */
const GENERAL_RULE = /(?<![A-Za-z])(?:must|law|laws|legal|illegal|rules?|regulations?|regulators?|boards?|unsafe|risky|dangerous)(?![A-Za-z])/i;
const MEDICINE_WORD = /prescri|(?<![A-Za-z])rx(?![A-Za-z])|script|refill|medication|meds|pill|ship|semaglutide|tirzepatide|antibiotic/i;

const IF_WHEN = /^(?:if|when|whenever|once)(?![A-Za-z])/i;
/** A question-and-answer label at the start of a sentence ("A: "), kept by sentence rewrites. */
const ANSWER_LABEL = /^(?:A|Answer|Dr\.?[ \u00A0][A-Za-z]{2,20}):[ \u00A0]*/;

const PREFILTER = ['you', 'give', 'start', 'take', 'add', 'alternate', 'try', 'need', 'i can', 'i\'ll', 'i will', 'dm', 'pm', 'post', 'share', 'upload', 'photo', 'pic', 'image', 'video', 'screenshot', 'mail', 'text', 'message', 'prescri', 'state', 'visit', 'exam', 'sound', 'look', 'bet', 'guess', 'sure', 'suspect', 'think', 'certainly', 'definitely', 'clearly', 'classic', 'textbook', 'wean', 'switch', 'split', 'half', 'skip', 'bump', 'taper', 'hold', 'drop', 'go up', 'go down', 'inbox', 'reason', 'bother', 'forget', 'comment', 'reply', 'tell', 'show', 'describe', 'send', 'leave', 'list', 'lower', 'raise', 'increase', 'decrease', 'reduce', 'off', 'double', 'cut', 'stop', 'quit', 'extra', 'nothing', 'what', 'that', 'this', 'it\'s'];
/** Earlier in the sentence, the author defers the decision: "ask your doctor whether you can lower your dose". */
const DEFERS = /(?<![A-Za-z])(?:ask|asking|whether|discuss|talk|check[ \u00A0\t\n]{1,3}with|your[ \u00A0\t\n]{1,3}(?:doctor|clinician|prescriber|pharmacist|care[ \u00A0\t\n]{1,3}team))(?![A-Za-z])/i;
const INTAKE_TEXT = "If you're a patient of our practice, message us through the portal.";

const DOSE_MESSAGE = 'Unexpected instruction to change a reader’s own medicine or dose, expected general information and advice to talk with their clinician.';
const START_MESSAGE = 'Unexpected instruction to start a medicine or give a dose to a reader, expected general information and advice to talk with their clinician.';
const DIAGNOSIS_MESSAGE = 'Unexpected diagnosis of a reader, expected a general description of the condition and advice to see a clinician who can examine them.';
const INTAKE_MESSAGE = 'Unexpected invitation to send medical details through a public or personal channel, expected a pointer to the practice’s patient portal.';
const REMOTE_MESSAGE = 'Unexpected offer to treat or prescribe for readers, expected an invitation to book a visit where you are licensed.';
const GENERIC_MED = 'Talk with your clinician before changing a medicine or dose.';
const GENERIC_DIAGNOSIS = 'Only a clinician who examines you can say what is causing your symptoms.';
const NO_CARE_TEXT = 'If you are not sure whether you need to be seen, contact your clinician.';

/** The first capture group that matched (the directive of a DOSE_MORE alternative). */
function firstGroup(m: RegExpExecArray): string {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return m[k];
  return m[0];
}

/** Replace the whole sentence around [start, end) with text. */
function sentenceFix(text: string, start: number, end: number, title: string, replacement: string): ProseFix {
  return { title, edits: [{ start: sentenceStart(text, start), end: sentenceEnd(text, end), text: replacement }] };
}

/** A finding with the general sentence that may replace its sentence (added when it is alone there). */
type Pending = BlockReport & { sentence?: string };

/** "a thyroid problem and should …" → "a thyroid problem": the condition up to a joining word. */
function conditionPhrase(words: string): string | null {
  const cut = /(?:^|[ \u00A0\t\n]+)(?:and|but|so|because|which|that|if|since|or|unless|until|from|based|given|right|now|already)(?![A-Za-z])/i.exec(words);
  const phrase = (cut ? words.slice(0, cut.index) : words).replace(/[ \u00A0\t\n]+/g, ' ').trim();
  return phrase.length >= 2 && phrase.length <= 60 && !/(?:^| )(?:you|your|I|me|my)(?: |$)/i.test(phrase) ? phrase : null;
}

/** True when prose [start, end) maps to one stretch of source with no markup, links or placeholders inside. */
function plainSpan(block: ProseBlock, start: number, end: number): boolean {
  const text = block.text;
  if (text.slice(start, end).includes(PLACEHOLDER)) return false;
  for (let i = start + 1; i < end; i++) {
    if (block.starts[i] !== block.ends[i - 1] && text[i - 1] !== '\n' && text[i] !== '\n') return false;
  }
  return true;
}

/** Gates in front of the patterns: a pattern runs only where one of its strings occurs. */
const REASONED_GATE = new Gate(['what you', 'probably', 'likely', 'means', 'suggests', 'show', 'confirm', 'tell me', 'tells me']);
const START_GATE = new Gate(['start', 'begin', 'take', 'try', 'get on', 'go on']);
const DIAGNOSIS_GATE = new Gate(['sound', 'look', 'seem', 'certainly', 'definitely', 'clearly', 'obviously', 'doubt', 'surely', 'classic', 'textbook', 'typical', 'your', 'probabl', 'likely', 'bet', 'guess', 'wager', 'hunch', 'suspicion', 'sure', 'certain', 'confident', 'positive', 'suspect', 'think', 'believe', 'nothing', 'what you']);
const RX_GATE = new Gate(['prescri', 'script', 'rx', 'refill']);
const PHOTO_GATE = new Gate(['photo', 'pic', 'image', 'video', 'screenshot']);
const NO_CARE_MORE_GATE = new Gate(['need', 'reason', 'skip', 'forget', 'bother', 'waste']);
const NO_CARE_GATE = new Gate(['need', 'bother']);
const INBOX_GATE = new Gate(['dms', 'inbox']);
const REVIEW_GATE = new Gate(["i'll", 'i’ll', 'happy to']);
const PRIVATE_GATE = new Gate(['dm', 'pm', 'me ']);
const REMOTE_MORE_GATE = new Gate(['call', 'phone', 'send', 'get you', 'state', 'where', 'visit', 'appointment', 'exam', 'consult', 'seeing', 'nationwide', 'across']);
const CARE_DIRECTION_GATE = new Gate(['ask', 'demand', 'insist']);
const SEND_HINT_GATE = new Gate(SEND_HINT);
const RECORD_HINT_GATE = new Gate(RECORD_HINT);
const PREFILTER_GATE = new Gate(PREFILTER);
const YOU_GATE = new Gate(['you']);
const YOUR_GATE = new Gate(['your']);
/** Every DIRECTIVE_VERBS entry contains one of these. */
const DIRECTIVE_GATE = new Gate(['stop', 'quit', 'discontinue', 'skip', 'double', 'halve', 'triple', 'taper', 'increase', 'decrease', 'reduce', 'lower', 'raise', 'up', 'cut', 'hold', 'pause', 'switch', 'off', 'drop', 'bump', 'ditch', 'split']);
const MENTIONED_GATE = new Gate(['mentioned', 'take', 'taking', 'prescribed', 'started']);
const TAILORED_GATE = new Gate(['case', 'situation', 'were', 'specifically']);
const DIAGNOSIS_LEAD_GATE = new Gate(['like', 'definitely', 'clearly', 'certainly', 'obviously', 'likely', 'from', 'based', 'judging']);
const INTAKE_GATE = new Gate(['dm', 'pm', 'message', 'mail', 'text', 'send', 'forward', 'tweet', 'show', 'upload', 'share', 'shoot', 'post', 'drop', 'put']);
const REMOTE_GATE = new Gate(['get', 'start', 'prescribe', 'write', 'treat']);

export const individualAdvice: BlockRule = {
  scope: 'block',
  meta: {
    id: 'individual-advice',
    category: 'advice.individual',
    defaultSeverity: 'warning',
    description: 'Individual medical advice to a reader: medicine directives, diagnosing, inviting records, offers to treat.',
    note: 'Answering a specific reader can create a physician–patient relationship the author did not intend (AMA Code of Medical Ethics Opinion 1.1.1); ACP–FSMB 2013 online professionalism recommendations ask physicians not to give individual advice to people they have not examined, and licensure is state by state.',
  },
  check(block, _env, report) {
    const text = block.text;
    // The pre-checks are gates (text/gate.ts): all of their strings are found in one pass per block.
    if (!PREFILTER_GATE.in(text)) return;
    const quotes = new QuoteFilter(text);
    const found: Pending[] = [];
    const deferred = (start: number): boolean => DEFERS.test(text.slice(sentenceStart(text, start), start));
    const conditional = (start: number): boolean => IF_WHEN.test(text.slice(sentenceStart(text, start), start));
    /** Each match of re; the reported span is group 1 (or the whole match when `whole`). */
    const scan = (re: RegExp | SplitAlternation | LeadRegExp, each: (m: RegExpExecArray, start: number, end: number) => Pending | null, whole: boolean | ((m: RegExpExecArray) => string) = false): void => {
      const visit = (m: RegExpExecArray): void => {
        // The reported span: the whole match, a picked group that ends the match, or group 1.
        const inner = typeof whole === 'function' ? whole(m) : whole ? m[0] : (m[1] ?? m[0]);
        const start = whole === true ? m.index : m.index + m[0].length - inner.length;
        const end = start + inner.length;
        if (quotes.quoted(start, end)) return;
        const r = each(m, start, end);
        if (r) found.push(r);
      };
      if (re instanceof RegExp) eachMatch(re, text, visit);
      else re.each(text, visit);
    };

    const hasYou = YOU_GATE.in(text);
    if (hasYou && YOUR_GATE.in(text) && DIRECTIVE_GATE.in(text)) scan(DOSE_DIRECTIVE_AT, (m, start, end) => {
      if (negatedBefore(text, start) || deferred(start)) return null;
      const verb = m[2];
      const object = m[3].replace(/[ \u00A0\t\n]+/g, ' ');
      const fixes: ProseFix[] = [];
      // Only where the object ends the clause does "talk with your clinician about your X" read well.
      if (/^(?:[.,;!?)]|$)/.test(text.slice(end, end + 1))) {
        const replacement = matchCase(verb, 'talk with your clinician before changing') + ` your ${object}`;
        fixes.push({ title: 'Replace with “talk with your clinician before changing …”', edits: [{ start, end, text: replacement }] });
      }
      return { start, end, severity: 'error', message: DOSE_MESSAGE, fixes, sentence: `Talk with your clinician before changing your ${object}.` };
    });
    if (hasYou && MENTIONED_GATE.in(text)) scan(STOP_MENTIONED_AT, (_m, start, end) => (negatedBefore(text, start) ? null : { start, end, severity: 'error', message: DOSE_MESSAGE }));
    if (/\d/.test(text)) scan(GIVE_DOSE_AT, (_m, start, end) =>
      negatedBefore(text, start) || deferred(start) ? null : { start, end, severity: 'error', message: START_MESSAGE, fixes: [], sentence: GENERIC_MED },
    );
    if (START_GATE.in(text)) scan(START_DRUG_AT, (m, start, end) => {
      // "If …, you should start X" is general unless a dose follows ("… start X 1 gram three times a day").
      if (negatedBefore(text, start) || deferred(start) || (conditional(start) && !/^[ \u00A0]+\d/.test(text.slice(end, end + 3)))) return null;
      // "I'm 41 and take levothyroxine 75 mcg": a reader (or the author) describing their own medicine.
      if (/^take/i.test(m[5] ?? '') && /(?<![A-Za-z])(?:I|I['’]m|I['’]ve|we|my|he|she|they)(?![A-Za-z])/i.test(text.slice(sentenceStart(text, start), start))) return null;
      const drug = m[3] ?? m[6];
      return { start, end, severity: 'error', message: START_MESSAGE, fixes: [], sentence: `Talk with your clinician before starting ${drug}.` };
    });
    const hasDigit = /\d/.test(text);
    if (MED_GATE.in(text) || DIGIT_UNIT.test(text)) scan(DOSE_MORE, (m, start, end) => {
      let k = 1;
      while (k < m.length && m[k] === undefined) k++;
      // "Go up to 40 mg" and "lower the insulin by 4 units" need a number; the other shapes do not.
      if ((k === 7 || k === 9) && !hasDigit) return null;
      // "You don't have to finish the antibiotics" (k = 16) carries its own negation.
      if ((k !== 16 && negatedBefore(text, start)) || deferred(start) || conditional(start) || DEFERS_AFTER.test(text.slice(end, sentenceEnd(text, end)))) return null;
      const object = m[k].replace(/[ \u00A0\t\n]+/g, ' ');
      const med = (k <= 7 || k === 14) && m[k + 1] ? m[k + 1].replace(/[ \u00A0\t\n]+/g, ' ') : '';
      const own = /(?:^| )your /i.exec(object);
      const named = med !== '' && !/^(?:dose|doses|dosage|dosing|medications?|medicines?|meds|pills?|tablets?|prescriptions?)$/i.test(med);
      const sentence = own ? `Talk with your clinician before changing your ${object.slice(own.index + own[0].length)}.` : named ? `Talk with your clinician before changing your ${med}.` : GENERIC_MED;
      return { start, end, severity: 'error', message: DOSE_MESSAGE, fixes: [], sentence };
    }, firstGroup);
    if (NO_CARE_GATE.in(text)) scan(NO_CARE, (_m, start, end) => ({
      start,
      end,
      severity: 'error',
      message: 'Unexpected advice to a reader not to seek care, expected the warning signs that need a visit and advice to contact their clinician.',
    }), true);
    if (hasYou && CARE_DIRECTION_GATE.in(text)) scan(CARE_DIRECTION, (_m, start, end) =>
      negatedBefore(text, start) || conditional(start)
        ? null
        : { start, end, message: 'Unexpected instructions for one reader’s care, expected general information about when and where to seek care.' },
    true);
    if (NO_CARE_MORE_GATE.in(text)) scan(NO_CARE_MORE, (_m, start, end) => {
      if (negatedBefore(text, start) || conditional(start) || FOR_KIND.test(text.slice(end, end + 12))) return null;
      // "No need to come in; we'll call you with your results": the practice's logistics, not care advice.
      if (LOGISTICS.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end)))) return null;
      return {
        start,
        end,
        severity: 'error',
        message: 'Unexpected advice to a reader not to seek care, expected the warning signs that need a visit and advice to contact their clinician.',
        fixes: [],
        sentence: NO_CARE_TEXT,
      };
    }, true);
    if (hasYou && TAILORED_GATE.in(text)) scan(TAILORED, (m, start, end) => {
      const isCase = /case|situation/i.test(m[0]);
      return {
        start,
        end,
        message: 'Unexpected advice tailored to one reader, expected general information for readers and advice to talk with their clinician.',
        fixes: isCase ? [{ title: 'Replace with “in many cases”', edits: [{ start, end, text: matchCase(m[0], 'in many cases') }] }] : [],
      };
    });
    if (hasYou && DIAGNOSIS_LEAD_GATE.in(text)) scan(DIAGNOSIS, (_m, start, end) => ({ start, end, severity: 'error', message: DIAGNOSIS_MESSAGE }));
    if (hasYou && REASONED_GATE.in(text)) scan(
      DIAGNOSIS_REASONED,
      (m, start) => {
        if (negatedBefore(text, start) || conditional(start)) return null;
        const lead = m[0].slice(0, m[0].length - m[1].length);
        const cond = conditionPhrase(m[1]);
        const end = start + lead.trimEnd().length;
        // "you're under-replaced" → "whether you're under-replaced"; "it's X" → "whether this is X"; "you have X" → "whether you have X".
        // About a reader's child or partner: no general sentence written for "you" fits.
        if (/^your\s/i.test(m[0])) return { start, end, severity: 'error', message: DIAGNOSIS_MESSAGE };
        const subject = /(?:you['’]re|you\s+are)\s*$/i.test(lead) ? 'you’re' : /(?:(?:it['’]s|that['’]s|this\s+is|\sis)(?:\s+(?:probably|likely|almost\s+certainly|classic|textbook))?|like)\s*$/i.test(lead) ? 'this is' : 'you have';
        const sentence = cond ? `Only a clinician who examines you can say whether ${subject} ${cond}.` : GENERIC_DIAGNOSIS;
        return { start, end, severity: 'error', message: DIAGNOSIS_MESSAGE, fixes: [], sentence };
      },
      true,
    );
    if (DIAGNOSIS_GATE.in(text)) {
      let readerContext: boolean | undefined;
      scan(DIAGNOSIS_MORE, (m, start) => {
        if (negatedBefore(text, start) || conditional(start)) return null;
        const lead = m[1] ?? m[2];
        if (m[2] !== undefined) {
          readerContext ??= READER_CONTEXT.test(text);
          if (!readerContext || DIAGNOSIS_GENERAL.test(text.slice(sentenceStart(text, start), start))) return null;
        }
        const end = start + lead.length;
        // "classic plantar fasciitis to me" → "plantar fasciitis"; "a pinched nerve in your neck" → "a pinched nerve".
        const words = m[3].replace(/^(?:(?:a|an)[ \u00A0]+)?(?:classic|textbook|typical)[ \u00A0]+(?:case[ \u00A0]+of[ \u00A0]+)?/i, '').replace(/[ \u00A0\t\n]+(?:to|in|on|at|with|for|after|since|here|there)(?![A-Za-z])[\s\S]*$/i, '');
        const cond = conditionPhrase(words);
        const subject = /you(?:['’]ve)?(?:\s+(?:probably|likely|most\s+likely|almost\s+certainly|definitely|clearly))?\s+(?:have|got|are|developed|picked|dealing)|you['’]re/i.test(lead) && !/(?:it|this|that)(?:['’]s|\s+is)/i.test(lead) ? 'you have' : 'this is';
        // Only "you have X" / "this is X" read well; "pulled a muscle" and "tore …" take the general sentence.
        const sentence = cond && (subject === 'this is' || !/(?:pulled|tore|strained|sprained|picked)/i.test(lead)) ? `Only a clinician who examines you can say whether ${subject} ${cond}.` : GENERIC_DIAGNOSIS;
        return { start, end, severity: 'error', message: DIAGNOSIS_MESSAGE, fixes: [], sentence };
      }, true);
    }
    let portalAdded = false;
    const intake = (_m: RegExpExecArray, start: number, end: number): Pending | null => {
      if (negatedBefore(text, start)) return null;
      let fix = sentenceFix(text, start, end, 'Replace with a pointer to the patient portal', INTAKE_TEXT);
      if (portalAdded) {
        // One pointer per paragraph: a second invitation's sentence is removed with the space before it.
        const edit = fix.edits[0];
        let s = edit.start;
        while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
        fix = { title: 'Remove the invitation', edits: [{ start: s, end: edit.end, text: '' }] };
      }
      portalAdded = true;
      return { start, end, severity: 'error', message: INTAKE_MESSAGE, fixes: [fix] };
    };
    if (hasYou && INTAKE_GATE.in(text)) scan(INTAKE, intake);
    if (PRIVATE_GATE.in(text)) scan(PRIVATE_CHANNEL, intake, true);
    if (PHOTO_GATE.in(text)) scan(POST_PHOTO, intake, true);
    if ((hasYou && RECORD_HINT_GATE.in(text) && SEND_HINT_GATE.in(text)) || INBOX_GATE.in(text)) scan(INTAKE_MORE, (m, start, end) => (PRACTICE_CHANNEL.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end))) ? null : intake(m, start, end)), true);
    if (REVIEW_GATE.in(text)) scan(REVIEW_OFFER, (m, start, end) => (PRACTICE_CHANNEL.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end))) ? null : intake(m, start, end)), true);
    if (hasYou && REMOTE_GATE.in(text)) scan(REMOTE, (_m, start, end) => ({ start, end, message: REMOTE_MESSAGE }));
    if (REMOTE_MORE_GATE.in(text)) scan(REMOTE_MORE, (m, start, end) => {
      if (negatedBefore(text, start)) return null;
      const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end));
      if (m[1] !== undefined || m[2] !== undefined) {
        if (!OFFER_VOICE.test(sentence) || GENERAL_RULE.test(sentence) || (m[2] !== undefined && !MEDICINE_WORD.test(sentence))) return null;
      } else if (/(?:after|at|during)[ \u00A0](?:your|a|the)[ \u00A0](?:visit|appointment|exam)/i.test(sentence)) return null;
      return { start, end, message: REMOTE_MESSAGE };
    }, true);
    if (RX_GATE.in(text)) scan(SEND_RX, (_m, start, end) => (negatedBefore(text, start) ? null : { start, end, message: REMOTE_MESSAGE }), true);
    found.sort((a, b) => a.start - b.start);
    const kept: Pending[] = [];
    let lastEnd = -1;
    for (const r of found) {
      if (r.start < lastEnd) continue;
      lastEnd = r.end;
      kept.push(r);
    }
    for (let i = 0; i < kept.length; i++) {
      const { sentence, ...r } = kept[i];
      if (sentence) {
        // The general sentence replaces the whole sentence only when this is its one finding.
        let s = sentenceStart(text, r.start);
        const e = sentenceEnd(text, r.end);
        const label = ANSWER_LABEL.exec(text.slice(s, r.start));
        if (label) s += label[0].length;
        const alone = (i === 0 || kept[i - 1].end <= s) && (i === kept.length - 1 || kept[i + 1].start >= e);
        if (alone && plainSpan(block, s, e)) r.fixes = [...(r.fixes ?? []), agreeFix(text, { title: `Replace the sentence with “${sentence}”`, edits: [{ start: s, end: e, text: sentence }] })];
      }
      if (r.fixes && r.fixes.length === 0) delete r.fixes;
      report(r);
    }
  },
};
