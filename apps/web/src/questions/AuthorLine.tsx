import { BACKGROUND_LABELS, HIDDEN_PARENT_NAME, ORGANISATION_TYPE_LABELS, youthCareRegion, type AuthorProfile } from '@mao/domain';
import { useCallback } from 'react';
import { useLocale, useT } from '../i18n';

/**
 * Who wrote something, as shown next to it on the platform: name, domain (background), kind of
 * organisation and jeugdzorgregio (a parent who keeps their name off platform-wide texts is
 * "een ouder": the api sends no name or id then). `otherRegion` adds the mark "geen belang in jouw regio" in
 * words (not only colour), with its meaning as a description.
 */
export function AuthorLine({ label, author, otherRegion = false }: { label: string; author: AuthorProfile; otherRegion?: boolean }) {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const region = youthCareRegion(author.regionId);
  const parts = [
    author.background ? BACKGROUND_LABELS[author.background][locale] : null,
    author.organisationType ? ORGANISATION_TYPE_LABELS[author.organisationType][locale] : null,
    region ? region.name : q.unknownRegion,
  ].filter((part): part is string => part !== null);
  return (
    <p className="author-line">
      <span className="author-line__label">{label}</span> <strong>{author.name === HIDDEN_PARENT_NAME.nl && author.id === null ? HIDDEN_PARENT_NAME[locale] : author.name}</strong> <span className="author-line__meta">· {parts.join(' · ')}</span>
      {otherRegion && (
        <span className="region-mark" title={q.otherRegionHint}>
          {q.otherRegion}
          <span className="visually-hidden">. {q.otherRegionHint}</span>
        </span>
      )}
    </p>
  );
}

/** "Onderwijs · School · Twente": a writer's domain, kind of organisation and region, for any text on the platform. */
export function useWriterProfile() {
  const q = useT().questions;
  const { locale } = useLocale();
  return useCallback(
    (profile: Pick<AuthorProfile, 'background' | 'organisationType' | 'regionId'>) =>
      [
        profile.background ? BACKGROUND_LABELS[profile.background][locale] : null,
        profile.organisationType ? ORGANISATION_TYPE_LABELS[profile.organisationType][locale] : null,
        youthCareRegion(profile.regionId)?.name ?? q.unknownRegion,
      ]
        .filter((part): part is string => part !== null)
        .join(' · '),
    [locale, q.unknownRegion],
  );
}
