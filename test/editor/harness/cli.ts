// Executable harness (dist-test/harness/run-tests.js): VS Code's test flags in, exit code out.
// @vscode/test-electron's runTests({ vscodeExecutablePath }) spawns this file directly.
import { parseVsCodeArgs, runInHost } from './run-tests';

const o = parseVsCodeArgs(process.argv.slice(2));
if (o.developmentPaths.length === 0 || !o.testsPath) {
  console.error('usage: run-tests --extensionDevelopmentPath=<dir> --extensionTestsPath=<module> [folder]');
  process.exit(2);
}
runInHost(o).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`[harness] ${e.message}`);
    process.exit(1);
  },
);
