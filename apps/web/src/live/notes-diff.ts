import type * as Y from 'yjs';

export interface TextChange {
  /** Where the change starts in the old text. */
  index: number;
  /** How many characters of the old text are removed. */
  remove: number;
  /** What is inserted at `index`. */
  insert: string;
}

/**
 * The smallest single edit that turns `before` into `after`: common prefix and suffix are kept.
 * A textarea reports whole values; sending only this range to Y.Text is what lets two people
 * type in the same notes at once without overwriting each other. Never splits a surrogate pair.
 */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

/** Applies the textarea's new value to the shared text as one minimal delete + insert. */
export function applyTextChange(text: Y.Text, after: string): TextChange | null {
  const change = diffText(text.toString(), after);
  if (!change) return null;
  const apply = () => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
  return change;
}

/**
 * Where a caret at `position` ends up after someone else's change, so the cursor does not
 * jump while another person types above it.
 */
export function shiftPosition(position: number, change: TextChange): number {
  if (position <= change.index) return position;
  if (position >= change.index + change.remove) return position - change.remove + change.insert.length;
  return change.index + change.insert.length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
