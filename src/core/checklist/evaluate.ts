// The checklist state of a post, and the operations that change it (tick, untick, sign, override).
// Everything here is pure: findings, content hash, identity and time are passed in.
import type { Finding } from '../types';
import { PUBLISHED_FIELDS } from '../frontmatter';
import { CHECKS, summariseFindings, type CheckContext } from './checks';
import { changedParts, normaliseText, type ContentHash } from './hash';
import { compact } from './post';
import { ChecklistError, type ChecklistItem, type ChecklistTemplate, type CheckStatus, type Identity, type Override, type PostState, type Signoff } from './types';

export const SIGNOFF_MEANING = 'approved for publication';

/** What one evaluation needs: all of it computed outside, so this stays pure. */
export interface PostFacts {
  template: ChecklistTemplate;
  /** Lint findings of the post (the CLI and the editor run lint). */
  findings: readonly Finding[];
  state: PostState;
  /** Front-matter data (for the author and the prose fields). */
  fields: Record<string, unknown>;
  /** The post body (after the front matter). */
  body: string;
  images: readonly string[];
  /** Local images whose embedded metadata was read (absent: the host reads no image metadata). */
  imagesChecked?: readonly string[];
  current: ContentHash;
}

export interface ItemStatus {
  id: string;
  title: string;
  kind: ChecklistItem['kind'];
  done: boolean;
  /** The check's explanation (auto), the tick's note, or the pre-fill for an unticked assisted item. */
  note: string | null;
  /** auto: pass | fail | needs-person; assisted/manual: ticked | open. */
  status: CheckStatus | 'ticked' | 'open';
  by: string | null;
  time: string | null;
}

export interface SignoffStatus {
  role: string;
  name: string;
  email: string;
  time: string;
  hash: string;
  stale: boolean;
  /** What changed since the sign-off: "body", "field title", "image a.png"; empty when current. */
  changed: string[];
  /** Why the sign-off does not count even when current, or null. */
  invalid: string | null;
}

export interface OverrideStatus {
  rule: string;
  reason: string;
  role: string;
  name: string;
  email: string;
  time: string;
  stale: boolean;
}

export interface ChecklistStatus {
  cleared: boolean;
  items: ItemStatus[];
  requiredRoles: string[];
  signoffs: SignoffStatus[];
  /** Why the post is not cleared, one line each; empty when cleared. */
  blocking: string[];
  hash: string;
  overrides: OverrideStatus[];
}

/** Overrides whose content hash still matches: only these waive findings. */
function currentOverrides(facts: PostFacts): Override[] {
  return facts.state.overrides.filter((o) => o.hash === facts.current.hash && !isAuthor(facts, { name: o.name, email: o.email }));
}

/** Findings not waived by a current override. */
export function openFindings(facts: PostFacts): Finding[] {
  const waived = new Set(currentOverrides(facts).map((o) => o.rule));
  return facts.findings.filter((f) => !waived.has(f.ruleId));
}

function proseOf(facts: PostFacts): string {
  const fields = PUBLISHED_FIELDS.flatMap((k) => {
    const v = facts.fields[k];
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  });
  return [...fields, normaliseText(facts.body)].join('\n\n');
}

function matchesCategory(f: Finding, categories: readonly string[]): boolean {
  return categories.some((c) => (c.endsWith('.') ? f.category.startsWith(c) : f.category === c));
}

/** Parse "Name <email>" (or a bare email, or a bare name). */
export function parseIdentity(s: string): Identity {
  const m = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(s);
  if (m) return { name: m[1], email: m[2] };
  const t = s.trim();
  return /^[^\s@]+@[^\s@]+$/.test(t) ? { name: '', email: t } : { name: t, email: '' };
}

export function formatIdentity(id: Identity): string {
  return id.email ? (id.name ? `${id.name} <${id.email}>` : `<${id.email}>`) : id.name;
}

/** The post's author from the configured front-matter fields, or null when not set. */
export function authorOf(facts: Pick<PostFacts, 'template' | 'fields'>): Identity | null {
  const nameField = facts.fields[facts.template.authorFields.name];
  const emailField = facts.fields[facts.template.authorFields.email];
  const fromName = typeof nameField === 'string' ? parseIdentity(nameField) : { name: '', email: '' };
  const author = { name: fromName.name, email: typeof emailField === 'string' ? emailField.trim() : fromName.email };
  return author.name || author.email ? author : null;
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether the person is the post's author (same e-mail, or same name), when authors may not sign. */
export function isAuthor(facts: Pick<PostFacts, 'template' | 'fields'>, who: Identity): boolean {
  if (!facts.template.authorMayNotSign) return false;
  const author = authorOf(facts);
  if (!author) return false;
  return (author.email !== '' && norm(author.email) === norm(who.email)) || (author.name !== '' && norm(author.name) === norm(who.name));
}

function evaluateItem(item: ChecklistItem, facts: PostFacts, ctx: CheckContext): ItemStatus {
  const tick = facts.state.ticks.find((t) => t.item === item.id);
  const base = { id: item.id, title: item.title, kind: item.kind, by: null, time: null };
  if (item.kind === 'auto') {
    const result = item.check ? CHECKS[item.check](ctx) : { status: 'fail' as const, note: 'No check configured.' };
    // A check that cannot be computed is a person's job: their tick counts, with its note.
    if (result.status === 'needs-person' && tick?.note) {
      return { ...base, done: true, note: `${tick.note} (checked by hand: ${result.note})`, status: 'needs-person', by: tick.by, time: tick.time };
    }
    return { ...base, done: result.status === 'pass', note: result.note, status: result.status };
  }
  if (tick && (item.kind === 'assisted' || tick.note)) {
    return { ...base, done: true, note: tick.note ?? null, status: 'ticked', by: tick.by, time: tick.time };
  }
  let prefill: string | null = null;
  if (item.kind === 'assisted') {
    const hints: string[] = [];
    if (item.check) hints.push(CHECKS[item.check](ctx).note);
    if (item.categories) {
      const hits = ctx.findings.filter((f) => matchesCategory(f, item.categories!));
      hints.push(hits.length === 0 ? `Clearpost found nothing in ${item.categories.join(', ')}; confirm and tick.` : `Clearpost found: ${summariseFindings(hits)}; review and tick.`);
    }
    prefill = hints.length ? hints.join(' ') : null;
  } else {
    prefill = item.prompt ? `Needs a tick with a note: ${item.prompt}.` : 'Needs a tick with a note.';
  }
  return { ...base, done: false, note: prefill, status: 'open' };
}

/** Evaluate the checklist: items, sign-offs (stale or not), and why the post is not cleared. */
export function evaluate(facts: PostFacts): ChecklistStatus {
  const open = openFindings(facts);
  const ctx: CheckContext = { findings: open, prose: proseOf(facts), images: facts.images, imagesChecked: facts.imagesChecked };
  const items = facts.template.items.map((i) => evaluateItem(i, facts, ctx));
  const blocking: string[] = [];
  for (const i of items) if (!i.done) blocking.push(`item ${i.id} is not done`);
  const errors = open.filter((f) => f.severity === 'error');
  if (errors.length) blocking.push(`open error findings: ${summariseFindings(errors)}`);

  const signoffs = facts.state.signoffs.map((s): SignoffStatus => {
    const stale = s.hash !== facts.current.hash;
    let changed = stale ? changedParts(s.parts ?? {}, facts.current.parts) : [];
    if (stale && changed.length === 0) changed = ['content'];
    const invalid = !facts.template.requiredRoles.includes(s.role)
      ? `role ${s.role} is not a required role`
      : isAuthor(facts, s)
        ? 'signed by the post\'s author'
        : null;
    return { role: s.role, name: s.name, email: s.email, time: s.time, hash: s.hash, stale, changed, invalid };
  });
  for (const role of facts.template.requiredRoles) {
    const mine = signoffs.filter((s) => s.role === role && !s.invalid);
    if (mine.some((s) => !s.stale)) continue;
    const stale = mine.filter((s) => s.stale);
    blocking.push(stale.length ? `the ${role} sign-off is stale (${stale[stale.length - 1].changed.join(', ')} changed)` : `no ${role} sign-off`);
  }
  const overrides = facts.state.overrides.map((o) => ({ rule: o.rule, reason: o.reason, role: o.role, name: o.name, email: o.email, time: o.time, stale: o.hash !== facts.current.hash }));
  return { cleared: blocking.length === 0, items, requiredRoles: [...facts.template.requiredRoles], signoffs, blocking, hash: facts.current.hash, overrides };
}

function findItem(template: ChecklistTemplate, id: string): ChecklistItem {
  const item = template.items.find((i) => i.id === id);
  if (!item) throw new ChecklistError(`Unknown checklist item "${id}"; expected one of ${template.items.map((i) => i.id).join(', ')}.`);
  return item;
}

/** The state with `item` ticked by `who` at `time`; refuses what a person may not tick. */
export function tick(facts: PostFacts, itemId: string, who: Identity, time: string, note: string | undefined): PostState {
  const item = findItem(facts.template, itemId);
  const text = note?.trim() ?? '';
  if (item.kind === 'auto') {
    const status = evaluate(facts).items.find((i) => i.id === item.id)!;
    if (status.status !== 'needs-person') {
      throw new ChecklistError(`Item ${item.id} is automatic and cannot be ticked by hand; it ${status.status === 'pass' ? 'passes' : 'fails'}: ${status.note}`);
    }
    if (!text) throw new ChecklistError(`Item ${item.id} needs a person because Clearpost cannot compute it; tick it with a note saying what you checked.`, 'note');
  }
  if (item.kind === 'manual' && !text) throw new ChecklistError(`Item ${item.id} is manual and needs a note${item.prompt ? ` (${item.prompt})` : ''}.`, 'note');
  const entry = compact({ item: item.id, by: formatIdentity(who), time, note: text || undefined });
  return { ...facts.state, ticks: [...facts.state.ticks.filter((t) => t.item !== item.id), entry] };
}

/** The state without the tick on `item`; refuses when it is not ticked. */
export function untick(facts: PostFacts, itemId: string): PostState {
  const item = findItem(facts.template, itemId);
  if (!facts.state.ticks.some((t) => t.item === item.id)) throw new ChecklistError(`Item ${item.id} is not ticked.`);
  return { ...facts.state, ticks: facts.state.ticks.filter((t) => t.item !== item.id) };
}

function checkSigner(facts: PostFacts, who: Identity, role: string, what: string): void {
  if (!who.name || !who.email) throw new ChecklistError(`A ${what} needs both a name and an e-mail address ("Name <email>").`);
  if (!facts.template.requiredRoles.includes(role)) {
    throw new ChecklistError(`Unknown role "${role}"; expected one of ${facts.template.requiredRoles.join(', ')}.`);
  }
  if (isAuthor(facts, who)) throw new ChecklistError(`${formatIdentity(who)} is the post's author and may not ${what === 'sign-off' ? 'sign it off' : 'override its findings'}; ask another reviewer.`);
}

/** The state with a sign-off by `who` as `role`; refuses while items are open or errors unresolved. */
export function sign(facts: PostFacts, who: Identity, role: string, time: string): PostState {
  checkSigner(facts, who, role, 'sign-off');
  const status = evaluate(facts);
  const errors = openFindings(facts).filter((f) => f.severity === 'error');
  const notReady = status.items.filter((i) => !i.done).map((i) => `item ${i.id} is not done`);
  if (errors.length) notReady.push(`open error findings: ${summariseFindings(errors)}`);
  if (notReady.length) throw new ChecklistError(`Cannot sign: ${notReady.join('; ')}.`);
  const entry: Signoff = { role, name: who.name, email: who.email, time, meaning: SIGNOFF_MEANING, hash: facts.current.hash, parts: { ...facts.current.parts } };
  const others = facts.state.signoffs.filter((s) => !(s.role === role && norm(s.email) === norm(who.email)));
  return { ...facts.state, signoffs: [...others, entry] };
}

/** The state with a reviewer's override of the open error findings of `rule`, with a written reason. */
export function override(facts: PostFacts, rule: string, reason: string, who: Identity, role: string, time: string): PostState {
  checkSigner(facts, who, role, 'override');
  const text = reason.trim();
  if (!text) throw new ChecklistError('An override needs a written reason.', 'reason');
  const hits = openFindings(facts).filter((f) => f.ruleId === rule && f.severity === 'error');
  if (hits.length === 0) throw new ChecklistError(`There is no open error finding from rule "${rule}" to override.`);
  const entry: Override = { rule, reason: text, role, name: who.name, email: who.email, time, hash: facts.current.hash };
  return { ...facts.state, overrides: [...facts.state.overrides.filter((o) => o.rule !== rule), entry] };
}
