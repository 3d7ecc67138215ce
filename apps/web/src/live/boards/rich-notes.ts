import type { PrivacyFinding } from '@mao/domain';
import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { guardText } from '../privacy';

/*
 * The shared notes in the editor (TipTap on ProseMirror through y-tiptap): the privacy guard's
 * marks as decorations, and "Ga naar" from the privacy review. The Yjs side (where the notes
 * live, their plain text) is in board-model.ts.
 */

/** Where the privacy guard's findings lie in a ProseMirror document: one check per text block. */
export function privacyRanges(doc: ProseMirrorNode): Array<{ from: number; to: number; finding: PrivacyFinding }> {
  const ranges: Array<{ from: number; to: number; finding: PrivacyFinding }> = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    // A hard break is one position and one character ('\n'): offsets in the text are positions in the block.
    const text = node.textBetween(0, node.content.size, undefined, '\n');
    for (const finding of guardText(text)) ranges.push({ from: position + 1 + finding.start, to: position + 1 + finding.end, finding });
    return false;
  });
  return ranges;
}

const privacyKey = new PluginKey<DecorationSet>('privacyMarks');

/**
 * The privacy guard's marks as decorations (the casus editor's colours, `privacy-mark--<severity>`):
 * they never change the document, so nobody's typing is held up or altered.
 */
export const PrivacyMarks = Extension.create<{ enabled: boolean }>({
  name: 'privacyMarks',
  addOptions() {
    return { enabled: true };
  },
  addProseMirrorPlugins() {
    if (!this.options.enabled) return [];
    const build = (doc: ProseMirrorNode) =>
      DecorationSet.create(
        doc,
        privacyRanges(doc).map(({ from, to, finding }) => Decoration.inline(from, to, { nodeName: 'mark', class: `privacy-mark privacy-mark--${finding.severity}`, 'data-privacy-kind': finding.kind })),
      );
    return [
      new Plugin<DecorationSet>({
        key: privacyKey,
        state: {
          init: (_, state) => build(state.doc),
          apply: (transaction, previous) => (transaction.docChanged ? build(transaction.doc) : previous),
        },
        props: {
          decorations: (state) => privacyKey.getState(state),
        },
      }),
    ];
  },
});

/** Editors of the notes on screen, so the privacy review's "Ga naar" can select a finding in one. */
const editors = new WeakMap<HTMLElement, Editor>();

export function registerNotesEditor(element: HTMLElement, editor: Editor): () => void {
  editors.set(element, editor);
  return () => editors.delete(element);
}

/**
 * Focuses the notes editor inside `entry` and selects the occurrence of `match` nearest to where
 * the review found it (others may have typed since). False when there is no editor there that
 * this person may write in.
 */
export function selectInNotes(entry: HTMLElement, match: string, start: number): boolean {
  const host = entry.querySelector<HTMLElement>('[data-notes-editor]');
  const editor = host ? editors.get(host) : undefined;
  // Where one only reads, the board itself takes focus (the caller's fallback).
  if (!editor || !editor.isEditable) return false;
  selectInEditor(editor, match, start);
  return true;
}

/** Focuses the editor and selects the occurrence of `match` nearest to `start` (a plain-text offset). */
export function selectInEditor(editor: Editor, match: string, start: number): void {
  let best: { from: number; distance: number } | null = null;
  let textOffset = 0;
  editor.state.doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\n');
    for (let at = text.indexOf(match); at >= 0; at = text.indexOf(match, at + 1)) {
      const distance = Math.abs(textOffset + at - start);
      if (!best || distance < best.distance) best = { from: position + 1 + at, distance };
    }
    textOffset += text.length + 1;
    return false;
  });
  const found = best as { from: number; distance: number } | null;
  if (found) editor.chain().focus().setTextSelection({ from: found.from, to: found.from + match.length }).scrollIntoView().run();
  else editor.commands.focus();
}
