import type { Editor } from '@tiptap/core';
import { act } from '@testing-library/react';
import * as Y from 'yjs';
import { richNotesOf } from '../board-model';

/**
 * The notes editor in tests. jsdom has no real editing (no selection-driven input), so a test
 * types through the editor's own commands — the path a keystroke takes after ProseMirror read
 * it — and others' typing arrives as Yjs changes. Real typing is tested in Chromium (tests/e2e).
 */
export function notesEditor(textbox: HTMLElement): Editor {
  const editor = (textbox as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('no notes editor on this element');
  return editor;
}

export function typeInNotes(textbox: HTMLElement, text: string): void {
  act(() => {
    notesEditor(textbox).chain().focus('end').insertContent(text).run();
  });
}

/** Someone else writes a paragraph at `index` (another client's change arriving in this document). */
export function othersWriteParagraph(doc: Y.Doc, text: string, index = 0): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  richNotesOf(other).insert(index, [paragraph]);
  act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc))));
}

/** Notes already on a board (one paragraph per line), written before the test looks. */
export function writeNotes(doc: Y.Doc, text: string): void {
  const paragraphs = text.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
  richNotesOf(doc).insert(richNotesOf(doc).length, paragraphs);
}

/** Someone replaces all notes with `text` (as a writer fixing them). */
export function othersReplaceNotes(doc: Y.Doc, text: string): void {
  act(() => {
    doc.transact(() => {
      const fragment = richNotesOf(doc);
      fragment.delete(0, fragment.length);
      writeNotes(doc, text);
    });
  });
}
