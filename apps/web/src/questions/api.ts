import type {
  AdviceMembershipView,
  AnswerCandidateView,
  AnswerView,
  CloseQuestionInput,
  CreateAnswerInput,
  CreateJoinRequestInput,
  CreateQuestionInput,
  DecideJoinRequestInput,
  InviteAnswerersInput,
  JoinRequestView,
  QuestionDetail,
  QuestionPage,
} from '@mao/domain';
import { request } from '../api';

const enc = encodeURIComponent;

/** The REST calls of Vraag en advies (apps/api/src/questions), typed with the shared contracts. */
export const questionsApi = {
  membership: (signal?: AbortSignal) => request<AdviceMembershipView>('GET', '/api/questions/membership', undefined, { signal }),
  list: (query: string, signal?: AbortSignal) => request<QuestionPage>('GET', `/api/questions${query ? `?${query}` : ''}`, undefined, { signal }),
  get: (id: string, signal?: AbortSignal) => request<QuestionDetail>('GET', `/api/questions/${enc(id)}`, undefined, { signal }),
  ask: (input: CreateQuestionInput) => request<QuestionDetail>('POST', '/api/questions', input),
  answer: (id: string, input: CreateAnswerInput) => request<AnswerView>('POST', `/api/questions/${enc(id)}/answers`, input),
  markHelpful: (id: string, answerId: string, helpful: boolean) => request<AnswerView>('PUT', `/api/questions/${enc(id)}/answers/${enc(answerId)}/helpful`, { helpful }),
  harvest: (id: string, answerId: string, communityId: string) => request<{ lessonId: string }>('POST', `/api/questions/${enc(id)}/answers/${enc(answerId)}/harvest`, { communityId }),
  invite: (id: string, input: InviteAnswerersInput) => request<{ mailed: number; notInVraagEnAdvies: number }>('POST', `/api/questions/${enc(id)}/invitations`, input),
  close: (id: string, input: CloseQuestionInput = {}) => request<QuestionDetail>('POST', `/api/questions/${enc(id)}/close`, input),
  candidates: (q: string, signal?: AbortSignal) => request<AnswerCandidateView[]>('GET', `/api/questions/candidates${q ? `?q=${enc(q)}` : ''}`, undefined, { signal }),
  communities: (signal?: AbortSignal) => request<Array<{ id: string; name: string; memberCount: number }>>('GET', '/api/questions/communities', undefined, { signal }),
  requestToJoin: (input: CreateJoinRequestInput) => request<JoinRequestView | { received: true }>('POST', '/api/questions/join-requests', input),
  joinRequests: (signal?: AbortSignal) => request<JoinRequestView[]>('GET', '/api/questions/join-requests', undefined, { signal }),
  approve: (id: string) => request<JoinRequestView>('POST', `/api/questions/join-requests/${enc(id)}/approve`, {}),
  reject: (id: string, input: DecideJoinRequestInput) => request<JoinRequestView>('POST', `/api/questions/join-requests/${enc(id)}/reject`, input),
};
