import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Bold, Heading, Italic, List, ListOrdered } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useLocale, useT } from '../../i18n';
import { PrivacyFindingList } from '../../ui';
import type { AwarenessLike } from '../collab';
import { findingId, findingItems, guardLines, PRIVACY_CHECK_DELAY_MS, useTypingFindings } from '../privacy';
import { useActor } from '../room';
import { PrivacyMarker } from './PrivacyMarker';
import { legacyNotesOf, richNotesOf, richNotesText } from '../board-model';
import { useFindingAnnouncement } from './PrivacyTextField';
import { PrivacyMarks, registerNotesEditor, selectInEditor } from './rich-notes';

export interface NotesBoardProps {
  doc: Y.Doc | null;
  writable: boolean;
  awareness?: AwarenessLike | null;
  label?: string;
}

const TYPING_MS = 2000;

/**
 * Shared notes in a collaborative rich-text editor (TipTap on ProseMirror, bound to the board's
 * Y.XmlFragment through y-tiptap): everyone who may write types at once, sees the others' carets
 * with their names (from the server's roster), and can use basic formatting. The privacy guard
 * marks findings as decorations (they never change the text) and explains them below; the
 * facilitator also sees them where they only read. An older board's plain-text notes are shown
 * read-only above.
 */
export function NotesBoard({ doc, writable, awareness = null, label }: NotesBoardProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const { facilitator } = useActor();
  const fragment = doc ? richNotesOf(doc) : null;
  const legacy = useLegacyNotes(doc);
  const editable = writable && fragment !== null;
  const text = useNotesText(fragment);
  // Writers see what the guard finds as they type; the facilitator also where they only read.
  const findings = useTypingFindings(editable || facilitator ? text : '', PRIVACY_CHECK_DELAY_MS, guardLines);
  const announcement = useFindingAnnouncement(editable ? findings : []);
  const blocking = findings.filter((finding) => finding.severity !== 'warn').length;
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const labelText = label ?? t.live.board.notesLabel;

  const editor = useEditor(
    {
      editable,
      immediatelyRender: true,
      // TipTap would add a <style> element, which the CSP refuses: its few rules are in live.css.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      extensions: [
        // Collaboration brings its own undo (only one's own changes); ProseMirror's would undo others' typing.
        StarterKit.configure({ undoRedo: false, heading: { levels: [3] }, codeBlock: false, code: false, horizontalRule: false, link: false, blockquote: false }),
        ...(fragment ? [Collaboration.configure({ fragment })] : []),
        // Others' selections get a class, not an inline style: the product's CSP (style-src 'self') refuses style attributes.
        ...(awareness ? [CollaborationCaret.configure({ provider: { awareness }, user: currentUser(awareness), selectionRender: () => ({ class: 'notes-selection' }) })] : []),
        PrivacyMarks.configure({ enabled: editable || facilitator }),
      ],
      editorProps: {
        // Where one may write, a multi-line textbox; elsewhere a labelled group of read-only text (as before the editor).
        attributes: editable
          ? { role: 'textbox', 'aria-multiline': 'true', 'aria-label': labelText, 'aria-describedby': `${id}-hint ${id}-findings`, class: 'notes notes--rich' }
          : { role: 'group', 'aria-label': labelText, 'aria-describedby': `${id}-hint`, class: 'notes notes--rich notes--readonly' },
      },
      onUpdate: ({ transaction }) => {
        if (!awareness || !transaction.docChanged) return;
        awareness.setLocalStateField('typing', true);
        if (typingTimer.current) clearTimeout(typingTimer.current);
        typingTimer.current = setTimeout(() => awareness.setLocalStateField('typing', false), TYPING_MS);
      },
    },
    [fragment, awareness, editable, facilitator, labelText],
  );

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !editor) return;
    return registerNotesEditor(host, editor);
  }, [editor]);

  useEffect(
    () => () => {
      if (typingTimer.current) clearTimeout(typingTimer.current);
    },
    [],
  );

  return (
    <div className="board board--notes" data-entry-key="notes" tabIndex={-1}>
      <p className="field__label" id={`${id}-label`}>
        {labelText}
      </p>
      <p className="field__hint" id={`${id}-hint`}>
        {editable ? t.live.board.notesHint : t.live.board.notesReadOnly}
      </p>
      {legacy && (
        <div className="notes-legacy">
          <p className="notes-legacy__title">{t.live.board.notesEarlier}</p>
          <p className="pre-line">{legacy}</p>
        </div>
      )}
      {editable && editor && <NotesToolbar editor={editor} label={t.live.board.notesToolbar} />}
      <div ref={hostRef} data-notes-editor="">
        <EditorContent editor={editor} />
      </div>
      {!editable && !text.trim() && !legacy && <p className="muted">{t.live.summary.empty}</p>}
      {editable ? (
        <>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          <PrivacyFindingList
            items={findingItems(findings, locale, t.cases.warningTag)}
            summary={t.cases.fieldFindings(blocking, findings.length - blocking)}
            className={blocking === 0 ? 'findings--warn' : undefined}
            summaryId={`${id}-findings`}
            listLabel={t.cases.findingsListLabel(labelText)}
            texts={{ found: t.cases.found, why: t.cases.why, suggestion: t.cases.suggestion, mustFix: t.cases.mustFix, show: t.cases.show, showAria: t.cases.showAria }}
            onShow={(item) => {
              const finding = findings.find((candidate) => findingId(candidate) === item.id);
              if (finding && editor) selectInEditor(editor, finding.match, finding.start);
            }}
          />
        </>
      ) : (
        <PrivacyMarker findings={findings} audience={t.live.privacy.markerNotes} />
      )}
    </div>
  );
}

/** The name and colour this browser announces (the server puts the roster's name in its place). */
function currentUser(awareness: AwarenessLike): Record<string, unknown> {
  const own = awareness.getStates().get(awareness.clientID)?.['user'];
  return typeof own === 'object' && own !== null ? (own as Record<string, unknown>) : {};
}

/** The notes as plain text, following every change (for the guard's list and "empty"). */
function useNotesText(fragment: Y.XmlFragment | null): string {
  const [text, setText] = useState(() => (fragment ? richNotesText(fragment) : ''));
  useEffect(() => {
    if (!fragment) {
      setText('');
      return;
    }
    const read = () => setText(richNotesText(fragment));
    read();
    fragment.observeDeep(read);
    return () => fragment.unobserveDeep(read);
  }, [fragment]);
  return text;
}

/** An older board's plain-text notes (before the notes became rich text), if any. */
function useLegacyNotes(doc: Y.Doc | null): string {
  const [value, setValue] = useState('');
  useEffect(() => {
    if (!doc) return;
    const legacy = legacyNotesOf(doc);
    const read = () => setValue(legacy.toString().trim());
    read();
    legacy.observe(read);
    return () => legacy.unobserve(read);
  }, [doc]);
  return value;
}

/** Bold, italic, a heading and lists: buttons with their state (aria-pressed); the usual shortcuts work too. */
function NotesToolbar({ editor, label }: { editor: Editor; label: string }) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
    }),
  });
  const button = (pressed: boolean, name: string, icon: ReactNode, run: () => void) => (
    <button
      type="button"
      className="notes-toolbar__button"
      aria-pressed={pressed}
      title={name}
      // Keep the caret where it is: the button must not take focus from the text on mouse down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {icon}
      <span className="visually-hidden">{name}</span>
    </button>
  );
  return (
    <div className="notes-toolbar" role="group" aria-label={label}>
      {button(state.bold, t.live.board.format.bold, <Bold size={18} aria-hidden="true" />, () => editor.chain().focus().toggleBold().run())}
      {button(state.italic, t.live.board.format.italic, <Italic size={18} aria-hidden="true" />, () => editor.chain().focus().toggleItalic().run())}
      {button(state.heading, t.live.board.format.heading, <Heading size={18} aria-hidden="true" />, () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
      {button(state.bulletList, t.live.board.format.bulletList, <List size={18} aria-hidden="true" />, () => editor.chain().focus().toggleBulletList().run())}
      {button(state.orderedList, t.live.board.format.orderedList, <ListOrdered size={18} aria-hidden="true" />, () => editor.chain().focus().toggleOrderedList().run())}
    </div>
  );
}
