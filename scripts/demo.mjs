// `npm run demo`: lint the bundled sample post with the built CLI and explain the result.
import { spawnSync } from 'node:child_process';

const sample = 'examples/sample-post.md';
console.log(`$ clearpost lint ${sample}\n`);
const res = spawnSync(process.execPath, ['dist/cli.js', 'lint', sample], { stdio: 'inherit' });
const meaning = { 0: 'no error-severity findings', 1: 'error-severity findings: this post must not be published as it is', 2: 'usage, configuration or I/O error' };
console.log(`\nclearpost exited with ${res.status} (${meaning[res.status] ?? 'unexpected'}).`);
console.log(`Try: node dist/cli.js lint --format json ${sample}   or   node dist/cli.js lint --fix <copy of the sample>`);
process.exit(res.status === 0 || res.status === 1 ? 0 : 1);
