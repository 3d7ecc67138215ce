export type {
  CaseFieldFinding,
  LocalizedText,
  PrivacyCheckOptions,
  PrivacyFinding,
  PrivacyKind,
  PrivacySeverity,
} from './types.js';
export { isValidBsn } from './bsn.js';
export { PRIVACY_KINDS, type KindInfo } from './messages.js';
export { ALWAYS_FIX_KINDS, PRIVACY_KIND_ORDER, canAccept, checkCaseFields, findPrivacyIssues } from './guard.js';
