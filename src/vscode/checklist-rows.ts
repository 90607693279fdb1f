// What the Compliance checklist view and the status bar show for a post, as plain data (no
// `vscode` import, so unit tests run it in Node; checklist-view.ts turns rows into TreeItems).
import type { ChecklistStatus, ItemStatus, SignoffStatus } from '../core/checklist/index';

/** A post's checklist as the view needs it: its status, or why it cannot be read. */
export type ChecklistState = { ok: true; status: ChecklistStatus } | { ok: false; error: string };

/** One line for the status bar: "checklist 5/7", "checklist 7/7, signed 1/2", "cleared". */
export function checklistSummary(c: ChecklistState | undefined): string | undefined {
  if (!c) return undefined;
  if (!c.ok) return 'checklist: error';
  const s = c.status;
  if (s.cleared) return 'cleared';
  const done = s.items.filter((i) => i.done).length;
  const signed = s.requiredRoles.filter((r) => s.signoffs.some((o) => o.role === r && !o.stale && !o.invalid)).length;
  return done < s.items.length || s.requiredRoles.length === 0 ? `checklist ${done}/${s.items.length}` : `checklist ${done}/${s.items.length}, signed ${signed}/${s.requiredRoles.length}`;
}

/** A row of the view; plain data so tests can read what the view shows. */
export interface Row {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  color?: string;
  checkbox?: 'checked' | 'unchecked';
  contextValue?: string;
  /** Item id, role or rule the row stands for. */
  ref?: string;
  children?: Row[];
}

const ICON = {
  pass: ['pass', 'testing.iconPassed'],
  fail: ['error', 'testing.iconFailed'],
  person: ['person', 'list.warningForeground'],
  open: ['circle-large-outline', undefined],
  ticked: ['pass', 'testing.iconPassed'],
  signed: ['verified-filled', 'testing.iconPassed'],
  stale: ['warning', 'list.warningForeground'],
  invalid: ['circle-slash', 'list.errorForeground'],
  unsigned: ['circle-large-outline', undefined],
  cleared: ['verified-filled', 'testing.iconPassed'],
  blocked: ['shield', 'list.warningForeground'],
} as const;

function itemRow(i: ItemStatus): Row {
  const who = i.by ? `\n\nTicked by ${i.by} at ${i.time}` : '';
  const base = { id: `item:${i.id}`, label: i.title, ref: i.id, tooltip: `${i.id} (${i.kind})${i.note ? `\n\n${i.note}` : ''}${who}` };
  if (i.kind === 'auto' && i.status !== 'ticked') {
    const [icon, color] = i.status === 'pass' ? ICON.pass : i.status === 'fail' ? ICON.fail : ICON.person;
    return { ...base, icon, color, description: i.status === 'needs-person' ? 'needs a person' : i.status, contextValue: i.status === 'needs-person' ? 'clearpost.item.open' : 'clearpost.item.auto' };
  }
  return {
    ...base,
    checkbox: i.done ? 'checked' : 'unchecked',
    description: i.done ? `${i.kind} · ticked` : i.kind,
    contextValue: i.done ? 'clearpost.item.ticked' : 'clearpost.item.open',
  };
}

function signoffRow(s: SignoffStatus): Row {
  const [icon, color] = s.invalid ? ICON.invalid : s.stale ? ICON.stale : ICON.signed;
  const state = s.invalid ? `not counted: ${s.invalid}` : s.stale ? `stale: ${s.changed.join(', ')} changed` : 'current';
  return {
    id: `signoff:${s.role}:${s.email}`,
    label: `${s.role}: ${s.name}`,
    description: state,
    tooltip: `${s.name} <${s.email}> signed as ${s.role} at ${s.time}\n${s.hash}\n${state}`,
    icon,
    color,
    ref: s.role,
    contextValue: s.stale || s.invalid ? 'clearpost.role.unsigned' : 'clearpost.role.signed',
  };
}

/** What the view shows for one post: summary, items, sign-offs by role, overrides. */
export function rowsFor(c: ChecklistState): Row[] {
  if (!c.ok) return [{ id: 'error', label: 'The checklist cannot be read', description: c.error, tooltip: c.error, icon: 'error', color: 'list.errorForeground' }];
  const s = c.status;
  const done = s.items.filter((i) => i.done).length;
  const [icon, color] = s.cleared ? ICON.cleared : ICON.blocked;
  const rows: Row[] = [
    {
      id: 'summary',
      label: s.cleared ? 'Cleared for publication' : 'Not cleared',
      description: `${done}/${s.items.length} items`,
      tooltip: s.cleared ? `Every item is done and every required role signed this exact content (${s.hash}).` : `Blocking:\n${s.blocking.map((b) => `• ${b}`).join('\n')}`,
      icon,
      color,
    },
    ...s.items.map(itemRow),
  ];
  const roles: Row[] = [];
  for (const role of s.requiredRoles) {
    const mine = s.signoffs.filter((o) => o.role === role);
    if (mine.length === 0) {
      roles.push({ id: `role:${role}`, label: `${role}: not signed`, icon: ICON.unsigned[0], ref: role, contextValue: 'clearpost.role.unsigned', tooltip: `A ${role} reviewer must sign this post off.` });
    }
    roles.push(...mine.map(signoffRow));
  }
  roles.push(...s.signoffs.filter((o) => !s.requiredRoles.includes(o.role)).map(signoffRow));
  rows.push({ id: 'signoffs', label: 'Sign-offs', description: `${s.requiredRoles.filter((r) => s.signoffs.some((o) => o.role === r && !o.stale && !o.invalid)).length}/${s.requiredRoles.length} roles`, children: roles });
  if (s.overrides.length) {
    rows.push({
      id: 'overrides',
      label: 'Overrides',
      description: String(s.overrides.length),
      children: s.overrides.map((o) => ({
        id: `override:${o.rule}`,
        label: o.rule,
        description: `${o.role}: ${o.name}${o.stale ? ' · stale' : ''}`,
        tooltip: `${o.name} <${o.email}> as ${o.role} at ${o.time}${o.stale ? ' (stale: the content changed since)' : ''}\n\n${o.reason}`,
        icon: o.stale ? ICON.stale[0] : 'unlock',
        color: o.stale ? ICON.stale[1] : undefined,
        ref: o.rule,
      })),
    });
  }
  return rows;
}

