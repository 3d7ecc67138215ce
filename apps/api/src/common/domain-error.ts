import { errorMessage, type ErrorCode } from '@mao/domain';

/** The one error type the api throws. The filter maps its code to an HTTP status and body. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? errorMessage(code));
    this.name = 'DomainError';
  }
}

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_token: 400,
  wrong_password: 400,
  account_details_required: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  login_required_to_accept: 401,
  forbidden: 403,
  not_participant: 403,
  not_joined: 409,
  origin_not_allowed: 403,
  invitation_wrong_account: 403,
  not_found: 404,
  email_taken: 409,
  already_member: 409,
  invitation_pending: 409,
  invitation_used: 409,
  invitation_expired: 409,
  last_facilitator: 409,
  conflict: 409,
  payload_too_large: 413,
  session_in_past: 422,
  invalid_windows: 422,
  window_in_past: 422,
  unknown_method: 422,
  invalid_method: 422,
  method_exists: 409,
  not_a_member: 422,
  presenter_is_facilitator: 422,
  max_participants_too_low: 422,
  session_full: 409,
  session_not_open: 409,
  case_too_long: 422,
  case_purged: 410,
  unsupported_media_type: 415,
  privacy_findings: 422,
  rate_limited: 429,
  too_busy: 429,
  mail_limit_reached: 429,
  community_creation_not_allowed: 403,
  lesson_wrong_status: 409,
  lessons_not_mergeable: 422,
  export_too_large: 422,
  agreement_step_closed: 409,
  summary_not_ready: 409,
  question_closed: 409,
  same_region_answer: 403,
  join_request_exists: 409,
  account_deactivated: 403,
  internal_error: 500,
};
