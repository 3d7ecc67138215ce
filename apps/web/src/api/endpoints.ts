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
  SaveCaseDraftInput,
  UpdateSessionInput,
  UpsertCaseInput,
} from '@mao/domain';
import type {
  ActionPerspectiveView,
  CreateActionPerspectiveInput,
  CreateReflectionInput,
  DiscardLessonInput,
  LessonDetail,
  LessonNameSettingInput,
  LessonNameSettingView,
  LessonExportFormat,
  LessonPage,
  PublishLessonInput,
  ReflectiekaderOverview,
  ReflectionView,
  SessionHarvestView,
  UpdateLessonInput,
} from '@mao/domain';
import type {
  CreateProposalCommentInput,
  CreateProposalInput,
  HomeSettingsView,
  HomeView,
  NotificationListView,
  ProposalDetailView,
  ProposalView,
  SetProposalStatusInput,
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
    /** A private draft: only its author reads it; the guard's findings do not block it. */
    saveDraft: (sessionId: string, input: SaveCaseDraftInput) => request<CaseView>('PUT', `/api/sessions/${enc(sessionId)}/case/draft`, input),
  },
  // ---- lessons library, harvest review, reflections, action perspectives (apps/web/src/lessons) ----
  lessons: {
    /** `query` is a URL query string of library filters (`URLSearchParams`), without the leading "?". */
    list: (query: string, signal?: AbortSignal) => request<LessonPage>('GET', `/api/lessons${query ? `?${query}` : ''}`, undefined, { signal }),
    overview: (query: string, signal?: AbortSignal) =>
      request<ReflectiekaderOverview>('GET', `/api/lessons/overview${query ? `?${query}` : ''}`, undefined, { signal }),
    /** A plain URL (cookie auth); the lessons feature fetches it as a file. */
    exportUrl: (format: LessonExportFormat, query: string) => `/api/lessons/export?format=${format}${query ? `&${query}` : ''}`,
    get: (id: string, signal?: AbortSignal) => request<LessonDetail>('GET', `/api/lessons/${enc(id)}`, undefined, { signal }),
    update: (id: string, input: UpdateLessonInput) => request<LessonDetail>('PATCH', `/api/lessons/${enc(id)}`, input),
    merge: (id: string, otherId: string) => request<LessonDetail>('POST', `/api/lessons/${enc(id)}/merge`, { otherId }),
    publish: (id: string, input: PublishLessonInput) => request<LessonDetail>('POST', `/api/lessons/${enc(id)}/publish`, input),
    discard: (id: string, input: DiscardLessonInput = {}) => request<LessonDetail>('POST', `/api/lessons/${enc(id)}/discard`, input),
    reflect: (id: string, input: CreateReflectionInput) => request<ReflectionView>('POST', `/api/lessons/${enc(id)}/reflections`, input),
    forSession: (sessionId: string, signal?: AbortSignal) =>
      request<SessionHarvestView>('GET', `/api/sessions/${enc(sessionId)}/lessons`, undefined, { signal }),
    /** A plain link (cookie auth): the browser downloads the PDF. */
    harvestPdfUrl: (sessionId: string) => `/api/sessions/${enc(sessionId)}/harvest.pdf`,
    /** A parent's choice to show their name on platform-wide lessons (issue 15). */
    nameSetting: (signal?: AbortSignal) => request<LessonNameSettingView>('GET', '/api/me/lesson-name-setting', undefined, { signal }),
    setNameSetting: (input: LessonNameSettingInput) => request<LessonNameSettingView>('PUT', '/api/me/lesson-name-setting', input),
  },
  actionPerspectives: {
    create: (communityId: string, input: CreateActionPerspectiveInput) =>
      request<ActionPerspectiveView>('POST', `/api/communities/${enc(communityId)}/action-perspectives`, input),
    forCommunity: (communityId: string, signal?: AbortSignal) =>
      request<ActionPerspectiveView[]>('GET', `/api/communities/${enc(communityId)}/action-perspectives`, undefined, { signal }),
    link: (id: string, lessonIds: string[]) => request<ActionPerspectiveView>('POST', `/api/action-perspectives/${enc(id)}/lessons`, { lessonIds }),
  },
  // ---- home page, notifications, digest setting (apps/web/src/home) ----
  home: {
    get: (signal?: AbortSignal) => request<HomeView>('GET', '/api/me/home', undefined, { signal }),
    notifications: (signal?: AbortSignal) => request<NotificationListView>('GET', '/api/me/notifications', undefined, { signal }),
    unreadCount: (signal?: AbortSignal) => request<{ unread: number }>('GET', '/api/me/notifications/count', undefined, { signal }),
    markRead: (input: { ids: string[] } | { all: true }) => request<{ unread: number }>('POST', '/api/me/notifications/read', input),
    settings: (signal?: AbortSignal) => request<HomeSettingsView>('GET', '/api/me/home-settings', undefined, { signal }),
    updateSettings: (input: HomeSettingsView) => request<HomeSettingsView>('PUT', '/api/me/home-settings', input),
  },
  // ---- agenda proposals (apps/web/src/proposals) ----
  proposals: {
    forCommunity: (communityId: string, query: string, signal?: AbortSignal) =>
      request<ProposalView[]>('GET', `/api/communities/${enc(communityId)}/proposals${query ? `?${query}` : ''}`, undefined, { signal }),
    create: (communityId: string, input: CreateProposalInput) => request<ProposalDetailView>('POST', `/api/communities/${enc(communityId)}/proposals`, input),
    get: (id: string, signal?: AbortSignal) => request<ProposalDetailView>('GET', `/api/proposals/${enc(id)}`, undefined, { signal }),
    support: (id: string) => request<ProposalView>('PUT', `/api/proposals/${enc(id)}/support`, {}),
    withdrawSupport: (id: string) => request<ProposalView>('DELETE', `/api/proposals/${enc(id)}/support`, {}),
    comment: (id: string, input: CreateProposalCommentInput) => request<ProposalDetailView>('POST', `/api/proposals/${enc(id)}/comments`, input),
    setStatus: (id: string, input: SetProposalStatusInput) => request<ProposalDetailView>('POST', `/api/proposals/${enc(id)}/status`, input),
  },
};
