// Built-in automatic checks: pure functions of the open findings and the post's content.
import type { Finding } from '../types';
import type { BuiltInCheck, CheckResult } from './types';
import { EMERGENCY_RESOURCE, hasDisclaimer, hasEmergencyTrigger } from '../text/disclosures';

export interface CheckContext {
  /** Findings not waived by a current override. */
  findings: readonly Finding[];
  /** Normalised body plus the published prose fields, for presence checks. */
  prose: string;
  /** Local images the body references. */
  images: readonly string[];
  /**
   * Local images whose embedded metadata the host read (image-metadata had a result for them).
   * Absent when the host reads no image metadata.
   */
  imagesChecked?: readonly string[];
}

/**
 * The phi.image rules about the files themselves (catalog J5, J6: checklist item 7). patient-photo
 * (J7, is an authorization on file?) belongs to the authorization item, not to this one.
 */
export const IMAGE_FILE_RULES: readonly string[] = ['image-metadata', 'image-naming'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Rule ids with counts, e.g. "email-address ×2, exact-age". */
export function summariseFindings(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
}

export const CHECKS: Record<BuiltInCheck, (ctx: CheckContext) => CheckResult> = {
  'no-error-findings': ({ findings }) => {
    const errors = findings.filter((f) => f.severity === 'error');
    return errors.length === 0
      ? { status: 'pass', note: 'No open error findings.' }
      : { status: 'fail', note: `${plural(errors.length, 'open error finding')}: ${summariseFindings(errors)}. Fix them, or have a reviewer override each rule with a reason.` };
  },
  'no-phi-findings': ({ findings }) => {
    const phi = findings.filter((f) => f.category.startsWith('phi.'));
    return phi.length === 0
      ? { status: 'pass', note: 'No identifier findings (phi.*).' }
      : { status: 'fail', note: `${plural(phi.length, 'identifier finding')}: ${summariseFindings(phi)}.` };
  },
  'educational-disclaimer': ({ prose }) =>
    hasDisclaimer(prose)
      ? { status: 'pass', note: 'Educational disclaimer found.' }
      : {
          status: 'fail',
          note: 'No educational disclaimer found; add one such as "This post is general education, not medical advice, and does not create a physician–patient relationship."',
        },
  'emergency-resources': ({ prose }) => {
    if (!hasEmergencyTrigger(prose)) return { status: 'pass', note: 'Not triggered: no suicide, overdose, chest pain or stroke content.' };
    return EMERGENCY_RESOURCE.test(prose)
      ? { status: 'pass', note: 'Triggered by acute-symptom or crisis content; 988/911 is mentioned.' }
      : { status: 'fail', note: 'The post mentions suicide, overdose, chest pain or stroke but not 988 or 911; add an emergency and crisis resources line.' };
  },
  'images-scrubbed': ({ images, imagesChecked, findings }) => {
    if (images.length === 0) return { status: 'pass', note: 'No local images.' };
    const problems = findings.filter((f) => IMAGE_FILE_RULES.includes(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'));
    if (problems.length > 0) {
      return {
        status: 'fail',
        note: `${plural(problems.length, 'open image finding')}: ${summariseFindings(problems)}. Strip the metadata, rename the files or fix the alt text as the findings say.`,
      };
    }
    if (!imagesChecked) {
      return {
        status: 'needs-person',
        note: `${plural(images.length, 'local image')}: Clearpost cannot check image metadata, file names or burned-in text yet; a reviewer must check and tick this item with a note.`,
      };
    }
    const unread = images.filter((p) => !imagesChecked.includes(p)).length;
    if (unread > 0) {
      return {
        status: 'needs-person',
        note: `${unread} of ${plural(images.length, 'local image')} could not be read (missing, corrupt or an unsupported format): Clearpost cannot check their metadata; a reviewer must check them and tick this item with a note.`,
      };
    }
    return {
      status: 'pass',
      note: `${plural(images.length, 'local image')}: no GPS, capture time, serial numbers, owner names or thumbnails in the metadata, and no identifiers in file names or alt text.`,
    };
  },
};
