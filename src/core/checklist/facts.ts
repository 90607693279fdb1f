// Gather what an evaluation needs from a post's text, its findings and an injected image reader.
import type { Finding } from '../types';
import type { PostFacts } from './evaluate';
import { contentHash, localImages, type ReadImage } from './hash';
import { readFrontMatter, readState } from './post';
import type { ChecklistTemplate } from './types';

/** Throws ChecklistError on malformed front matter or clearpost block. */
export function postFacts(text: string, template: ChecklistTemplate, findings: readonly Finding[], readImage: ReadImage): PostFacts {
  const fm = readFrontMatter(text);
  return {
    template,
    findings,
    state: readState(fm),
    fields: fm.data,
    body: fm.split.body,
    images: localImages(fm.split.body),
    current: contentHash(text, readImage),
  };
}
