import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useLocale, useT } from '../i18n';
import { Button } from '../ui';
import { boardDocName, draftDocName, useDocsVersion, useSharedDocs } from './collab';
import { around, kindLabel } from './privacy';
import { openFindings, reviewBoard, reviewedSteps, type ReviewEntry } from './privacy-review';
import { useAuthorName, useLocalized, useRoom } from './room';

/** Where "Ga naar" goes: a step's board and an entry on it (and, for text, the finding in it). */
export interface ReviewTarget {
  stepId: string;
  key: string;
  match: string;
  start: number;
}

export interface PrivacyReviewProps {
  /** Bumped to move focus to the review's heading again (the controls' close button). */
  focusRequest: number;
  onGoTo: (target: ReviewTarget) => void;
  onCancel: () => void;
}

/** How long to wait for a board that does not arrive (offline) before listing it as not checked. */
const GIVE_UP_MS = 10_000;

/**
 * The facilitator's privacy check before closing. Every step's board (and the revealed drafts
 * that are part of the summary) is opened and read with the privacy guard; each entry with
 * findings is listed per step: the kind, the text around it, who wrote it (from the roster),
 * whether it is hidden, and "Ga naar", which takes the facilitator there (on the current step
 * it focuses the entry; another step is first made current — the group moves along — since
 * only the current step's board can be moderated). The list follows the boards live, so hiding,
 * deleting or a writer's fix shows at once. Closing (`end`) happens only here, after the check:
 * what is on the boards then becomes the summary.
 */
export function PrivacyReview({ focusRequest, onGoTo, onCancel }: PrivacyReviewProps) {
  const t = useT();
  const r = t.live.review;
  const { locale } = useLocale();
  const localized = useLocalized();
  const authorName = useAuthorName();
  const { sessionId, view, awarenessUser, run } = useRoom();
  const { state, method, roster } = view;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [ending, setEnding] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);

  const steps = useMemo(() => reviewedSteps(method, state), [method, state]);
  const rosterKey = roster.map((entry) => entry.userId).join(',');
  const names = useMemo(
    () =>
      steps.flatMap(({ stepId, drafts }) => [
        boardDocName(sessionId, stepId),
        ...(drafts ? rosterKey.split(',').filter(Boolean).map((userId) => draftDocName(sessionId, stepId, userId)) : []),
      ]),
    [steps, sessionId, rosterKey],
  );
  const docs = useSharedDocs(names, awarenessUser);
  useDocsVersion([...docs.values()].map((entry) => entry.handle.doc));

  useEffect(() => {
    headingRef.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, []);

  /** The document if it can be read now; 'waiting' while it loads; null when it cannot be read. */
  const readable = (name: string): Y.Doc | 'waiting' | null => {
    const entry = docs.get(name);
    if (!entry) return gaveUp ? null : 'waiting';
    if (entry.status.connection === 'refused') return null;
    if (!entry.status.synced) return gaveUp ? null : 'waiting';
    return entry.handle.doc;
  };

  const perStep = steps.map(({ stepId, drafts }) => {
    const board = readable(boardDocName(sessionId, stepId));
    const draftDocs = drafts ? roster.map((entry) => readable(draftDocName(sessionId, stepId, entry.userId))) : [];
    const waiting = board === 'waiting' || draftDocs.includes('waiting');
    const unreadable = board === null;
    const entries = waiting ? [] : reviewBoard(stepId, board, draftDocs.filter((doc): doc is Y.Doc => doc !== null && doc !== 'waiting'));
    return { stepId, waiting, unreadable, entries };
  });
  const checking = perStep.some((step) => step.waiting);
  const all = perStep.flatMap((step) => step.entries);
  const open = openFindings(all);
  const total = all.reduce((sum, entry) => sum + entry.findings.length, 0);
  const boardsWithFindings = perStep.filter((step) => step.entries.length > 0).length;
  const stepOf = (stepId: string) => method.steps.find((step) => step.id === stepId);
  const stepNumber = (stepId: string) => method.steps.findIndex((step) => step.id === stepId) + 1;

  const end = async () => {
    setEnding(true);
    await run({ type: 'end' });
    setEnding(false);
  };

  const describeEntry = (entry: ReviewEntry) => {
    const where = r.where[entry.kind] ?? entry.kind;
    return entry.authorId ? `${where} ${r.by(authorName(entry.authorId))}` : `${where} (${r.notesBy})`;
  };

  return (
    <section className="panel privacy-review" id="privacy-review" aria-labelledby="privacy-review-title">
      <h2 id="privacy-review-title" className="panel__title privacy-review__title" tabIndex={-1} ref={headingRef}>
        {r.title}
      </h2>
      <p>{r.intro}</p>
      <p role="status" className={['privacy-review__result', !checking && total > 0 ? 'privacy-review__result--found' : null].filter(Boolean).join(' ')}>
        {checking ? r.checking : total === 0 ? `${r.checked(steps.length)} ${r.none}` : `${r.checked(steps.length)} ${r.found(total, boardsWithFindings)}`}
      </p>
      {!checking && total > 0 && <p>{r.howTo}</p>}
      {!checking &&
        perStep
          .filter((step) => step.entries.length > 0 || step.unreadable)
          .map((step) => {
            const title = localized(stepOf(step.stepId)?.title);
            const isCurrent = state.currentStepId === step.stepId;
            const stepLabel = r.stepHeading(stepNumber(step.stepId), title);
            return (
              <section key={step.stepId} className="privacy-review__step" aria-labelledby={`privacy-review-${step.stepId}`}>
                <h3 id={`privacy-review-${step.stepId}`} className="privacy-review__step-title">
                  {stepLabel} {isCurrent && <span className="badge badge--neutral">{r.currentStep}</span>}
                </h3>
                {step.unreadable && <p className="muted">{r.unreadable(title)}</p>}
                {step.entries.length > 0 && (
                  <ul className="privacy-review__list">
                    {step.entries.map((entry) => {
                      const what = describeEntry(entry);
                      const first = entry.findings[0];
                      return (
                        <li key={`${entry.kind}-${entry.key}`} className={['privacy-review__entry', entry.hidden ? 'privacy-review__entry--hidden' : null].filter(Boolean).join(' ')}>
                          <p className="privacy-review__where">
                            {what} {entry.hidden && <span className="badge badge--hidden">{r.hidden}</span>}
                          </p>
                          <ul className="privacy-review__findings">
                            {entry.findings.map((finding) => {
                              const context = around(entry.text, finding);
                              return (
                                <li key={`${finding.start}-${finding.kind}`}>
                                  <strong>{kindLabel(finding, locale, t.cases.warningTag)}</strong>:{' '}
                                  <span className="privacy-review__context">
                                    {context.before}
                                    <mark className={`privacy-mark privacy-mark--${finding.severity}`}>{context.match}</mark>
                                    {context.after}
                                  </span>
                                </li>
                              );
                            })}
                          </ul>
                          {first && (
                            <div className="button-row">
                              <Button variant="secondary" aria-label={r.goToLabel(what, stepLabel)} onClick={() => onGoTo({ stepId: entry.stepId, key: entry.key, match: first.match, start: first.start })}>
                                {r.goTo}
                              </Button>
                              {!isCurrent && <span className="muted">{r.otherStep}</span>}
                            </div>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            );
          })}
      <div className="privacy-review__confirm" role="group" aria-labelledby="privacy-review-question">
        {!checking && total > 0 && <p>{open > 0 ? r.openLeft(open) : r.allHidden}</p>}
        <p id="privacy-review-question" className="confirm__question">
          {r.question}
        </p>
        <div className="button-row">
          {!checking && (
            <Button variant="danger" busy={ending} busyLabel={t.live.controls.ending} onClick={() => void end()}>
              {t.live.controls.endConfirm}
            </Button>
          )}
          <Button variant="quiet" onClick={onCancel}>
            {r.back}
          </Button>
        </div>
      </div>
    </section>
  );
}
