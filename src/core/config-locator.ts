// Finding the workspace configuration: walk up from the post to the first .clearpost.yml.
// File access is injected so the core stays pure; the CLI and the editor pass node:fs.
import path from 'node:path';
import { CONFIG_FILE_NAMES, emptyConfig, parseConfig, type ClearpostConfig, type ConfigProblem } from './config';

export interface ConfigFs {
  exists(file: string): boolean;
  /** Returns the file's text; throws with a `code` (ENOENT, EACCES…) when it cannot. */
  readText(file: string): string;
}

export interface LoadedConfig {
  /** Absolute path of the config file, or null when none was found. */
  file: string | null;
  config: ClearpostConfig;
  problems: ConfigProblem[];
}

export class ConfigLocator {
  private byDir = new Map<string, string | null>();
  private byFile = new Map<string, LoadedConfig>();

  constructor(private readonly fs: ConfigFs) {}

  /** Forget cached lookups (after a config file was created, changed or deleted). */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** Config for a post: the explicit file when given, else the nearest one walking up. */
  forPost(post: string, explicit?: string): LoadedConfig {
    const file = explicit ? path.resolve(explicit) : this.find(path.dirname(path.resolve(post)));
    if (!file) return { file: null, config: emptyConfig(), problems: [] };
    return this.load(file);
  }

  load(file: string): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = this.fs.readText(file);
    } catch (e) {
      const loaded: LoadedConfig = {
        file,
        config: emptyConfig(),
        problems: [{ message: `Cannot read the configuration file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      };
      this.byFile.set(file, loaded);
      return loaded;
    }
    const { config, problems } = parseConfig(text);
    const loaded = { file, config, problems };
    this.byFile.set(file, loaded);
    return loaded;
  }

  private find(dir: string): string | null {
    const seen: string[] = [];
    let cur = dir;
    for (let i = 0; i < 256; i++) {
      const hit = this.byDir.get(cur);
      if (hit !== undefined) {
        for (const d of seen) this.byDir.set(d, hit);
        return hit;
      }
      seen.push(cur);
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(cur, name);
        if (this.fs.exists(candidate)) {
          for (const d of seen) this.byDir.set(d, candidate);
          return candidate;
        }
      }
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    for (const d of seen) this.byDir.set(d, null);
    return null;
  }
}
