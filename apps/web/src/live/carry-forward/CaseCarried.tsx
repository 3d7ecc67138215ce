import { stepSource, type MethodStep } from '@mao/intervisie-method';
import { createContext, useContext } from 'react';
import * as Y from 'yjs';
import { useT } from '../../i18n';
import { Button } from '../../ui';
import type { LiveCase } from '../CasePanel';
import { richNotesOf, richNotesText } from '../board-model';
import { useDocsVersion } from '../collab';
import { useRoom } from '../room';

/** The casus as the room loaded it for those who may read it (null for everyone else). */
export const LiveCaseContext = createContext<LiveCase | null>(null);

/** Appends a paragraph with this text to the shared rich notes (as the notes editor would write it). */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const notes = richNotesOf(doc);
  notes.insert(notes.length, [paragraph]);
}

export interface CaseCarriedProps {
  step: MethodStep;
  /** The step's own board, when it has one open: its notes can take the text over. */
  doc?: Y.Doc | null;
  /** May this person write on the step's board now? */
  writable?: boolean;
}

/**
 * A step that takes a field of the casus (method data `takesFrom: 'case.keyQuestion'`): the
 * kernvraag step starts from the inbrenger's own key question, shown above the board, and a writer
 * puts it into the shared notes with one click ("Overnemen in de aantekeningen") to sharpen it
 * together — once: the button goes when the notes hold the text. Only those who may read the casus
 * see it (the room gives the casus only to them).
 */
export function CaseCarried({ step, doc = null, writable = false }: CaseCarriedProps) {
  const t = useT().agreements.carry;
  const liveCase = useContext(LiveCaseContext);
  const { view } = useRoom();
  useDocsVersion([doc]);
  const source = stepSource(view.method, step);
  if (source?.kind !== 'case') return null;
  const text = liveCase ? (source.field === 'keyQuestion' ? liveCase.keyQuestion : liveCase.askOfGroup).trim() : '';
  const inNotes = doc !== null && text !== '' && richNotesText(richNotesOf(doc)).includes(text);
  return (
    <section className="carried carried--case" aria-labelledby={`carried-case-${step.id}`}>
      <h4 id={`carried-case-${step.id}`} className="carried__title">
        {source.field === 'keyQuestion' ? t.caseTitle : t.caseAskTitle}
      </h4>
      {text ? (
        <>
          <blockquote className="carried__quote">{text}</blockquote>
          <p className="muted">{inNotes ? t.caseInNotes : t.caseIntro}</p>
          {writable && doc && !inNotes && (
            <Button type="button" variant="secondary" onClick={() => appendParagraph(doc, text)}>
              {t.caseToNotes}
            </Button>
          )}
        </>
      ) : (
        <p className="muted">{t.caseMissing}</p>
      )}
    </section>
  );
}
