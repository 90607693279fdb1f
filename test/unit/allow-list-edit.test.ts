import assert from 'node:assert/strict';
import { addToAllowList } from '../../src/core/edits/allow-list';
import { parseConfig } from '../../src/core/config';

describe('addToAllowList (pure .clearpost.yml edit)', () => {
  it('appends to an existing block list and keeps comments and order', () => {
    const before = '# team settings\nrules:\n  exact-age: information # quieter\nallow:\n  - Dr. Maya Okonkwo # me\ncategories:\n  language.stigma: hint\n';
    const r = addToAllowList(before, '(402) 555-0100');
    assert.deepEqual(r, {
      ok: true,
      changed: true,
      text: '# team settings\nrules:\n  exact-age: information # quieter\nallow:\n  - Dr. Maya Okonkwo # me\n  - (402) 555-0100\ncategories:\n  language.stigma: hint\n',
    });
    assert.deepEqual(parseConfig(r.ok ? r.text : '').problems, []);
  });

  it('adds an allow list after the other keys when there is none', () => {
    const r = addToAllowList('# mine\nrules:\n  stigma-terms: warning\n', 'Riverside');
    assert.deepEqual(r, { ok: true, changed: true, text: '# mine\nrules:\n  stigma-terms: warning\nallow:\n  - Riverside\n' });
  });

  it('creates the list in an empty file', () => {
    assert.deepEqual(addToAllowList('', 'hello@riverside.example'), { ok: true, changed: true, text: 'allow:\n  - hello@riverside.example\n' });
  });

  it('keeps a leading comment in a file with only comments', () => {
    assert.deepEqual(addToAllowList('# nothing yet\n', 'Riverside'), { ok: true, changed: true, text: '# nothing yet\nallow:\n  - Riverside\n' });
  });

  it('leaves the text alone when the term is already listed (case-insensitive)', () => {
    const before = 'allow:\n  - Dr. Maya Okonkwo\n';
    assert.deepEqual(addToAllowList(before, 'dr. maya  okonkwo'), { ok: true, changed: false, text: before });
  });

  it('fills an empty allow key', () => {
    assert.deepEqual(addToAllowList('allow:\nrules: {}\n', 'Riverside'), { ok: true, changed: true, text: 'allow:\n  - Riverside\nrules: {}\n' });
  });

  it('keeps comment alignment and CRLF line ends', () => {
    const before = 'allow:\r\n  - Riverside        # town\r\n  - Okonkwo          # me\r\nrules: {}\r\n';
    assert.deepEqual(addToAllowList(before, 'hello@riverside.example'), {
      ok: true,
      changed: true,
      text: 'allow:\r\n  - Riverside        # town\r\n  - Okonkwo          # me\r\n  - hello@riverside.example\r\nrules: {}\r\n',
    });
  });

  it('appends to a flow list', () => {
    const r = addToAllowList('# x\nallow: [Riverside]\n', 'Okonkwo');
    assert.deepEqual(r.ok && parseConfig(r.text).config.allow, ['Riverside', 'Okonkwo']);
    assert.ok(r.ok && r.text.startsWith('# x\n'));
  });

  it('quotes terms that YAML would misread', () => {
    const r = addToAllowList('allow: []\n', 'Note: yes');
    assert.equal(r.ok, true);
    assert.deepEqual(parseConfig(r.ok ? r.text : '').config.allow, ['Note: yes']);
  });

  it('refuses malformed YAML, a non-list allow and an empty term', () => {
    assert.deepEqual(addToAllowList('allow: [a\n', 'x'), { ok: false, reason: 'The configuration file is not valid YAML; fix it first.' });
    assert.deepEqual(addToAllowList('allow: Riverside\n', 'x'), { ok: false, reason: 'The "allow" entry is not a list.' });
    assert.deepEqual(addToAllowList('- a\n', 'x'), { ok: false, reason: 'The configuration file is not a mapping of rules, categories and allow.' });
    assert.deepEqual(addToAllowList('allow: []\n', '  '), { ok: false, reason: 'The term is empty.' });
  });
});
