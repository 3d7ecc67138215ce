import { randomBytes } from 'node:crypto';

/**
 * Safe search snippets. PostgreSQL's `ts_headline` wraps matches in whatever start and stop
 * strings it is given but does not escape the text around them, so a lesson containing
 * `<script>` would come back as markup. Instead it marks matches with random alphanumeric
 * tokens (fresh per request, so no lesson text can forge them), then this module escapes the
 * whole excerpt and only afterwards turns the tokens into `<mark>` and `</mark>`.
 */
export interface HighlightMarkers {
  start: string;
  stop: string;
}

export function newHighlightMarkers(): HighlightMarkers {
  const id = randomBytes(8).toString('hex');
  return { start: `hlS${id}x`, stop: `hlE${id}x` };
}

/** The `ts_headline` options string for these markers (tokens are [A-Za-z0-9] only: no quoting needed). */
export function headlineOptions(markers: HighlightMarkers): string {
  return `StartSel=${markers.start}, StopSel=${markers.stop}, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `ts_headline` drops anything that looks like an HTML tag. To show `<script>` as text, the
 * query translates `<` and `>` into two private-use characters first; `safeSnippet` turns them
 * back into escaped `&lt;` and `&gt;` (never into markup).
 */
export const ANGLE_STANDINS = '\ue000\ue001';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes the excerpt, then turns the markers into `<mark>…</mark>`; unbalanced markers are dropped. */
export function safeSnippet(headline: string, markers: HighlightMarkers): string {
  const escaped = escapeHtml(headline).replace(/\ue000/g, '&lt;').replace(/\ue001/g, '&gt;');
  let out = '';
  let open = false;
  let rest = escaped;
  for (;;) {
    const next = open ? markers.stop : markers.start;
    const at = rest.indexOf(next);
    const other = rest.indexOf(open ? markers.start : markers.stop);
    if (at === -1 && other === -1) break;
    if (at === -1 || (other !== -1 && other < at)) {
      // A marker out of order: drop it.
      out += rest.slice(0, other);
      rest = rest.slice(other + (open ? markers.start.length : markers.stop.length));
      continue;
    }
    out += rest.slice(0, at) + (open ? '</mark>' : '<mark>');
    rest = rest.slice(at + next.length);
    open = !open;
  }
  out += rest;
  if (open) out += '</mark>';
  return out;
}
