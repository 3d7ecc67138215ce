import { createReportSchema, type ReportableContent } from '@mao/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useErrorText, useT } from '../i18n';
import { Alert, Button, LiveStatus, TextArea } from '../ui';
import { adminApi } from './api';

/**
 * "Melden": asks why, then sends a report to the administrators. Opens in place; focus goes to
 * the reason and back to the button on cancel. `label` names what is reported for screen
 * readers when several report buttons are on one page (e.g. "Melden: antwoord van Carla").
 */
export function ReportButton({ contentType, contentId, label }: { contentType: ReportableContent; contentId: string; label?: string }) {
  const t = useT();
  const a = t.admin;
  const errorText = useErrorText();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (open) formRef.current?.querySelector('textarea')?.focus();
  }, [open]);

  if (sent) return <LiveStatus message={a.reportSent} tone="success" />;
  if (!open) {
    return (
      <Button ref={triggerRef} variant="quiet" aria-label={label} aria-expanded={false} aria-controls={formId} onClick={() => setOpen(true)}>
        {a.report}
      </Button>
    );
  }
  return (
    <form
      id={formId}
      ref={formRef}
      className="report-form"
      aria-label={label ?? a.reportTitle}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const parsed = createReportSchema.shape.reason.safeParse(reason);
        if (!parsed.success) {
          setFieldError(parsed.error.issues[0]?.message);
          formRef.current?.querySelector('textarea')?.focus();
          return;
        }
        setFieldError(undefined);
        setBusy(true);
        setError(null);
        try {
          await adminApi.report({ contentType, contentId, reason: parsed.data });
          setSent(true);
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <TextArea label={a.reportLabel} hint={a.reportHint} rows={2} value={reason} error={fieldError} onChange={(event) => setReason(event.target.value)} />
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {a.reportSend}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => triggerRef.current?.focus());
          }}
        >
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}
