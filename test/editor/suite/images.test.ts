// Image metadata in the editor: a post showing a phone photo with GPS gets an image-metadata error;
// scrubbing the file on disk (no edit to the post) clears it, and the checklist's images item follows.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { jpeg, PHONE_PHOTO } from '../../unit/image-jpeg';
import { DIAGNOSTIC_SOURCE } from '../../../src/vscode/constants';
import { api, closeAll, waitFor, workspaceFile } from './helpers';

const imageFindings = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && String((d.code as { value: string }).value) === 'image-metadata');

describe('Image metadata in the editor', function () {
  this.timeout(60_000);
  const dir = workspaceFile('photos');
  const post = vscode.Uri.file(path.join(dir.fsPath, 'rash.md'));
  const image = path.join(dir.fsPath, 'img', 'rash.jpg');

  before(() => {
    fs.mkdirSync(path.dirname(image), { recursive: true });
    fs.writeFileSync(image, jpeg(PHONE_PHOTO));
    fs.writeFileSync(post.fsPath, '# Contact dermatitis\n\n![A red, itchy rash on a forearm](img/rash.jpg)\n\nMost rashes like this settle in a week.\n');
  });
  after(async () => {
    await closeAll();
    fs.rmSync(dir.fsPath, { recursive: true, force: true });
  });

  it('reports GPS and other metadata as an error on the image; scrubbing the file clears it', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('image-metadata diagnostic', () => (imageFindings(post).length ? imageFindings(post) : undefined));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 2);
    assert.match(d.message, /GPS/);
    const items = (await api()).checklist(post);
    assert.ok(items?.ok);
    assert.equal(items.status.items.find((i) => i.id === 'images-scrubbed')?.status, 'fail');

    // Scrub the file on disk (what exiftool -all= does): no edit to the post. A folder watcher
    // or, when file events are late or dropped, the 2 s stat poll re-checks the post.
    fs.writeFileSync(image, jpeg(null));
    await waitFor('image-metadata cleared after the file changed', () => imageFindings(post).length === 0, 10_000);
    const c = (await api()).checklist(post);
    assert.ok(c?.ok);
    assert.equal(c.status.items.find((i) => i.id === 'images-scrubbed')?.status, 'pass');
  });
});
