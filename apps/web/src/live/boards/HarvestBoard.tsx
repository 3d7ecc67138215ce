import { findElement, findIndicator, REFLECTIEKADER, type HarvestEntry } from '@mao/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { Button, ConfirmAction, HighlightedText } from '../../ui';
import { addLesson, deleteLesson, parseThemes, readLessons } from '../board-model';
import { useDocsVersion } from '../collab';
import { guardText, marksOf } from '../privacy';
import { useActor, useAuthorName, useLocalized } from '../room';
import { PrivacyMarker } from './PrivacyMarker';
import { PrivacyTextField, useEntryHold } from './PrivacyTextField';

export interface HarvestBoardProps {
  doc: Y.Doc | null;
  draftDocs?: readonly Y.Doc[];
  writable: boolean;
  level: 3 | 4;
  /** The facilitator on the live shared board: may delete anyone's lesson. */
  moderate?: boolean;
}

/**
 * The harvest: lessons learned, each tied to werkzame elementen (and indicators) of the
 * reflectiekader and to free themes. The api turns these entries into lessons after the session.
 */
export function HarvestBoard({ doc, draftDocs = [], writable, level, moderate = false }: HarvestBoardProps) {
  const t = useT();
  useDocsVersion([doc, ...draftDocs]);
  const lessons = [
    ...(doc ? readLessons(doc).map((lesson) => ({ lesson, fromDraft: false })) : []),
    ...draftDocs.flatMap((draft) => readLessons(draft).map((lesson) => ({ lesson, fromDraft: true }))),
  ].sort((a, b) => a.lesson.createdAt - b.lesson.createdAt || (a.lesson.key < b.lesson.key ? -1 : a.lesson.key > b.lesson.key ? 1 : 0));
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="board board--harvest">
      {writable && doc && <LessonForm doc={doc} />}
      <Heading className="board__subtitle">{t.live.board.harvest.listTitle}</Heading>
      {lessons.length === 0 ? (
        <p className="empty muted">{t.live.board.harvest.empty}</p>
      ) : (
        <ul className="lesson-list">
          {lessons.map(({ lesson, fromDraft }) => (
            <LessonItem key={`${fromDraft ? 'd' : 'b'}-${lesson.key}`} lesson={lesson} doc={fromDraft ? null : doc} writable={writable && !fromDraft} moderate={moderate && !fromDraft} />
          ))}
        </ul>
      )}
    </div>
  );
}

function LessonItem({ lesson, doc, writable, moderate }: { lesson: HarvestEntry; doc: Y.Doc | null; writable: boolean; moderate: boolean }) {
  const t = useT();
  const localized = useLocalized();
  const actor = useActor();
  const name = useAuthorName()(lesson.authorId);
  const active = writable && doc !== null;
  const own = lesson.authorId === actor.userId;
  const findings = own || actor.facilitator ? guardText(lesson.text) : [];
  return (
    <li className={['lesson', findings.length > 0 ? 'lesson--flagged' : null].filter(Boolean).join(' ')} data-entry-key={lesson.key} tabIndex={-1}>
      <p className="lesson__text">{findings.length > 0 ? <HighlightedText text={lesson.text} marks={marksOf(findings)} /> : lesson.text}</p>
      <PrivacyMarker findings={findings} audience={own ? t.live.privacy.markerForAuthor : t.live.privacy.markerForFacilitator(name)} />
      {lesson.elementIds.length > 0 && (
        <ul className="tags" aria-label={t.live.board.harvest.elements}>
          {lesson.elementIds.map((elementId) => (
            <li key={elementId} className="tag tag--element">
              {localized(findElement(elementId)?.label) || elementId}
            </li>
          ))}
          {lesson.indicatorIds.map((indicatorId) => (
            <li key={indicatorId} className="tag">
              {localized(findIndicator(indicatorId)?.label) || indicatorId}
            </li>
          ))}
        </ul>
      )}
      {lesson.themes.length > 0 && (
        <ul className="tags" aria-label={t.live.board.harvest.themes}>
          {lesson.themes.map((theme) => (
            <li key={theme} className="tag tag--theme">
              #{theme}
            </li>
          ))}
        </ul>
      )}
      <p className="board-card__meta">{t.live.board.by(name)}</p>
      {active && own && (
        <button type="button" className="button button--quiet" aria-label={t.live.board.harvest.deleteLesson(lesson.text.slice(0, 60))} onClick={() => doc && deleteLesson(doc, lesson.key, actor)}>
          {t.live.board.deleteCard}
        </button>
      )}
      {doc && !own && moderate && actor.facilitator && (
        <ConfirmAction
          triggerLabel={t.live.board.deleteCard}
          triggerAriaLabel={t.live.board.harvest.deleteLesson(lesson.text.slice(0, 60))}
          question={t.live.board.removeOthersQuestion(name)}
          confirmLabel={t.live.board.removeOthersConfirm}
          cancelLabel={t.common.cancel}
          onConfirm={() => {
            if (doc) deleteLesson(doc, lesson.key, actor);
          }}
        />
      )}
    </li>
  );
}

function LessonForm({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const localized = useLocalized();
  const { userId } = useActor();
  const id = useId();
  const [text, setText] = useState('');
  const [elements, setElements] = useState<string[]>([]);
  const [indicators, setIndicators] = useState<string[]>([]);
  const [themes, setThemes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hold = useEntryHold(text, t.live.privacy.addAnyway);
  const textRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const submit = (event?: FormEvent, anyway = false) => {
    event?.preventDefault();
    if (text.trim() && !hold.check(text, anyway)) {
      setError(null);
      textRef.current?.focus();
      return;
    }
    const added = addLesson(doc, {
      text,
      elementIds: elements,
      indicatorIds: indicators.filter((indicatorId) => elements.some((elementId) => indicatorId.startsWith(`${elementId}.`))),
      themes: parseThemes(themes),
      authorId: userId,
    });
    if (!added) {
      setError(t.live.board.harvest.needText);
      return;
    }
    setError(null);
    setText('');
    setElements([]);
    setIndicators([]);
    setThemes('');
  };
  const themeList = parseThemes(themes);

  return (
    <form className="lesson-form" onSubmit={submit} noValidate>
      <PrivacyTextField
        label={t.live.board.harvest.lessonLabel}
        hint={t.live.board.harvest.lessonHint}
        value={text}
        onChange={setText}
        error={error ?? hold.message}
        rows={3}
        maxLength={2000}
        ref={textRef}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t.live.board.harvest.elements}</legend>
        <p className="field__hint">{t.live.board.harvest.elementsHint}</p>
        <ul className="element-choices">
          {REFLECTIEKADER.elements.map((element) => {
            const checked = elements.includes(element.id);
            return (
              <li key={element.id}>
                <div className="checkbox">
                  <input
                    id={`${id}-${element.id}`}
                    type="checkbox"
                    checked={checked}
                    onChange={() => setElements((current) => toggle(current, element.id))}
                  />
                  <label htmlFor={`${id}-${element.id}`}>
                    {element.number}. {localized(element.label)}
                  </label>
                </div>
                {checked && element.indicators.length > 0 && (
                  <fieldset className="fieldset fieldset--nested">
                    <legend className="field__hint">{t.live.board.harvest.indicatorsOf(localized(element.label))}</legend>
                    {element.indicators.map((indicator) => (
                      <div key={indicator.id} className="checkbox checkbox--small">
                        <input
                          id={`${id}-${indicator.id}`}
                          type="checkbox"
                          checked={indicators.includes(indicator.id)}
                          onChange={() => setIndicators((current) => toggle(current, indicator.id))}
                        />
                        <label htmlFor={`${id}-${indicator.id}`} title={localized(indicator.description)}>
                          {localized(indicator.label)}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-themes`}>
          {t.live.board.harvest.themes}
        </label>
        <p className="field__hint" id={`${id}-themes-hint`}>
          {t.live.board.harvest.themesHint}
        </p>
        <input id={`${id}-themes`} className="input" value={themes} aria-describedby={`${id}-themes-hint`} onChange={(event) => setThemes(event.target.value)} />
        {themeList.length > 0 && (
          <ul className="tags" aria-hidden="true">
            {themeList.map((theme) => (
              <li key={theme} className="tag tag--theme">
                #{theme}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="button-row">
        <Button type="submit">{t.live.board.harvest.add}</Button>
        {hold.mayOverride && (
          <Button variant="quiet" onClick={() => submit(undefined, true)}>
            {t.live.privacy.addAnyway}
          </Button>
        )}
      </div>
    </form>
  );
}
