// The manifest and the adapter's constants must agree (ids are never typed twice by hand unchecked).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CATEGORIES } from '../../src/core/index';
import { COMMANDS, SETTINGS } from '../../src/vscode/constants';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

describe('VS Code manifest', () => {
  it('contributes every command the adapter registers, and no other', () => {
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort(), Object.values(COMMANDS).sort());
  });

  it('contributes every setting the adapter reads, each with a description and a default', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default?: unknown; markdownDescription?: string; description?: string }>;
    const expected = Object.entries(SETTINGS).filter(([k]) => k !== 'section').map(([, v]) => `${SETTINGS.section}.${v}`);
    assert.deepEqual(Object.keys(props).sort(), expected.sort());
    for (const [id, p] of Object.entries(props)) {
      assert.ok(p.default !== undefined, `${id} has a default`);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${id} has a description`);
    }
  });

  it('offers a severity for every category', () => {
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['clearpost.severity'].properties), [...CATEGORIES]);
  });

  it('has a walkthrough whose media files exist', () => {
    const steps = pkg.contributes.walkthroughs[0].steps as { media: { markdown: string } }[];
    assert.equal(steps.length, 3);
    for (const s of steps) assert.ok(fs.existsSync(s.media.markdown), s.media.markdown);
  });
});
