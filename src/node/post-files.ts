// Reading what a post references from disk: shared by the CLI and the editor. Node only.
import fs from 'node:fs';
import path from 'node:path';

/** Resolve a local reference: "/…" against the workspace root, anything else against the post's folder. */
export function resolveLocal(postDir: string, root: string, ref: string): string {
  return ref.startsWith('/') ? path.join(root, ref) : path.resolve(postDir, ref);
}

/** Reads images relative to the post, or to the workspace root for "/…" paths; null when absent. */
export function imageReader(postDir: string, root: string): (p: string) => Uint8Array | null {
  return (p) => {
    const abs = resolveLocal(postDir, root, p);
    try {
      return fs.statSync(abs).isFile() ? fs.readFileSync(abs) : null;
    } catch {
      return null;
    }
  };
}
