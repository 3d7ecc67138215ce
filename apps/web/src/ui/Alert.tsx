import type { ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children: ReactNode;
  className?: string;
}

const ICONS: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '!' };

/**
 * A message box. Errors are announced at once (role="alert"); the others politely
 * (role="status"). For messages that appear after an action, prefer LiveStatus, whose live
 * region is present before the text arrives, which screen readers announce more reliably.
 */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')} role={tone === 'error' ? 'alert' : 'status'}>
      <AlertBody tone={tone} title={title}>
        {children}
      </AlertBody>
    </div>
  );
}

function AlertBody({ tone, title, children }: { tone: AlertTone; title?: ReactNode; children: ReactNode }) {
  return (
    <>
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
    </>
  );
}

/** A polite live region that is always in the page; the box appears when there is a message. */
export function LiveStatus({ message, tone = 'success' }: { message: ReactNode; tone?: Exclude<AlertTone, 'error'> }) {
  return (
    <div role="status" aria-live="polite" className="live-status">
      {message ? (
        <div className={`alert alert--${tone}`}>
          <AlertBody tone={tone}>{message}</AlertBody>
        </div>
      ) : null}
    </div>
  );
}
