// Runs a mocha suite INSIDE code-server's node extension host. Speaks VS Code's own CLI flags, so
// it also serves as @vscode/test-electron's `vscodeExecutablePath` (see test/editor/runTest.ts):
//   run-tests --extensionDevelopmentPath=<dir> --extensionTestsPath=<module> [--extensions-dir=<dir>] [folder]
// code-server rejects these flags on its own command line; its workbench instead reads them from the
// `payload` URL parameter, and vscode-remote:// URIs make the node extension host load the
// development extension and call the module's run(). The workbench reports through
// window.codeAutomationLog / window.codeAutomationExit, which we expose before navigating.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from './host';

export interface HostRunOptions {
  developmentPaths: string[];
  testsPath: string;
  folder?: string;
  extensionsDir?: string;
  /** Extra environment for code-server, inherited by the extension host. */
  env?: Record<string, string>;
  settings?: Record<string, unknown>;
  timeoutMs?: number;
}

export function parseVsCodeArgs(argv: string[]): HostRunOptions {
  const o: HostRunOptions = { developmentPaths: [], testsPath: '' };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      o.folder = path.resolve(argv[i]); // positional: the workspace folder (test-electron's launchArgs)
      continue;
    }
    const [, key, inline] = m;
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'extensions-dir', 'user-data-dir', 'locale'].includes(key);
    const value = inline ?? (takesValue ? argv[++i] : undefined);
    if (key === 'extensionDevelopmentPath' && value) o.developmentPaths.push(path.resolve(value));
    else if (key === 'extensionTestsPath' && value) o.testsPath = path.resolve(value);
    else if (key === 'extensions-dir' && value) o.extensionsDir = path.resolve(value);
    // --user-data-dir (always fresh here), --no-sandbox, --disable-extensions… are desktop-only.
  }
  return o;
}

/** Returns the process exit code: 0 when the suite passed. */
export async function runInHost(o: HostRunOptions): Promise<number> {
  const t0 = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-host-'));
  const cs = await startCodeServer({ dir, extensionsDir: o.extensionsDir, env: o.env, settings: o.settings });
  console.log(`[harness] code-server ${cs.url} ready in ${cs.startMs} ms`);
  let result: number | 'timeout' = 'timeout';
  const context = await launchChromium(dir).catch(async (e: Error) => {
    await cs.stop();
    throw e;
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const list = Array.isArray(args) ? args : [args];
      (type === 'error' ? console.error : console.log)(...list);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    page.on('crash', () => console.error('[harness] the workbench page crashed'));
    const payload: [string, string][] = [
      ...o.developmentPaths.map((p): [string, string] => ['extensionDevelopmentPath', remoteUri(cs.port, p)]),
      ['extensionTestsPath', remoteUri(cs.port, o.testsPath)],
    ];
    await page.goto(workbenchUrl(cs, o.folder, payload));
    const timeoutMs = o.timeoutMs ?? Number(process.env.TEST_TIMEOUT_MS ?? 180_000);
    let timer: NodeJS.Timeout | undefined;
    result = await Promise.race([exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
  } finally {
    await context.close().catch(() => undefined);
    await cs.stop();
    if (process.env.KEEP_HOST_DIR) console.log(`[harness] kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`[harness] codeAutomationExit(${result}) after ${Date.now() - t0} ms`);
  return result === 0 ? 0 : 1;
}
