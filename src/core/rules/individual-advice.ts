// Individual medical advice addressed to a reader (rules catalog, family E): directives about the
// reader's own medicines (E1), diagnosing a reader (E2), inviting records or symptoms (E3) and
// offers to treat readers anywhere (E4). General advice ("If you have chest pain, call 911") is
// left alone: a directive is flagged only when it changes the reader's own medicine or dose.
import type { BlockReport, BlockRule, ProseFix } from '../rule';
import { matchCase } from '../text/tidy';
import { QuoteFilter, negatedBefore, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const S = '[ \\u00A0\\t\\n]{1,3}';

/** Medicine words, plus common drug-name endings (-pril, -sartan, -olol, -statin …). */
const MED =
  `(?:dose|doses|dosage|dosing|medications?|medicines?|meds|pills?|tablets?|prescriptions?|insulin|inhaler|steroids?|antibiotics?|antidepressants?|blood${S}thinners?|statins?|thyroid${S}(?:pill|medicine|medication|dose)|` +
  `\\p{L}{2,20}(?:pril|sartan|olol|statin|formin|gliflozin|glutide|tide|azole|prazole|pine|zepam|xetine|oxetine|pram|afil|mab|nib|cycline|cillin|mycin|floxacin|sone|solone|olone|lukast|thyroxine|roxine|parin|xaban|gatran|farin|lamine|tropin))`;

const DIRECTIVE_VERBS = 'stop|quit|discontinue|skip|double|halve|triple|taper|increase|decrease|reduce|lower|raise|up|come[ \\u00A0]off|get[ \\u00A0]off';

/** "(you should) double your lisinopril" at a clause start or after "you should/need to/must". */
const DOSE_DIRECTIVE = latinRegExp(
  `(?:^|[.!?:;,—–(]${S}|[.!?:;,—–(]|${B}(?:you(?:['’]d|${S}should|${S}need${S}to|${S}must|${S}have${S}to|${S}ought${S}to|['’]ll${S}want${S}to|${S}can)|I${S}(?:want|need)${S}you${S}to|I['’]d|go${S}ahead${S}and|just|then|simply)${S})` +
    `((${DIRECTIVE_VERBS})${S}your${S}(?:(?:daily|morning|evening|nightly|current|usual)${S})?(${MED})${E}(?!${S}(?:needs|resistance|levels?|sensitivity|pumps?|requirements|use|costs?|bills?)${E}))`,
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

const PREFILTER = /you|your/i;
/** Earlier in the sentence, the author defers the decision: "ask your doctor whether you can lower your dose". */
const DEFERS = /(?<![\p{L}])(?:ask|asking|whether|discuss|talk|check[ \u00A0\t\n]{1,3}with|your[ \u00A0\t\n]{1,3}(?:doctor|clinician|prescriber|pharmacist|care[ \u00A0\t\n]{1,3}team))(?![\p{L}])/iu;
const INTAKE_TEXT = "If you're a patient of our practice, message us through the portal.";

/** Replace the whole sentence around [start, end) with text. */
function sentenceFix(text: string, start: number, end: number, title: string, replacement: string): ProseFix {
  return { title, edits: [{ start: sentenceStart(text, start), end: sentenceEnd(text, end), text: replacement }] };
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
    const found: BlockReport[] = [];
    const scan = (re: RegExp, each: (m: RegExpExecArray, start: number, end: number) => BlockReport | null): void => {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const inner = m[1] ?? m[0];
        const start = m.index + m[0].length - inner.length;
        const end = start + inner.length;
        if (quotes.quoted(start, end)) continue;
        const r = each(m, start, end);
        if (r) found.push(r);
      }
    };

    scan(DOSE_DIRECTIVE, (m, start, end) => {
      if (negatedBefore(text, start) || DEFERS.test(text.slice(sentenceStart(text, start), start))) return null;
      const verb = m[2];
      const object = m[3];
      const fixes: ProseFix[] = [];
      // Only where the object ends the clause does "talk with your clinician about your X" read well.
      if (/^(?:[.,;!?)]|$)/.test(text.slice(end, end + 1))) {
        const replacement = matchCase(verb, 'talk with your clinician before changing') + ` your ${object}`;
        fixes.push({ title: 'Replace with “talk with your clinician before changing …”', edits: [{ start, end, text: replacement }] });
      }
      return {
        start,
        end,
        severity: 'error',
        message: 'Unexpected instruction to change a reader’s own medicine or dose, expected general information and advice to talk with their clinician.',
        fixes,
      };
    });
    scan(STOP_MENTIONED, (_m, start, end) =>
      negatedBefore(text, start)
        ? null
        : {
            start,
            end,
            severity: 'error',
            message: 'Unexpected instruction to change a reader’s own medicine or dose, expected general information and advice to talk with their clinician.',
          },
    );
    scan(TAILORED, (m, start, end) => {
      const isCase = /case|situation/i.test(m[0]);
      return {
        start,
        end,
        message: 'Unexpected advice tailored to one reader, expected general information for readers and advice to talk with their clinician.',
        fixes: isCase ? [{ title: 'Replace with “in many cases”', edits: [{ start, end, text: matchCase(m[0], 'in many cases') }] }] : [],
      };
    });
    scan(DIAGNOSIS, (_m, start, end) => ({
      start,
      end,
      severity: 'error',
      message: 'Unexpected diagnosis of a reader, expected a general description of the condition and advice to see a clinician who can examine them.',
    }));
    let portalAdded = false;
    scan(INTAKE, (_m, start, end) => {
      let fix = sentenceFix(text, start, end, 'Replace with a pointer to the patient portal', INTAKE_TEXT);
      if (portalAdded) {
        // One pointer per paragraph: a second invitation's sentence is removed with the space before it.
        const edit = fix.edits[0];
        let s = edit.start;
        while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
        fix = { title: 'Remove the invitation', edits: [{ start: s, end: edit.end, text: '' }] };
      }
      portalAdded = true;
      return {
        start,
        end,
        severity: 'error',
        message: 'Unexpected invitation to send medical details through a public or personal channel, expected a pointer to the practice’s patient portal.',
        fixes: [fix],
      };
    });
    scan(REMOTE, (_m, start, end) => ({
      start,
      end,
      message: 'Unexpected offer to treat or prescribe for readers, expected an invitation to book a visit where you are licensed.',
    }));
    found.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const r of found) {
      if (r.start < lastEnd) continue;
      lastEnd = r.end;
      report(r);
    }
  },
};
