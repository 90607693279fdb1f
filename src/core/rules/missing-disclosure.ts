// Missing disclaimers and disclosures (catalog §K, §E5, F2): no educational disclaimer; suicide or
// self-harm content without the 988 Lifeline; acute-emergency content without 911; front-matter
// `disclosures` absent from the body; a `sponsor` without a sponsorship disclosure near the top;
// affiliate links and sponsorship cues ("use my code", "gifted") with no disclosure in the post.
//
// A document rule: a few bounded regex tests over the joined prose, run once per post. Fixes insert
// the configured text as a new line of an existing paragraph (a lazy continuation), so they never
// change the Markdown structure; insertions at the same point are merged into one edit text so
// that whichever fix is applied first carries them all.
import type { DocumentRule, SourceReport } from '../rule';
import type { ProseBlock, Target } from '../model';
import { QuoteFilter, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { CRISIS_RESOURCE, EMERGENCY_NUMBER, findCrisisTrigger, findEmergencyTrigger, hasDisclaimer } from '../text/disclosures';
import { Gate } from '../text/gate';

const NOTE =
  'AMA Code of Medical Ethics Opinions 1.1.1 (a patient–physician relationship exists when a physician serves a patient’s medical needs) and 8.12 (ethical physician conduct in the media); 16 CFR 255.5 (disclosure of material connections); 988 Suicide & Crisis Lifeline; ReportingOnSuicide.org recommendations.';

export const DEFAULT_DISCLAIMER =
  '*This post is general education, not medical advice, and does not create a physician–patient relationship.*';
export const DEFAULT_CRISIS_BLOCK =
  '*If you or someone you know is thinking about suicide or self-harm, call or text 988 to reach the 988 Suicide & Crisis Lifeline (US).*';
export const DEFAULT_EMERGENCY_BLOCK =
  '*If you have chest pain, signs of a stroke, a severe allergic reaction or a suspected overdose, call 911.*';

/** A sponsorship disclosure: "sponsored", "paid partnership", "#ad", "compensated". */
const SPONSOR_DISCLOSURE = /\b(?:sponsor(?:ed|ship|s)?|paid\s{1,3}(?:partnership|post|promotion|by)|advertisement|advertorial|compensat\w{1,6}|material\s{1,3}connection)\b|#ad\b/i;
/**
 * Material-connection cues in the prose (catalog F2, K DISC.SPONSOR): "use my code", a discount or
 * promo code, a gifted product, "sponsored by", a paid partnership, free samples.
 */
const SPONSOR_CUE = latinRegExp(
  String.raw`(?<![\p{L}])(?:use (?:my|our) (?:code|link)|(?:discount|promo|coupon) code|(?:was|were|been|kindly|generously) gifted|gifted (?:me|to me|by)|#gifted|sponsored by|in (?:paid )?partnership with|free samples? (?:from|of)|#partner)(?![\p{L}])`,
  'gi',
);
/** "A study sponsored by the NIH", "a trial funded by …": research funding, not a material connection of the author. */
const NOT_SPONSOR_CONTEXT = /(?:study|trial|research|conference|funded|grant)[^.!?]{0,30}$/i;
/** The author, the practice or the post itself speaking. */
const AUTHOR_VOICE = /(?<![A-Za-z])(?:I|I['’]m|I['’]ve|me|my|we|we['’]re|we['’]ve|us|our|this (?:post|article|video|episode|blog|newsletter|series|guide|page))(?![A-Za-z])/i;
/** A disclosure of the connection anywhere in the post silences the cues and affiliate links. */
const CONNECTION_DISCLOSURE = latinRegExp(
  String.raw`I (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|fee|referral fee)|affiliate links?|#ad(?![\p{L}])|#sponsored|paid partnership|(?:this|the) (?:post|article|video|episode) (?:is|was) sponsored|sponsored (?:post|content)|(?:I|we) (?:was|were|am|are|have been) (?:paid|compensated)|disclosure:|(?:^|[.!?:][ \u00A0]{1,3}|\n)(?:this (?:post|article|video|episode) is )?sponsored by|(?:gave|sent) me (?:\p{L}+ ){0,3}(?:for free|free of charge|at no cost)|material connection`,
  'i',
);
/** Strings every match of SPONSOR_CUE and of CONNECTION_DISCLOSURE contains (text/gate.ts): no string, no scan. */
const SPONSOR_GATE = new Gate(['code', 'link', 'gifted', 'sponsored', 'partner', 'free sample']);
const DISCLOSURE_GATE = new Gate(['commission', 'fee', 'affiliate', '#ad', 'sponsored', 'partnership', 'paid', 'compensated', 'disclosure:', 'free', 'no cost', 'material connection']);
/** Affiliate link patterns: a tag/ref parameter or a known affiliate shortener. */
const AFFILIATE_URL = /[?&](?:tag|ref|aff|affiliate|aff_id|affid|ref_id)=|(?:^|\/\/)(?:www\.)?(?:amzn\.to|shareasale\.com|go\.skimresources\.com|rstyle\.me|geni\.us|shopstyle\.it|click\.linksynergy\.com|awin1\.com)(?:[/:?]|$)/i;

interface ConnectionFacts {
  text: string;
  disclosed: boolean;
  cues: [number, number][];
}

const connectionCache = new WeakMap<ProseBlock, ConnectionFacts>();

/** Sponsor cues and disclosure of one block, memoized on the block (unchanged blocks keep their identity across re-lints). */
function connectionFacts(block: ProseBlock): ConnectionFacts {
  const hit = connectionCache.get(block);
  if (hit && hit.text === block.text) return hit;
  const text = block.text;
  const f: ConnectionFacts = { text, disclosed: DISCLOSURE_GATE.in(text) && CONNECTION_DISCLOSURE.test(text), cues: [] };
  SPONSOR_CUE.lastIndex = 0;
  let quotes: QuoteFilter | null = null;
  let c: RegExpExecArray | null;
  const cued = SPONSOR_GATE.in(text);
  while (cued && (c = SPONSOR_CUE.exec(text))) {
    const s = c.index;
    const e = s + c[0].length;
    quotes ??= new QuoteFilter(text);
    if (quotes.quoted(s, e) || NOT_SPONSOR_CONTEXT.test(text.slice(Math.max(0, s - 40), s))) continue;
    // "The study is run by the NHLBI in partnership with Boston University": two organisations'
    // partnership, not the post's. An unpaid partnership is a cue only where the author, the
    // practice or the post speaks ("we", "our", "I", "this post"), or where it opens the sentence.
    if (/^in partnership/i.test(c[0])) {
      const lead = text.slice(sentenceStart(text, s), s);
      if (lead.trim() !== '' && !AUTHOR_VOICE.test(lead + text.slice(e, sentenceEnd(text, e)))) continue;
    }
    f.cues.push([s, e]);
  }
  connectionCache.set(block, f);
  return f;
}

function affiliateLinks(targets: readonly Target[]): Target[] {
  return targets.filter((t) => t.kind === 'link' && AFFILIATE_URL.test(t.url));
}

/** How much body prose counts as "near the top" for the sponsorship disclosure. */
const TOP_CHARS = 600;
const TOP_BLOCKS = 3;

/** End of the source line containing offset `at`. */
function lineEnd(source: string, at: number): number {
  let i = at;
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i;
}

/** Start of the source line containing offset `at`. */
function lineStart(source: string, at: number): number {
  let i = at;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}

function lastEnd(block: ProseBlock): number {
  return block.ends[block.text.length - 1];
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.;:!?,]+$/, '').trim();
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v.trim() ? v.trim().replace(/[\r\n]+/g, ' ') : fallback;
}

/** Source range of `key: …` (or of the line holding `item`) inside the YAML front matter. */
function yamlRange(source: string, fm: { start: number; end: number }, key: string, item?: string): [number, number] {
  const yaml = source.slice(fm.start, fm.end);
  const keyRe = new RegExp(`^${key}[ \\t]*:`, 'm');
  const k = keyRe.exec(yaml);
  if (!k) return [fm.start, fm.start];
  let at = k.index;
  if (item !== undefined) {
    const i = yaml.indexOf(item, at);
    if (i >= 0) at = i;
  }
  const s = fm.start + lineStart(yaml, at) ;
  const e = fm.start + lineEnd(yaml, at);
  const text = source.slice(s, e);
  const lead = text.length - text.trimStart().length;
  return [s + lead, s + text.trimEnd().length];
}

export const missingDisclosure: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'missing-disclosure',
    category: 'disclosure.missing',
    defaultSeverity: 'warning',
    description:
      'Missing educational disclaimer, crisis (988) or emergency (911) resources, front-matter disclosures absent from the body, a sponsor without a disclosure near the top, or affiliate links, codes and gifts without a material-connection disclosure.',
    note: NOTE,
    optionsSchema: {
      type: 'object',
      properties: {
        disclaimer: { type: 'string', minLength: 1, default: DEFAULT_DISCLAIMER, description: 'Educational disclaimer the fix inserts at the end of the post.' },
        crisisBlock: { type: 'string', minLength: 1, default: DEFAULT_CRISIS_BLOCK, description: 'Crisis resources line the fix inserts after suicide or self-harm content.' },
        emergencyBlock: { type: 'string', minLength: 1, default: DEFAULT_EMERGENCY_BLOCK, description: 'Emergency line the fix inserts after acute-symptom content.' },
      },
      additionalProperties: false,
    },
  },
  check(doc, env, report) {
    const { source } = doc;
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const body = doc.blocks.filter((b) => b.kind !== 'frontMatter' && b.text.length > 0);
    const bodyText = body.map((b) => b.text).join('\n');
    const allText = doc.blocks.map((b) => b.text).join('\n');
    const fmData = doc.frontMatter?.data ?? null;
    if (body.length === 0) return;

    // Insertions keyed by source offset; every fix at one offset inserts all of them.
    const inserts = new Map<number, string[]>();
    const pending: { report: SourceReport; at: number | null }[] = [];
    const addInsert = (at: number, line: string): void => {
      const list = inserts.get(at) ?? [];
      if (!list.includes(line)) list.push(line);
      inserts.set(at, list);
    };
    // The end of the last line of a paragraph block, where a new line joins that paragraph.
    const afterParagraph = (b: ProseBlock): number | null => (b.kind === 'paragraph' ? lineEnd(source, lastEnd(b)) : null);

    // The top: the first body paragraph (after the front matter and any leading heading).
    const firstPara = body.find((b) => b.kind === 'paragraph');
    let topAt: number | null = null;
    if (firstPara) {
      const ls = lineStart(source, firstPara.starts[0]);
      topAt = /^[ \t]*[*_]*$/.test(source.slice(ls, firstPara.starts[0])) ? ls : firstPara.starts[0];
    }

    // 1. Front-matter disclosures that the body does not repeat (error).
    const fm = doc.frontMatter;
    const disclosures = fmData && Array.isArray(fmData.disclosures) ? fmData.disclosures : [];
    const normBody = disclosures.length > 0 ? normalise(bodyText) : '';
    for (const item of disclosures) {
      if (typeof item !== 'string' || !item.trim()) continue;
      if (normBody.includes(normalise(item))) continue;
      const [s, e] = fm ? yamlRange(source, fm, 'disclosures', item.trim()) : [0, 0];
      if (topAt !== null) addInsert(topAt, `*${item.trim().replace(/[\r\n]+/g, ' ')}*`);
      pending.push({
        at: topAt,
        report: {
          start: s,
          end: e,
          severity: 'error',
          message: 'Unexpected front-matter disclosure missing from the post body, expected the same disclosure in the text readers see.',
        },
      });
    }

    // 2. A sponsor without a sponsorship disclosure near the top (error).
    const sponsor = fmData?.sponsor;
    if (fm && sponsor !== undefined && sponsor !== null && sponsor !== false && sponsor !== '') {
      let top = '';
      let paras = 0;
      for (const b of body) {
        top += b.text + '\n';
        if (b.kind !== 'heading') paras++;
        if (top.length >= TOP_CHARS || paras >= TOP_BLOCKS) break;
      }
      if (!SPONSOR_DISCLOSURE.test(top)) {
        const [s, e] = yamlRange(source, fm, 'sponsor');
        const name = typeof sponsor === 'string' ? str(sponsor, '') : '';
        if (topAt !== null) addInsert(topAt, name ? `*Disclosure: This post is sponsored by ${name}.*` : '*Disclosure: This post is sponsored.*');
        pending.push({
          at: topAt,
          report: {
            start: s,
            end: e,
            severity: 'error',
            message: 'Unexpected sponsored post without a sponsorship disclosure near the top, expected a clear disclosure before the first paragraph’s content.',
          },
        });
      }
    }

    // 3. Affiliate links and sponsorship cues ("use my code", "gifted") with no disclosure anywhere (error).
    const connections = doc.blocks.map(connectionFacts);
    if (!connections.some((f) => f.disclosed)) {
      const found: SourceReport[] = [];
      doc.blocks.forEach((b, i) => {
        for (const [cs, ce] of connections[i].cues) {
          found.push({
            start: b.starts[cs],
            end: b.ends[ce - 1],
            severity: 'error',
            message: 'Unexpected sponsorship or affiliate cue without a disclosure, expected a clear statement of the connection near the top of the post.',
          });
        }
      });
      for (const t of affiliateLinks(doc.targets)) {
        found.push({
          start: t.start,
          end: t.end,
          severity: 'error',
          message: 'Unexpected affiliate link without a disclosure, expected a statement such as “I earn a commission if you buy through this link” near the top of the post.',
        });
      }
      found.sort((a, b) => a.start - b.start);
      for (const r of found) pending.push({ at: null, report: r });
    }

    // 4. Crisis and emergency content without resources (warning), reported at the first trigger.
    const triggers: { find: (text: string) => [number, number] | null; resource: RegExp; line: string; message: string }[] = [
      {
        find: findCrisisTrigger,
        resource: CRISIS_RESOURCE,
        line: str(env.options.crisisBlock, DEFAULT_CRISIS_BLOCK),
        message: 'Unexpected suicide or self-harm content without crisis resources, expected the 988 Suicide & Crisis Lifeline.',
      },
      {
        find: findEmergencyTrigger,
        resource: EMERGENCY_NUMBER,
        line: str(env.options.emergencyBlock, DEFAULT_EMERGENCY_BLOCK),
        message: 'Unexpected acute-emergency content without emergency guidance, expected an instruction to call 911.',
      },
    ];
    for (const t of triggers) {
      if (t.resource.test(allText)) continue;
      for (const b of body) {
        const m = t.find(b.text);
        if (!m) continue;
        const s = b.starts[m[0]];
        const e = b.ends[m[1] - 1];
        const at = afterParagraph(b);
        if (at !== null) addInsert(at, t.line);
        pending.push({ at, report: { start: s, end: e, severity: 'warning', message: t.message } });
        break;
      }
    }

    // 5. No educational disclaimer (warning), reported on the last line of the post. Blocks are
    // joined by blank lines so a heading or list item never runs into the next sentence; a
    // `disclaimer:` front-matter field that the theme renders counts when it reads as one.
    const fmDisclaimer = typeof fmData?.disclaimer === 'string' && hasDisclaimer(fmData.disclaimer);
    if (!fmDisclaimer && !hasDisclaimer(doc.blocks.map((b) => b.text).join('\n\n'))) {
      const trimmedEnd = source.trimEnd().length;
      const ls = lineStart(source, trimmedEnd);
      const lead = source.slice(ls, trimmedEnd).length - source.slice(ls, trimmedEnd).trimStart().length;
      // The disclaimer joins the last paragraph (a list's last item included). When the post ends in
      // a table, code or HTML, a new paragraph would change the Markdown structure, so it joins the
      // last top-level paragraph instead; with none at all, the finding has no fix.
      const last = body[body.length - 1];
      const para = afterParagraph(last);
      const lastPara = [...body].reverse().find((b) => b.kind === 'paragraph' && /^[*_]*$/.test(source.slice(lineStart(source, b.starts[0]), b.starts[0])));
      const at = para !== null && source.slice(para).trim() === '' ? para : lastPara ? afterParagraph(lastPara) : null;
      const line = str(env.options.disclaimer, DEFAULT_DISCLAIMER);
      if (at !== null) addInsert(at, line);
      const r: SourceReport = {
        start: ls + lead,
        end: trimmedEnd,
        severity: 'warning',
        message: 'Unexpected post without an educational disclaimer, expected a line such as “general education, not medical advice”.',
      };
      pending.push({ at, report: r });
    }

    for (const p of pending) {
      if (p.at !== null && !p.report.fixes) {
        const lines = inserts.get(p.at) ?? [];
        // At the top, the disclosure lines go before the paragraph; elsewhere after it.
        const text = p.at === topAt && !isAfter(p.at, source) ? lines.map((l) => l + eol).join('') : lines.map((l) => eol + l).join('');
        p.report.fixes = [{ title: lines.length > 1 ? 'Insert the missing disclosures' : 'Insert the missing disclosure', edits: [{ start: p.at, end: p.at, text }] }];
      }
      report(p.report);
    }
  },
};

/** True when `at` is the end of a line (an "after the paragraph" insertion point). */
function isAfter(at: number, source: string): boolean {
  return at === source.length || source[at] === '\n' || source[at] === '\r';
}
