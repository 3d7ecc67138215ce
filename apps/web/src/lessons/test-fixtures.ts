import type { LessonDetail, LessonPage, LessonView, ReflectiekaderOverview, SessionHarvestView } from '@mao/domain';
import { COP_ID, facilitatorMe } from '../test/fixtures';

export const LESSON_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1';
export const LESSON_2_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2';
export const LESSON_3_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa3';
export const HARVEST_SESSION_ID = '55555555-5555-4555-8555-555555555556';

/** A published lesson as the library lists it. */
export function lessonView(overrides: Partial<LessonView> = {}): LessonView {
  return {
    id: LESSON_ID,
    text: 'Bindende afspraken werken pas als school en wijkteam samen het gesprek met ouders voeren. Daarna volgt een vast overleg.',
    status: 'published',
    visibility: 'community',
    elementIds: ['cultuur-van-samenwerken'],
    indicatorIds: ['cultuur-van-samenwerken.onderling-vertrouwen'],
    themes: ['bindende afspraken'],
    community: { id: COP_ID, name: 'Bindende afspraken' },
    session: { id: HARVEST_SESSION_ID, title: 'Intervisie oktober', date: '2026-10-06' },
    method: { id: 'incidentmethode', name: 'Incidentmethode' },
    authorName: null,
    createdAt: '2026-10-06T15:00:00.000Z',
    publishedAt: '2026-10-07T09:00:00.000Z',
    reflectionCount: 1,
    ...overrides,
  };
}

export function lessonPage(items: LessonView[], overrides: Partial<LessonPage> = {}): LessonPage {
  return { items, total: items.length, limit: 20, offset: 0, totalIsLowerBound: false, ...overrides };
}

export function lessonDetail(overrides: Partial<LessonDetail> = {}): LessonDetail {
  return {
    ...lessonView(),
    reflections: [
      { id: 'r1', authorName: 'Sanne Bakker', text: 'Bij ons werkt een vast moment per maand goed.', createdAt: '2026-10-10T09:00:00.000Z' },
    ],
    actionPerspectives: [],
    mergedIntoId: null,
    can: { review: false, reflect: true },
    ...overrides,
  };
}

export function overview(): ReflectiekaderOverview {
  return {
    frameworkVersion: 1,
    total: 5,
    elements: [
      { elementId: 'gedeelde-visie', count: 1, indicators: [{ indicatorId: 'gedeelde-visie.een-verhaal', count: 1 }, { indicatorId: 'gedeelde-visie.aansluiten-op-clienten', count: 0 }, { indicatorId: 'gedeelde-visie.preventief-positief-jeugdbeleid', count: 0 }], withoutIndicator: 0 },
      {
        elementId: 'cultuur-van-samenwerken',
        count: 3,
        indicators: [
          { indicatorId: 'cultuur-van-samenwerken.onderling-vertrouwen', count: 2 },
          { indicatorId: 'cultuur-van-samenwerken.gedeelde-taal', count: 0 },
        ],
        withoutIndicator: 1,
      },
      { elementId: 'een-ecosysteem', count: 1, indicators: [], withoutIndicator: 1 },
    ],
    months: [
      { month: '2026-09', total: 2, byElement: { 'cultuur-van-samenwerken': 2 } },
      { month: '2026-10', total: 0, byElement: {} },
      { month: '2026-11', total: 3, byElement: { 'gedeelde-visie': 1, 'cultuur-van-samenwerken': 1, 'een-ecosysteem': 1 } },
    ],
  };
}

export function draft(id: string, text: string, overrides: Partial<LessonView> = {}): LessonView {
  return lessonView({
    id,
    text,
    status: 'draft',
    elementIds: [],
    indicatorIds: [],
    themes: [],
    publishedAt: null,
    reflectionCount: 0,
    privacyFindingCount: 0,
    reviewNotes: [],
    authorName: facilitatorMe.name,
    ...overrides,
  });
}

export function harvest(lessons: LessonView[]): SessionHarvestView {
  return { sessionId: HARVEST_SESSION_ID, harvestedAt: '2026-10-06T15:05:00.000Z', lessons };
}

/** The URLs `fetch` was called with (stubApi records paths only; filters travel in the query). */
export function requestedUrls(): string[] {
  const stub = globalThis.fetch as unknown as { mock: { calls: Array<[RequestInfo | URL, RequestInit?]> } };
  return stub.mock.calls.map(([input]) => (typeof input === 'string' ? input : input.toString()));
}
