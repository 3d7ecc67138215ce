import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useAuth } from '../auth';
import { useErrorText, useT } from '../i18n';
import { Alert, Button, Checkbox } from '../ui';

/** Deleting an account takes two deliberate steps: open the confirmation, tick that you understand. */
export function DeleteAccount() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { endSession } = useAuth();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [missingConfirmation, setMissingConfirmation] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openButtonRef.current?.focus();
    }
  }, [open]);

  const cancel = () => {
    returnFocus.current = true;
    setOpen(false);
    setUnderstood(false);
    setMissingConfirmation(false);
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!understood) {
      setMissingConfirmation(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.me.delete();
      endSession('deleted');
      navigate('/inloggen', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <Button ref={openButtonRef} variant="danger" onClick={() => setOpen(true)}>
        {t.account.deleteOpen}
      </Button>
    );
  }

  return (
    <form className="confirm form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.account.deleteConfirmTitle}
      </h3>
      <p>{t.account.deleteConfirmText}</p>
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <Checkbox
        label={t.account.deleteConfirmCheck}
        checked={understood}
        error={missingConfirmation && !understood ? t.account.deleteConfirmRequired : undefined}
        onChange={(event) => {
          setUnderstood(event.target.checked);
          if (event.target.checked) setMissingConfirmation(false);
        }}
      />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={busy} busyLabel={t.account.deleting}>
          {t.account.deleteYes}
        </Button>
        <Button variant="quiet" onClick={cancel}>
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}
