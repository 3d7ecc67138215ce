import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export interface ConfirmActionProps {
  triggerLabel: ReactNode;
  /** Accessible name of the trigger when the visible label needs context, e.g. "Remove Sanne". */
  triggerAriaLabel?: string;
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  busyLabel?: string;
  busy?: boolean;
  variant?: 'danger' | 'secondary';
  onConfirm: () => void | Promise<void>;
}

/**
 * A button that asks "are you sure?" in place before doing something that cannot be undone.
 * Focus moves to the question (never to the confirm button, so a double Enter cannot confirm)
 * and returns to the trigger on cancel.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { triggerLabel, triggerAriaLabel, question, confirmLabel, cancelLabel, busyLabel, busy, variant = 'danger', onConfirm } = props;
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  if (!open) {
    return (
      <Button ref={triggerRef} variant={variant === 'danger' ? 'secondary' : variant} aria-label={triggerAriaLabel} onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1} className="confirm__question">
        {question}
      </p>
      <div className="button-row">
        <Button variant={variant} busy={busy} busyLabel={busyLabel} onClick={() => void onConfirm()}>
          {confirmLabel}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
