// Validates the labelled eval corpora (test/fixtures/eval, tuned on, and test/fixtures/eval-heldout,
// never tuned on): every passage has labels, every label is in range, has a fixed category and does
// not start or end in whitespace. Scores are not tested: `npm run eval` and `npm run eval:heldout`
// report them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '../../src/core/index';

for (const [dir, minimum] of [['eval', 70], ['eval-heldout', 40]] as const) {
  const CORPUS = path.join(__dirname, '..', 'fixtures', dir);

  describe(`eval corpus ${dir}`, () => {
    const files = fs.readdirSync(CORPUS).sort();
    const passages = files.filter((f) => f.endsWith('.md'));

    it(`has at least ${minimum} passages, each with a labels sidecar, and no orphan labels`, () => {
      assert.ok(passages.length >= minimum, `only ${passages.length} passages`);
      for (const md of passages) assert.ok(files.includes(md.replace(/\.md$/, '.labels.json')), `${md} has no .labels.json`);
      for (const json of files.filter((f) => f.endsWith('.labels.json'))) assert.ok(files.includes(json.replace(/\.labels\.json$/, '.md')), `${json} has no .md`);
      assert.deepEqual(files.filter((f) => !f.endsWith('.md') && !f.endsWith('.labels.json')), ['README.txt'], 'only passages, labels and the labelling policy');
    });

    for (const md of passages) {
      it(`${md}: labels are valid`, () => {
        const text = fs.readFileSync(path.join(CORPUS, md), 'utf8');
        const data = JSON.parse(fs.readFileSync(path.join(CORPUS, md.replace(/\.md$/, '.labels.json')), 'utf8')) as { spans: unknown };
        assert.deepEqual(Object.keys(data), ['spans']);
        assert.ok(Array.isArray(data.spans));
        const seen = new Set<string>();
        for (const s of data.spans as { start: number; end: number; category: string }[]) {
          assert.deepEqual(Object.keys(s).sort(), ['category', 'end', 'start']);
          assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} within the text`);
          assert.ok((CATEGORIES as readonly string[]).includes(s.category), `category ${s.category} is in the fixed set`);
          const covered = text.slice(s.start, s.end);
          assert.equal(covered, covered.trim(), `span ${s.start}-${s.end} has no outer whitespace`);
          const key = `${s.start}-${s.end}-${s.category}`;
          assert.ok(!seen.has(key), `duplicate label ${key}`);
          seen.add(key);
        }
      });
    }
  });
}
