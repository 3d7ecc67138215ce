import { useT } from '../i18n';

export interface AgendaRow {
  key: string;
  title: string;
  minutes: number;
  /** "HH:mm" on the Dutch wall clock; absent while no start time is known. */
  startClock?: string;
  endClock?: string;
}

/**
 * A method's steps in order, with clock times when the start is known. `firstNumber`: the number
 * of the first row when the list starts later in the method (a mixed session's live steps), so
 * the numbers match "Stap 3" elsewhere on the page.
 */
export function MethodAgenda({ rows, label, firstNumber = 1 }: { rows: readonly AgendaRow[]; label: string; firstNumber?: number }) {
  const t = useT();
  return (
    <ol className="agenda" aria-label={label} start={firstNumber}>
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
