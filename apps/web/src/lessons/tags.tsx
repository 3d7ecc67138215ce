import { findElement, findIndicator, HIDDEN_PARENT_NAME, indicatorElementId, REFLECTIEKADER, type LessonView } from '@mao/domain';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../i18n';
import { libraryHref } from './filters';

/** Labels of the reflectiekader in the current language (unknown ids are shown as they are). */
export function useFrameworkLabels() {
  const { locale } = useLocale();
  const element = useCallback(
    (id: string) => {
      const found = findElement(id);
      return found ? `${found.number}. ${found.label[locale]}` : id;
    },
    [locale],
  );
  const indicator = useCallback((id: string) => findIndicator(id)?.label[locale] ?? id, [locale]);
  return { element, indicator, locale };
}

/**
 * An author name as the api sends it ("A, B" for a merged lesson), with the placeholder the api
 * puts in for a parent who keeps their name off platform-wide lessons ("een ouder") in the
 * chosen language.
 */
export function useAuthorName() {
  const { locale } = useLocale();
  return useCallback(
    (name: string) =>
      name
        .split(', ')
        .map((part) => (part === HIDDEN_PARENT_NAME.nl ? HIDDEN_PARENT_NAME[locale] : part))
        .join(', '),
    [locale],
  );
}

/** The lesson's tags grouped by element in framework order: element → its tagged indicators. */
export function groupedTags(lesson: Pick<LessonView, 'elementIds' | 'indicatorIds'>): Array<{ elementId: string; indicatorIds: string[] }> {
  const elementIds = new Set([...lesson.elementIds, ...lesson.indicatorIds.map(indicatorElementId)]);
  const order = REFLECTIEKADER.elements.map((e) => e.id);
  return [...elementIds]
    .sort((a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)))
    .map((elementId) => ({ elementId, indicatorIds: lesson.indicatorIds.filter((id) => indicatorElementId(id) === elementId) }));
}

/**
 * The lesson's werkzame elementen and indicatoren as labelled tags (each element followed by
 * its indicators), and its themes. With `links`, each tag opens the library filtered by it.
 */
export function LessonTags({ lesson, links = false }: { lesson: Pick<LessonView, 'elementIds' | 'indicatorIds' | 'themes'>; links?: boolean }) {
  const t = useT();
  const l = t.lessons;
  const labels = useFrameworkLabels();
  const items: Array<{ key: string; label: string; href: string; kind: 'element' | 'indicator' | 'theme' }> = [];
  for (const group of groupedTags(lesson)) {
    items.push({ key: group.elementId, label: labels.element(group.elementId), href: libraryHref({ element: group.elementId }), kind: 'element' });
    for (const id of group.indicatorIds) items.push({ key: id, label: labels.indicator(id), href: libraryHref({ indicator: id }), kind: 'indicator' });
  }
  const themes = lesson.themes.map((theme) => ({ key: theme, label: theme, href: libraryHref({ theme }), kind: 'theme' as const }));
  const list = (entries: typeof items, label: string) => (
    <ul className="tags lesson-tags__list" aria-label={label}>
      {entries.map((item) => (
        <li key={item.key} className={`tag lesson-tag lesson-tag--${item.kind}`}>
          {links ? (
            <Link to={item.href} aria-label={l.moreLikeThis(item.label)}>
              {item.label}
            </Link>
          ) : (
            item.label
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="lesson-tags">
      {items.length === 0 ? <p className="muted">{l.noTags}</p> : list(items, l.tagsLabel)}
      {themes.length > 0 && list(themes, l.themesLabel)}
    </div>
  );
}

/** Cuts a flattened text at a word boundary to at most `max` characters (with "…" when cut); also says where it cut. */
function clip(flat: string, max: number): { text: string; used: number } {
  if (flat.length <= max) return { text: flat, used: flat.length };
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const kept = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '');
  return { text: `${kept}…`, used: kept.length };
}

/** A short title for a lesson: its first sentence, at most `max` characters. */
export function lessonExcerpt(text: string, max = 90): string {
  return lessonSummary(text, max).title;
}

/**
 * A lesson in a list (issue 15): a short title — the first sentence, clipped at a word — and a
 * teaser of what follows it, so the list never shows the text twice (once as title, once as
 * body). `rest` is null when the title already says everything.
 */
export function lessonSummary(text: string, titleMax = 90, restMax = 220): { title: string; rest: string | null } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  const title = clip(sentence, titleMax);
  // Where the title stopped: after the whole first sentence, or inside it (then the teaser goes on from there).
  const remainder = title.used === sentence.length ? flat.slice(sentence.length).trim() : `…${flat.slice(title.used).trim()}`;
  return { title: title.text, rest: remainder.replace(/^…$/, '') === '' ? null : clip(remainder, restMax).text };
}
