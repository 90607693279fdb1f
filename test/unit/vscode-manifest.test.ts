// The manifest and the adapter's constants must agree (ids are never typed twice by hand unchecked).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { CATEGORIES } from '../../src/core/index';
import { COMMANDS, CONTEXT, SETTINGS, VIEWS } from '../../src/vscode/constants';

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

  it('contributes the checklist view, shown once Clearpost is active, with its menus pointing at real commands', () => {
    const views = pkg.contributes.views.explorer as { id: string; when: string }[];
    assert.deepEqual(views.map((v) => [v.id, v.when]), [[VIEWS.checklist, CONTEXT.active]]);
    assert.ok(pkg.contributes.viewsWelcome.some((w: { view: string }) => w.view === VIEWS.checklist));
    const ids = new Set(Object.values(COMMANDS) as string[]);
    for (const where of ['view/title', 'view/item/context']) {
      const entries = pkg.contributes.menus[where] as { command: string; when: string }[];
      assert.ok(entries.length > 0, where);
      for (const m of entries) {
        assert.ok(ids.has(m.command), `${where}: ${m.command} is registered`);
        assert.ok(m.when.includes(`view == ${VIEWS.checklist}`), `${where}: ${m.command} only in the checklist view`);
      }
    }
  });

  it('keeps the reviewer identity out of workspace settings (a workspace must not choose who signs)', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of [SETTINGS.reviewerName, SETTINGS.reviewerEmail]) assert.equal(props[`${SETTINGS.section}.${key}`].scope, 'application', key);
  });

  it('offers a severity for every category', () => {
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['clearpost.severity'].properties), [...CATEGORIES]);
  });

  it('has a walkthrough whose media files exist', () => {
    const steps = pkg.contributes.walkthroughs[0].steps as { media: { markdown: string } }[];
    assert.equal(steps.length, 4);
    for (const s of steps) assert.ok(fs.existsSync(s.media.markdown), s.media.markdown);
  });
});
