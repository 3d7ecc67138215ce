import type {
  AcceptInvitationInput,
  ChangePasswordInput,
  CommunityRole,
  CommunityView,
  CreateCommunityInput,
  CreateInvitationInput,
  InvitationPreview,
  InvitationView,
  MemberView,
  MeView,
  UpdateCommunityInput,
  UpdateProfileInput,
} from '@mao/domain';
import type {
  CalendarFeedView,
  CaseView,
  CreateSessionInput,
  MethodEntryView,
  RsvpResponse,
  SessionView,
  UpdateSessionInput,
  UpsertCaseInput,
} from '@mao/domain';
import type { Method } from '@mao/intervisie-method';
import { request } from './client';

const enc = encodeURIComponent;

/** Every REST call the web makes, typed with the shared contracts of @mao/domain. */
export const api = {
  auth: {
    login: (email: string, password: string) =>
      request<MeView>('POST', '/api/auth/login', { email, password }, { expectUnauthenticated: true }),
    logout: () => request<void>('POST', '/api/auth/logout', {}, { expectUnauthenticated: true }),
    requestPasswordReset: (email: string) => request<void>('POST', '/api/auth/password-reset/request', { email }),
    resetPassword: (token: string, password: string) =>
      request<void>('POST', '/api/auth/password-reset', { token, password }),
  },
  me: {
    get: (signal?: AbortSignal) => request<MeView>('GET', '/api/me', undefined, { expectUnauthenticated: true, signal }),
    update: (input: UpdateProfileInput) => request<MeView>('PATCH', '/api/me', input),
    changePassword: (input: ChangePasswordInput) => request<void>('POST', '/api/me/password', input),
    exportData: () => request<unknown>('GET', '/api/me/export'),
    delete: () => request<void>('DELETE', '/api/me', {}),
  },
  communities: {
    list: (signal?: AbortSignal) => request<CommunityView[]>('GET', '/api/communities', undefined, { signal }),
    create: (input: CreateCommunityInput) => request<CommunityView>('POST', '/api/communities', input),
    get: (id: string, signal?: AbortSignal) =>
      request<CommunityView>('GET', `/api/communities/${enc(id)}`, undefined, { signal }),
    update: (id: string, input: UpdateCommunityInput) =>
      request<CommunityView>('PATCH', `/api/communities/${enc(id)}`, input),
    members: (id: string, signal?: AbortSignal) =>
      request<MemberView[]>('GET', `/api/communities/${enc(id)}/members`, undefined, { signal }),
    changeRole: (id: string, userId: string, role: CommunityRole) =>
      request<MemberView>('PATCH', `/api/communities/${enc(id)}/members/${enc(userId)}`, { role }),
    removeMember: (id: string, userId: string) =>
      request<void>('DELETE', `/api/communities/${enc(id)}/members/${enc(userId)}`, {}),
    leave: (id: string) => request<void>('POST', `/api/communities/${enc(id)}/leave`, {}),
    invitations: (id: string, signal?: AbortSignal) =>
      request<InvitationView[]>('GET', `/api/communities/${enc(id)}/invitations`, undefined, { signal }),
    invite: (id: string, input: CreateInvitationInput) =>
      request<InvitationView>('POST', `/api/communities/${enc(id)}/invitations`, input),
    revokeInvitation: (id: string, invitationId: string) =>
      request<InvitationView>('POST', `/api/communities/${enc(id)}/invitations/${enc(invitationId)}/revoke`, {}),
    resendInvitation: (id: string, invitationId: string) =>
      request<InvitationView>('POST', `/api/communities/${enc(id)}/invitations/${enc(invitationId)}/resend`, {}),
  },
  invitations: {
    preview: (token: string, signal?: AbortSignal) =>
      request<InvitationPreview>('GET', `/api/invitations/${enc(token)}`, undefined, { expectUnauthenticated: true, signal }),
    accept: (token: string, input: AcceptInvitationInput) =>
      request<{ community: CommunityView; me: MeView }>('POST', `/api/invitations/${enc(token)}/accept`, input, {
        expectUnauthenticated: true,
      }),
  },
  // ---- sessions, methods, calendar and casus (apps/web/src/sessions, apps/web/src/cases) ----
  methods: {
    builtIn: (signal?: AbortSignal) => request<MethodEntryView<Method>[]>('GET', '/api/methods', undefined, { signal }),
    forCommunity: (communityId: string, signal?: AbortSignal) =>
      request<MethodEntryView<Method>[]>('GET', `/api/communities/${enc(communityId)}/methods`, undefined, { signal }),
  },
  sessions: {
    mine: (signal?: AbortSignal, when?: 'upcoming' | 'past') =>
      request<SessionView[]>('GET', `/api/me/sessions${when ? `?when=${when}` : ''}`, undefined, { signal }),
    forCommunity: (communityId: string, signal?: AbortSignal, when?: 'upcoming' | 'past') =>
      request<SessionView[]>('GET', `/api/communities/${enc(communityId)}/sessions${when ? `?when=${when}` : ''}`, undefined, { signal }),
    create: (communityId: string, input: CreateSessionInput) =>
      request<SessionView>('POST', `/api/communities/${enc(communityId)}/sessions`, input),
    get: (id: string, signal?: AbortSignal) => request<SessionView>('GET', `/api/sessions/${enc(id)}`, undefined, { signal }),
    update: (id: string, input: UpdateSessionInput) => request<SessionView>('PATCH', `/api/sessions/${enc(id)}`, input),
    cancel: (id: string) => request<SessionView>('POST', `/api/sessions/${enc(id)}/cancel`, {}),
    rsvp: (id: string, response: RsvpResponse) => request<SessionView>('PUT', `/api/sessions/${enc(id)}/rsvp`, { response }),
    /** A plain link (cookie auth): the browser downloads the .ics file. */
    icsUrl: (id: string) => `/api/sessions/${enc(id)}/ics`,
  },
  calendar: {
    /** Creates the feed on first use (then `url` is set); afterwards `url` is null. */
    mine: () => request<CalendarFeedView>('GET', '/api/me/calendar'),
    rotate: () => request<CalendarFeedView>('POST', '/api/me/calendar/rotate', {}),
  },
  cases: {
    get: (sessionId: string, signal?: AbortSignal) => request<CaseView>('GET', `/api/sessions/${enc(sessionId)}/case`, undefined, { signal }),
    save: (sessionId: string, input: UpsertCaseInput) => request<CaseView>('PUT', `/api/sessions/${enc(sessionId)}/case`, input),
  },
};
