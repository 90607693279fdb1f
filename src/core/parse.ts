// The one Markdown parser of the project: parse once per lint, reuse the frozen processor.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse Markdown (with YAML front matter and GFM) into mdast with exact source positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
