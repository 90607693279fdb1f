// The checklist, sign-off and audit model (pure). See docs/checklist.md.
export * from './types';
export { DEFAULT_ITEMS, DEFAULT_REQUIRED_ROLES, DEFAULT_AUTHOR_FIELDS, resolveTemplate } from './template';
export { splitPost, readFrontMatter, readState, writeState, withoutState, publishedFields, STATE_KEY, type SplitPost, type FrontMatterDoc } from './post';
export { contentHash, changedParts, localImages, isLocalImage, normaliseText, canonicalJson, sha256Hex, HASH_PREFIX, MISSING, type ContentHash, type ReadImage } from './hash';
export { CHECKS, type CheckContext } from './checks';
export {
  evaluate,
  tick,
  untick,
  sign,
  override,
  openFindings,
  authorOf,
  isAuthor,
  parseIdentity,
  formatIdentity,
  SIGNOFF_MEANING,
  type PostFacts,
  type ChecklistStatus,
  type ItemStatus,
  type SignoffStatus,
  type OverrideStatus,
} from './evaluate';
export { nextRecordLine, verifyAudit, headFor, headText, AUDIT_DIR, AUDIT_FILE, AUDIT_HEAD_FILE, AUDIT_EVENTS, GENESIS, type AuditEntry, type AuditRecord, type AuditEvent, type AuditHead, type AuditVerdict } from './audit';
export { postFacts } from './facts';
