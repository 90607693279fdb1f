// Finding and reading the posts named on the command line: directories, files and globs.
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.clearpost']);
/** Larger files are refused rather than risk the editor or CI running out of memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

function isMarkdown(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 64) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`cannot read directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name)) walk(full, out, depth + 1);
    } else if (ent.isFile() && isMarkdown(ent.name)) out.push(full);
  }
}

/** Expand PATHS (files, directories, globs) into a sorted, de-duplicated list of files. */
export function expandPaths(inputs: readonly string[], cwd: string): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      try {
        walk(abs, files);
      } catch (e) {
        errors.push((e as Error).message);
      }
    } else if (stat?.isFile()) {
      files.push(abs);
    } else if (isDynamicPattern(input)) {
      const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }).filter(isMarkdown);
      if (matches.length === 0) errors.push(`no Markdown files match ${input}`);
      files.push(...matches);
    } else {
      errors.push(`no such file or directory: ${input}`);
    }
  }
  return { files: [...new Set(files.map((f) => path.normalize(f)))].sort(), errors };
}

/** Read a post as UTF-8 text; refuse binary or non-UTF-8 content with a positioned message. */
export function readPost(file: string): string {
  let buf: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new InputError(`${file}: file is ${(size / 1048576).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1048576} MB limit`);
    buf = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new InputError(`${file}: not a text file (NUL byte at byte offset ${nul}); skipped`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 (first invalid byte at byte offset ${firstInvalidUtf8(buf)}); save it as UTF-8`);
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return buf.length;
}

/** Write atomically: a temp file in the same directory, then rename over the original. */
export function writeAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.clearpost-${process.pid}-${Date.now()}.tmp`);
  const mode = fs.statSync(file).mode & 0o7777;
  try {
    fs.writeFileSync(tmp, text, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing to clean */
    }
    throw new InputError(`${file}: cannot write the fixed file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; the original is unchanged`);
  }
}
