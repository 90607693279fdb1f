// `npm run test:editor` / `npm run bench:editor`: runs the integration suite (or the bench) in
// code-server's extension host against a fresh copy of test/editor/workspace.
//   node dist-test/run.js [--bench]
import fs from 'node:fs';
import path from 'node:path';
import { copyWorkspace } from './harness/host';
import { runInHost } from './harness/run-tests';

const ROOT = path.resolve(__dirname, '..');
const bench = process.argv.includes('--bench');

async function main(): Promise<number> {
  const folder = copyWorkspace(path.join(ROOT, 'test/editor/workspace'));
  if (bench) fs.copyFileSync(path.join(ROOT, 'bench/post-2000.md'), path.join(folder, 'posts', 'bench-2000.md'));
  const report = path.join(folder, '..', `${path.basename(folder)}-report.json`);
  try {
    const code = await runInHost({
      developmentPaths: [ROOT],
      testsPath: path.join(ROOT, 'dist-test', bench ? 'bench' : 'suite', 'index.js'),
      folder,
      env: { CLEARPOST_TEST_REPORT: report },
    });
    if (fs.existsSync(report)) console.log(`[harness] report: ${fs.readFileSync(report, 'utf8').trim()}`);
    return code;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(report, { force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`[harness] ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
