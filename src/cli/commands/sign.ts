// `clearpost sign POST --role R`: a reviewer signs the post off, recording the content hash.
import fs from 'node:fs';
import { sign, writeState } from '../../core/checklist/index';
import { CliError, EXIT, guard, isoTime, loadPost, parse, resolveIdentity, withAudit, writeFileAtomic, type Io } from './common';

export const SIGN_USAGE = 'clearpost sign POST --role ROLE [--as "Name <email>"]';

export function signCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { role: { type: 'string' }, as: { type: 'string' }, config: { type: 'string' }, workspace: { type: 'string' } });
  if (positionals.length !== 1) throw new CliError('expected one POST');
  if (!values.role) throw new CliError('--role is required');
  const role = values.role as string;
  const post = loadPost(io, positionals[0], { config: values.config as string | undefined, workspace: values.workspace as string | undefined });
  const who = resolveIdentity(io, values.as as string | undefined);
  const time = isoTime(io);
  const state = guard(() => sign(post.facts, who, role, time));
  const text = guard(() => writeState(post.text, state));
  withAudit(post.root, { event: 'signoff', time, post: post.name, name: who.name, email: who.email, role, contentHash: post.facts.current.hash }, () => {
    if (fs.readFileSync(post.file, 'utf8') !== post.text) throw new CliError(`${post.name} changed while clearpost was working; nothing was written`);
    writeFileAtomic(post.file, text);
  });
  io.stdout(`Signed off ${post.name} as ${role}: ${who.name} <${who.email}> at ${time}, ${post.facts.current.hash}.\n`);
  return EXIT.ok;
}
