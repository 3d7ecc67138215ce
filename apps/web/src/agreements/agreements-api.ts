import type { AgreementListQuery, AgreementView, CreateAgreementInput, SessionSummaryView, UpdateAgreementInput } from '@mao/domain';
import { request } from '../api';

const enc = encodeURIComponent;

/** The agreements routes (apps/api/src/agreements), typed with the contracts of @mao/domain. */
export const agreementsApi = {
  forCommunity: (communityId: string, status: AgreementListQuery['status'] | undefined, signal?: AbortSignal) =>
    request<AgreementView[]>('GET', `/api/communities/${enc(communityId)}/agreements${status ? `?status=${enc(status)}` : ''}`, undefined, { signal }),
  forSession: (sessionId: string, signal?: AbortSignal) => request<AgreementView[]>('GET', `/api/sessions/${enc(sessionId)}/agreements`, undefined, { signal }),
  create: (sessionId: string, input: CreateAgreementInput) => request<AgreementView>('POST', `/api/sessions/${enc(sessionId)}/agreements`, input),
  update: (agreementId: string, input: UpdateAgreementInput) => request<AgreementView>('PATCH', `/api/agreements/${enc(agreementId)}`, input),
  summary: (sessionId: string, signal?: AbortSignal) => request<SessionSummaryView>('GET', `/api/sessions/${enc(sessionId)}/summary`, undefined, { signal }),
  /** A plain URL (cookie auth), fetched as a file. */
  myAdvicePdfUrl: (sessionId: string) => `/api/sessions/${enc(sessionId)}/summary/mijn-adviezen.pdf`,
};
