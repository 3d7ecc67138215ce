import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { useT } from '../../i18n';
import { HighlightedText } from '../../ui';
import { notesOf } from '../board-model';
import type { AwarenessLike } from '../collab';
import { applyTextChange, diffText, shiftPosition } from '../notes-diff';
import { marksOf, useTypingFindings } from '../privacy';
import { useActor } from '../room';
import { PrivacyMarker } from './PrivacyMarker';
import { PrivacyTextField } from './PrivacyTextField';

export interface NotesBoardProps {
  doc: Y.Doc | null;
  writable: boolean;
  awareness?: AwarenessLike | null;
  label?: string;
}

const TYPING_MS = 2000;

/**
 * Shared notes: a textarea bound to the Y.Text at 'notes'. Each edit is sent as the smallest
 * delete + insert (see notes-diff), so people typing at the same time merge instead of
 * overwriting each other; the caret stays in place when someone else types above it.
 * The privacy guard marks and explains findings as people type (continuous text: it never
 * holds anything back); the facilitator also sees them marked where they only read.
 */
export function NotesBoard({ doc, writable, awareness = null, label }: NotesBoardProps) {
  const t = useT();
  const id = useId();
  const { facilitator } = useActor();
  const text = doc ? notesOf(doc) : null;
  const [value, setValue] = useState(() => text?.toString() ?? '');
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const shown = useRef(value);
  const selection = useRef<[number, number] | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!text) return;
    const sync = (event?: Y.YTextEvent) => {
      const next = text.toString();
      const element = ref.current;
      if (event && !event.transaction.local && element && document.activeElement === element) {
        const change = diffText(shown.current, next);
        if (change) selection.current = [shiftPosition(element.selectionStart, change), shiftPosition(element.selectionEnd, change)];
      }
      shown.current = next;
      setValue(next);
    };
    sync();
    text.observe(sync);
    return () => text.unobserve(sync);
  }, [text]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !selection.current) return;
    element.setSelectionRange(selection.current[0], selection.current[1]);
    selection.current = null;
  }, [value]);

  useEffect(
    () => () => {
      if (typingTimer.current) clearTimeout(typingTimer.current);
    },
    [],
  );

  const markTyping = () => {
    if (!awareness) return;
    awareness.setLocalStateField('typing', true);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => awareness.setLocalStateField('typing', false), TYPING_MS);
  };

  const editable = writable && text !== null;
  // The facilitator sees findings where they only read too (after a pause in others' typing).
  const readFindings = useTypingFindings(!editable && facilitator ? value : '');
  if (!editable) {
    const findings = readFindings;
    return (
      <div className="board board--notes" data-entry-key="notes" tabIndex={-1}>
        <p className="field__label" id={`${id}-label`}>
          {label ?? t.live.board.notesLabel}
        </p>
        <div className="notes notes--readonly" role="group" aria-labelledby={`${id}-label`}>
          {value ? findings.length > 0 ? <HighlightedText text={value} marks={marksOf(findings)} /> : value : <span className="muted">{t.live.summary.empty}</span>}
        </div>
        <PrivacyMarker findings={findings} audience={t.live.privacy.markerNotes} />
      </div>
    );
  }
  return (
    <div className="board board--notes" data-entry-key="notes">
      <PrivacyTextField
        label={label ?? t.live.board.notesLabel}
        hint={t.live.board.notesHint}
        value={value}
        rows={10}
        controlClassName="notes"
        ref={ref}
        onChange={(next) => {
          if (!text) return;
          shown.current = next;
          applyTextChange(text, next);
          setValue(next);
          markTyping();
        }}
      />
    </div>
  );
}
