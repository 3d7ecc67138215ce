import { useT } from '../i18n';

export interface AgendaRow {
  key: string;
  title: string;
  minutes: number;
  /** "HH:mm" on the Dutch wall clock; absent while no start time is known. */
  startClock?: string;
  endClock?: string;
}

/** A method's steps in order, with clock times when the start is known. */
export function MethodAgenda({ rows, label }: { rows: readonly AgendaRow[]; label: string }) {
  const t = useT();
  return (
    <ol className="agenda" aria-label={label}>
      {rows.map((row) => (
        <li key={row.key} className="agenda__item">
          {row.startClock && row.endClock ? (
            <span className="agenda__time">
              <time>{row.startClock}</time>–<time>{row.endClock}</time>
            </span>
          ) : null}
          <span className="agenda__title">{row.title}</span>
          <span className="agenda__minutes">{t.sessions.minutes(row.minutes)}</span>
        </li>
      ))}
    </ol>
  );
}
