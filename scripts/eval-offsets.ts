// Helper for labelling the eval corpus: prints UTF-16 offsets of quoted substrings in a passage,
// or, with no substrings, every label of the passage with the text it covers (for hand-checking).
//   npx tsx scripts/eval-offsets.ts test/fixtures/eval/<name>.md ["substring" ...]
import fs from 'node:fs';

const [file, ...subs] = process.argv.slice(2);
if (!file) {
  console.error('usage: eval-offsets <passage.md> ["substring" ...]');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
if (subs.length > 0) {
  for (const s of subs) {
    const at: number[] = [];
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) at.push(i);
    console.log(JSON.stringify(s), at.length ? at.map((i) => `${i}-${i + s.length}`).join(', ') : 'NOT FOUND');
  }
} else {
  const labels = JSON.parse(fs.readFileSync(file.replace(/\.md$/, '.labels.json'), 'utf8')) as { spans: { start: number; end: number; category: string }[] };
  for (const l of labels.spans) console.log(`${l.start}-${l.end} ${l.category.padEnd(24)} ${JSON.stringify(text.slice(l.start, l.end))}`);
}
