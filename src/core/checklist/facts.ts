// Gather what an evaluation needs from a post's text, its findings and an injected image reader.
import type { Finding } from '../types';
import type { PostFacts } from './evaluate';
import { contentHash, localImages, type ReadImage } from './hash';
import { readFrontMatter, readState } from './post';
import type { ChecklistTemplate } from './types';
import type { ImageMetaLookup } from '../images';

/**
 * Throws ChecklistError on malformed front matter or clearpost block. `imageMeta` (the same lookup
 * given to lint) tells which local images had their metadata read.
 */
export function postFacts(text: string, template: ChecklistTemplate, findings: readonly Finding[], readImage: ReadImage, imageMeta?: ImageMetaLookup): PostFacts {
  const fm = readFrontMatter(text);
  const images = localImages(fm.split.body);
  return {
    template,
    findings,
    state: readState(fm),
    fields: fm.data,
    body: fm.split.body,
    images,
    ...(imageMeta ? { imagesChecked: images.filter((p) => imageMeta(p)?.readable === true) } : {}),
    current: contentHash(text, readImage, { fm, images }),
  };
}
