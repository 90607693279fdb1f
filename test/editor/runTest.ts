// The standard @vscode/test-electron entry. On a desktop with network access it downloads VS Code
// when VSCODE_EXECUTABLE is unset and CLEARPOST_DESKTOP=1; by default it points runTests at the
// code-server harness, which speaks the same command-line flags.
//   node dist-test/runTest.js
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyWorkspace } from './harness/host';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const desktop = process.env.CLEARPOST_DESKTOP === '1';
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? (desktop ? undefined : path.join(root, 'dist-test', 'harness', 'run-tests.js'));
  const folder = copyWorkspace(path.join(root, 'test/editor/workspace'));
  try {
    await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist-test', 'suite', 'index.js'),
      launchArgs: [folder, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error('Editor tests failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
