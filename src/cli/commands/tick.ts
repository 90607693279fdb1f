// `clearpost tick POST ITEM --note … [--untick]`: a reviewer ticks (or unticks) a checklist item.
import fs from 'node:fs';
import { sha256Hex, tick, untick, writeState } from '../../core/checklist/index';
import { CliError, EXIT, guard, isoTime, loadPost, parse, resolveIdentity, withAudit, writeFileAtomic, type Io } from './common';

export const TICK_USAGE = 'clearpost tick POST ITEM [--note TEXT] [--untick] [--as "Name <email>"]';

export function tickCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    note: { type: 'string' },
    untick: { type: 'boolean', default: false },
    as: { type: 'string' },
    config: { type: 'string' },
    workspace: { type: 'string' },
  });
  if (positionals.length !== 2) throw new CliError('expected POST and ITEM');
  const [postArg, itemId] = positionals;
  const post = loadPost(io, postArg, { config: values.config as string | undefined, workspace: values.workspace as string | undefined });
  const who = resolveIdentity(io, values.as as string | undefined);
  const time = isoTime(io);
  const note = values.note as string | undefined;
  const undo = values.untick === true;
  if (undo && note !== undefined) throw new CliError('--untick takes no --note');
  const state = guard(() => (undo ? untick(post.facts, itemId) : tick(post.facts, itemId, who, time, note)));
  const text = guard(() => writeState(post.text, state));
  withAudit(
    post.root,
    {
      event: undo ? 'untick' : 'tick',
      time,
      post: post.name,
      name: who.name,
      email: who.email,
      item: itemId,
      contentHash: post.facts.current.hash,
      noteHash: note?.trim() ? sha256Hex(note.trim()) : undefined,
    },
    () => {
      if (fs.readFileSync(post.file, 'utf8') !== post.text) throw new CliError(`${post.name} changed while clearpost was working; nothing was written`);
      writeFileAtomic(post.file, text);
    },
  );
  io.stdout(`${undo ? 'Unticked' : 'Ticked'} ${itemId} on ${post.name} as ${who.name} <${who.email}> at ${time}.\n`);
  return EXIT.ok;
}
