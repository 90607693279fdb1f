// Catalog J7 (with J1): prose that presents a photo, X-ray or scan of a specific patient ("here is a
// photo of my patient's rash", "with his permission, I'm sharing his X-ray"). Consent to a clinical
// photo does not cover a public blog: an authorization must name this use (45 CFR 164.508). A
// reminder, not a verdict: a warning, information once the front matter lists an authorization.
// Generic teaching images ("an X-ray of a fractured wrist") have no patient and stay quiet.
import type { BlockRule } from '../rule';
import { latinRegExp } from '../text/letters';

const IMAGE =
  "(?:clinical[ \\u00A0]+)?(?:photo(?:graph)?s?|pictures?|pics?|images?|x-?rays?|radiographs?|scans?|mris?|ct[ \\u00A0]+scans?|cts|ultrasounds?|sonograms?|videos?|footage|selfies?|snapshots?|ecgs?|ekgs?)";
const FILLER = "(?:[\\p{L}-]+[ \\u00A0]+){0,3}?";
/** "my patient's X-ray", "this patient's chest CT scan". */
const POSSESSIVE = latinRegExp(`(?<![\\p{L}])(?:my|our|this|that|one[ \\u00A0]+of[ \\u00A0]+(?:my|our))[ \\u00A0]+(?:young[ \\u00A0]+|elderly[ \\u00A0]+|former[ \\u00A0]+)?patient['’]s[ \\u00A0]+${FILLER}${IMAGE}(?![\\p{L}])`, 'giu');
/** "a photo of my patient's rash", "an image from this patient". */
const OF_PATIENT = latinRegExp(`(?<![\\p{L}])${IMAGE}[ \\u00A0]+(?:of|from|showing)[ \\u00A0]+(?:my|our|this|that|one[ \\u00A0]+of[ \\u00A0]+(?:my|our))[ \\u00A0]+patient(?:['’]s|s)?(?![\\p{L}])`, 'giu');
/** "I'm sharing his X-ray", "here is her photo", "posted their pictures". */
const SHARING = latinRegExp(
  `(?<![\\p{L}])(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|show(?:s|ed|ing|n)?|includ(?:e|es|ed|ing)|attach(?:es|ed|ing)?|upload(?:s|ed|ing)?|publish(?:es|ed|ing)?|here(?:['’]s|[ \\u00A0]+is|[ \\u00A0]+are)|below[ \\u00A0]+is|above[ \\u00A0]+is)[ \\u00A0]+(?:with[ \\u00A0]+you[ \\u00A0]+)?(?:his|her|their)[ \\u00A0]+${FILLER}${IMAGE}(?![\\p{L}])`,
  'giu',
);

const NOTE =
  'A photo, X-ray or scan of a real patient is PHI; full-face photographs and comparable images are Safe Harbor item (Q) and distinctive features item (R) (45 CFR 164.514(b)(2)(i)(Q), (R)). Consent to a clinical photo does not cover a public blog: a HIPAA authorization must name this use and its recipients (45 CFR 164.508; AMA Code of Medical Ethics Opinions 3.1.3 and 3.1.4; rule catalog J1, J7, M1).';

/** Does the front matter list an authorization (media_authorizations, or hipaa_authorization other than "none")? */
function authorizationListed(fm: Record<string, unknown>): boolean {
  const media = fm.media_authorizations;
  if (Array.isArray(media) ? media.length > 0 : typeof media === 'string' ? media.trim() !== '' : media && typeof media === 'object') return true;
  const hipaa = fm.hipaa_authorization;
  return typeof hipaa === 'string' && hipaa.trim() !== '' && hipaa.trim().toLowerCase() !== 'none';
}

export const patientPhoto: BlockRule = {
  scope: 'block',
  meta: {
    id: 'patient-photo',
    category: 'phi.image',
    defaultSeverity: 'warning',
    description: 'Photos, X-rays and scans of a specific patient presented in the text: an authorization must name this use (rule catalog J1, J7).',
    note: NOTE,
  },
  check(block, env, report) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'tableCell') return;
    const text = block.text;
    if (!/patient|his|her|their/i.test(text)) return;
    const hits: [number, number][] = [];
    for (const re of [POSSESSIVE, OF_PATIENT, SHARING]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) hits.push([m.index, m.index + m[0].length]);
    }
    hits.sort((a, b) => a[0] - b[0]);
    const authorized = authorizationListed(env.frontMatter);
    let lastEnd = -1;
    for (const [start, end] of hits) {
      if (start < lastEnd) continue;
      lastEnd = end;
      report({
        start,
        end,
        severity: authorized ? 'information' : 'warning',
        message: authorized
          ? 'Unexpected image of a specific patient, expected an authorization that names this blog and its channels: confirm the listed authorization covers it.'
          : 'Unexpected image of a specific patient, expected a signed authorization that names this use: list it in `media_authorizations`, or use a teaching image.',
      });
    }
  },
};
