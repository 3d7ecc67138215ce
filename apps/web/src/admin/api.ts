import type { AdminCommunityView, AuditPage, CreateReportInput, DeactivateUserInput, HideReportedInput, PlatformRole, PlatformUserView, ReportStatus, ReportView } from '@mao/domain';
import { request } from '../api';

const enc = encodeURIComponent;

/** The REST calls of the administration console and the report button (apps/api/src/admin, users/admin-users.controller.ts). */
export const adminApi = {
  users: (q: string, signal?: AbortSignal) => request<PlatformUserView[]>('GET', `/api/admin/users${q ? `?q=${enc(q)}` : ''}`, undefined, { signal }),
  setRole: (id: string, platformRole: PlatformRole | null) => request<PlatformUserView>('PUT', `/api/admin/users/${enc(id)}/platform-role`, { platformRole }),
  deactivate: (id: string, input: DeactivateUserInput = {}) => request<PlatformUserView>('POST', `/api/admin/users/${enc(id)}/deactivate`, input),
  reactivate: (id: string) => request<PlatformUserView>('POST', `/api/admin/users/${enc(id)}/reactivate`, {}),
  communities: (signal?: AbortSignal) => request<AdminCommunityView[]>('GET', '/api/admin/communities', undefined, { signal }),
  appoint: (id: string, userId: string) => request<AdminCommunityView>('POST', `/api/admin/communities/${enc(id)}/facilitators`, { userId }),
  archive: (id: string, archived: boolean) => request<AdminCommunityView>('POST', `/api/admin/communities/${enc(id)}/${archived ? 'archive' : 'unarchive'}`, {}),
  reports: (status: ReportStatus, signal?: AbortSignal) => request<ReportView[]>('GET', `/api/admin/reports?status=${status}`, undefined, { signal }),
  hide: (id: string, input: HideReportedInput) => request<{ mailed: boolean }>('POST', `/api/admin/reports/${enc(id)}/hide`, input),
  dismiss: (id: string) => request<void>('POST', `/api/admin/reports/${enc(id)}/dismiss`, {}),
  audit: (query: string, signal?: AbortSignal) => request<AuditPage>('GET', `/api/admin/audit${query ? `?${query}` : ''}`, undefined, { signal }),
  report: (input: CreateReportInput) => request<{ id: string }>('POST', '/api/reports', input),
};
