import type { SessionMode } from '@mao/domain';
import { formatClockTime, planSpan, suitsAsync, type Method, type StepWindow } from '@mao/intervisie-method';
import { useId } from 'react';
import { useLocale, useT } from '../i18n';
import { useSessionFormat } from './format';
import { wallClock } from './time';
import type { Placement } from './window-plan';

/** What the facilitator typed in a window's date and time while it is not a moment yet. */
export interface MomentDraft {
  date: string;
  time: string;
}

export interface WindowPlanFieldsProps {
  method: Method;
  mode: Exclude<SessionMode, 'live'>;
  /** Null while the start is not a valid moment. */
  startsAt: number | null;
  meetingMinutes: number;
  windows: readonly StepWindow[];
  placement: Readonly<Record<string, Placement>>;
  /** The places each step may move to (mixed), by step index. */
  choices: (index: number) => Placement[];
  drafts: Readonly<Record<string, MomentDraft>>;
  /** Problems by step id (browser rules and the api's refusal), and the ones about the plan as a whole. */
  problems: ReadonlyMap<string, readonly string[]>;
  generalProblems: readonly string[];
  onPlacement: (stepId: string, placement: Placement) => void;
  /** A window's editable moment (its close, or its opening before a meeting) changed. */
  onMoment: (stepId: string, edge: 'opens' | 'closes', draft: MomentDraft) => void;
}

/**
 * The plan of an asynchronous or mixed session, one step per row: where it happens (mixed),
 * its window ("open van … tot …") and the one moment of it that can be moved. Everything else
 * follows from the start and the neighbours (window-plan.ts), so it is shown, not asked.
 */
export function WindowPlanFields(props: WindowPlanFieldsProps) {
  const { method, mode, startsAt, meetingMinutes, windows, generalProblems } = props;
  const s = useT().sessions;
  const format = useSessionFormat();
  const titleId = useId();
  const span = startsAt === null ? null : planSpan({ mode, startsAt, meetingMinutes, windows });
  const meetingEnds = startsAt === null ? null : startsAt + meetingMinutes * 60_000;
  return (
    <section className="window-plan" aria-labelledby={titleId}>
      <h3 id={titleId} className="window-plan__title">
        {s.planTitle}
      </h3>
      <p className="muted">{mode === 'async' ? s.planIntroAsync : s.planIntroMixed}</p>
      {startsAt === null || span === null ? (
        <p className="window-plan__summary">{mode === 'async' ? s.planNeedsStart : s.planNeedsStartMixed}</p>
      ) : (
        <div role="status" className="window-plan__summary">
          <p>{s.planTotal(format.moment(span.startsAt), format.moment(span.endsAt))}</p>
          {mode === 'mixed' && meetingEnds !== null && (
            <p>{s.meetingLine(format.day(new Date(startsAt).toISOString()), formatClockTime(startsAt), formatClockTime(meetingEnds))}</p>
          )}
        </div>
      )}
      {generalProblems.length > 0 && (
        <ul className="window-plan__problems">
          {generalProblems.map((problem) => (
            <li key={problem} className="field__error">
              <span className="field__error-icon" aria-hidden="true">
                !
              </span>
              {problem}
            </li>
          ))}
        </ul>
      )}
      <ol className="window-plan__steps">
        {method.steps.map((step, index) => (
          <StepRow key={step.id} {...props} index={index} liveClock={liveClock(method, props.placement, startsAt, index)} stepSuitsAsync={suitsAsync(step)} />
        ))}
      </ol>
    </section>
  );
}

/** A live step's clock times in a mixed meeting: the live steps back to back from its start. */
function liveClock(method: Method, placement: Readonly<Record<string, Placement>>, startsAt: number | null, index: number): { start: string; end: string } | null {
  if (startsAt === null) return null;
  let at = startsAt;
  for (const [i, step] of method.steps.entries()) {
    if ((placement[step.id] ?? 'live') !== 'live') continue;
    const end = at + step.timeboxMinutes * 60_000;
    if (i === index) return { start: formatClockTime(at), end: formatClockTime(end) };
    at = end;
  }
  return null;
}

function StepRow(props: WindowPlanFieldsProps & { index: number; liveClock: { start: string; end: string } | null; stepSuitsAsync: boolean }) {
  const { method, mode, windows, placement, choices, drafts, problems, index, liveClock: clock, stepSuitsAsync, onPlacement, onMoment } = props;
  const s = useT().sessions;
  const { locale } = useLocale();
  const format = useSessionFormat();
  const id = useId();
  const step = method.steps[index];
  if (!step) return null;
  const window = windows.find((candidate) => candidate.stepId === step.id);
  const place: Placement = mode === 'async' ? 'before' : (placement[step.id] ?? 'live');
  const stepProblems = problems.get(step.id) ?? [];
  const problemId = `${id}-problem`;
  const rangeId = `${id}-range`;
  const invalid = stepProblems.length > 0 ? true : undefined;
  const describedBy = [stepProblems.length > 0 ? problemId : null, rangeId].filter(Boolean).join(' ');
  // Before a meeting the windows count back from its start, so their openings move; elsewhere the closes.
  const edge: 'opens' | 'closes' = mode === 'mixed' && place === 'before' ? 'opens' : 'closes';
  const at = window ? (edge === 'opens' ? window.opensAt : window.closesAt) : null;
  const shown = at === null ? null : wallClock(at);
  const draft = drafts[step.id];
  const value = { date: draft?.date ?? shown?.date ?? '', time: draft?.time ?? shown?.time ?? '' };
  const options = mode === 'mixed' ? choices(index) : [];

  return (
    <li className={['window-step', place === 'live' && mode === 'mixed' ? 'window-step--live' : null, invalid ? 'window-step--invalid' : null].filter(Boolean).join(' ')}>
      <fieldset className="window-step__set" data-step={step.id}>
        <legend className="window-step__title">{s.stepLabel(index + 1, step.title[locale])}</legend>
        {mode === 'mixed' &&
          (options.length > 1 ? (
            <div className="field window-step__place">
              <label className="field__label" htmlFor={`${id}-place`}>
                {s.placementLabel}
              </label>
              <select
                id={`${id}-place`}
                className="input input--select"
                value={place}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onPlacement(step.id, event.target.value as Placement)}
              >
                {options.map((option) => (
                  <option key={option} value={option}>
                    {s.placements[option]}
                  </option>
                ))}
              </select>
            </div>
          ) : null)}
        <p id={rangeId} className="window-step__range">
          {window
            ? `${s.windowRange(format.moment(window.opensAt), format.moment(window.closesAt))} (${s.windowLength(Math.round((window.closesAt - window.opensAt) / 60_000))})`
            : mode === 'mixed' && place === 'live'
              ? [clock ? s.inMeeting(clock.start, clock.end) : s.placements.live, stepSuitsAsync ? null : s.liveOnly].filter(Boolean).join('. ')
              : ''}
        </p>
        {window && (
          <div className="form-row window-step__moment">
            <div className="field field--short">
              <label className="field__label" htmlFor={`${id}-date`}>
                {edge === 'opens' ? s.openDate : s.closeDate}
              </label>
              <input
                id={`${id}-date`}
                type="date"
                className="input"
                value={value.date}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onMoment(step.id, edge, { ...value, date: event.target.value })}
              />
            </div>
            <div className="field field--short">
              <label className="field__label" htmlFor={`${id}-time`}>
                {edge === 'opens' ? s.openTime : s.closeTime}
              </label>
              <input
                id={`${id}-time`}
                type="time"
                className="input"
                value={value.time}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onMoment(step.id, edge, { ...value, time: event.target.value })}
              />
            </div>
          </div>
        )}
        {stepProblems.length > 0 && (
          <div id={problemId} className="window-step__problems">
            {stepProblems.map((problem) => (
              <p key={problem} className="field__error">
                <span className="field__error-icon" aria-hidden="true">
                  !
                </span>
                {problem}
              </p>
            ))}
          </div>
        )}
      </fieldset>
    </li>
  );
}
