import {
  createSessionSchema,
  SESSION_MODES,
  updateSessionSchema,
  type CreateSessionInput,
  type MemberView,
  type SessionMode,
  type StepWindowView,
  type UpdateSessionInput,
} from '@mao/domain';
import { DEFAULT_METHOD_ID, formatClockTime, plannedAgenda, totalMinutes, windowPlanProblems, type Method } from '@mao/intervisie-method';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import type { Parsable } from '../shared/validation';
import { UnsavedChangesGuard } from '../shared/UnsavedChanges';
import { Alert, Button, LiveStatus, Select, TextArea, TextField } from '../ui';
import { MethodAgenda, type AgendaRow } from './MethodAgenda';
import type { MethodEntry } from './methods';
import { localToIso, type LocalTimeResult } from './time';
import { applyPlacement, buildWindows, defaultPlacement, lengthsOf, placementChoices, placementFromWindows, sameWindows, toWindowInputs, type Placement } from './window-plan';
import { WindowPlanFields, type MomentDraft } from './WindowPlanFields';

export type SessionFormValues = {
  title: string;
  methodId: string;
  /** How the session runs (issue 16): 'live' | 'async' | 'mixed'. */
  mode: SessionMode;
  date: string;
  time: string;
  durationMinutes: string;
  facilitatorId: string;
  presenterId: string;
  maxParticipants: string;
  videoUrl: string;
  notes: string;
};

type FieldName = keyof SessionFormValues;

interface CommonProps {
  methods: readonly MethodEntry[];
  members: readonly MemberView[];
  initial: SessionFormValues;
  submitLabel: string;
  busyLabel: string;
  /** Edit mode: warn that another inbrenger discards the casus. */
  hasPresenterCase?: boolean;
  /** Edit mode: the session's step windows (asynchronous or mixed). */
  initialWindows?: readonly StepWindowView[];
}

export type SessionFormProps = CommonProps &
  ({ mode: 'create'; onSubmit: (input: CreateSessionInput) => Promise<void> } | { mode: 'edit'; onSubmit: (input: UpdateSessionInput) => Promise<void> });

/** Starting values for a new session: the default method and its proposed duration, me as facilitator. */
export function newSessionValues(methods: readonly MethodEntry[], members: readonly MemberView[], myId: string): SessionFormValues {
  const method = methods.find((entry) => entry.method.id === DEFAULT_METHOD_ID) ?? methods[0];
  const facilitator = members.find((m) => m.userId === myId) ?? members.find((m) => m.role === 'facilitator');
  return {
    title: '',
    methodId: method?.method.id ?? '',
    mode: 'live',
    date: '',
    time: '',
    durationMinutes: method ? String(method.totalMinutes) : '',
    facilitatorId: facilitator?.userId ?? '',
    presenterId: '',
    maxParticipants: '',
    videoUrl: '',
    notes: '',
  };
}

const numberOrUndefined = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.trim()));

/** Where a refusal of the api belongs in this form. */
function serverErrorField(error: unknown): FieldName | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'session_in_past':
      return 'date';
    case 'presenter_is_facilitator':
      return 'presenterId';
    case 'not_a_member': {
      const field = (error.details as { field?: unknown } | undefined)?.field;
      return field === 'facilitatorId' ? 'facilitatorId' : 'presenterId';
    }
    case 'max_participants_too_low':
      return 'maxParticipants';
    case 'unknown_method':
      return 'methodId';
    default:
      return null;
  }
}

/**
 * Scheduling and changing a session. Date and time are read as Dutch wall-clock time and sent
 * as ISO 8601 with the offset of that date (DST-correct, see time.ts). The method's agenda is
 * shown with clock times as the start changes; the duration follows the method until edited.
 */
export function SessionForm(props: SessionFormProps) {
  const { methods, members, initial, submitLabel, busyLabel, mode, hasPresenterCase, initialWindows = NO_WINDOWS } = props;
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [whenChecked, setWhenChecked] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const durationTouched = useRef(mode === 'edit');
  const modeId = useId();
  // When the form opened: windows before a mixed meeting open no earlier by default (defaultWindows' `earliest`).
  const [openedAt] = useState(() => Date.now());
  const methodOf = (methodId: string): Method | undefined => methods.find((entry) => entry.method.id === methodId)?.method;
  // The plan of an asynchronous or mixed session: where each step happens and the lengths the facilitator set.
  const [placement, setPlacement] = useState<Record<string, Placement>>(() => {
    const method = methodOf(initial.methodId);
    if (!method) return {};
    return initial.mode === 'mixed' && initialWindows.length > 0 ? placementFromWindows(method, initialWindows) : defaultPlacement(method);
  });
  const [lengths, setLengths] = useState<Record<string, number>>(() => lengthsOf(initialWindows));
  const [drafts, setDrafts] = useState<Record<string, MomentDraft>>({});
  // Read when the form is submitted: the plan's problems stop it as a field's problem does.
  const planBlocked = useRef(false);

  const planFor = (values: SessionFormValues) => {
    const method = methodOf(values.methodId);
    const when = localToIso(values.date, values.time);
    const meetingMinutes = values.mode === 'mixed' ? (positiveInteger(values.durationMinutes) ?? (method ? liveMinutes(method, placement) : 0)) : 0;
    const windows =
      method && when.ok && values.mode !== 'live'
        ? buildWindows(method, { mode: values.mode, startsAt: when.epochMs, meetingMinutes, placement, lengths, earliest: openedAt })
        : [];
    return { method, when, meetingMinutes, windows };
  };

  const toInput = (values: SessionFormValues): CreateSessionInput | UpdateSessionInput => {
    const { when, windows } = planFor(values);
    // An unusable date or time gets its own message at the field (see whenError); '' fails the schema.
    const startsAt = when.ok ? when.iso : '';
    const windowInputs = toWindowInputs(windows);
    // An asynchronous session lasts as long as its windows: no meeting length to send.
    const durationMinutes = values.mode === 'async' ? undefined : numberOrUndefined(values.durationMinutes);
    if (mode === 'create') {
      return {
        title: values.title,
        methodId: values.methodId,
        startsAt,
        durationMinutes,
        facilitatorId: values.facilitatorId || undefined,
        presenterId: values.presenterId || null,
        maxParticipants: numberOrUndefined(values.maxParticipants),
        videoUrl: values.videoUrl.trim() || undefined,
        notes: values.notes.trim() || undefined,
        // Live is the api's default; a live session has no windows.
        ...(values.mode === 'live' ? {} : { mode: values.mode, windows: windowInputs }),
      } as CreateSessionInput;
    }
    // Edit: only what changed, so the api mails an updated invitation only when it matters.
    const changed = (name: FieldName) => values[name] !== initial[name];
    const input: Record<string, unknown> = {};
    const windowsChanged = values.mode !== 'live' && (changed('mode') || !sameWindows(windowInputs, initialWindows));
    if (changed('title')) input.title = values.title;
    if (changed('methodId')) input.methodId = values.methodId;
    if (changed('mode')) input.mode = values.mode;
    if (changed('date') || changed('time')) input.startsAt = startsAt;
    if (windowsChanged) input.windows = windowInputs;
    // With a new plan the api takes the meeting's length from the form, not from the old session.
    if (values.mode !== 'async' && (changed('durationMinutes') || changed('mode') || windowsChanged)) input.durationMinutes = durationMinutes;
    if (changed('facilitatorId')) input.facilitatorId = values.facilitatorId;
    if (changed('presenterId')) input.presenterId = values.presenterId || null;
    if (changed('maxParticipants') && values.maxParticipants.trim() !== '') input.maxParticipants = numberOrUndefined(values.maxParticipants);
    if (changed('videoUrl')) input.videoUrl = values.videoUrl.trim() || null;
    if (changed('notes')) input.notes = values.notes;
    return input as UpdateSessionInput;
  };

  const baseSchema = mode === 'create' ? createSessionSchema : updateSessionSchema;
  const schema: Parsable<CreateSessionInput | UpdateSessionInput> = {
    safeParse(input) {
      const result = baseSchema.safeParse(input) as ReturnType<Parsable<CreateSessionInput | UpdateSessionInput>['safeParse']>;
      if (!planBlocked.current) return result;
      const issue = { code: 'custom', path: ['windows'], message: s.planHasProblems };
      return { success: false, error: { issues: result.success ? [issue] : [...result.error.issues, issue] } };
    },
  };

  const form = useForm<SessionFormValues, CreateSessionInput | UpdateSessionInput>({
    initial,
    schema,
    toInput,
    onSubmit: async (input) => {
      if (props.mode === 'create') await props.onSubmit(input as CreateSessionInput);
      else await props.onSubmit(input as UpdateSessionInput);
    },
  });
  const { values } = form;

  const selected = methods.find((entry) => entry.method.id === values.methodId);
  const { when, meetingMinutes, windows } = planFor(values);

  // Problems of the plan, at their steps: the rules the api applies (windowPlanProblems), a moment
  // that is not one yet, a window in the past — and what the api refused on the last attempt.
  const localProblems = useMemo(() => {
    const problems = new PlanProblems();
    const method = selected?.method;
    if (!method || values.mode === 'live') return problems;
    for (const stepId of Object.keys(drafts)) problems.add(stepId, s.windowMomentInvalid);
    if (!when.ok) return problems;
    for (const problem of windowPlanProblems(method, { mode: values.mode, startsAt: when.epochMs, meetingMinutes, windows })) problems.add(problem.stepId, problem.message[locale]);
    const now = Date.now();
    for (const window of windows) if (window.opensAt < now) problems.add(window.stepId, s.windowInPast);
    return problems;
  }, [selected, values.mode, drafts, when, meetingMinutes, windows, locale, s]);
  const planProblems = useMemo(() => {
    const problems = new PlanProblems(localProblems);
    const error = form.serverError;
    if (values.mode === 'live' || !(error instanceof ApiError)) return problems;
    if (error.code === 'invalid_windows') {
      const list = (error.details as { problems?: unknown } | undefined)?.problems;
      for (const problem of Array.isArray(list) ? (list as Array<{ stepId?: string | null; message?: string; messageEn?: string }>) : []) {
        const text = locale === 'en' ? (problem.messageEn ?? problem.message) : problem.message;
        if (text) problems.add(problem.stepId, text);
      }
    }
    if (error.code === 'window_in_past') problems.add((error.details as { stepId?: string } | undefined)?.stepId, s.windowInPast);
    return problems;
  }, [localProblems, form.serverError, values.mode, locale, s]);
  planBlocked.current = !localProblems.empty;

  // Date and time: our own messages, shown after the first attempt to submit and updated as they are fixed.
  const whenErrors = useMemo((): Partial<Record<'date' | 'time', string>> => {
    if (!whenChecked) return {};
    const errors: Partial<Record<'date' | 'time', string>> = {};
    if (values.date.trim() === '') errors.date = s.dateRequired;
    else if (!when.ok && when.reason === 'invalid_date') errors.date = s.dateInvalid;
    if (values.time.trim() === '') errors.time = s.timeRequired;
    else if (!when.ok && when.reason === 'invalid_time') errors.time = s.timeInvalid;
    else if (!when.ok && when.reason === 'nonexistent') errors.time = s.timeNonexistent;
    return errors;
  }, [whenChecked, values.date, values.time, when, s]);

  const serverField = serverErrorField(form.serverError);
  const fieldError = (name: FieldName): string | undefined => {
    if (serverField === name) return errorText(form.serverError);
    if (name === 'date') return whenErrors.date ?? form.errors.startsAt ?? form.errors.date;
    if (name === 'time') return whenErrors.time;
    if (name === 'durationMinutes') return form.errors.durationMinutes ?? form.errors.endsAt;
    return form.errors[name];
  };

  // A refusal that belongs to a field: move focus there, like a failed validation does.
  useEffect(() => {
    if (!serverField) return;
    form.formRef.current?.querySelector<HTMLElement>(`[name="${serverField}"]`)?.focus();
  }, [form.serverError, serverField, form.formRef]);
  // A refused plan: focus the first step the api named.
  useEffect(() => {
    if (!isWindowRefusal(form.serverError)) return;
    form.formRef.current?.querySelector<HTMLElement>('.window-step--invalid input, .window-step--invalid select')?.focus();
  }, [form.serverError, form.formRef]);

  // The api's refusal of the plan is about the plan it saw: a change makes it stale.
  const forgetRefusal = () => {
    if (isWindowRefusal(form.serverError)) form.setServerError(null);
  };

  const meetingDefault = (method: Method, forMode: SessionMode, forPlacement: Readonly<Record<string, Placement>>) =>
    forMode === 'mixed' ? liveMinutes(method, forPlacement) : totalMinutes(method);
  // The meeting's length follows the plan (mixed: only the live steps) until the facilitator sets
  // one of their own; a length that still is the proposal counts as not set.
  const proposeDuration = (method: Method | undefined, nextMode: SessionMode, nextPlacement: Readonly<Record<string, Placement>>) => {
    if (!method) return;
    const proposed = values.durationMinutes.trim() === String(meetingDefault(method, values.mode, placement));
    if (durationTouched.current && !proposed) return;
    form.setValue('durationMinutes', String(meetingDefault(method, nextMode, nextPlacement)));
  };

  const onMethodChange = (methodId: string) => {
    forgetRefusal();
    form.setValue('methodId', methodId);
    const method = methodOf(methodId);
    // Another method has other steps: start from its defaults.
    const nextPlacement = method ? defaultPlacement(method) : {};
    setPlacement(nextPlacement);
    setLengths({});
    setDrafts({});
    proposeDuration(method, values.mode, nextPlacement);
  };

  const onModeChange = (nextMode: SessionMode) => {
    forgetRefusal();
    form.setValue('mode', nextMode);
    setDrafts({});
    proposeDuration(selected?.method, nextMode, placement);
  };

  const onPlacement = (stepId: string, place: Placement) => {
    forgetRefusal();
    const method = selected?.method;
    const index = method?.steps.findIndex((step) => step.id === stepId) ?? -1;
    if (!method || index < 0) return;
    const next = applyPlacement(method, placement, index, place);
    setPlacement(next);
    // Steps that moved start from their default windows again.
    setDrafts({});
    proposeDuration(method, values.mode, next);
  };

  const onMoment = (stepId: string, edge: 'opens' | 'closes', draft: MomentDraft) => {
    forgetRefusal();
    const moment = localToIso(draft.date, draft.time);
    const window = windows.find((candidate) => candidate.stepId === stepId);
    if (!moment.ok || !window) {
      setDrafts((current) => ({ ...current, [stepId]: draft }));
      return;
    }
    // The window gets the length up to (or from) the new moment; its neighbours keep theirs and move along.
    const length = edge === 'closes' ? moment.epochMs - window.opensAt : window.closesAt - moment.epochMs;
    setLengths((current) => ({ ...current, [stepId]: length }));
    setDrafts(({ [stepId]: _dropped, ...rest }) => rest);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    setWhenChecked(true);
    setNothingChanged(false);
    if (mode === 'edit' && Object.keys(toInput(values)).length === 0) {
      event.preventDefault();
      setNothingChanged(true);
      return;
    }
    void form.handleSubmit(event);
  };

  const text = (name: FieldName) => ({ ...form.text(name), error: fieldError(name) });
  // Leaving with changes asks first; a submit that succeeds navigates away while submitting.
  const planChanged = values.mode !== 'live' && !sameWindows(toWindowInputs(windows), initialWindows);
  const dirty = !form.submitting && ((Object.keys(values) as FieldName[]).some((name) => values[name] !== initial[name]) || planChanged);
  const windowError = form.errors.windows !== undefined || isWindowRefusal(form.serverError);

  return (
    <form className="form session-form" noValidate onSubmit={submit} ref={form.formRef}>
      <UnsavedChangesGuard dirty={dirty} />
      <LiveStatus message={nothingChanged ? s.nothingChanged : null} tone="info" />
      {form.serverError !== null && (
        <Alert tone="error">{serverField ? t.common.formHasErrors : errorText(form.serverError)}</Alert>
      )}
      {form.errors._form && <Alert tone="error">{form.errors._form}</Alert>}
      {form.errors.windows && !isWindowRefusal(form.serverError) && <Alert tone="error">{s.planHasProblems}</Alert>}

      <TextField label={s.title} hint={s.titleHint} required autoComplete="off" {...text('title')} />

      <Select
        label={s.method}
        hint={s.methodHint}
        required
        options={methods.map((entry) => ({
          value: entry.method.id,
          label: (entry.source === 'custom' ? s.methodOptionCustom : s.methodOption)(entry.method.name[locale], entry.totalMinutes),
        }))}
        {...text('methodId')}
        onChange={(event) => onMethodChange(event.target.value)}
      />
      {selected && (
        <div className="method-info">
          <p>{selected.method.description[locale]}</p>
          <p className="method-info__when">
            <strong>{s.methodWhen}</strong> {selected.method.whenToUse[locale]}
          </p>
          <p className="muted">{s.methodGroup(selected.method.minGroupSize, selected.method.maxGroupSize)}</p>
        </div>
      )}

      <fieldset className="mode-choice">
        <legend className="mode-choice__legend">{s.modeLegend}</legend>
        {SESSION_MODES.map((option) => (
          <div className="mode-choice__option" key={option}>
            <input
              type="radio"
              id={`${modeId}-${option}`}
              name="mode"
              value={option}
              checked={values.mode === option}
              aria-describedby={`${modeId}-${option}-hint`}
              onChange={() => onModeChange(option)}
            />
            <label htmlFor={`${modeId}-${option}`}>{s.modes[option].label}</label>
            <p className="mode-choice__hint" id={`${modeId}-${option}-hint`}>
              {s.modes[option].hint}
            </p>
          </div>
        ))}
      </fieldset>

      <fieldset className="when-group">
        <legend className="when-group__legend">
          {values.mode === 'async' ? s.whenLegendAsync : values.mode === 'mixed' ? s.whenLegendMixed : s.whenLegendLive}
        </legend>
        <div className="form-row">
          <TextField label={s.date} type="date" required className="field--short" {...text('date')} />
          <TextField label={values.mode === 'async' ? s.timeAsync : s.time} hint={s.timeHint} type="time" required className="field--short" {...text('time')} />
          {values.mode !== 'async' && (
            <TextField
              label={s.duration}
              hint={selected ? (values.mode === 'mixed' ? s.durationHintMixed(liveMinutes(selected.method, placement)) : s.durationHint(selected.totalMinutes)) : undefined}
              type="number"
              inputMode="numeric"
              min={1}
              max={480}
              className="field--short"
              {...text('durationMinutes')}
              onChange={(event) => {
                durationTouched.current = true;
                form.setValue('durationMinutes', event.target.value);
              }}
            />
          )}
        </div>
      </fieldset>

      {selected && values.mode === 'live' && <AgendaPreview entry={selected} when={when} durationMinutes={Number(values.durationMinutes)} />}
      {selected && values.mode !== 'live' && (
        <div className={windowError ? 'window-plan-wrap window-plan-wrap--invalid' : 'window-plan-wrap'}>
          <WindowPlanFields
            method={selected.method}
            mode={values.mode}
            startsAt={when.ok ? when.epochMs : null}
            meetingMinutes={meetingMinutes}
            windows={windows}
            placement={placement}
            choices={(index) => placementChoices(selected.method, placement, index)}
            drafts={drafts}
            problems={planProblems.byStep}
            generalProblems={planProblems.general}
            onPlacement={onPlacement}
            onMoment={onMoment}
          />
        </div>
      )}

      <div className="form-row">
        <Select
          label={s.facilitator}
          hint={s.facilitatorHint}
          options={members.map((m) => ({ value: m.userId, label: m.name }))}
          {...text('facilitatorId')}
        />
        <Select
          label={s.presenter}
          hint={mode === 'edit' && hasPresenterCase ? `${s.presenterHint} ${s.presenterChangeHint}` : s.presenterHint}
          optionalText={t.common.optional}
          placeholder={s.presenterNone}
          options={members.map((m) => ({ value: m.userId, label: m.name }))}
          {...text('presenterId')}
        />
      </div>

      <TextField
        label={s.maxParticipants}
        hint={selected ? s.maxParticipantsHint(selected.method.minGroupSize, Math.min(selected.method.maxGroupSize, 50)) : undefined}
        optionalText={t.common.optional}
        type="number"
        inputMode="numeric"
        min={2}
        max={50}
        className="field--short"
        {...text('maxParticipants')}
      />
      <TextField label={s.videoUrl} hint={s.videoUrlHint} optionalText={t.common.optional} type="url" autoComplete="off" {...text('videoUrl')} />
      <TextArea label={s.notes} hint={s.notesHint} optionalText={t.common.optional} rows={3} {...text('notes')} />

      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

const NO_WINDOWS: readonly StepWindowView[] = [];

const positiveInteger = (value: string): number | undefined => {
  const number = Number(value.trim());
  return value.trim() !== '' && Number.isInteger(number) && number > 0 ? number : undefined;
};

/** The minutes of the steps that stay in a mixed session's meeting (the api's default meeting length). */
function liveMinutes(method: Method, placement: Readonly<Record<string, Placement>>): number {
  return method.steps.filter((step) => (placement[step.id] ?? 'live') === 'live').reduce((sum, step) => sum + step.timeboxMinutes, 0);
}

/** Messages about a plan, by step id, and the ones about the plan as a whole. */
class PlanProblems {
  readonly byStep = new Map<string, string[]>();
  readonly general: string[] = [];
  constructor(from?: PlanProblems) {
    if (!from) return;
    for (const [stepId, list] of from.byStep) this.byStep.set(stepId, [...list]);
    this.general.push(...from.general);
  }
  add(stepId: string | null | undefined, text: string): void {
    const list = stepId ? (this.byStep.get(stepId) ?? []) : this.general;
    if (!list.includes(text)) list.push(text);
    if (stepId) this.byStep.set(stepId, list);
  }
  get empty(): boolean {
    return this.byStep.size === 0 && this.general.length === 0;
  }
}

/** The api refused the plan of the steps (shown at the steps themselves). */
function isWindowRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'invalid_windows' || error.code === 'window_in_past');
}

/** The chosen method's steps back to back from the start, on the Dutch wall clock. */
function AgendaPreview({ entry, when, durationMinutes }: { entry: MethodEntry; when: LocalTimeResult; durationMinutes: number }) {
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const rows: AgendaRow[] = when.ok
    ? plannedAgenda(entry.method, when.epochMs).map((item) => ({
        key: item.stepId,
        title: item.title[locale],
        minutes: item.timeboxMinutes,
        startClock: formatClockTime(item.startsAt),
        endClock: formatClockTime(item.endsAt),
      }))
    : entry.method.steps.map((step) => ({ key: step.id, title: step.title[locale], minutes: step.timeboxMinutes }));
  const methodMinutes = totalMinutes(entry.method);
  const planned = Number.isInteger(durationMinutes) && durationMinutes > 0 ? durationMinutes : methodMinutes;
  const extra = planned - methodMinutes;
  const titleId = useId();
  const summary = when.ok ? s.agendaSummary(formatClockTime(when.epochMs), formatClockTime(when.epochMs + planned * 60_000)) : s.agendaNeedsTime;
  return (
    <section className="agenda-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="agenda-preview__title">
        {s.agendaTitle}
      </h3>
      <p role="status" className="agenda-preview__summary">
        {summary}
      </p>
      <MethodAgenda rows={rows} label={s.agendaStepsLabel} />
      {when.ok && extra > 0 && <p className="muted">{s.agendaExtra(extra)}</p>}
    </section>
  );
}
