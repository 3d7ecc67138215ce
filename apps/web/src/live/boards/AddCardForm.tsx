import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { useRoom } from '../room';
import { Button } from '../../ui';
import type { CardColumnOption } from './CardItem';
import { PrivacyTextField, useEntryHold } from './PrivacyTextField';

export interface AddCardFormProps {
  onAdd: (text: string, column: string | undefined) => boolean;
  /** A choice of column (perspectives, two columns); the default is preselected. */
  columns?: { options: readonly CardColumnOption[]; initial: string };
}

/**
 * Text not yet added, per session and step, kept while this tab lives: when the facilitator
 * reveals the drafts the form moves from the draft to the shared board (a new component), and
 * half-typed text must come along. In memory only: nothing of it is stored in the browser.
 */
const unsent = new Map<string, string>();

/**
 * Text (and column) for a new card. Enter adds it (Shift+Enter starts a new line; Ctrl/Cmd+Enter
 * adds too). The privacy guard marks and
 * explains findings while the writer types; a direct identifier holds the card back (see
 * `useEntryHold`): a phone number, e-mail, postcode, BSN or client number must go, a name,
 * initials or an address may be added anyway when the writer says it identifies nobody.
 */
export function AddCardForm({ onAdd, columns }: AddCardFormProps) {
  const t = useT();
  const id = useId();
  const { sessionId, view } = useRoom();
  const unsentKey = `${sessionId}:${view.state.currentStepId}`;
  const [text, setTextState] = useState(() => unsent.get(unsentKey) ?? '');
  const setText = (next: string) => {
    setTextState(next);
    if (next) unsent.set(unsentKey, next);
    else unsent.delete(unsentKey);
  };
  const [column, setColumn] = useState(columns?.initial ?? '');
  const [prevInitial, setPrevInitial] = useState(columns?.initial);
  const textRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const hold = useEntryHold(text, t.live.privacy.addAnyway);
  if (columns?.initial !== prevInitial) {
    setPrevInitial(columns?.initial);
    setColumn(columns?.initial ?? '');
  }
  const submit = (event?: FormEvent, anyway = false) => {
    event?.preventDefault();
    if (text.trim() && !hold.check(text, anyway)) {
      textRef.current?.focus();
      return;
    }
    if (onAdd(text, columns ? column : undefined)) setText('');
  };
  return (
    <form className="add-card" onSubmit={submit}>
      <PrivacyTextField
        label={t.live.board.cardText}
        hint={t.live.board.cardHint}
        value={text}
        onChange={setText}
        error={hold.message}
        rows={2}
        maxLength={2000}
        ref={textRef}
        onKeyDown={(event) => {
          // Enter adds the card; Shift+Enter is a new line; while an input method composes, Enter is its own.
          if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
          event.preventDefault();
          submit();
        }}
      />
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
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t.live.board.addCard}
        </Button>
        {hold.mayOverride && (
          <Button variant="quiet" onClick={() => submit(undefined, true)}>
            {t.live.privacy.addAnyway}
          </Button>
        )}
      </div>
    </form>
  );
}
