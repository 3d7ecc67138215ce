import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { Button } from '../../ui';
import type { CardColumnOption } from './CardItem';

export interface AddCardFormProps {
  onAdd: (text: string, column: string | undefined) => boolean;
  /** A choice of column (perspectives, two columns); the default is preselected. */
  columns?: { options: readonly CardColumnOption[]; initial: string };
}

/** Text (and column) for a new card. Ctrl/Cmd+Enter adds it too. */
export function AddCardForm({ onAdd, columns }: AddCardFormProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [column, setColumn] = useState(columns?.initial ?? '');
  const [prevInitial, setPrevInitial] = useState(columns?.initial);
  if (columns?.initial !== prevInitial) {
    setPrevInitial(columns?.initial);
    setColumn(columns?.initial ?? '');
  }
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (onAdd(text, columns ? column : undefined)) setText('');
  };
  return (
    <form className="add-card" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t.live.board.cardText}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t.live.board.cardHint}
        </p>
        <textarea
          id={`${id}-text`}
          className="input input--multiline"
          rows={2}
          maxLength={2000}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
          }}
        />
      </div>
      {columns && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-column`}>
            {t.live.board.column}
          </label>
          <select id={`${id}-column`} className="input input--select" value={column} onChange={(event) => setColumn(event.target.value)}>
            {columns.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit" variant="secondary">
        {t.live.board.addCard}
      </Button>
    </form>
  );
}
