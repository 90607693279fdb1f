// The extension's entry module, kept tiny so activation costs almost nothing: it registers a proxy
// for every contributed command (they must exist as soon as activate() returns) and loads the
// adapter (main.js, which bundles the core) on the next turn of the event loop, or at once when a
// command or the API is used first. Everything else is wired by main.ts.
import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import type { ClearpostApi, Started } from './main';

export type { ClearpostApi } from './main';

export function activate(context: vscode.ExtensionContext): ClearpostApi {
  const t0 = performance.now();
  let started: Started | undefined;
  let startMs = 0;
  const load = (): Started => {
    if (!started) {
      const t = performance.now();
      // A separate bundle (esbuild.mjs): not read from disk until here.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const main = require('./main.js') as typeof import('./main');
      started = main.start(context);
      startMs = performance.now() - t;
    }
    return started;
  };
  for (const id of Object.values(COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        const handler = load().handlers[id];
        return handler ? handler(...args) : undefined;
      }),
    );
  }
  const timer = setTimeout(load, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  const activationMs = performance.now() - t0;
  return {
    activationMs,
    startMs: () => (load(), startMs),
    statusText: () => load().api.statusText(),
    lastLint: () => load().api.lastLint(),
    checklistRows: () => load().api.checklistRows(),
    checklist: (uri) => load().api.checklist(uri),
  };
}

export function deactivate(): void {
  // Subscriptions are disposed by VS Code.
}
