// Is a phone number or e-mail address the practice's (or author's) own public contact rather than a
// patient's? Shared by phone-number and email-address (catalog A5, A7: "allow-list the practice's
// public numbers / the author's and practice's addresses"). A contact detail whose sentence ties it
// to the practice ("call our office", "to book", "Appointments:", "email us"), or that sits in a
// signature or letterhead line (after "—"/"--", or next to the practice's name or the front-matter
// author), is the practice's public contact, unless the same sentence points at a patient or a
// relative ("her", "his wife", "the family's number", "my patient's"). Such findings drop to
// `information` and ask for an allow-list entry instead of removal.
//
// Plain ASCII classes and no `u` flag: these run on every contact detail found, and compile once.

/** Words that tie a contact detail to the practice or the author as a business. */
const PRACTICE_CUE = new RegExp(
  [
    // "our office", "our clinic's front desk", "our practice", "our team"
    String.raw`\bour\s+(?:[a-z-]+\s+){0,3}?(?:office|clinic|practice|team|staff|front\s+desk|nurses?|nurse\s+line|scheduler|scheduling|reception|receptionists?|billing|main\s+line|number|line|center|centre|surgery|pharmacy|pharmacy\s+counter|pharmacists?|coordinators?|navigators?|program|programme|educators?|dietitians?|counselors?|counsellors?)\b`,
    // a reader asked to write in: "send suggestions to …", "email your questions to …"
    String.raw`\b(?:send|e-?mail|write|forward|submit)\s+(?:your\s+|any\s+)?(?:suggestions|feedback|comments|questions|ideas|corrections|stories|nominations)\s+to\b`,
    // "call us", "email us", "contact us", "reach us", "text us", "write to us", "message us"
    String.raw`\b(?:call|phone|ring|text|e-?mail|contact|reach|message|write\s+to|get\s+in\s+touch\s+with)\s+us\b`,
    // a practice label: "Office: …", "Clinic phone: …", "Main line: …", "Main Street office — …"
    String.raw`\b(?:office|clinic|practice|main\s+line)(?:\s+(?:phone|number|line|tel|email|e-mail))?\s*(?::|[—–]\s)`,
    // the reader told how to reach someone: "refill through the portal or by calling …"
    String.raw`\bby\s+(?:calling|phoning|ringing|texting|dialing|dialling)\b`,
    // the reader calling a business line: "when you call …", "if you phone …"
    String.raw`\b(?:when|if|once|whenever|before)\s+you\s+(?:call|phone|ring|dial|text)\b`,
    // an office or line of an organisation: "the hospital's privacy office", "our billing department", "the recorded message"
    String.raw`\b(?:privacy|compliance|billing|records|scheduling|volunteer|outreach|communications|media|press|patient\s+relations|(?:hospital|clinic|practice|program|programme|department|health\s+system|district)['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:office|line|desk|team|department|hotline|helpline)\b`,
    String.raw`\b(?:recorded\s+(?:message|line|information)|hotline|helpline|help\s+line|information\s+line|info\s+line|advice\s+line|call\s+cent(?:er|re))\b`,
    // an announcement's contact: "For information call …", "Details are at www… or …", a web address beside the number
    String.raw`\bfor\s+(?:more\s+)?(?:information|info|details|questions)\b|\bdetails\s+(?:are\s+)?(?:at|on)\b|\bwww\.|\bhttps?:\/\/|\b[a-z0-9-]+\.(?:com|org|net|gov)\/`,
    // booking and scheduling
    String.raw`\b(?:book|booking|appointments?|schedul(?:e|ing)|reschedul(?:e|ing)|consultations?|front\s+desk|reception|office\s+hours|opening\s+hours|business\s+hours|(?:the|this)\s+practice|new\s+patients|walk-ins?)\b`,
  ].join('|'),
  'i',
);

/** "Call 555-0100 to join.", "Email hello@x.com to enroll": a reader-facing call to action. */
const CALL_TO_ACTION = /\bto\s+(?:join|enrol+|sign\s+up|register|reserve|get\s+started|learn\s+more|find\s+out\s+more|request|claim|save\s+your|make\s+an\s+appointment|set\s+up)\b|\bwith\s+(?:any\s+|your\s+)?questions\b|\bfor\s+(?:more\s+)?(?:information|info|details)\b/i;
/** A reader-facing imperative at the start of a sentence: "Call …", "Email …", "Contact …". */
const IMPERATIVE_START = /^(?:[*_"“]{0,2})(?:please\s+)?(?:call|phone|ring|text|dial|e-?mail|write|contact|reach)\b/i;
/** The sentence before is a reader question: "Questions?", "Questions about our services?". */
const READER_QUESTION = /\b(?:questions?|interested|ready|want\s+to\s+(?:know|learn|join)|need\s+(?:help|advice))\b[^.!?\n]{0,80}\?\s*$/i;
/** Generic role mailboxes and booking lines: "info@", "appointments@", "Booking line:". */
const ROLE_MAILBOX = /^(?:info|office|contact|hello|hi|team|admin|reception|frontdesk|front\.desk|appointments?|appts?|booking|bookings|scheduling|schedule|billing|support|help|enquiries|inquiries|questions|media|press|clinic|practice|care|patientcare|patient\.care|newpatients|new\.patients|mail|general|privacy|compliance|hipaa|outreach|events?|volunteers?|community|programs?|education|communications|marketing|records|medicalrecords|medical\.records|hr|careers|jobs|webmaster|feedback|referrals?|pharmacy|lab|nursing|residency|gme|training|wellness|news|newsletter|donate|giving|foundation|security)@/i;
/**
 * A staff member named with their job title ("our program coordinator, Ms. Grant"): their
 * honorific points at no patient. Taken out of the sentence before the patient test.
 */
const STAFF_APPOSITIVE =
  /\bour\s+(?:[a-z-]+\s+){0,3}(?:coordinator|manager|nurse|practitioner|assistant|receptionist|director|administrator|educator|navigator|dietitian|therapist|counsell?or|physician|doctor|specialist|pharmacist|hygienist|technician|midwife|scheduler|liaison|officer|lead|supervisor),?\s+(?:mr|mrs|ms|mx|miss|dr)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?/gi;

/** A signature or byline: a line led by a dash, or by "By …"/"Written by …"/"Author:". */
const SIGNATURE_LEAD =
  /^[ \t>*_]*(?:[—–]|--)[ \t]*(?:Dr\.?[ \t]+)?[A-Z]|^[ \t>*_]*(?:(?:[Ww]ritten|[Pp]osted|[Rr]eviewed|[Ee]dited)\s+by\s+|By\s+|Author:\s*)(?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+/;
/** A practice or organisation name: capitalised words ending in a clinic word ("Summit Sports Medicine"). */
const ORG_NAME =
  /\b[A-Z][A-Za-z'’&.-]+(?:\s+(?:[A-Z][A-Za-z'’&.-]+|&|of|and|for))*\s+(?:Medicine|Medical(?:\s+(?:Center|Centre|Group|Associates))?|Clinic|Clinics|Health|Healthcare|Health\s+Care|Practice|Associates|Center|Centre|Pediatrics|Paediatrics|Dermatology|Cardiology|Orthopedics|Orthopaedics|Physicians|Dental|Dentistry|Chiropractic|Wellness|Therapy|Surgery|Surgical|Group|Partners|Care|Institute|Pharmacy|Optometry|Psychiatry|Counseling|Counselling|PLLC|LLC|PC)\b/;
/** Professional credentials after a name in a signature: "Jane Ruiz, MD". */
const CREDENTIAL = /,\s*(?:MD|DO|NP|PA-C|RN|DNP|DPT|DDS|DMD|PharmD|PhD|FNP|FACP|FAAP|MBBS)\b|\bDr\.\s+[A-Z]/;

/** Words in the same sentence that point at a patient or a relative: then the detail is theirs. */
const PRONOUN_CUE = /\b(?:she|he|her|hers|his|him|herself|himself)\b/i;
const PATIENT_CUE = new RegExp(
  [
    String.raw`\b(?:mr|mrs|ms|mx|miss)\.?\s+[A-Z]`,
    String.raw`\b(?:my|the|this|that|our|former)\s+patient\b(?!s|\s+(?:portal|services|education|advocates?|coordinators?|navigators?|relations|experience|line|forms?|intake|handbook|resources|care\s+team))|\bpatient['’]s\b`,
    String.raw`\b(?:the\s+family|family['’]s|family\s+members?)\b`,
    String.raw`(?<!\byour\s)\b(?:mom|mum|mother|dad|father|wife|husband|spouse|son|daughter|brother|sister|grand(?:mother|father|son|daughter|ma|pa)|aunt|uncle|niece|nephew|cousin|neighbou?r|caregiver|relatives?)(?:['’]s)?\b`,
  ].join('|'),
  'i',
);

/** An author bio, where "her"/"his" is the author: "About the author", "Dr. Chen is a pediatrician at …". */
const AUTHOR_BIO =
  /\babout\s+the\s+author\b|\b(?:is|has\s+been)\s+(?:a\s+|an\s+)?(?:board-certified\s+)?(?:family\s+|sports\s+|internal\s+medicine\s+)?(?:physician|doctor|pediatrician|paediatrician|surgeon|dermatologist|cardiologist|nurse\s+practitioner|nurse|dietitian|therapist|psychiatrist|psychologist|obstetrician|gynecologist|internist|clinician|dentist|pharmacist|physiotherapist|physical\s+therapist|chiropractor|optometrist)\s+(?:at|with|in|who)\b/i;

/** Toll-free NANP area codes: a business line, never a patient's personal number. */
const TOLL_FREE = new Set(['800', '888', '877', '866', '855', '844', '833']);

/** True for a NANP toll-free number (digits with or without the leading 1). */
export function isTollFree(digits: string): boolean {
  const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  return national.length === 10 && TOLL_FREE.has(national.slice(0, 3));
}

/** Start and end of the line (within the block) holding [start, end), looking at most 240 characters each way. */
function lineOf(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - 240);
  const ceil = Math.min(text.length, end + 240);
  let s = start;
  while (s > floor && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < ceil && text[e] !== '\n') e++;
  return [s, e];
}

/** Start of the sentence holding `at`: after the last . ! ? and a space, or a blank line, within 300 characters. */
function sentenceFrom(text: string, at: number): number {
  const floor = Math.max(0, at - 300);
  for (let k = at - 1; k >= floor; k--) {
    const c = text[k];
    if (c === '\n' && text[k - 1] === '\n') return k + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[k + 1] ?? '') && !/\b(?:Dr|Mr|Mrs|Ms|St|Ave|No|Inc|Ltd|e\.g|i\.e|vs|Jr|Sr)$/.test(text.slice(Math.max(0, k - 4), k))) {
      return k + 1;
    }
  }
  return floor;
}

/** End of the sentence holding `at` (exclusive). */
function sentenceTo(text: string, at: number): number {
  const ceil = Math.min(text.length, at + 300);
  for (let k = at; k < ceil; k++) {
    const c = text[k];
    if (c === '\n' && text[k + 1] === '\n') return k;
    if ((c === '.' || c === '!' || c === '?') && (k + 1 >= text.length || /\s/.test(text[k + 1]))) return k + 1;
  }
  return ceil;
}

/** Surnames and names of the front-matter `author` (string, { name }, or a list of them), 3+ letters. */
export function authorNames(frontMatter: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.split(/[\s,]+/)) if (/^[A-Z][A-Za-z'’-]{2,}$/.test(w) && !/^(?:Dr|MD|DO|PhD|RN|NP)$/.test(w)) out.push(w);
    } else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object' && 'name' in v) add((v as { name: unknown }).name);
  };
  add(frontMatter.author);
  add(frontMatter.authors);
  return out;
}

function mentionsAuthor(s: string, names: readonly string[]): boolean {
  return names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(s));
}

/**
 * True when the contact detail at [start, end) of `text` is the practice's or author's own public
 * contact (see the file comment). `address` is the e-mail address, for the role-mailbox cue.
 */
export function isPracticeContact(text: string, start: number, end: number, authors: readonly string[], address?: string): boolean {
  const ss = sentenceFrom(text, start);
  const se = sentenceTo(text, end);
  const sentence = text.slice(ss, se);
  // The line holding the detail: a signature or letterhead line inside a longer paragraph.
  const [ls, le] = lineOf(text, start, end);
  const line = text.slice(ls, le);
  const shortLine = le - ls <= 200;
  const signed = SIGNATURE_LEAD.test(line) || SIGNATURE_LEAD.test(sentence);
  // In an author bio ("Dr. Chen is a pediatrician at … Reach her at …") the pronouns are the author's.
  const around = text.slice(Math.max(0, ss - 200), se);
  const bio = !PATIENT_CUE.test(around) && (AUTHOR_BIO.test(around) || mentionsAuthor(around, authors));
  const cue = (s: string): boolean => {
    const t = s.replace(STAFF_APPOSITIVE, ' ');
    return PATIENT_CUE.test(t) || (!bio && PRONOUN_CUE.test(t));
  };
  // A signed line is judged on its own; otherwise the whole sentence (it may wrap across lines).
  // A pronoun in another sentence of the line ("… call 555-0186. He speaks Spanish.") is whoever that sentence is about.
  if ((signed ? cue(line) : PATIENT_CUE.test(line.replace(STAFF_APPOSITIVE, ' '))) || (!signed && cue(sentence))) return false;
  if (bio && /\b(?:reach|contact|email|e-mail|write\s+to|call|phone)\b/i.test(sentence)) return true;
  if (signed || PRACTICE_CUE.test(sentence)) return true;
  if (address !== undefined && ROLE_MAILBOX.test(address)) return true;
  if (IMPERATIVE_START.test(text.slice(ss, start).trimStart())) {
    if (CALL_TO_ACTION.test(text.slice(end, se))) return true;
    if (READER_QUESTION.test(text.slice(Math.max(0, ss - 120), ss))) return true;
  }
  // A letterhead: a short line naming the practice, a clinician's credentials or the author, or
  // an address block of short lines under the practice's name ("Birchfield Pediatrics – Eastgate⏎
  // 415 Quarry Road⏎Phone: 555-0188").
  return shortLine && (ORG_NAME.test(line) || CREDENTIAL.test(line) || mentionsAuthor(line, authors) || letterheadBlock(text));
}

/** Every line of the block is short (at most eight lines of 80 characters) and the first names an organisation. */
function letterheadBlock(text: string): boolean {
  if (text.length > 640) return false;
  const lines = text.split('\n');
  return lines.length >= 2 && lines.length <= 8 && lines.every((l) => l.length <= 80) && ORG_NAME.test(lines[0]);
}

/**
 * Contact details judged per block. A post has a handful; past this budget (machine-generated
 * text, pasted directories) the rest are reported as usual, so the cost stays linear.
 */
export const PRACTICE_CHECK_BUDGET = 256;

export const PRACTICE_CONTACT_NOTE =
  'Safe Harbor items (D)–(F) cover the contact details of patients, relatives, employers and household members; the practice\'s or author\'s own public number or address is not one of them. Allow-list it in .clearpost.yml so it is not reported.';
