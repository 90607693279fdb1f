// The generic rule fixture runner (design.md §4): a new case is a new file, never new test code.
//   ok*.md                    no finding of the rule
//   not-ok*.md                findings exactly as in not-ok*.expected.txt ("L:C-L:C severity message")
//   not-ok*.fixed.md          the text after applying every preferred fix of the rule
//   ok*.yml / not-ok*.yml     configuration fixtures (config-invalid): problems as in .expected.txt
// Set UPDATE_FIXTURES=1 to (re)write .expected.txt and .fixed.md files; review the diff before committing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, applyFixes, parseConfig, configProblemToFinding } from '../../src/core/index';
import { markdownStructure as structure } from '../../src/core/structure';
import { assertFindingContract } from '../helpers/contract';
import { FIXTURE_NOW, formatExpected, listFixtureDirs, readFixture } from '../helpers/fixtures';

const update = process.env.UPDATE_FIXTURES === '1';

describe('rule fixtures', () => {
  for (const fx of listFixtureDirs()) {
    describe(fx.ruleId, () => {
      const opts = { config: fx.config, now: FIXTURE_NOW };
      it('has at least one ok and one not-ok fixture', () => {
        assert.ok(fx.ok.length + fx.okYaml.length >= 1, `${fx.dir} needs ok.md`);
        assert.ok(fx.notOk.length + fx.notOkYaml.length >= 1, `${fx.dir} needs not-ok.md`);
      });
      for (const name of fx.okYaml) {
        it(`${name}: a valid configuration`, () => {
          assert.deepEqual(parseConfig(readFixture(path.join(fx.dir, name))).problems, []);
        });
      }
      for (const name of fx.notOkYaml) {
        it(`${name}: exact configuration problems`, () => {
          const file = path.join(fx.dir, name);
          const text = readFixture(file);
          const found = parseConfig(text).problems.map((p) => configProblemToFinding(p));
          for (const f of found) assertFindingContract(f, text);
          const expectedFile = file.replace(/\.ya?ml$/, '.expected.txt');
          if (update) fs.writeFileSync(expectedFile, formatExpected(found));
          assert.ok(found.length > 0, `${name} must be invalid`);
          assert.equal(formatExpected(found), readFixture(expectedFile));
        });
      }
      for (const name of fx.ok) {
        it(`${name}: no ${fx.ruleId} findings`, () => {
          const text = readFixture(path.join(fx.dir, name));
          const found = lint(text, opts).findings.filter((f) => f.ruleId === fx.ruleId);
          assert.equal(formatExpected(found), '', `unexpected findings in ${name}`);
        });
      }
      for (const name of fx.notOk) {
        it(`${name}: exact findings, preferred fixes, clean re-lint`, () => {
          const file = path.join(fx.dir, name);
          const text = readFixture(file);
          const all = lint(text, opts).findings;
          for (const f of all) assertFindingContract(f, text);
          const found = all.filter((f) => f.ruleId === fx.ruleId);
          const expectedFile = file.replace(/\.md$/, '.expected.txt');
          const fixedFile = file.replace(/\.md$/, '.fixed.md');
          const fixes = found.map((f) => f.fixes[0]).filter((f) => f !== undefined);
          const fixed = applyFixes(text, fixes).text;
          if (update) {
            fs.writeFileSync(expectedFile, formatExpected(found));
            fs.writeFileSync(fixedFile, fixed);
          }
          assert.ok(found.length > 0, `${name} must trigger ${fx.ruleId}`);
          assert.equal(formatExpected(found), readFixture(expectedFile));
          assert.equal(fixed, readFixture(fixedFile));
          // After the preferred fixes, nothing fixable of this rule remains and the structure holds.
          const again = lint(fixed, opts).findings.filter((f) => f.ruleId === fx.ruleId && f.fixes.length > 0);
          assert.equal(formatExpected(again), '', 'preferred fixes leave nothing fixable');
          assert.equal(structure(fixed), structure(text), 'fixes keep the Markdown structure');
        });
      }
    });
  }
});
