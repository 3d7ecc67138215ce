/** A piece of text, highlighted when it belongs to a mark. */
export interface Segment<F> {
  text: string;
  mark: F | null;
}

/** Where a text is highlighted, and how strongly (a class suffix: `privacy-mark--<tone>`). */
export interface TextMark {
  start: number;
  end: number;
  tone: string;
}

/**
 * Splits a text into plain and highlighted pieces. Marks outside the text, empty ones, or ones
 * overlapping an earlier mark are skipped.
 */
export function highlightSegments<F extends { start: number; end: number }>(text: string, marks: readonly F[]): Segment<F>[] {
  const sorted = [...marks].filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start).sort((a, b) => a.start - b.start);
  const out: Segment<F>[] = [];
  let cursor = 0;
  for (const mark of sorted) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) out.push({ text: text.slice(cursor, mark.start), mark: null });
    out.push({ text: text.slice(mark.start, mark.end), mark });
    cursor = mark.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: null });
  return out;
}
