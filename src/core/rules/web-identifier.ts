// Safe Harbor items (N) web addresses and (O) IP addresses of a patient, relative, employer or
// household member.
//
// Most URLs in a health blog point to guidelines, journals and agencies: those stay quiet. Flagged
// are addresses of pages about one person — fundraisers, care journals, obituaries, payment pages,
// social profiles — found by domain and path (a data table below), a link described as someone's
// own site ("her blog: …"), IP addresses, and social handles next to a platform word.
import type { BlockRule, SourceReport } from '../rule';
import type { Target } from '../model';
import type { Severity } from '../types';
import { removalEdit } from '../text/tidy';

type Kind = 'fundraiser' | 'journal' | 'obituary' | 'payment' | 'social' | 'personal' | 'news' | 'media' | 'ip' | 'handle';

const NOTE_URL =
  'Safe Harbor item (N), 45 CFR 164.514(b)(2)(i)(N): web addresses (URLs) of the patient, relatives, employers and household members must be removed; fundraisers, care journals, obituaries and social profiles name one person.';
const NOTE_IP =
  'Safe Harbor item (O), 45 CFR 164.514(b)(2)(i)(O): Internet Protocol (IP) addresses must be removed.';
const NOTE_HANDLE =
  'Safe Harbor item (N), 45 CFR 164.514(b)(2)(i)(N): a social-media handle is the address of a person\'s profile page (and a unique identifying code under item (R)); remove it.';

const MESSAGES: Record<Kind, string> = {
  fundraiser: 'Unexpected link to a personal fundraiser, expected none: remove it; it names the patient.',
  journal: 'Unexpected link to a personal care journal, expected none: remove it; it names the patient.',
  obituary: 'Unexpected link to an obituary or memorial page, expected none: remove it; it names the person.',
  payment: 'Unexpected link to a personal payment page, expected none: remove it; it names the person.',
  social: 'Unexpected link to a social-media profile or post, expected none: remove it unless it is your own or a public organisation\'s.',
  personal: 'Unexpected link to someone\'s own website, expected none: remove it unless it is yours or a public organisation\'s.',
  news: 'Unexpected link to news coverage of a patient\'s case, expected none: remove it; the story names the patient and the event.',
  media: 'Unexpected link to a patient\'s images or records, expected none: remove it.',
  ip: 'Unexpected IP address, expected none: remove it.',
  handle: 'Unexpected social-media handle, expected none: remove it; it points to one person\'s profile.',
};

interface Site {
  hosts: readonly string[];
  kind: Kind;
  /** The path must match for the page to be about one person (default: any non-generic path). */
  path?: RegExp;
}

/** Domains whose pages are about one person. Subdomains match too ("www.", "m."). */
export const PERSONAL_SITES: readonly Site[] = [
  { hosts: ['gofundme.com'], kind: 'fundraiser', path: /^\/(?:f\/|manage\/)?[a-z0-9][a-z0-9-]{2,}/i },
  { hosts: ['gofund.me', 'givesendgo.com', 'fundly.com', 'giveforward.com', 'youcaring.com', 'fundrazr.com', 'spotfund.com', 'helphopelive.org', 'give.cafe'], kind: 'fundraiser' },
  { hosts: ['mealtrain.com', 'takethemameal.com', 'lotsahelpinghands.com', 'carecalendar.org', 'mealbaby.com'], kind: 'fundraiser' },
  { hosts: ['caringbridge.org', 'carepages.com', 'mylifeline.org', 'postpartum.caringbridge.org'], kind: 'journal' },
  { hosts: ['legacy.com', 'dignitymemorial.com', 'tributearchive.com', 'everhere.com'], kind: 'obituary', path: /\/(?:obituar(?:y|ies)|obits?|memorial|tribute)s?\/[^/?#]+/i },
  { hosts: ['echovita.com', 'forevermissed.com', 'everloved.com', 'obittree.com', 'tributes.com', 'obituary.com', 'obits.com'], kind: 'obituary' },
  { hosts: ['findagrave.com', 'billiongraves.com'], kind: 'obituary', path: /\/(?:memorial|grave)\/[^/?#]+/i },
  { hosts: ['paypal.me', 'venmo.com', 'cash.app', 'account.venmo.com'], kind: 'payment' },
  { hosts: ['facebook.com', 'fb.com', 'instagram.com', 'twitter.com', 'x.com', 'threads.net', 'pinterest.com', 'snapchat.com', 'tumblr.com', 'vk.com'], kind: 'social' },
  { hosts: ['tiktok.com', 'medium.com'], kind: 'social', path: /^\/@[^/?#]+/ },
  { hosts: ['linkedin.com'], kind: 'social', path: /^\/in\/[^/?#]+/i },
  { hosts: ['youtube.com'], kind: 'social', path: /^\/(?:@|c\/|user\/|channel\/)[^/?#]+/i },
  { hosts: ['reddit.com'], kind: 'social', path: /^\/(?:u|user)\/[^/?#]+/i },
  { hosts: ['bsky.app'], kind: 'social', path: /^\/profile\/[^/?#]+/i },
];

/** First path segments that are site pages rather than one person's page. */
const GENERIC_SEGMENTS = new Set([
  'about', 'help', 'hc', 'support', 'login', 'signin', 'sign-in', 'signup', 'sign-up', 'register', 'search', 'explore',
  'discover', 'start', 'c', 'privacy', 'terms', 'legal', 'policies', 'policy', 'tos', 'settings', 'home', 'pricing',
  'how-it-works', 'features', 'blog', 'press', 'careers', 'jobs', 'en', 'en-us', 'en-gb', 'share', 'sharer',
  'sharer.php', 'intent', 'hashtag', 'groups', 'events', 'watch', 'marketplace', 'gaming', 'business', 'ads',
  'developers', 'developer', 'accounts', 'i', 'topics', 'trending', 'news', 'resources', 'contact', 'faq',
  'obituaries', 'obituary', 'search-obituaries', 'local', 'funeral-homes', 'donate', 'charity', 'nonprofit',
]);

/** Hosts that are funeral homes or obituary sites by name. */
const FUNERAL_HOST = /(?:funeral|mortuar|obituar|cremation|memorial-?chapel)/i;
/** A path naming one person's obituary on any site (news papers, funeral homes). */
const OBITUARY_PATH = /\/(?:obituar(?:y|ies)|obits?)\/(?:[^/?#]*\/)?[a-z][a-z0-9-]*-[a-z][^/?#]*/i;

/** URLs in prose: optional scheme, a dotted host with a letter TLD, optional port and path. */
const URL = /(?<![\p{L}\p{N}@._\-/])(?:https?:\/\/)?(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,24}(?::\d{1,5})?(?:\/[^\s<>"'`\uFFFC]{0,1000})?/giu;
/** "her blog:", "his website", "their page at": the URL is someone's own site. */
const PERSONAL_CUE =
  /(?:^|[^\p{L}])(?:(?:his|her|their|hers|theirs|(?:the )?patient'?s|(?:mother|father|son|daughter|wife|husband|partner|sister|brother|family)'?s)[ \u00A0]+(?:own[ \u00A0]+)?(?:personal[ \u00A0]+)?(?:web[ \u00A0-]?site|site|blog|page|homepage|profile|channel|vlog|podcast|fundraiser|journal|account)s?|(?:posted|shared|uploaded)[ \u00A0]+(?:a|an|the|some|his|her|their)?[ \u00A0]*(?:photos?|pictures?|pics?|videos?|files?|folders?|updates?|albums?|documents?)(?:[ \u00A0]+with[ \u00A0]+(?:you|me|us))?|web[ \u00A0-]?site[ \u00A0]*:)[^\n\p{L}]{0,12}(?:(?:is|at|here|on|:)[^\n\p{L}]{0,6})?$/iu;
/** "my website is …": in a patient's quoted words, the patient's own site; the author allow-lists theirs. */
const FIRST_PERSON_CUE =
  /(?:^|[^\p{L}])my[ \u00A0]+(?:own[ \u00A0]+)?(?:personal[ \u00A0]+)?(?:web[ \u00A0-]?site|site|blog|homepage|profile|channel|vlog)s?[^\n\p{L}]{0,12}(?:(?:is|at|here|on|:)[^\n\p{L}]{0,6})?$/iu;
/**
 * News outlets: national sites by domain, local papers and stations by name ("…times", "…herald",
 * "…-news", call signs such as "wkrn" or "kare11"). A news link is about one patient only in a
 * patient story with a coverage cue before it ("the local paper covered it: …"), catalog A15/B3.
 */
const NEWS_DOMAINS = [
  'cnn.com', 'foxnews.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'abcnews.com', 'apnews.com', 'reuters.com',
  'nytimes.com', 'washingtonpost.com', 'usatoday.com', 'nypost.com', 'npr.org', 'bbc.com', 'bbc.co.uk', 'theguardian.com',
  'patch.com', 'wsj.com', 'latimes.com', 'chicagotribune.com', 'boston.com', 'bostonglobe.com', 'nola.com', 'al.com',
  'cleveland.com', 'mlive.com', 'oregonlive.com', 'nj.com', 'pennlive.com', 'syracuse.com', 'masslive.com', 'silive.com',
  'dailymail.co.uk', 'people.com', 'insideedition.com', 'newsweek.com', 'cbc.ca', 'ctvnews.ca', 'globalnews.ca',
];
const NEWS_HOST_WORD = /news|times|herald|tribune|gazette|chronicle|courier|dispatch|sentinel|inquirer|examiner|ledger|telegraph|journal-|-journal|daily|observer|post-|-post|press-|-press|register|bulletin|courant|democrat|republican|statesman|enquirer/;
/** A broadcast call sign as the first label or its first hyphenated part: "wkrn", "ktvu", "kare11", "wsbtv". */
const CALL_SIGN = /^[kw][a-z]{2,3}(?:tv|news|\d{1,2})?$/;
const NOT_CALL_SIGN = new Set(['wiki', 'kids', 'kind', 'king', 'kiss', 'kit', 'web', 'wear', 'well', 'west', 'wise', 'work', 'word', 'wall', 'walk', 'want', 'wine', 'wish', 'weed', 'wood', 'keep', 'kick', 'knot', 'know', 'knee', 'kale']);
/** "the local paper covered it:", "the station's story is here:", "made the news". */
const NEWS_CUE =
  /(?:^|[^\p{L}])(?:covered|coverage|stor(?:y|ies)|articles?|report(?:ed|s)?|piece|segment|headlines?|news|paper|newspaper|station|interviewed|wrote[ \u00A0]+(?:it[ \u00A0]+up|about)|featured|went[ \u00A0]+viral|made[ \u00A0]+the)(?![\p{L}])[^\n]{0,80}$/iu;
/** The link sentence is about research or policy, not a person: "Reuters covered the trial: …". */
const NEWS_NOT_CASE = /(?:^|[^\p{L}])(?:study|studies|trial|trials|research|survey|guidelines?|recall|findings|data|journal|published|policy|law|bill|outbreak|vaccine)(?![\p{L}])/iu;
/** A person in the paragraph: pronouns, patient and relative words. */
const PERSON_CUE =
  /(?:^|[^\p{L}])(?:he|she|him|his|her|patient|family|driver|boy|girl|man|woman|mother|father|son|daughter|baby|child|kid|husband|wife|teen|teenager)(?![\p{L}])/iu;
/** "the patient's X-ray is still up at …", "her MRI images: …": a patient's own images or records. */
const MEDIA_CUE =
  /(?:^|[^\p{L}])(?:his|her|their|(?:the[ \u00A0]+)?patient['’]?s|(?:mother|father|son|daughter|wife|husband|baby|child)['’]s)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+)?(?:x-?rays?|scans?|ct|mri|images?|films?|photos?|pictures?|labs?|lab[ \u00A0]+results|results|reports?|ultrasounds?|ecgs?|ekgs?|records?|chart|slides?|pathology)(?![\p{L}])[^\n.!?]{0,40}$/iu;

function newsHost(host: string): boolean {
  if (hostMatches(host, NEWS_DOMAINS)) return true;
  if (NEWS_HOST_WORD.test(host)) return true;
  const first = host.split('.')[0].split('-')[0];
  return CALL_SIGN.test(first) && !NOT_CALL_SIGN.has(first) && host.split('.').length >= 2;
}

/** A news link about one person's case: a news host with an article path, a coverage cue, a person in the paragraph. */
function newsAboutCase(text: string, raw: string, start: number, before: string): boolean {
  const u = splitUrl(raw);
  // A news host, or a news section of any site ("/news/2026/…", "/local-news/…").
  if (!u || !(newsHost(u.host) || /^\/(?:[a-z-]*news|local|metro|community)\/[^?#]*(?:(?:19|20)\d\d|[a-z0-9]+(?:-[a-z0-9]+){2,})/i.test(u.path))) return false;
  // An article, not the front page: a dated path, a slug of hyphenated words or a numeric story id.
  if (!/\/(?:19|20)\d\d\/|\/[a-z0-9]+(?:-[a-z0-9]+){2,}|\/\d{5,}/i.test(u.path)) return false;
  if (!NEWS_CUE.test(before)) return false;
  const sentence = before.slice(Math.max(before.search(/[.!?][ \u00A0]+[^.!?]*$/) + 1, 0));
  if (NEWS_NOT_CASE.test(sentence)) return false;
  return PERSON_CUE.test(text.slice(Math.max(0, start - 600), start));
}

const COMMON_TLD = /\.(?:com|org|net|blog|me|io|co|info|us|site|online|page|life)$/;
/** Words that tie a social link or handle to a patient or relative. */
const PATIENT_CUE = /(?:^|[^\p{L}])(?:his|her|their|patient'?s?|mother'?s|father'?s|son'?s|daughter'?s|wife'?s|husband'?s|family'?s)(?![\p{L}])/iu;

/** "follow us", "our page", "my profile": the author's own accounts (allow-list them to silence warnings). */
const OWN_CUE = /(?:^|[^\p{L}])(?:[Oo]ur|[Uu]s|[Mm]y|[Mm]e|I)(?![\p{L}])[^.!?]{0,40}$/u;

const IPV4 = /(?<![\p{L}\p{N}_.\-])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\p{L}\p{N}_\-]|\.\d)/gu;
const IPV6_CANDIDATE = /(?<![\p{L}\p{N}_:.])[0-9A-Fa-f:]{2,39}(?![\p{L}\p{N}_:])/gu;
const NOT_AN_IP_BEFORE = /(?:version|ver\.?|v|release|build|section|chapter|§|step|figure|fig\.?|table|rule|clause|item|icd(?:-?\d{1,2})?|code|oid)[ \u00A0]*$/i;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,29}(?![\p{L}\p{N}_@]|\.[A-Za-z])/gu;
const SOCIAL_CUE =
  /(?:^|[^\p{L}])(?:instagram|insta|ig|twitter|x|tiktok|snapchat|snap|threads|bluesky|bsky|facebook|fb|youtube|twitch|reddit|mastodon|handle|username|user ?name|account|follow(?:s|ed|ing)?|dm(?:ed|'d)?|tagged|mentioned)(?![\p{L}])/iu;

interface Classified {
  kind: Kind;
  severity: Severity;
}

/** Host and path of a URL written with or without a scheme; null when it is not one. */
export function splitUrl(raw: string): { host: string; path: string } | null {
  const m = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:]+)(?::\d+)?([/?#].*)?$/i.exec(raw);
  if (!m) return null;
  let host = m[1].toLowerCase();
  host = host.replace(/^(?:www\d?|m|mobile|web)\./, '');
  return { host, path: m[2] ?? '' };
}

function hostMatches(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function firstSegment(path: string): string {
  const m = /^\/([^/?#]*)/.exec(path);
  return m ? decodeURIComponentSafe(m[1]).toLowerCase() : '';
}

/** Is this URL a page about one person? */
export function classifyUrl(raw: string): Kind | null {
  const u = splitUrl(raw);
  if (!u) return null;
  const seg = firstSegment(u.path);
  for (const site of PERSONAL_SITES) {
    if (!hostMatches(u.host, site.hosts)) continue;
    if (site.path) return site.path.test(u.path) ? site.kind : null;
    if (!seg || GENERIC_SEGMENTS.has(seg) || seg.startsWith('?') || /\.(?:php|html?)$/.test(seg)) {
      // Facebook and Instagram posts, and Reddit-style user pages nested under a generic segment.
      if (site.kind === 'social' && /^\/(?:p|reel|reels|stories|people)\/[^/?#]+/i.test(u.path)) return 'social';
      if (site.kind === 'social' && /^\/profile\.php\?id=\d+/i.test(u.path)) return 'social';
      return null;
    }
    return site.kind;
  }
  if (OBITUARY_PATH.test(u.path)) return 'obituary';
  if (FUNERAL_HOST.test(u.host) && seg && !GENERIC_SEGMENTS.has(seg) && u.path.length > 3) return 'obituary';
  return null;
}

function severityOf(kind: Kind, patientCue: boolean): Severity {
  if (kind === 'social') return patientCue ? 'error' : 'warning';
  if (kind === 'personal' || kind === 'news') return 'warning';
  return 'error';
}

function noteOf(kind: Kind): string {
  return kind === 'ip' ? NOTE_IP : kind === 'handle' ? NOTE_HANDLE : NOTE_URL;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Trailing sentence punctuation and unbalanced closing brackets are not part of a URL. */
function trimUrlEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const ch = text[e - 1];
    if (/[.,;:!?'"*_]/.test(ch)) e--;
    else if (ch === ')' && !text.slice(start, e).includes('(')) e--;
    else if (ch === ']' && !text.slice(start, e).includes('[')) e--;
    else break;
  }
  return e;
}

function validIpv6(s: string): boolean {
  if ((s.match(/:/g) ?? []).length < 2) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1 ? groups.length !== 8 : groups.length > 7 || groups.length < 2) return false;
  // Times and ratios ("12:30:45") are short decimal groups; an address has a hex letter or a long group.
  return groups.some((g) => /[A-Fa-f]/.test(g) || g.length >= 3);
}

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  severity: Severity;
}

function urls(text: string, out: Hit[]): void {
  if (!text.includes('.')) return;
  URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL.exec(text))) {
    const start = m.index;
    const end = trimUrlEnd(text, start, start + m[0].length);
    const raw = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 60), start);
    const explicit = /^(?:https?:\/\/|www\.)/i.test(raw);
    let kind = classifyUrl(raw);
    let severity: Severity | null = null;
    // Without "https://" or "www." only a common TLD makes a word like "janesjourney.com" an address.
    const addressLike = explicit || COMMON_TLD.test(splitUrl(raw)?.host ?? '');
    if (!kind && addressLike && PERSONAL_CUE.test(before)) kind = 'personal';
    else if (!kind && addressLike && MEDIA_CUE.test(before)) kind = 'media';
    else if (!kind && explicit && newsAboutCase(text, raw, start, text.slice(Math.max(0, start - 160), start))) kind = 'news';
    else if (!kind && addressLike && FIRST_PERSON_CUE.test(before)) {
      kind = 'personal';
      severity = 'information';
    }
    if (!kind) continue;
    // A bare domain without a path ("facebook.com") names the site, not a person.
    if (!explicit && !/\//.test(raw) && kind !== 'personal') continue;
    // The author's or practice's own profile ("our page is …"): a hint only; allow-list it to silence it.
    if (kind === 'social' && OWN_CUE.test(before) && !PATIENT_CUE.test(before.slice(-40))) severity = 'information';
    out.push({ start, end, kind, severity: severity ?? severityOf(kind, PATIENT_CUE.test(before)) });
  }
}

function ips(text: string, out: Hit[]): void {
  let m: RegExpExecArray | null;
  if (/\d\.\d{1,3}\.\d/.test(text)) {
    IPV4.lastIndex = 0;
    while ((m = IPV4.exec(text))) {
      const octets = m[0].split('.').map(Number);
      if (octets.every((o) => o < 10)) continue;
      if (octets[0] === 0 || octets[0] === 127 || octets.every((o) => o === 255)) continue;
      if (NOT_AN_IP_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'ip', severity: 'error' });
    }
  }
  if (/[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:/.test(text)) {
    IPV6_CANDIDATE.lastIndex = 0;
    while ((m = IPV6_CANDIDATE.exec(text))) {
      if (!m[0].includes(':') || !validIpv6(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'ip', severity: 'error' });
    }
  }
}

function handles(text: string, out: Hit[]): void {
  if (!text.includes('@')) return;
  HANDLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HANDLE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 24);
    if (!SOCIAL_CUE.test(before) && !/^[ \u00A0]+on[ \u00A0]+(?:instagram|twitter|x|tiktok|snapchat|threads|bluesky|facebook|youtube|twitch|reddit|mastodon)(?![\p{L}])/iu.test(after)) continue;
    const near = text.slice(Math.max(0, start - 40), start);
    const patient = PATIENT_CUE.test(near);
    // The author's or practice's own handle ("follow us on Instagram @ourclinic"): a hint only.
    const own = !patient && OWN_CUE.test(near);
    out.push({ start, end, kind: 'handle', severity: patient ? 'error' : own ? 'information' : 'warning' });
  }
}

export const webIdentifier: BlockRule = {
  scope: 'block',
  meta: {
    id: 'web-identifier',
    category: 'phi.web',
    defaultSeverity: 'error',
    description: 'Links to personal pages (fundraisers, care journals, obituaries, social profiles), IP addresses and social handles (Safe Harbor items N and O).',
    note: NOTE_URL,
  },
  check(block, _env, report) {
    const text = block.text;
    const hits: Hit[] = [];
    urls(text, hits);
    ips(text, hits);
    handles(text, hits);
    hits.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      report({
        start: h.start,
        end: h.end,
        message: MESSAGES[h.kind],
        note: noteOf(h.kind),
        severity: h.severity,
        fixes: [{ title: h.kind === 'ip' ? 'Remove the IP address' : h.kind === 'handle' ? 'Remove the handle' : 'Remove the web address', edits: [removalEdit(text, h.start, h.end)] }],
      });
    }
  },
  checkTarget(target: Target, _env, report: (r: SourceReport) => void) {
    if (target.kind === 'image') return;
    let kind: Kind | null = classifyUrl(target.url);
    // "[her story in the local paper](https://…)": a news link whose own words name a person's coverage.
    if (!kind && /^https?:\/\//i.test(target.url) && PERSON_CUE.test(target.label) && newsAboutCase(target.label, target.url, target.label.length, target.label)) kind = 'news';
    if (!kind) return;
    // The visible text shows the address itself: the prose check reports it there.
    const u = splitUrl(target.url);
    const label = target.label.toLowerCase();
    if (u && label.includes((u.host + u.path).replace(/\/$/, '').toLowerCase())) return;
    report({
      start: target.start,
      end: target.end,
      matched: target.url,
      message: MESSAGES[kind],
      note: noteOf(kind),
      severity: severityOf(kind, PATIENT_CUE.test(target.label)),
    });
  },
};
