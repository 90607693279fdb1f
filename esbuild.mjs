// Bundles the extension (vscode external), the CLI (with a #! banner) and the core library.
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  metafile: true,
  logLevel: 'warning',
  // Some ESM dependencies call createRequire(import.meta.url); give the CJS bundle a real URL.
  define: { CLEARPOST_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__clearpostImportMetaUrl' },
  banner: { js: "var __clearpostImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
};

const builds = [
  // The entry stays tiny (activation); main.js holds the adapter and the core, loaded right after.
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './main.js'] },
  { ...common, entryPoints: ['src/vscode/main.ts'], outfile: 'dist/main.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nvar __clearpostImportMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];

/** Print each bundle's size and its three largest inputs (from the metafile). */
function report(result) {
  for (const [file, out] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map') || file.endsWith('.txt')) continue;
    const top = Object.entries(out.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 3)
      .map(([name, i]) => `${name.replace(/^node_modules\//, '')} ${(i.bytesInOutput / 1024).toFixed(0)} KB`)
      .join(', ');
    console.log(`${file.padEnd(20)} ${(out.bytes / 1024).toFixed(0).padStart(6)} KB  (largest: ${top})`);
  }
}

if (watch) {
  const contexts = await Promise.all(
    builds.map((b) =>
      esbuild.context({
        ...b,
        plugins: [{ name: 'report', setup: (build) => build.onEnd((r) => r.errors.length === 0 && report(r)) }],
      }),
    ),
  );
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  results.forEach(report);
  fs.chmodSync('dist/cli.js', 0o755);
}
