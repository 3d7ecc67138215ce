import {
  CASE_MAX_TOTAL_CHARACTERS,
  CASE_TEXT_FIELDS,
  canAccept,
  checkCaseFields,
  upsertCaseSchema,
  type CaseFieldFinding,
  type CaseTextField,
  type CaseView,
  type PrivacyFindingsDetails,
  type UpsertCaseInput,
} from '@mao/domain';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../api';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { UnsavedChangesGuard } from '../shared/UnsavedChanges';
import { PRIVACY_CHECK_DELAY_MS } from '../shared/usePausedPrivacyCheck';
import { Alert, Button, Checkbox, LiveStatus, Section } from '../ui';
import { stillPresent } from './highlight';
import { PrivacyField } from './PrivacyField';

type CaseFormValues = {
  title: string;
  context: string;
  keyQuestion: string;
  tried: string;
  askOfGroup: string;
  anonymisedConfirmed: boolean;
  consentConfirmed: boolean;
};

function textFields(values: CaseFormValues): Record<CaseTextField, string> {
  return { title: values.title, context: values.context, keyQuestion: values.keyQuestion, tried: values.tried, askOfGroup: values.askOfGroup };
}

/** The privacy guard of @mao/domain (the same check the api runs on save), run after a pause in typing. */
function useDebouncedFindings(fields: Record<CaseTextField, string>, accepted: readonly string[]): CaseFieldFinding[] {
  const [findings, setFindings] = useState(() => checkCaseFields(fields, accepted));
  const key = JSON.stringify([fields, accepted]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setFindings(checkCaseFields(fields, accepted)), PRIVACY_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // `key` stands for the fields and the accepted list.
  }, [key]);
  return findings;
}

const sameFinding = (a: CaseFieldFinding, b: CaseFieldFinding) => a.field === b.field && a.start === b.start && a.end === b.end;

export interface CaseEditorProps {
  sessionId: string;
  existing: CaseView | null;
  onSaved: (saved: CaseView) => void;
}

/** What was last saved (or loaded): typed text differs from it until the next save. */
const snapshotOf = (values: CaseFormValues, accepted: readonly string[]) => JSON.stringify([values, [...accepted].sort()]);

/**
 * The casus editor for the inbrenger. While they type, the privacy guard highlights every
 * detail that could identify a child, parent or professional, explains it and suggests a
 * rewrite. Indirect details may be marked "not identifying"; direct ones (BSN, e-mail, phone,
 * postcode, client number) must be removed. Places are warnings: shown and explained, never
 * blocking (a place can be relevant context).
 *
 * Two ways to save (issue 15): "Bewaren als concept" always works — a private draft only the
 * inbrenger reads, with its findings still highlighted — and "Casus bevestigen en delen" is
 * refused while findings remain or a confirmation is missing (the api checks again; its 422
 * findings are shown the same way); only a confirmed casus is read by the participants.
 * Leaving with unsaved text asks first (links, "back", closing the tab).
 */
export function CaseEditor({ sessionId, existing, onSaved }: CaseEditorProps) {
  const t = useT();
  const c = t.cases;
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [accepted, setAccepted] = useState<string[]>(existing?.acceptedFindings ?? []);
  const [serverFindings, setServerFindings] = useState<CaseFieldFinding[]>([]);
  const [blocked, setBlocked] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [focusFindings, setFocusFindings] = useState(0);
  const [status, setStatus] = useState<CaseView['status'] | null>(existing?.status ?? null);
  const [confirmedAt, setConfirmedAt] = useState<string | null>(existing?.confirmedAt ?? null);
  const [draftBusy, setDraftBusy] = useState(false);
  const [draftError, setDraftError] = useState<unknown>(null);
  const format = useFormat();

  const form = useForm<CaseFormValues, UpsertCaseInput>({
    initial: {
      title: existing?.title ?? '',
      context: existing?.context ?? '',
      keyQuestion: existing?.keyQuestion ?? '',
      tried: existing?.tried ?? '',
      askOfGroup: existing?.askOfGroup ?? '',
      anonymisedConfirmed: existing?.anonymisedConfirmed ?? false,
      consentConfirmed: existing?.consentConfirmed ?? false,
    },
    schema: upsertCaseSchema,
    toInput: (values) => ({ ...values, acceptedFindings: relevantAccepted(values) }),
    onSubmit: async (input, sent) => {
      setServerFindings([]);
      try {
        const saved = await api.cases.save(sessionId, input);
        setMessage(c.confirmed);
        afterSave(saved, sent);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'privacy_findings') {
          const details = error.details as PrivacyFindingsDetails | undefined;
          setServerFindings(details?.findings ?? []);
          setFocusFindings((n) => n + 1);
        }
        throw error;
      }
    },
  });
  const { values } = form;
  const fields = textFields(values);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshotOf(form.values, existing?.acceptedFindings ?? []));
  const dirty = snapshotOf(values, accepted) !== savedSnapshot;

  /** `sent`: the form's values as they were sent (the api trims; the form keeps what was typed). */
  function afterSave(saved: CaseView, sent: CaseFormValues) {
    setSavedSnapshot(snapshotOf(sent, saved.acceptedFindings));
    setAccepted(saved.acceptedFindings);
    setStatus(saved.status);
    setConfirmedAt(saved.confirmedAt);
    onSaved(saved);
  }

  /** Saves a private draft as it is (findings and all). True when it was saved. */
  async function saveDraft(): Promise<boolean> {
    if (draftBusy) return false;
    setDraftBusy(true);
    setDraftError(null);
    setMessage(null);
    setBlocked(null);
    const sent = values;
    try {
      const saved = await api.cases.saveDraft(sessionId, { ...fields, anonymisedConfirmed: values.anonymisedConfirmed, consentConfirmed: values.consentConfirmed, acceptedFindings: relevantAccepted(values) ?? [] });
      afterSave(saved, sent);
      setMessage(c.draftSaved);
      return true;
    } catch (error) {
      setDraftError(error);
      return false;
    } finally {
      setDraftBusy(false);
    }
  }

  /** Only accepted texts that still occur somewhere are sent. */
  function relevantAccepted(current: CaseFormValues): string[] | undefined {
    const all = Object.values(textFields(current));
    const list = accepted.filter((match) => all.some((text) => text.includes(match)));
    return list.length > 0 ? list : undefined;
  }

  const clientFindings = useDebouncedFindings(fields, accepted);
  // Findings the api reported stay visible while their exact text is still there (and not accepted).
  const findings = useMemo(() => {
    const extra = serverFindings.filter(
      (f) =>
        stillPresent(fields[f.field as CaseTextField] ?? '', f) &&
        !(accepted.includes(f.match) && canAccept(f.kind)) &&
        !clientFindings.some((own) => sameFinding(own, f)),
    );
    return [...clientFindings, ...extra];
  }, [clientFindings, serverFindings, fields, accepted]);
  const byField = (field: CaseTextField) => findings.filter((f) => f.field === field);
  // Warnings (places) are shown, but only the other findings hold the save back.
  const blocking = findings.filter((f) => f.severity !== 'warn');
  const warnings = findings.length - blocking.length;

  // After a refusal, land on the first field with a finding.
  useEffect(() => {
    if (focusFindings === 0) return;
    form.formRef.current?.querySelector<HTMLElement>('.privacy-input__control[aria-invalid="true"]')?.focus();
  }, [focusFindings, form.formRef]);

  const total = CASE_TEXT_FIELDS.reduce((sum, field) => sum + values[field].length, 0);
  const tooLong = total > CASE_MAX_TOTAL_CHARACTERS;
  const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');

  const accept = (finding: CaseFieldFinding) => {
    setAccepted((list) => (list.includes(finding.match) ? list : [...list, finding.match]));
    setMessage(c.acceptedDone(finding.match));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    setMessage(null);
    // The same check, now and without waiting for the pause in typing.
    const now = [...checkCaseFields(fields, accepted), ...findings.filter((f) => !clientFindings.includes(f))].filter((f) => f.severity !== 'warn');
    if (now.length > 0 || tooLong) {
      event.preventDefault();
      setBlocked(now.length);
      if (now.length > 0) setFocusFindings((n) => n + 1);
      return;
    }
    setBlocked(null);
    void form.handleSubmit(event);
  };

  const field = (name: CaseTextField, options: { multiline?: boolean; optional?: boolean } = {}) => (
    <PrivacyField
      name={name}
      label={c.fields[name]}
      hint={c.hints[name]}
      value={values[name]}
      onChange={(value) => {
        form.setValue(name, value);
        setBlocked(null);
      }}
      findings={byField(name)}
      onAccept={accept}
      error={form.errors[name]}
      optionalText={options.optional ? c.optional : undefined}
      multiline={options.multiline ?? true}
      required={!options.optional}
    />
  );

  return (
    <form className="form case-form" noValidate onSubmit={submit} ref={form.formRef}>
      <UnsavedChangesGuard dirty={dirty && !form.submitting} onSaveAndLeave={saveDraft} />
      <p className={`case-state case-state--${status ?? 'new'}`}>
        {status === 'draft' ? c.statusDraft : status === 'confirmed' ? c.statusConfirmed(confirmedAt ? format.date(confirmedAt) : '') : c.statusNew}
      </p>
      <p
        role="status"
        className={['privacy-status', blocking.length > 0 ? 'privacy-status--found' : warnings > 0 ? 'privacy-status--warn' : null].filter(Boolean).join(' ')}
      >
        {c.findingsStatus(blocking.length, warnings)}
      </p>
      <LiveStatus message={message} />
      {blocked !== null && blocked > 0 && <Alert tone="error">{c.blocked(blocked)}</Alert>}
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      {draftError !== null && <Alert tone="error">{errorText(draftError)}</Alert>}

      {field('title', { multiline: false })}
      {field('context')}
      {field('keyQuestion')}
      {field('tried', { optional: true })}
      {field('askOfGroup')}

      {accepted.length > 0 && (
        <Section title={c.acceptedTitle} level={3} intro={c.acceptedIntro} className="section--quiet">
          <ul className="accepted-list">
            {accepted.map((match) => (
              <li key={match}>
                <span>“{match}”</span>{' '}
                <Button
                  variant="quiet"
                  aria-label={c.undoAcceptAria(match)}
                  onClick={() => setAccepted((list) => list.filter((m) => m !== match))}
                >
                  {c.undoAccept}
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <p className={['case-counter', tooLong ? 'case-counter--over' : null].filter(Boolean).join(' ')}>
        {c.counter(number(total), number(CASE_MAX_TOTAL_CHARACTERS))}
      </p>
      {tooLong && <Alert tone="error">{c.tooLong(number(total - CASE_MAX_TOTAL_CHARACTERS))}</Alert>}

      <fieldset className="case-confirm">
        <legend>{c.confirmTitle}</legend>
        <Checkbox
          name="anonymisedConfirmed"
          label={c.anonymised}
          checked={values.anonymisedConfirmed}
          onChange={(event) => form.setValue('anonymisedConfirmed', event.target.checked)}
          error={form.errors.anonymisedConfirmed}
        />
        <Checkbox
          name="consentConfirmed"
          label={c.consent}
          checked={values.consentConfirmed}
          onChange={(event) => form.setValue('consentConfirmed', event.target.checked)}
          error={form.errors.consentConfirmed}
        />
      </fieldset>

      <p className="field__hint">{c.actionsHint}</p>
      <div className="button-row">
        <Button variant="secondary" busy={draftBusy} busyLabel={c.savingDraft} onClick={() => void saveDraft()}>
          {c.saveDraft}
        </Button>
        <Button type="submit" busy={form.submitting} busyLabel={c.saving}>
          {c.confirm}
        </Button>
      </div>
    </form>
  );
}
