import { isErrorCode, type ErrorCode } from '@mao/domain';

/**
 * The one way the web talks to the api: same origin, cookie session, JSON both ways.
 * Every failure becomes an ApiError carrying the api's error code, so screens can show
 * the matching Dutch or English text from ERROR_MESSAGES.
 */

/** Codes the client produces itself, next to the domain's codes. */
export type ClientErrorCode = 'network_error' | 'unknown_error';

export interface ApiFieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly details?: unknown,
    /** Seconds to wait before trying again (from Retry-After on 429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get isKnownCode(): boolean {
    return isErrorCode(this.code);
  }

  /** Field-level problems the api reported for a validation error, when it sent them. */
  fieldIssues(): ApiFieldIssue[] {
    return parseFieldIssues(this.details);
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called whenever the api answers 401 to a request that expected a session. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  /** A 401 on this request is an expected answer (login, session check), not an expired session. */
  expectUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(method: HttpMethod, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const isMutation = method !== 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers, signal: options.signal };
  if (isMutation) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'Network request failed');
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = await toApiError(response);
  if (error.status === 401 && !options.expectUnauthenticated) {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw error;
}

/**
 * Fetches a file (an export) with the same session and error model as `request`: a refusal
 * such as `export_too_large` becomes an ApiError the page can explain in place.
 */
export async function requestFile(path: string, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'Network request failed');
  }
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName };
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    return new ApiError(response.status, code, message, details, retryAfter);
  }
  return new ApiError(response.status, fallbackCode(response.status), response.statusText || 'Request failed', undefined, retryAfter);
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

function fallbackCode(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal_error' : 'unknown_error';
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Accepts the common shapes an api uses for field problems: an array of {path, message} or a map. */
function parseFieldIssues(details: unknown): ApiFieldIssue[] {
  // The api sends { problems: [{ path, message }] } (see apps/api/src/common/zod-pipe.ts).
  const source =
    typeof details === 'object' && details !== null && 'problems' in details
      ? (details as { problems: unknown }).problems
      : typeof details === 'object' && details !== null && 'issues' in details
        ? (details as { issues: unknown }).issues
        : details;
  if (Array.isArray(source)) {
    return source.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { path, message } = item as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      const key = Array.isArray(path) ? String(path[0] ?? '') : typeof path === 'string' ? (path.split('.')[0] ?? '') : '';
      return [{ path: key, message }];
    });
  }
  return [];
}
