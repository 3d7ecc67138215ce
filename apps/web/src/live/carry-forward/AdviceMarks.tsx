import { Check } from 'lucide-react';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { useDocsVersion } from '../collab';
import { useAuthorName, useLocalized, useRoom } from '../room';
import { carriedCards, markedKeys, toggleMark } from './marks';
import type { Carried } from './useCarried';

export interface AdviceMarksProps {
  /** The response step's own board: the inbrenger's marks live there, under the inbrenger's id. */
  doc: Y.Doc | null;
  carried: Carried;
  /** May the inbrenger write on the response board now (live, this step)? */
  writable: boolean;
  level: 3 | 4;
}

/**
 * The advice cards in the inbrenger's response step (the step takes them from the advice step,
 * as the method data says). The inbrenger marks what speaks to them ("Spreekt me aan", a toggle
 * button); everyone else sees the marks. A mark is the inbrenger's own entry on this board
 * (`marksByAuthor`, key `<inbrengerId>/<cardKey>`), so the server lets nobody else write it.
 */
export function AdviceMarks({ doc, carried, writable, level }: AdviceMarksProps) {
  const t = useT().agreements.carry;
  const localized = useLocalized();
  const authorName = useAuthorName();
  const { view, meId } = useRoom();
  useDocsVersion([doc]);
  const presenterId = view.state.presenterId;
  const isPresenter = presenterId !== null && presenterId === meId;
  const cards = carriedCards(carried.docs, carried.hiddenKeys);
  const marked = doc && presenterId ? markedKeys(doc, presenterId) : new Set<string>();
  const canMark = isPresenter && writable && doc !== null;
  const Heading = level === 3 ? 'h3' : 'h4';
  const sourceTitle = carried.source?.kind === 'step' ? localized(carried.source.step.title) : '';
  return (
    <section className="carried carried--advice" aria-labelledby={`carried-advice-${view.state.currentStepId ?? ''}`}>
      <Heading id={`carried-advice-${view.state.currentStepId ?? ''}`} className="carried__title">
        {t.adviceTitle}
      </Heading>
      <p className="muted">
        {t.fromStep(sourceTitle)}. {isPresenter && canMark ? t.adviceIntroPresenter : t.adviceIntro}
      </p>
      {cards.length === 0 ? (
        <p className="muted">{t.adviceEmpty}</p>
      ) : (
        <>
          <p role="status" className="carried__count">
            {t.markedCount(cards.filter((card) => marked.has(card.key)).length)}
          </p>
          <ul className="card-list carried__list">
            {cards.map((card) => {
              const on = marked.has(card.key);
              return (
                <li key={card.key} className={['card', on ? 'card--marked' : null].filter(Boolean).join(' ')}>
                  <p className="card__text">{card.text}</p>
                  <p className="card__meta muted">{authorName(card.authorId)}</p>
                  {canMark ? (
                    <button type="button" className={['button', on ? 'button--primary' : 'button--secondary', 'carried__mark'].join(' ')} aria-pressed={on} aria-label={t.markFor(card.text)} onClick={() => doc && toggleMark(doc, meId, card.key)}>
                      {on && <Check aria-hidden="true" size={16} />} {t.mark}
                    </button>
                  ) : (
                    on && (
                      <p className="carried__marked">
                        <Check aria-hidden="true" size={16} /> {t.marked}
                      </p>
                    )
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
