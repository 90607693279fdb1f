// Writes files derived from the rule registry; `--check` fails (exit 1) when any is out of date.
//   schemas/clearpost.schema.json   JSON Schema of .clearpost.yml (editor yamlValidation)
//   README.md                       the rules table between <!-- rules:start --> and <!-- rules:end -->
//   src/core/rules/data/lexicon.json word classes from compromise's lexicon (scripts/lexicon.ts)
import fs from 'node:fs';
import path from 'node:path';
import { buildConfigSchema, RULES } from '../src/core/index';
import { lexiconText } from './lexicon';

const root = path.join(__dirname, '..');

export function schemaText(): string {
  return JSON.stringify(buildConfigSchema(), null, 2) + '\n';
}

export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | \`${r.meta.category}\` | ${r.meta.defaultSeverity} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Category | Default | What it flags |', '|---|---|---|---|', ...rows].join('\n');
}

export function readmeWithTable(readme: string): string {
  const start = '<!-- rules:start -->';
  const end = '<!-- rules:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a === -1 || b === -1 || b < a) throw new Error('README.md lacks the <!-- rules:start --> / <!-- rules:end --> markers');
  return readme.slice(0, a + start.length) + '\n' + rulesTable() + '\n' + readme.slice(b);
}

function main(): number {
  const check = process.argv.includes('--check');
  const outputs: [string, string][] = [
    [path.join(root, 'schemas', 'clearpost.schema.json'), schemaText()],
    [path.join(root, 'README.md'), readmeWithTable(fs.readFileSync(path.join(root, 'README.md'), 'utf8'))],
    [path.join(root, 'src', 'core', 'rules', 'data', 'lexicon.json'), lexiconText()],
  ];
  let stale = 0;
  for (const [file, text] of outputs) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`${path.relative(root, file)} is out of date: run npm run gen`);
      stale++;
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  return stale ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
