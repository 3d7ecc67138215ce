export { ApiError, onUnauthenticated, request, requestFile } from './client';
export type { ApiFieldIssue, ClientErrorCode, HttpMethod, RequestOptions } from './client';
export { api } from './endpoints';
