import { PERSPECTIVE_LABELS, PERSPECTIVES, type Perspective } from '@mao/domain';
import {
  currentStep,
  navigation,
  perspectiveOf,
  proposePerspectiveAssignments,
  proposeRotation,
} from '@mao/intervisie-method';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { Button } from '../ui';
import { nameOf, useLocalized, useRoom } from './room';
import { currentWindow } from './window-clock';

export interface DraftCount {
  count: number;
  total: number;
}

export interface FacilitatorControlsProps {
  draftCount: DraftCount | null;
  /** The privacy check before closing is open (it holds the confirmation). */
  reviewing?: boolean;
  /** "Bijeenkomst afsluiten": open the privacy check (or move to it when it is open). */
  onReview: () => void;
}

/**
 * What only the facilitator can do: move the group (back is always possible), the clock,
 * reveal drafts, perspectives, roles, hand over, and close the session — after the privacy
 * check of every board (PrivacyReview), where closing is confirmed.
 */
export function FacilitatorControls({ draftCount, reviewing = false, onReview }: FacilitatorControlsProps) {
  const t = useT();
  const { view, run } = useRoom();
  const { state, method } = view;
  const step = currentStep(state, method);
  const nav = navigation(state, method);
  if (!step) return null;
  const revealed = state.revealedStepIds.includes(step.id);
  return (
    <section className="panel controls" aria-labelledby="live-controls-title">
      <h2 id="live-controls-title" className="panel__title">
        {t.live.controls.title}
      </h2>
      {nav.isLastStep && <p className="muted">{t.live.controls.lastStep}</p>}
      <ClockControls />
      {step.privateDrafts && (
        <div className="controls__drafts">
          {revealed ? (
            <p>{t.live.controls.revealed}</p>
          ) : (
            <>
              <p aria-live="polite">{draftCount ? t.live.controls.drafting(draftCount.count, draftCount.total) : '…'}</p>
              <p className="muted">{t.live.controls.draftsHint}</p>
              <Button onClick={() => void run({ type: 'revealDrafts' })}>{t.live.controls.reveal}</Button>
            </>
          )}
        </div>
      )}
      {step.board === 'perspectives' && <PerspectivePanel />}
      {(step.kind === 'role-assignment' || state.presenterId === null) && <PresenterPicker />}
      {step.kind === 'rotation' && <RotationButton />}
      <HandOver />
      <div className="controls__end">
        <Button variant="secondary" aria-expanded={reviewing} aria-controls={reviewing ? 'privacy-review' : undefined} onClick={onReview}>
          {t.live.controls.end}
        </Button>
        {reviewing && <p className="muted">{t.live.controls.reviewOpen}</p>}
      </div>
    </section>
  );
}

/** Pause / resume, a few minutes more, or a new clock: the facilitator's, and the timekeeper's. */
export function ClockControls() {
  const t = useT();
  const { view, run } = useRoom();
  // A step in writing closes with its window: only pausing applies.
  const inWriting = currentWindow(view) !== undefined;
  return (
    <>
      <div className="button-row">
        {view.state.status === 'paused' ? (
          <Button variant="secondary" onClick={() => void run({ type: 'resume' })}>
            {t.live.controls.resume}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => void run({ type: 'pause' })}>
            {t.live.controls.pause}
          </Button>
        )}
        {!inWriting && (
          <div className="button-row button-row--tight" role="group" aria-label={t.live.controls.extendGroup}>
            {[2, 5].map((minutes) => (
              <Button key={minutes} variant="secondary" onClick={() => void run({ type: 'extendTimer', minutes })}>
                {t.live.controls.extend(minutes)}
              </Button>
            ))}
          </div>
        )}
      </div>
      {!inWriting && <SetTimerForm />}
    </>
  );
}

function SetTimerForm() {
  const t = useT();
  const id = useId();
  const { view, run } = useRoom();
  const step = currentStep(view.state, view.method);
  const [minutes, setMinutes] = useState(String(step?.timeboxMinutes ?? 5));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isFinite(value) || value < 1 || value > 240) {
      setError(t.live.controls.timerInvalid);
      return;
    }
    setError(null);
    await run({ type: 'setTimer', minutes: value });
  };
  return (
    <form className="set-timer" onSubmit={(event) => void submit(event)} noValidate>
      <div className={['field', 'field--short', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={id}>
          {t.live.controls.timerMinutes}
        </label>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            <span className="field__error-icon" aria-hidden="true">
              !
            </span>
            {error}
          </p>
        )}
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary">
        {t.live.controls.setTimer}
      </Button>
    </form>
  );
}

/** Perspectives for the "met andere ogen" analysis: a proposal (never one's own domain), editable per person. */
export function PerspectivePanel() {
  const t = useT();
  const localized = useLocalized();
  const id = useId();
  const { view, run } = useRoom();
  const { state, roster } = view;
  const people = roster.filter((entry) => entry.userId !== state.presenterId && entry.userId !== state.facilitatorId && state.presentUserIds.includes(entry.userId));
  const proposal = proposePerspectiveAssignments(
    people.map((entry) => ({ userId: entry.userId, background: entry.background ?? 'anders' })),
  );
  const differs = proposal.filter((entry) => perspectiveOf(state, entry.userId) !== entry.perspective);
  const apply = async () => {
    for (const entry of differs) {
      if (!(await run({ type: 'assignPerspective', userId: entry.userId, perspective: entry.perspective }))) return;
    }
  };
  return (
    <div className="perspective-panel" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel__subtitle">
        {t.live.perspectives.title}
      </h3>
      <p className="muted">{t.live.perspectives.intro}</p>
      {people.length === 0 ? (
        <p className="muted">{t.live.perspectives.nobody}</p>
      ) : (
        <>
          <Button variant="secondary" disabled={differs.length === 0} onClick={() => void apply()}>
            {t.live.perspectives.apply}
          </Button>
          <ul className="perspective-list">
            {people.map((entry) => {
              const current = perspectiveOf(state, entry.userId);
              const selectId = `${id}-${entry.userId}`;
              return (
                <li key={entry.userId} className="field">
                  <label className="field__label" htmlFor={selectId}>
                    {t.live.perspectives.forPerson(entry.name)}
                  </label>
                  <select
                    id={selectId}
                    className="input input--select"
                    value={current ?? ''}
                    onChange={(event) =>
                      void run({ type: 'assignPerspective', userId: entry.userId, perspective: (event.target.value || null) as Perspective | null })
                    }
                  >
                    <option value="">{t.live.perspectives.none}</option>
                    {PERSPECTIVES.map((perspective) => (
                      <option key={perspective} value={perspective}>
                        {localized(PERSPECTIVE_LABELS[perspective])}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function PersonPicker({ label, choices, submitLabel, onPick }: { label: string; choices: { userId: string; name: string }[]; submitLabel: string; onPick: (userId: string) => Promise<boolean> }) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState('');
  if (choices.length === 0) return null;
  return (
    <form
      className="person-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) void onPick(choice).then((ok) => ok && setChoice(''));
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <select id={id} className="input input--select" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t.live.controls.handOverChoose}</option>
          {choices.map((entry) => (
            <option key={entry.userId} value={entry.userId}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={!choice}>
        {submitLabel}
      </Button>
    </form>
  );
}

function HandOver() {
  const t = useT();
  const { view, meId, run } = useRoom();
  const { state, roster } = view;
  const choices = roster.filter((entry) => entry.userId !== meId && entry.userId !== state.presenterId && state.presentUserIds.includes(entry.userId));
  return (
    <details className="controls__more">
      <summary>{t.live.controls.handOverTitle}</summary>
      <PersonPicker label={t.live.controls.handOverTo} choices={choices} submitLabel={t.live.controls.handOver} onPick={(userId) => run({ type: 'handOverFacilitation', userId })} />
    </details>
  );
}

function PresenterPicker() {
  const t = useT();
  const { view, run } = useRoom();
  const { state, roster } = view;
  const choices = roster.filter((entry) => entry.userId !== state.facilitatorId && entry.userId !== state.presenterId);
  return (
    <div className="presenter-picker">
      <h3 className="panel__subtitle">{t.live.controls.presenterTitle}</h3>
      <p className="muted">{state.presenterId ? nameOf(view, state.presenterId) : t.live.controls.presenterNone}</p>
      <PersonPicker label={t.live.controls.presenterChoose} choices={choices} submitLabel={t.live.controls.assignPresenter} onPick={(userId) => run({ type: 'assignPresenter', userId })} />
    </div>
  );
}

function RotationButton() {
  const t = useT();
  const { view, run } = useRoom();
  const proposal = proposeRotation(view.state);
  if (!proposal) return null;
  return (
    <Button variant="secondary" onClick={() => void run({ type: 'rotateRoles', ...proposal })}>
      {t.live.controls.rotate(nameOf(view, proposal.presenterId), nameOf(view, proposal.facilitatorId))}
    </Button>
  );
}
