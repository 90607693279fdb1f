// extensionTestsPath module: the extension host calls run(); a rejection means failure
// (the @vscode/test-electron contract, unchanged under the code-server harness).
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  // CLEARPOST_TEST_GREP=<regexp> runs a subset (the harness passes its environment to the host).
  if (process.env.CLEARPOST_TEST_GREP) mocha.grep(new RegExp(process.env.CLEARPOST_TEST_GREP));
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const report = process.env.CLEARPOST_TEST_REPORT;
      if (report) fs.writeFileSync(report, JSON.stringify({ tests: runner.stats?.tests, passes: runner.stats?.passes, failures }) + '\n');
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed.`));
      else resolve();
    });
  });
}
