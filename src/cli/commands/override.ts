// `clearpost override POST RULE-ID --reason … --role R`: a reviewer waives a blocking finding, in writing.
import fs from 'node:fs';
import { override, sha256Hex, writeState } from '../../core/checklist/index';
import { CliError, EXIT, guard, isoTime, loadPost, parse, resolveIdentity, withAudit, writeFileAtomic, type Io } from './common';

export const OVERRIDE_USAGE = 'clearpost override POST RULE-ID --reason TEXT --role ROLE [--as "Name <email>"]';

export function overrideCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    reason: { type: 'string' },
    role: { type: 'string' },
    as: { type: 'string' },
    config: { type: 'string' },
    workspace: { type: 'string' },
  });
  if (positionals.length !== 2) throw new CliError('expected POST and RULE-ID');
  if (!values.role) throw new CliError('--role is required');
  if (values.reason === undefined) throw new CliError('--reason is required');
  const [postArg, rule] = positionals;
  const role = values.role as string;
  const reason = values.reason as string;
  const post = loadPost(io, postArg, { config: values.config as string | undefined, workspace: values.workspace as string | undefined });
  const who = resolveIdentity(io, values.as as string | undefined);
  const time = isoTime(io);
  const state = guard(() => override(post.facts, rule, reason, who, role, time));
  const text = guard(() => writeState(post.text, state));
  withAudit(
    post.root,
    { event: 'override', time, post: post.name, name: who.name, email: who.email, role, rule, contentHash: post.facts.current.hash, noteHash: sha256Hex(reason.trim()) },
    () => {
      if (fs.readFileSync(post.file, 'utf8') !== post.text) throw new CliError(`${post.name} changed while clearpost was working; nothing was written`);
      writeFileAtomic(post.file, text);
    },
  );
  io.stdout(`Overrode ${rule} on ${post.name} as ${role}: ${who.name} <${who.email}> at ${time}.\n`);
  return EXIT.ok;
}
