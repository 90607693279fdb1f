// The default checklist (rules-catalog.md §N) and resolution of the configured one.
import type { AuthorFields, ChecklistConfig, ChecklistItem, ChecklistTemplate } from './types';

export const DEFAULT_REQUIRED_ROLES = ['clinical', 'compliance'];
export const DEFAULT_AUTHOR_FIELDS: AuthorFields = { name: 'author', email: 'author_email' };

/** Drawn from §N; items whose automation does not exist yet are assisted or manual, never faked as auto. */
export const DEFAULT_ITEMS: readonly ChecklistItem[] = [
  { id: 'no-blocking-findings', title: 'No open error findings (fixed, or overridden with a signed reason)', kind: 'auto', check: 'no-error-findings' },
  { id: 'no-identifier-patterns', title: 'No Safe Harbor identifier patterns (e-mail, phone, exact ages, ages over 89, dates) (§N 1–2)', kind: 'auto', check: 'no-phi-findings' },
  { id: 'no-identifiers', title: 'No names, places, relatives, employers or household members of the patient (§N 1)', kind: 'assisted', categories: ['phi.'] },
  { id: 'reidentification', title: 'Re-identification risk acceptable, or authorization on file (§N 3)', kind: 'assisted', categories: ['case.detail'] },
  { id: 'actual-knowledge', title: 'Author attests no "actual knowledge" concerns: news coverage, small community, patient reads the blog (§N 4)', kind: 'manual', prompt: 'who confirmed it and how' },
  { id: 'publication-delay', title: 'Encounter-to-publication delay meets policy; no live-event language (§N 5)', kind: 'assisted', categories: ['case.realtime'] },
  { id: 'authorization', title: 'HIPAA authorization on file for any patient story, testimonial or image, with matching scope, unexpired (§N 6)', kind: 'manual', prompt: 'authorization reference id and scope, or "none needed"' },
  { id: 'images-scrubbed', title: 'Images: metadata stripped, file names and alt text clean (§N 7)', kind: 'auto', check: 'images-scrubbed' },
  { id: 'images-reviewed', title: 'Images: no faces, tattoos, wristbands, screens or burned-in text without authorization (§N 8)', kind: 'assisted', categories: ['phi.image'] },
  { id: 'no-individual-advice', title: 'No individual diagnosis, dosing changes or invitations to send symptoms or records (§N 9)', kind: 'assisted', categories: ['advice.individual'] },
  { id: 'emergency-resources', title: 'Emergency and crisis resources present where triggered (§N 10)', kind: 'auto', check: 'emergency-resources' },
  { id: 'educational-disclaimer', title: 'Educational disclaimer present (§N 11)', kind: 'auto', check: 'educational-disclaimer' },
  { id: 'disclosures', title: 'Conflicts, sponsorship and affiliate links disclosed at the top and complete (§N 12)', kind: 'manual', prompt: 'disclosures checked, or "none"' },
  { id: 'testimonials', title: 'Testimonials: authorization plus typical-results statement; no incentivised or fake reviews (§N 13)', kind: 'assisted', categories: ['endorsement.testimonial'] },
  { id: 'claims-substantiated', title: 'Health and efficacy claims substantiated and cited; no absolute claims (§N 14)', kind: 'assisted', categories: ['claim.unsupported'] },
  { id: 'no-stigmatising-language', title: 'No stigmatising or derogatory language (§N 16)', kind: 'assisted', categories: ['language.stigma'] },
  { id: 'professional-tone', title: 'Professional tone; no diagnosing public figures; no identifiable colleague criticism (§N 17)', kind: 'assisted', categories: ['conduct.mockery'] },
  { id: 'author-credentials', title: 'Author identity and credentials accurate (§N 18)', kind: 'manual', prompt: 'credentials checked against' },
  { id: 'no-patient-links', title: 'No links to patient-specific pages or news coverage of the case (§N 19)', kind: 'assisted', categories: ['phi.web'] },
];

/** The template for a workspace: the configured items and roles, defaults for what is not set. */
export function resolveTemplate(config: ChecklistConfig | undefined): ChecklistTemplate {
  return {
    items: (config?.items ?? DEFAULT_ITEMS).map((i) => ({ ...i })),
    requiredRoles: [...(config?.requiredRoles ?? DEFAULT_REQUIRED_ROLES)],
    authorMayNotSign: config?.authorMayNotSign ?? true,
    authorFields: { ...DEFAULT_AUTHOR_FIELDS, ...(config?.authorFields ?? {}) },
  };
}
