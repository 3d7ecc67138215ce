import {
  createSessionSchema,
  updateSessionSchema,
  type CreateSessionInput,
  type MemberView,
  type UpdateSessionInput,
} from '@mao/domain';
import { DEFAULT_METHOD_ID, formatClockTime, plannedAgenda, totalMinutes } from '@mao/intervisie-method';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { UnsavedChangesGuard } from '../shared/UnsavedChanges';
import { Alert, Button, LiveStatus, Select, TextArea, TextField } from '../ui';
import { MethodAgenda, type AgendaRow } from './MethodAgenda';
import type { MethodEntry } from './methods';
import { localToIso, type LocalTimeResult } from './time';

export type SessionFormValues = {
  title: string;
  methodId: string;
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
  const { methods, members, initial, submitLabel, busyLabel, mode, hasPresenterCase } = props;
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [whenChecked, setWhenChecked] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const durationTouched = useRef(mode === 'edit');

  const toInput = (values: SessionFormValues): CreateSessionInput | UpdateSessionInput => {
    const when = localToIso(values.date, values.time);
    // An unusable date or time gets its own message at the field (see whenError); '' fails the schema.
    const startsAt = when.ok ? when.iso : '';
    if (mode === 'create') {
      return {
        title: values.title,
        methodId: values.methodId,
        startsAt,
        durationMinutes: numberOrUndefined(values.durationMinutes),
        facilitatorId: values.facilitatorId || undefined,
        presenterId: values.presenterId || null,
        maxParticipants: numberOrUndefined(values.maxParticipants),
        videoUrl: values.videoUrl.trim() || undefined,
        notes: values.notes.trim() || undefined,
      } as CreateSessionInput;
    }
    // Edit: only what changed, so the api mails an updated invitation only when it matters.
    const changed = (name: FieldName) => values[name] !== initial[name];
    const input: Record<string, unknown> = {};
    if (changed('title')) input.title = values.title;
    if (changed('methodId')) input.methodId = values.methodId;
    if (changed('date') || changed('time')) input.startsAt = startsAt;
    if (changed('durationMinutes')) input.durationMinutes = numberOrUndefined(values.durationMinutes);
    if (changed('facilitatorId')) input.facilitatorId = values.facilitatorId;
    if (changed('presenterId')) input.presenterId = values.presenterId || null;
    if (changed('maxParticipants') && values.maxParticipants.trim() !== '') input.maxParticipants = numberOrUndefined(values.maxParticipants);
    if (changed('videoUrl')) input.videoUrl = values.videoUrl.trim() || null;
    if (changed('notes')) input.notes = values.notes;
    return input as UpdateSessionInput;
  };

  const form = useForm<SessionFormValues, CreateSessionInput | UpdateSessionInput>({
    initial,
    schema: mode === 'create' ? createSessionSchema : updateSessionSchema,
    toInput,
    onSubmit: async (input) => {
      if (props.mode === 'create') await props.onSubmit(input as CreateSessionInput);
      else await props.onSubmit(input as UpdateSessionInput);
    },
  });
  const { values } = form;

  const selected = methods.find((entry) => entry.method.id === values.methodId);
  const when: LocalTimeResult = localToIso(values.date, values.time);

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

  const onMethodChange = (methodId: string) => {
    form.setValue('methodId', methodId);
    const entry = methods.find((m) => m.method.id === methodId);
    if (entry && !durationTouched.current) form.setValue('durationMinutes', String(entry.totalMinutes));
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
  const dirty = !form.submitting && (Object.keys(values) as FieldName[]).some((name) => values[name] !== initial[name]);

  return (
    <form className="form session-form" noValidate onSubmit={submit} ref={form.formRef}>
      <UnsavedChangesGuard dirty={dirty} />
      <LiveStatus message={nothingChanged ? s.nothingChanged : null} tone="info" />
      {form.serverError !== null && (
        <Alert tone="error">{serverField ? t.common.formHasErrors : errorText(form.serverError)}</Alert>
      )}
      {form.errors._form && <Alert tone="error">{form.errors._form}</Alert>}

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

      <div className="form-row">
        <TextField label={s.date} type="date" required className="field--short" {...text('date')} />
        <TextField label={s.time} hint={s.timeHint} type="time" required className="field--short" {...text('time')} />
        <TextField
          label={s.duration}
          hint={selected ? s.durationHint(selected.totalMinutes) : undefined}
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
      </div>

      {selected && <AgendaPreview entry={selected} when={when} durationMinutes={Number(values.durationMinutes)} />}

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
