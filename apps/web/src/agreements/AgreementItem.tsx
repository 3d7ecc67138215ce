import { AGREEMENT_STATUSES, type AgreementStatus, type AgreementView } from '@mao/domain';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { Badge, Button, Select, TextArea } from '../ui';
import { agreementsApi } from './agreements-api';
import { findingsOf, ServerFindings } from './ServerFindings';

export interface AgreementItemProps {
  agreement: AgreementView;
  onChange: (next: AgreementView) => void;
  /** ISO day of "today" in the Netherlands, to mark agreements past their date. */
  today: string;
  /** Heading level of the agreement's title inside the list. */
  level?: 3 | 4;
  /** Hide the session it came from (in a session's own list). */
  hideSource?: boolean;
}

/**
 * One agreement: what, who, by when, level, status and note, and where it came from. Whoever may
 * update it (`canUpdate`, decided by the api) gets a small form for status and note; the note
 * goes through the privacy guard at the server, with "save anyway" for a name.
 */
export function AgreementItem({ agreement, onChange, today, level = 3, hideSource = false }: AgreementItemProps) {
  const t = useT().agreements;
  const { locale } = useLocale();
  const format = useFormat();
  const Heading = level === 3 ? 'h3' : 'h4';
  const owner = agreement.owner.kind === 'member' ? agreement.owner.name : agreement.owner.text;
  const overdue = agreement.dueDate !== null && agreement.dueDate < today && (agreement.status === 'open' || agreement.status === 'bezig');
  return (
    <li className={`agreement agreement--${agreement.status}`} data-agreement-id={agreement.id}>
      <Heading className="agreement__what">{agreement.what}</Heading>
      <dl className="agreement__facts">
        <div>
          <dt>{t.who}</dt>
          <dd>{owner}</dd>
        </div>
        <div>
          <dt>{t.due}</dt>
          <dd>
            {agreement.dueDate ? format.date(agreement.dueDate) : t.noDue}
            {overdue && <span className="agreement__overdue"> ({t.overdue})</span>}
          </dd>
        </div>
        <div>
          <dt>{t.level}</dt>
          <dd>{t.levels[agreement.level]}</dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>
            <Badge tone={agreement.status === 'open' || agreement.status === 'bezig' ? 'accent' : 'neutral'}>{t.statuses[agreement.status]}</Badge>
          </dd>
        </div>
      </dl>
      {agreement.note && (
        <p className="agreement__note">
          <span className="muted">{t.note}: </span>
          {agreement.note}
        </p>
      )}
      {!hideSource && <p className="muted agreement__source">{t.fromSession(agreement.session.title, agreement.step.title[locale])}</p>}
      {agreement.canUpdate && <UpdateForm agreement={agreement} onChange={onChange} />}
    </li>
  );
}

function UpdateForm({ agreement, onChange }: { agreement: AgreementView; onChange: (next: AgreementView) => void }) {
  const t = useT().agreements;
  const errorText = useErrorText();
  const id = useId();
  const [status, setStatus] = useState<AgreementStatus>(agreement.status);
  const [note, setNote] = useState(agreement.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const findings = findingsOf(error);
  // Someone else changed it (the live room re-reads the agreements): show what is stored now.
  useEffect(() => {
    setStatus(agreement.status);
    setNote(agreement.note ?? '');
  }, [agreement.updatedAt, agreement.status, agreement.note]);

  const save = async (acceptedFindings?: string[]) => {
    setBusy(true);
    setSaved(false);
    try {
      const trimmed = note.trim();
      const next = await agreementsApi.update(agreement.id, {
        status,
        note: trimmed === (agreement.note ?? '') ? undefined : trimmed || null,
        ...(acceptedFindings ? { acceptedFindings } : {}),
      });
      setError(null);
      setSaved(true);
      onChange(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <form className="agreement__update" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="visually-hidden">
        {t.update.legend(agreement.what)}
      </p>
      <div className="agreement__update-fields">
        <Select label={t.update.status} value={status} onChange={(event) => setStatus(event.target.value as AgreementStatus)} options={AGREEMENT_STATUSES.map((value) => ({ value, label: t.statuses[value] }))} />
        <TextArea label={t.update.note} hint={t.update.noteHint} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {findings ? <ServerFindings findings={findings} busy={busy} onAccept={(matches) => void save(matches)} /> : error ? <p className="field__error" role="alert">{errorText(error)}</p> : null}
      <div className="agreement__update-actions">
        <Button type="submit" variant="secondary" busy={busy}>
          {t.update.save}
        </Button>
        <span role="status" className="muted">
          {saved ? t.update.saved : ''}
        </span>
      </div>
    </form>
  );
}
