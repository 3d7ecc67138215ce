import { canAccept, findPrivacyIssues, PRIVACY_KINDS, type Locale, type PrivacyFinding } from '@mao/domain';
import { useEffect, useState } from 'react';
import { fits, PRIVACY_CHECK_DELAY_MS } from '../shared/usePausedPrivacyCheck';
import type { PrivacyFindingItem, TextMark } from '../ui';

export { PRIVACY_CHECK_DELAY_MS };

/**
 * The privacy guard of @mao/domain (the casus editor's, the api's) on what people type in the
 * live room: cards, notes, harvest entries, poll comments.
 *
 * - While typing: `useTypingFindings` runs the guard after a pause (never on the keystroke), and
 *   keeps only findings that still fit the text on screen.
 * - Adding or saving an entry: `entryCheck` decides at once. A direct identifier holds the entry
 *   back; those that can never be accepted (BSN, client number, e-mail, phone, postcode) must go,
 *   the others (a name, initials, an address) may be added anyway after a clear warning, since
 *   the guard also flags words that are no name. Indirect details and places only warn.
 * - On the board: `guardText` (cached) marks existing entries for their author and the
 *   facilitator, and feeds the facilitator's review before closing.
 */

const CACHE_LIMIT = 1000;
const cache = new Map<string, readonly PrivacyFinding[]>();

/** The guard's findings for a text, remembered for the texts seen last (boards re-render on every change). */
export function guardText(text: string): readonly PrivacyFinding[] {
  if (!text.trim()) return [];
  const known = cache.get(text);
  if (known) return known;
  const found = findPrivacyIssues(text);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(text, found);
  return found;
}

/**
 * The guard line by line (offsets in the whole text): the notes editor checks each paragraph on
 * its own, so the list under the notes matches the marks in them.
 */
export function guardLines(text: string): readonly PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const finding of guardText(line)) findings.push({ ...finding, start: finding.start + offset, end: finding.end + offset });
    offset += line.length + 1;
  }
  return findings;
}

/**
 * The findings for a text being typed: the guard runs `delay` ms after the last change, so
 * typing is never held up; in between, earlier findings are shown only where they still fit.
 */
export function useTypingFindings(text: string, delay = PRIVACY_CHECK_DELAY_MS, check: (text: string) => readonly PrivacyFinding[] = guardText): readonly PrivacyFinding[] {
  const [checked, setChecked] = useState<{ text: string; findings: readonly PrivacyFinding[] }>(() => ({ text, findings: check(text) }));
  useEffect(() => {
    if (checked.text === text) return;
    const timer = setTimeout(() => setChecked({ text, findings: check(text) }), delay);
    return () => clearTimeout(timer);
  }, [text, delay, checked.text, check]);
  return checked.text === text ? checked.findings : checked.findings.filter((finding) => fits(text, finding));
}

export const marksOf = (findings: readonly PrivacyFinding[]): TextMark[] => findings.map((finding) => ({ start: finding.start, end: finding.end, tone: finding.severity }));

export const findingId = (finding: PrivacyFinding) => `${finding.start}-${finding.end}-${finding.kind}`;

/** The kind in words; a warning (a place) says so, not only in colour ("Plaats of wijk (waarschuwing)"). */
export const kindLabel = (finding: PrivacyFinding, locale: Locale, warningTag: string) =>
  finding.severity === 'warn' ? `${PRIVACY_KINDS[finding.kind].label[locale]} (${warningTag})` : PRIVACY_KINDS[finding.kind].label[locale];

/** The explanation of each finding, in the current language (the casus editor's texts). */
export function findingItems(findings: readonly PrivacyFinding[], locale: Locale, warningTag: string): PrivacyFindingItem[] {
  return findings.map((finding) => ({
    id: findingId(finding),
    label: kindLabel(finding, locale, warningTag),
    match: finding.match,
    why: finding.message[locale],
    suggestion: finding.suggestion[locale],
    tone: finding.severity,
    mustFix: finding.severity !== 'warn' && !canAccept(finding.kind),
  }));
}

/** "Naam “Daan”; Telefoonnummer “06-12345678”" — for short messages. */
export function describeFindings(findings: readonly PrivacyFinding[], locale: Locale): string {
  return findings.map((finding) => `${PRIVACY_KINDS[finding.kind].label[locale]} “${finding.match}”`).join('; ');
}

export type EntryCheck =
  | { verdict: 'ok' }
  /** A direct identifier that may never stay: remove it. */
  | { verdict: 'mustFix'; findings: readonly PrivacyFinding[] }
  /** A name, initials or an address: fix it, or add anyway when it identifies nobody. */
  | { verdict: 'confirm'; findings: readonly PrivacyFinding[] };

/** Whether a new or changed entry may go on the board as it is. */
export function entryCheck(text: string): EntryCheck {
  const direct = guardText(text).filter((finding) => finding.severity === 'direct');
  if (direct.length === 0) return { verdict: 'ok' };
  const never = direct.filter((finding) => !canAccept(finding.kind));
  if (never.length > 0) return { verdict: 'mustFix', findings: never };
  return { verdict: 'confirm', findings: direct };
}

/** A short piece of text around a finding, for the review: "… zei Daan dat hij …". */
export function around(text: string, finding: Pick<PrivacyFinding, 'start' | 'end'>, width = 40): { before: string; match: string; after: string } {
  let from = Math.max(0, finding.start - width);
  let to = Math.min(text.length, finding.end + width);
  // Whole words only: start after the first space, end before the last one.
  if (from > 0) {
    const space = text.slice(from, finding.start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(finding.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space > 0) to = finding.end + space;
  }
  const clean = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '… ' : '') + clean(text.slice(from, finding.start)),
    match: clean(text.slice(finding.start, finding.end)),
    after: clean(text.slice(finding.end, to)) + (to < text.length ? ' …' : ''),
  };
}
