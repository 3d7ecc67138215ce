import { LESSON_PAGE_DEFAULT } from '@mao/domain';

/**
 * The library's filters live in the URL query (shareable, bookmarkable, "back" works). The same
 * names as the api's query (`GET /api/lessons`), plus `pagina` (1-based) for the page.
 * Repeatable filters (`element`, `indicator`, `theme`) keep every value the URL carries.
 */
export const FILTER_KEYS = ['q', 'element', 'indicator', 'communityId', 'methodId', 'theme', 'from', 'to', 'visibility'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const PAGE_PARAM = 'pagina';
export const PAGE_SIZE = LESSON_PAGE_DEFAULT;

/** The filters of a URL query, without the page and anything unknown; empty values dropped. */
export function filterParams(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    for (const value of search.getAll(key)) {
      if (value.trim() !== '') out.append(key, key === 'q' ? value : value.trim());
    }
  }
  return out;
}

/** 1-based page number from the URL; anything odd is page 1. */
export function pageOf(search: URLSearchParams): number {
  const raw = search.get(PAGE_PARAM);
  const page = raw && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

/** The api query for one page of the library. */
export function listQuery(search: URLSearchParams): string {
  const params = filterParams(search);
  params.set('limit', String(PAGE_SIZE));
  const offset = (pageOf(search) - 1) * PAGE_SIZE;
  if (offset > 0) params.set('offset', String(offset));
  return params.toString();
}

/** A link into the library with these filters, e.g. from the overview: `/lessen?element=…`. */
export function libraryHref(filters: Partial<Record<FilterKey, string | readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) if (item !== '') params.append(key, item);
  }
  const query = params.toString();
  return query ? `/lessen?${query}` : '/lessen';
}

/** The same query with another page (page 1 leaves the parameter out). */
export function withPage(search: URLSearchParams, page: number): string {
  const params = filterParams(search);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  const query = params.toString();
  return query ? `?${query}` : '?';
}

/** First and last calendar day of a `YYYY-MM` month, for period filters. */
export function monthRange(month: string): { from: string; to: string } {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
