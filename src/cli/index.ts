// Entry point of dist/cli.js (the `clearpost` bin).
import { run } from './main';

process.exitCode = run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
