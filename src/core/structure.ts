// A fingerprint of a document's Markdown structure, used to prove fixes did not break markup.
import type { Nodes, Parents } from 'mdast';
import { parseMarkdown } from './parse';

/**
 * Node types in document order, without text or emphasis. Literal autolinks (www.…, name@host) are left out:
 * removing an address legitimately removes its autolink.
 */
export function markdownStructure(text: string): string {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'text') return;
    // Emphasis wrapping only the replaced words goes with them; the engine proves fixes never
    // leave half a delimiter, so only the other node types are compared.
    if (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete') {
      for (const c of n.children) walk(c as Nodes);
      return;
    }
    if (n.type === 'link' && n.position && !/^[[<]/.test(text.slice(n.position.start.offset ?? 0, (n.position.start.offset ?? 0) + 1))) return;
    let tag: string = n.type;
    if (n.type === 'heading') tag += n.depth;
    if (n.type === 'list') tag += n.ordered ? 'o' : 'u';
    out.push(tag);
    if ('children' in n) for (const c of (n as Parents).children) walk(c as Nodes);
  };
  walk(parseMarkdown(text));
  return out.join(' ');
}
