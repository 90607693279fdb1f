// Bundles the editor-host harness, the in-host suites and the UI scenario into dist-test/
// (vscode, mocha, playwright-core and @vscode/test-electron stay external: resolved from node_modules).
//   node scripts/build-editor-tests.mjs
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const suites = ['suite', 'bench']
  .flatMap((dir) => fs.readdirSync(`test/editor/${dir}`).filter((f) => f.endsWith('.ts')).map((f) => `test/editor/${dir}/${f}`));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
};

fs.rmSync('dist-test', { recursive: true, force: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: suites, outbase: 'test/editor', outdir: 'dist-test' }),
  esbuild.build({ ...common, entryPoints: ['test/editor/run.ts', 'test/editor/runTest.ts'], outdir: 'dist-test' }),
  esbuild.build({ ...common, entryPoints: ['test/editor/ui/ui.ts'], outdir: 'dist-test' }),
  esbuild.build({ ...common, entryPoints: ['test/editor/harness/cli.ts'], outfile: 'dist-test/harness/run-tests.js', banner: { js: '#!/usr/bin/env node' } }),
]);
fs.chmodSync('dist-test/harness/run-tests.js', 0o755);
console.log(`dist-test/: ${suites.length} suite modules, harness, runners`);
