// Public API of the privacy guard. Names are privacy-prefixed where they would otherwise be
// generic, because libs/domain re-exports every folder from one index.
export type {
  CaseFieldFinding,
  LocalizedText as PrivacyLocalizedText,
  PrivacyCheckOptions,
  PrivacyFinding,
  PrivacyKind,
  PrivacySeverity,
} from './types.js';
export { isValidBsn } from './bsn.js';
export { PRIVACY_KINDS, type KindInfo as PrivacyKindInfo } from './messages.js';
export { ALWAYS_FIX_KINDS, PRIVACY_KIND_ORDER, canAccept, checkCaseFields, findPrivacyIssues } from './guard.js';
