// `clearpost check POST`: the checklist, sign-offs and why the post is or is not cleared.
import { evaluate, type ChecklistStatus } from '../../core/checklist/index';
import { CliError, EXIT, loadPost, parse, type Io } from './common';

export const CHECK_USAGE = 'clearpost check POST [--format text|json] [--config FILE] [--workspace DIR]';

/** The JSON contract: documented keys first, in this order; extra keys only after them. */
export function checkJson(status: ChecklistStatus, post: string): string {
  const out = {
    cleared: status.cleared,
    items: status.items.map((i) => ({ id: i.id, title: i.title, kind: i.kind, done: i.done, note: i.note, status: i.status, by: i.by, time: i.time })),
    requiredRoles: status.requiredRoles,
    signoffs: status.signoffs.map((s) => ({ role: s.role, name: s.name, email: s.email, time: s.time, hash: s.hash, stale: s.stale, changed: s.changed, invalid: s.invalid })),
    post,
    hash: status.hash,
    blocking: status.blocking,
    overrides: status.overrides,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

export function checkText(status: ChecklistStatus, post: string): string {
  const lines = [`${post}: ${status.cleared ? 'cleared' : 'not cleared'}`];
  for (const i of status.items) {
    const mark = i.done ? '[x]' : '[ ]';
    lines.push(`  ${mark} ${i.id} (${i.kind}) ${i.title}`);
    if (i.note) lines.push(`        ${i.note}${i.by ? ` — ${i.by}, ${i.time}` : ''}`);
  }
  lines.push(`Required roles: ${status.requiredRoles.join(', ') || 'none'}`);
  for (const s of status.signoffs) {
    const state = s.invalid ? `not counted: ${s.invalid}` : s.stale ? `STALE: ${s.changed.join(', ')} changed` : 'current';
    lines.push(`  signed ${s.role}: ${s.name} <${s.email}> at ${s.time}, ${s.hash} (${state})`);
  }
  for (const o of status.overrides) lines.push(`  override ${o.rule}: ${o.name} <${o.email}> as ${o.role} at ${o.time}${o.stale ? ' (STALE: content changed)' : ''}: ${o.reason}`);
  if (status.blocking.length) {
    lines.push('Blocking:');
    for (const b of status.blocking) lines.push(`  - ${b}`);
  }
  return lines.join('\n') + '\n';
}

export function checkCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { format: { type: 'string', default: 'text' }, config: { type: 'string' }, workspace: { type: 'string' } });
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format "${format}", expected text or json`);
  if (positionals.length > 1) throw new CliError(`expected one POST, got ${positionals.length}`);
  const post = loadPost(io, positionals[0], { config: values.config as string | undefined, workspace: values.workspace as string | undefined });
  const status = evaluate(post.facts);
  io.stdout(format === 'json' ? checkJson(status, post.name) : checkText(status, post.name));
  return status.cleared ? EXIT.ok : EXIT.errors;
}
