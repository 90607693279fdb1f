// Individual medical advice addressed to a reader (rules catalog, family E): directives about the
// reader's own medicines (E1), diagnosing a reader (E2), inviting records or symptoms (E3) and
// offers to treat readers anywhere (E4), plus doses for one reader or their child, starting a named
// drug, telling a reader not to bring someone in, and personal channels (issue #3). General advice
// ("If you have chest pain, call 911") is left alone: a directive is flagged only when it changes,
// starts or doses one reader's medicine. Each pattern has its own cheap pre-check, so the work per
// block stays a few linear scans.
import type { BlockReport, BlockRule, ProseFix } from '../rule';
import type { ProseBlock } from '../model';
import { PLACEHOLDER } from '../text/prose';
import { matchCase } from '../text/tidy';
import { agreeFix } from '../text/agreement';
import { QuoteFilter, negatedBefore, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { eachMatch } from '../text/scan';

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const S = '[ \\u00A0\\t\\n]{1,3}';

/** Medicine words, plus common drug-name endings (-pril, -sartan, -olol, -statin …). */
const MED =
  `(?:dose|doses|dosage|dosing|medications?|medicines?|meds|pills?|tablets?|prescriptions?|insulin|inhaler|steroids?|antibiotics?|antidepressants?|blood${S}thinners?|statins?|thyroid${S}(?:pill|medicine|medication|dose)|supplements?|vitamins?|` +
  `\\p{L}{2,20}(?:pril|sartan|olol|statin|vir|profen|phen|dronate|zide|semide|dipine|formin|gliflozin|glutide|tide|azole|prazole|pine|zepam|xetine|oxetine|pram|afil|mab|nib|cycline|cillin|mycin|floxacin|sone|solone|olone|lukast|thyroxine|roxine|parin|xaban|gatran|farin|lamine|tropin))`;

const DIRECTIVE_VERBS = 'stop|quit|discontinue|skip|double|halve|triple|taper|increase|decrease|reduce|lower|raise|up|cut|hold|pause|switch|come[ \\u00A0]off|get[ \\u00A0]off';

/** "(you should) double your lisinopril" at a clause start or after "you should/need to/must". */
const DOSE_DIRECTIVE = latinRegExp(
  `(?:^|[.!?:;,—–(]${S}|[.!?:;,—–(]|${B}(?:you(?:['’]d|${S}should|${S}need${S}to|${S}must|${S}have${S}to|${S}ought${S}to|['’]ll${S}want${S}to|${S}can)|I${S}(?:want|need)${S}you${S}to|I['’]d|go${S}ahead${S}and|just|then|simply)${S})` +
    `((${DIRECTIVE_VERBS})${S}(?:(?:taking|using)${S})?your${S}((?:(?!(?:for|of|to|on|in|the|a|an|need|needs|risk|use|chance|own|intake)${E})[\\p{L}-]{2,20}${S}){0,2}(${MED}))${E}(?!${S}(?:needs|resistance|levels?|sensitivity|pumps?|requirements|use|costs?|bills?)${E}))`,
  'giu',
);

/** "Stop the ibuprofen you mentioned": a medicine the reader said they take. */
const STOP_MENTIONED = latinRegExp(
  `(?:^|[.!?:;,—–(]${S}|[.!?:;,—–(]|${B}(?:you${S}should|you${S}need${S}to|you${S}must|just|then)${S})` +
    `((?:${DIRECTIVE_VERBS})${S}(?:the|that|this|those|these)${S}\\p{L}{3,20}${S}(?:you(?:['’]re)?${S}(?:mentioned|take|taking|are${S}taking|were${S}prescribed|started)))${E}`,
  'giu',
);

/** "in your case", "if I were you": advice tailored to one reader. */
const TAILORED = latinRegExp(`${B}(?:in${S}your${S}(?:case|situation)|if${S}I${S}were${S}you|for${S}you${S}specifically)${E}`, 'giu');

/** "sounds like you have MS", "from your photo that's definitely shingles". */
const DIAGNOSIS = latinRegExp(
  `${B}(?:(?:it${S})?(?:sounds|looks|seems)${S}like${S}you(?:${S}(?:have|might${S}have|may${S}have|probably${S}have)|['’]ve${S}got)` +
    `|you${S}(?:definitely|clearly|almost${S}certainly|obviously|most${S}likely)${S}have` +
    `|(?:from|based${S}on|judging${S}(?:by|from))${S}your${S}(?:photos?|pictures?|pics?|description|symptoms|labs?|scans?|MRI|x-?rays?|images?|results),?${S}(?:that['’]s|that${S}is|this${S}is|it['’]s|it${S}is|you${S}have|you['’]ve${S}got|your${S}(?:son|daughter|child|baby|kid|husband|wife|partner|mom|dad|mother|father)${S}(?:has|had|likely${S}has|probably${S}has))(?:${S}(?:definitely|clearly|obviously|classic|textbook))?)${E}`,
  'giu',
);

const RECORD =
  `(?:labs?|lab${S}results|results|bloodwork|blood${S}work|blood${S}tests?|MRIs?|CTs?|CT${S}scans?|scans?|x-?rays?|ultrasounds?|photos?|pictures?|pics|images|rash(?:es)?|moles?|lesions?|symptoms|records|charts?|reports?|ECGs?|EKGs?|numbers|readings|medication${S}lists?|meds|prescriptions?|biopsy|pathology|test${S}results)`;

/** "DM me your labs", "email me your MRI", "send us a photo of your rash", "post your rash below". */
const INTAKE = latinRegExp(
  `${B}(?:(?:DM|PM|message|e-?mail|text|send|forward|tweet|show|upload|share)${S}(?:me|us)${S}(?:(?:a|the)${S}(?:photo|picture|pic|copy|screenshot)${S}of${S})?your${S}(?:\\p{L}{2,15}${S})?${RECORD}` +
    `|(?:send|shoot)${S}(?:me|us)${S}(?:a${S})?(?:DM|PM|message|e-?mail|text)${S}with${S}(?:your${S})?(?:\\p{L}{2,15}${S})?${RECORD}|(?:post|share|drop|upload|put)${S}(?:(?:a|the)${S}(?:photo|picture|pic|copy|screenshot)${S}of${S})?your${S}(?:\\p{L}{2,15}${S})?${RECORD}${S}(?:below|here|in${S}the${S}comments|in${S}a${S}comment))${E}`,
  'giu',
);

/** "I can get you on this medication", "we'll prescribe it for you". */
const REMOTE = latinRegExp(
  `${B}(?:I|we)(?:${S}can|${S}could|${S}will|['’]ll|${S}am${S}happy${S}to|['’]m${S}happy${S}to)${S}(?:get${S}you${S}on|start${S}you${S}on|prescribe${S}(?:you|it${S}for${S}you|this${S}for${S}you|them${S}for${S}you)|write${S}you${S}(?:a|an)(?:${S}\\p{L}{2,15})?${S}(?:prescription|script|rx)|treat${S}you${S}(?:anywhere|online|remotely|wherever))${E}`,
  'giu',
);

/** Modal lead-ins that address one reader: "you should", "you need to", "I'd". */
const YOU_MUST = `(?:you(?:${S}should|${S}need${S}to|${S}must|${S}have${S}to|${S}ought${S}to|['’]ll${S}want${S}to|['’]d${S}better)|I${S}(?:want|need)${S}you${S}to|I['’]d)`;
/** A start of a clause, where an imperative can begin. */
const CLAUSE = `(?:^|[.!?:;,—–(](?:${S})?|${B}(?:and|then|just|or)${S})`;
const PERSON = `(?:him|her|them|your${S}(?:son|daughter|child|baby|kid|toddler|infant|teen|husband|wife|partner|mom|dad|mother|father))`;
const UNIT = `(?:mL|ml|mg|mcg|g|grams?|milligrams?|micrograms?|units?|IU|tsp|teaspoons?|tablets?|tabs|capsules?|puffs|drops)`;
/** Named drugs only (by their endings), not words like "dose" or "pills". */
const DRUG = `\\p{L}{2,20}(?:pril|sartan|olol|statin|formin|gliflozin|glutide|azole|prazole|dipine|zepam|xetine|pram|afil|cycline|cillin|mycin|floxacin|sone|solone|lukast|thyroxine|parin|xaban|gatran|farin|vir|profen|aminophen|dronate|zide|semide|tidine|triptan)`;

/** "give her 5 mL of …", "alternate with 5 mL of …", "you should take 1,000 mg": a dose for one reader or their child. */
const GIVE_DOSE = latinRegExp(
  `(?:${CLAUSE}(?=give|alternate|add|try)|${B}${YOU_MUST}${S})((give|alternate${S}with|add|start|use|take|try)${S}(?:${PERSON}${S})?\\d{1,4}(?:[.,]\\d{1,3})?(?:${S})?${UNIT}${E}(?:${S}of${S}(?:(?:children|infants|kids|adult)['’]?s?${S})?[\\p{L}-]{2,20})?)`,
  'giu',
);

/** "You need to start valacyclovir 1 gram …", "start amoxicillin 500 mg": starting a named drug. */
const START_DRUG = latinRegExp(
  `(?:${B}${YOU_MUST}${S}((start|begin|take|try|get${S}on|go${S}on)${S}(?:(?:on|taking)${S})?(?:a${S}course${S}of${S})?(${DRUG}))${E}` +
    `|${CLAUSE}((start|begin|try)${S}(${DRUG})${S}\\d{1,4}(?:[.,]\\d{1,3})?(?:${S})?${UNIT})${E})`,
  'giu',
);

/** "No need to bring her in", "you don't need to take him to the doctor": telling a reader not to seek care for someone. */
const NO_CARE = latinRegExp(
  `${B}(?:(?:there['’]s${S})?no${S}need${S}to|you${S}(?:don['’]t|do${S}not)${S}need${S}to|don['’]t${S}bother${S}(?:to${S})?)${S}(?:bring|take|rush)(?:ing)?${S}${PERSON}${S}(?:in|to${S}(?:the${S}|a${S})?(?:doctor|ER|hospital|emergency${S}(?:room|department)|urgent${S}care|clinic|pediatrician))${E}`,
  'giu',
);

/** "You need to take him to the hospital and ask for IVIG": directing one reader's care. */
const CARE_DIRECTION = latinRegExp(
  `${B}${YOU_MUST}${S}(?:take|bring|get)${S}${PERSON}${S}(?:to${S}(?:the${S}|an${S}|a${S})?(?:hospital|ER|emergency${S}(?:room|department)|urgent${S}care|doctor|pediatrician|clinic)|in)(?:${S}(?:right${S}away|now|today|tonight|immediately))?,?${S}and${S}(?:ask|demand|insist)${S}(?:for|on|them${S}for|about)${S}(?:(?:a|an|the)${S})?[\\p{L}\\p{N}-]{2,20}`,
  'giu',
);

/** Diagnosis from what the reader described: "Based on what you describe, you probably have …", "… means you're under-replaced". Group 1: the condition. */
const DIAGNOSIS_REASONED = latinRegExp(
  `${B}(?:(?:based${S}on|from|given|judging${S}(?:by|from))${S}what${S}you(?:['’]ve)?${S}(?:describe[sd]?|wrote|write|said|told${S}me|mentioned|mention|shared|sent|posted),?${S}(?:you${S}(?:probably|likely|most${S}likely|almost${S}certainly|definitely|clearly)${S}(?:have|are)|you${S}(?:have|are)|you['’]re(?:${S}(?:probably|likely))?|it['’]s(?:${S}(?:probably|likely))?|that['’]s(?:${S}(?:probably|likely))?|this${S}is(?:${S}(?:probably|likely))?)` +
    `|you${S}(?:probably|likely|most${S}likely)${S}have(?=${S}(?:(?:a|an)${S})?(?:[\\p{L}-]{2,20}${S}){0,2}(?:[\\p{L}-]{2,20}(?:itis|osis|emia|pathy|oma|ism)|problem|condition|disease|disorder|infection|syndrome|deficiency|allergy|intolerance|diabetes|cancer|shingles|migraines?|apnea|reflux|anxiety|depression|ADHD|IBS)${E})` +
    `|what${S}you(?:['’]re|${S}are)?${S}(?:describe|describing|describe${S}here|wrote${S}about)${S}(?:(?:sounds|looks|seems)${S}like|is(?:${S}(?:probably|likely|almost${S}certainly|classic|textbook))?)` +
    `|your${S}(?:son|daughter|child|baby|kid|toddler|husband|wife|partner|mom|dad|mother|father)${S}(?:probably|likely|most${S}likely|almost${S}certainly|definitely|clearly)${S}has(?=${S}(?:(?:a|an)${S})?(?:[\\p{L}-]{2,20}${S}){0,2}(?:[\\p{L}-]{2,20}(?:itis|osis|emia|pathy|oma|ism)|problem|condition|disease|disorder|infection|syndrome|deficiency|allergy|intolerance|diabetes|cancer|shingles|migraines?|apnea|reflux|anxiety|depression|ADHD|IBS|autism|asthma|eczema|croup|RSV|flu|strep)${E})` +
    `|(?:means|suggests|shows|confirms|tells${S}me)${S}(?:that${S})?(?:you['’]re|you${S}are|you${S}have|you['’]ve${S}got)(?!${S}(?:at|more|less|not|likely|able|going|getting|protected|safe|covered|eligible|doing|on${S}track|fine|okay|ok|normal|healthy)${E}))` +
    `${S}([\\p{L}\\p{N}'’-]{1,25}(?:${S}[\\p{L}\\p{N}'’-]{1,25}){0,5})`,
  'giu',
);

/** "DM me on Instagram", "message me on my personal page": a reader invited into a personal channel. */
const PRIVATE_CHANNEL = latinRegExp(
  `${B}(?:(?:DM|PM|message|text|call|contact|reach|ping)${S}me${S}(?:on|via|through|over|at)${S}(?:Instagram|IG|Facebook|FB|Twitter|TikTok|WhatsApp|Messenger|Snapchat|LinkedIn|Signal|Telegram|my${S}(?:personal${S})?(?:page|account|cell|phone|number|Instagram|Facebook|email))` +
    `|(?:DM|PM)${S}me(?!${S}your)(?:${S}(?:anytime|any${S}time|directly|privately|with${S}(?:your${S})?questions))?)${E}`,
  'giu',
);

/** "post a follow-up photo in the comments", "send a picture to me". */
const POST_PHOTO = latinRegExp(
  `${B}(?:(?:e-?mail|text|DM|PM|send|message)${S}(?:me|us)${S}(?:a|an|some)${S}(?:[\\p{L}-]{2,15}${S})?(?:photos?|pictures?|pics?|images?|videos?|screenshots?)` +
    `|(?:post|share|drop|upload|put|leave|send)${S}(?:a|an|another|some)${S}(?:[\\p{L}-]{2,15}${S})?(?:photos?|pictures?|pics?|images?|videos?|screenshots?)(?:${S}of${S}(?:it|them|the${S}\\p{L}{2,15}|your${S}\\p{L}{2,15}))?${S}(?:below|here|in${S}the${S}comments|in${S}a${S}comment|to${S}(?:me|us)))${E}`,
  'giu',
);

/** "I can send a prescription for iron to any pharmacy", "I'll call in a refill". */
const SEND_RX = latinRegExp(
  `${B}I(?:${S}can|${S}could|${S}will|['’]ll|${S}am${S}happy${S}to|['’]m${S}happy${S}to)${S}(?:send|call${S}in|phone${S}in|e-?prescribe|write)${S}(?:you${S})?(?:a|an)${S}(?:[\\p{L}-]{2,15}${S})?(?:prescription|script|rx|refill)${E}`,
  'giu',
);

const IF_WHEN = /^(?:if|when|whenever|once)(?![A-Za-z])/i;
/** A question-and-answer label at the start of a sentence ("A: "), kept by sentence rewrites. */
const ANSWER_LABEL = /^(?:A|Answer|Dr\.?[ \u00A0][A-Za-z]{2,20}):[ \u00A0]*/;

const PREFILTER = /you|give|start|take|add|alternate|try|need|I can|I'll|I will|DM|PM|post|share|upload|photo|pic|image|video|screenshot|mail|text|message/i;
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
    if (!PREFILTER.test(text)) return;
    const quotes = new QuoteFilter(text);
    const found: Pending[] = [];
    const deferred = (start: number): boolean => DEFERS.test(text.slice(sentenceStart(text, start), start));
    const conditional = (start: number): boolean => IF_WHEN.test(text.slice(sentenceStart(text, start), start));
    /** Each match of re; the reported span is group 1 (or the whole match when `whole`). */
    const scan = (re: RegExp, each: (m: RegExpExecArray, start: number, end: number) => Pending | null, whole = false): void => {
      eachMatch(re, text, (m) => {
        const inner = whole ? m[0] : (m[1] ?? m[0]);
        const start = whole ? m.index : m.index + m[0].length - inner.length;
        const end = start + inner.length;
        if (quotes.quoted(start, end)) return;
        const r = each(m, start, end);
        if (r) found.push(r);
      });
    };

    const hasYou = /you/i.test(text);
    if (hasYou) scan(DOSE_DIRECTIVE, (m, start, end) => {
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
    if (hasYou) scan(STOP_MENTIONED, (_m, start, end) => (negatedBefore(text, start) ? null : { start, end, severity: 'error', message: DOSE_MESSAGE }));
    if (/\d/.test(text)) scan(GIVE_DOSE, (_m, start, end) =>
      negatedBefore(text, start) || deferred(start) ? null : { start, end, severity: 'error', message: START_MESSAGE, fixes: [], sentence: GENERIC_MED },
    );
    if (/start|begin|take|try|get on|go on/i.test(text)) scan(START_DRUG, (m, start, end) => {
      // "If …, you should start X" is general unless a dose follows ("… start X 1 gram three times a day").
      if (negatedBefore(text, start) || deferred(start) || (conditional(start) && !/^[ \u00A0]+\d/.test(text.slice(end, end + 3)))) return null;
      const drug = m[3] ?? m[6];
      return { start, end, severity: 'error', message: START_MESSAGE, fixes: [], sentence: `Talk with your clinician before starting ${drug}.` };
    });
    if (/need|bother/i.test(text)) scan(NO_CARE, (_m, start, end) => ({
      start,
      end,
      severity: 'error',
      message: 'Unexpected advice to a reader not to seek care, expected the warning signs that need a visit and advice to contact their clinician.',
    }), true);
    if (hasYou && /ask|demand|insist/i.test(text)) scan(CARE_DIRECTION, (_m, start, end) =>
      negatedBefore(text, start) || conditional(start)
        ? null
        : { start, end, message: 'Unexpected instructions for one reader’s care, expected general information about when and where to seek care.' },
    true);
    if (hasYou) scan(TAILORED, (m, start, end) => {
      const isCase = /case|situation/i.test(m[0]);
      return {
        start,
        end,
        message: 'Unexpected advice tailored to one reader, expected general information for readers and advice to talk with their clinician.',
        fixes: isCase ? [{ title: 'Replace with “in many cases”', edits: [{ start, end, text: matchCase(m[0], 'in many cases') }] }] : [],
      };
    });
    if (hasYou) scan(DIAGNOSIS, (_m, start, end) => ({ start, end, severity: 'error', message: DIAGNOSIS_MESSAGE }));
    if (hasYou && /what you|probably|likely|means|suggests|shows|confirms|tells me/i.test(text)) scan(
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
    if (hasYou) scan(INTAKE, intake);
    if (/DM|PM|me /i.test(text)) scan(PRIVATE_CHANNEL, intake, true);
    if (/photo|pic|image|video|screenshot/i.test(text)) scan(POST_PHOTO, intake, true);
    if (hasYou) scan(REMOTE, (_m, start, end) => ({ start, end, message: REMOTE_MESSAGE }));
    if (/prescri|script|rx|refill/i.test(text)) scan(SEND_RX, (_m, start, end) => (negatedBefore(text, start) ? null : { start, end, message: REMOTE_MESSAGE }), true);
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
