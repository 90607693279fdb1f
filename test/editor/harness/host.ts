// Starts an isolated code-server (VS Code 1.100 server + web workbench) on 127.0.0.1 and Debian
// Chromium (headless, via playwright-core). Loopback only; every wait is bounded; we stop only the
// processes we started (code-server leads its own process group, Chromium is closed by Playwright).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CODE_SERVER =
  process.env.CODE_SERVER ?? path.join(os.homedir(), '.cache/vscode-host/code-server-4.100.3/node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** User settings for a fresh profile: no telemetry, tips, updates, trust prompts or suggestions. */
const BASE_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'files.autoSave': 'off',
};

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

export interface CodeServer {
  url: string;
  port: number;
  startMs: number;
  logPath: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Private directory for the profile, config, log and (by default) extensions. */
  dir: string;
  extensionsDir?: string;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** SIGTERM our process group, wait up to 5 s, then SIGKILL. */
async function stopGroup(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-proc.pid!, s);
    } catch {
      try {
        proc.kill(s);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
  signal('SIGKILL');
  await Promise.race([exited, sleep(2000)]);
}

export async function startCodeServer(o: StartOptions): Promise<CodeServer> {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}: run scripts/setup-vscode-host.sh or set CODE_SERVER`);
  const userDir = path.join(o.dir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...o.settings }, null, 2));
  // A missing extensions dir makes the server skip the development extension silently.
  const extensionsDir = o.extensionsDir ?? path.join(o.dir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  // A private config file: otherwise code-server writes ~/.config/code-server/config.yaml with a password.
  const config = path.join(o.dir, 'code-server.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const port = await freePort();
  const logPath = path.join(o.dir, 'code-server.log');
  const log = fs.openSync(logPath, 'w');
  const args = [
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', path.join(o.dir, 'user-data'),
    '--extensions-dir', extensionsDir,
  ];
  const started = Date.now();
  const proc = spawn(CODE_SERVER, args, { stdio: ['ignore', log, log], env: { ...process.env, ...o.env }, detached: true });
  fs.closeSync(log);
  proc.on('error', (e) => console.error(`[harness] code-server failed to start: ${e.message}`));
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = o.timeoutMs ?? 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}; see ${logPath}`);
    if ((await httpStatus(`${url}/healthz`)) === 200) break;
    if (Date.now() - started > timeoutMs) {
      await stopGroup(proc);
      throw new Error(`code-server not ready after ${timeoutMs} ms; see ${logPath}`);
    }
    await sleep(100);
  }
  return { url, port, startMs: Date.now() - started, logPath, stop: () => stopGroup(proc) };
}

/** Headless Debian Chromium with a fresh profile under dir. */
export async function launchChromium(dir: string, viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
  const profile = path.join(dir, 'chromium-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    timeout: 60_000,
    // As root Chromium needs --no-sandbox; /dev/shm is small in containers.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The workbench routes vscode-remote:// URIs (authority = the page's host) to the node extension host. */
export function remoteUri(port: number, p: string): string {
  return `vscode-remote://127.0.0.1:${port}${encodeURI(path.resolve(p))}`;
}

/** Workbench URL opening `folder` with the given payload entries. */
export function workbenchUrl(cs: CodeServer, folder: string | undefined, payload: [string, string][]): string {
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  else q.set('ew', 'true');
  q.set('payload', JSON.stringify(payload));
  return `${cs.url}/?${q.toString()}`;
}

/** Copy a fixture workspace to a fresh temporary folder so tests may edit and save freely. */
export function copyWorkspace(src: string, prefix = 'clearpost-ws-'): string {
  const dst = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}
