/** A piece of text, highlighted when it belongs to a finding. */
export interface Segment<F> {
  text: string;
  finding: F | null;
}

/**
 * Splits a text into plain and highlighted pieces for the mirrored highlight layer. Findings
 * outside the text or overlapping an earlier one are skipped (the guard never overlaps).
 */
export function highlightSegments<F extends { start: number; end: number }>(text: string, findings: readonly F[]): Segment<F>[] {
  const sorted = [...findings].filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start).sort((a, b) => a.start - b.start);
  const out: Segment<F>[] = [];
  let cursor = 0;
  for (const finding of sorted) {
    if (finding.start < cursor) continue;
    if (finding.start > cursor) out.push({ text: text.slice(cursor, finding.start), finding: null });
    out.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), finding: null });
  return out;
}

/** A finding (from the api) still applies when its exact text is still where it was found. */
export function stillPresent(text: string, finding: { start: number; end: number; match: string }): boolean {
  return text.slice(finding.start, finding.end) === finding.match;
}
