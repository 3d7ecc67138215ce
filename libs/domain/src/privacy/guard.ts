/**
 * The privacy guard: finds details in a casus text that could identify a child, parent or
 * professional. Pure and synchronous: the web editor runs it while the inbrenger types, the
 * api runs it on save. Rule-based, so never perfect — it warns and explains; the product also
 * keeps casus short-lived and readable only by the session's participants.
 */
import { detectLowercaseNames } from './context-model.js';
import { detectDates } from './dates.js';
import { detectDictatedNames, namesBesideFound, spokenRestatements } from './dictated-names.js';
import { detectDictatedNumbers } from './dictated-numbers.js';
import { detectPlaces } from './geo.js';
import { PRIVACY_KINDS } from './messages.js';
import { detectNamesByCompany, dropLetterOpenings, repeatedNames } from './name-company.js';
import { detectInitials, detectNames, tokenize, type Token } from './names.js';
import { detectBankAccounts, detectBsn, detectClientNumbers, detectEmail, detectExportRows, detectPhone, detectPostcode, readOcrDigits } from './numbers.js';
import { NON_IDENTIFYING_PHRASES, detectInstitutions, detectStreetAddresses, streetsBeforePostcodes } from './places.js';
import { firstCharsOf, forgetWords, startsWithOneOf } from './text.js';
import type { Candidate, CaseFieldFinding, PrivacyCheckOptions, PrivacyFinding, PrivacyKind } from './types.js';

/** Direct identifiers that must always be removed: they cannot be marked as "not identifying". */
export const ALWAYS_FIX_KINDS: ReadonlySet<PrivacyKind> = new Set<PrivacyKind>([
  'bsn',
  'client_number',
  'email',
  'phone',
  'postcode',
]);

/** All kinds, most specific first. The order decides which finding wins when two overlap. */
export const PRIVACY_KIND_ORDER: readonly PrivacyKind[] = [
  'bsn',
  'email',
  'phone',
  'client_number',
  'postcode',
  'birth_date',
  'street_address',
  'date',
  'institution',
  'initials',
  'name',
  'place',
];

const PRIORITY = new Map<PrivacyKind, number>(PRIVACY_KIND_ORDER.map((k, i) => [k, PRIVACY_KIND_ORDER.length - i]));

/** Whether the inbrenger may mark a finding of this kind as "not identifying". */
export function canAccept(kind: PrivacyKind): boolean {
  return !ALWAYS_FIX_KINDS.has(kind);
}

const MASKABLE = new Set<PrivacyKind>(['name', 'institution', 'initials', 'street_address', 'place']);
// A lookahead, so that phrases that overlap are all masked ("de profeet Mohammed" holds "de Profeet" and "profeet Mohammed").
const PHRASE_RE = new RegExp(
  `${startsWithOneOf(firstCharsOf(NON_IDENTIFYING_PHRASES))}(?<![\\p{L}])(?=(${[...NON_IDENTIFYING_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}]))`,
  'giu',
);
/**
 * A mail signature names the device, not a person: "Verstuurd vanaf mijn Samsung Galaxy", "Verzonden met mijn iPhone". At most
 * two words that end the line ("Verstuurd vanaf mijn telefoon Anja de Vries" keeps the name).
 */
const DEVICE_SIGNATURE = /(?:verstuurd|verzonden|gestuurd)[ \u00a0]+(?:vanaf|met|via|van)[ \u00a0]+(?:mijn|m'n)[ \u00a0]+[\p{L}\p{N}-]+(?:[ \u00a0][\p{L}\p{N}-]+)?(?=[ \u00a0.]*(?:\r?\n|$))/giu;

/**
 * A name inside a longer place ("Den Helder", "Ter Apel"), or equal to a place of several words ("Den Bosch"), is the place; so is a
 * name of the open-class rule that a place overlaps.
 */
function dropNamesInPlaces(text: string, cands: Candidate[]): Candidate[] {
  const places = cands.filter((c) => c.kind === 'place');
  if (places.length === 0) return cands;
  const inside = (c: Candidate, p: Candidate): boolean =>
    p.start <= c.start && c.end <= p.end && (p.end - p.start > c.end - c.start || /\s/.test(text.slice(p.start, p.end)));
  const same = (c: Candidate, p: Candidate): boolean => p.sure === true && p.start === c.start && p.end === c.end;
  // A name only the open-class rule found yields to any place found on it: the place rules read the context ("in de wijk Lombok").
  const overlaps = (c: Candidate, p: Candidate): boolean => c.weak === true && p.start < c.end && c.start < p.end;
  return cands.filter((c) => c.kind !== 'name' || !places.some((p) => inside(c, p) || same(c, p) || overlaps(c, p)));
}

function collect(text: string, tokens: readonly Token[]): Candidate[] {
  // Numbers and dates are read with OCR's letters for digits (numbers.ts, readOcrDigits); positions are the same.
  const digits = readOcrDigits(text);
  const postcodes = detectPostcode(text);
  const accounts = detectBankAccounts(text);
  const found = [
    ...accounts,
    ...detectBsn(digits),
    ...detectClientNumbers(digits),
    ...detectExportRows(text),
    ...detectEmail(text),
    ...detectPhone(digits),
    ...detectDictatedNumbers(text),
    ...postcodes,
    ...streetsBeforePostcodes(text, postcodes),
    ...detectDates(digits),
    ...detectStreetAddresses(text),
    ...detectInstitutions(text),
    ...detectInitials(text),
    ...detectDictatedNames(text),
    ...detectNames(text, tokens),
    ...detectLowercaseNames(text, tokens),
    ...detectPlaces(text, tokens),
  ];
  // A bank account's digit groups are no phone number, date or postcode (after FP–FS: "NL91 ABNA 0417 1643 00").
  const inAccount = (c: Candidate): boolean => c.kind !== 'client_number' && accounts.some((a) => a.start < c.end && c.start < a.end);
  const kept = accounts.length > 0 ? found.filter((c) => !inAccount(c)) : found;
  return dropLetterOpenings(text, dropNamesInPlaces(text, kept)).filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length);
}

/**
 * A name whose tail another finding took ("Esther van de Sterrenschool", the school an institution): the first name before
 * it, without the "van de" that led into the other finding (after AP). Undefined when nothing of the name is left.
 */
function untakenNameStart(text: string, taken: Uint8Array, c: Candidate): Candidate | undefined {
  if (c.kind !== 'name') return undefined;
  let k = c.start;
  while (k < c.end && taken[k] !== 1) k++;
  const head = text.slice(c.start, k).replace(/(?:[ \u00a0]+(?:van|de|der|den|het|'t|ter|ten|in|op|uit))*[ \u00a0]*$/iu, '');
  if (!/\p{L}{2}/u.test(head)) return undefined;
  return { ...c, end: c.start + head.length };
}

function isTaken(map: Uint8Array, c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (map[i] === 1) return true;
  return false;
}

/** Union of overlapping candidates of the same kind ("Christelijk Lyceum" + "Lyceum Delft"). */
function mergeSameKind(cands: Candidate[]): Candidate[] {
  const byKind = new Map<PrivacyKind, Candidate[]>();
  for (const c of cands) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const out: Candidate[] = [];
  for (const [kind, list] of byKind) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: { start: number; end: number } | undefined;
    for (const c of list) {
      if (cur && c.start < cur.end) {
        cur.end = Math.max(cur.end, c.end);
      } else {
        if (cur) out.push({ kind, start: cur.start, end: cur.end });
        cur = { start: c.start, end: c.end };
      }
    }
    if (cur) out.push({ kind, start: cur.start, end: cur.end });
  }
  return out;
}

function decorate(text: string, c: Candidate): PrivacyFinding {
  const info = PRIVACY_KINDS[c.kind];
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    match: text.slice(c.start, c.end),
    message: info.message,
    suggestion: info.suggestion,
    severity: info.severity,
  };
}

/**
 * Find details that could identify a person. Findings are sorted by position and never
 * overlap; when two detections overlap the more specific kind wins (see `PRIVACY_KIND_ORDER`).
 */
export function findPrivacyIssues(text: string, options: PrivacyCheckOptions = {}): PrivacyFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  forgetWords();
  const accepted = new Set(options.acceptedMatches ?? []);

  // Spans of national, non-identifying organisations ("Veilig Thuis") and, later, spans already
  // taken by a finding: one byte per character keeps overlap checks linear in the text length.
  const masked = new Uint8Array(text.length);
  for (const m of text.matchAll(PHRASE_RE)) masked.fill(1, m.index, m.index + (m[1] ?? '').length);
  for (const m of text.matchAll(DEVICE_SIGNATURE)) masked.fill(1, m.index, m.index + m[0].length);

  const tokens = tokenize(text);
  const unmasked = (c: Candidate): boolean => !(MASKABLE.has(c.kind) && isTaken(masked, c));
  let cands = collect(text, tokens).filter(unmasked);
  // Names known by the company of the names found (name-company.ts): only of names that are not a national organisation or title.
  // A second pass takes the names the first found as company too ("de achternaam visser of fischer").
  const company = detectNamesByCompany(text, tokens, cands).filter(unmasked);
  if (company.length > 0) cands.push(...company, ...detectNamesByCompany(text, tokens, [...cands, ...company], true).filter(unmasked));
  cands.push(...spokenRestatements(text, tokens, cands).filter(unmasked));
  cands.push(...namesBesideFound(text, tokens, cands).filter(unmasked));
  cands.push(...repeatedNames(text, tokens, cands).filter(unmasked));
  cands = mergeSameKind(cands);
  const isAccepted = (c: Candidate) => canAccept(c.kind) && accepted.has(text.slice(c.start, c.end));

  cands.sort(
    (a, b) =>
      (PRIORITY.get(b.kind) ?? 0) - (PRIORITY.get(a.kind) ?? 0) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const chosen: Candidate[] = [];
  for (const cand of cands) {
    const c = isTaken(taken, cand) ? untakenNameStart(text, taken, cand) : cand;
    if (!c) continue;
    taken.fill(1, c.start, c.end);
    // An accepted detail still holds its span: a weaker detection inside it ("Lindelaan" as a
    // name inside the accepted address "Lindelaan 12") must not surface in its place.
    if (!isAccepted(c)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c) => decorate(text, c));
}

/** The fields of a casus, checked one by one. Every finding names its field. */
export function checkCaseFields(
  fields: Readonly<Record<string, string>>,
  acceptedMatches?: readonly string[],
): CaseFieldFinding[] {
  const out: CaseFieldFinding[] = [];
  const options: PrivacyCheckOptions = acceptedMatches ? { acceptedMatches } : {};
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value !== 'string') continue;
    for (const f of findPrivacyIssues(value, options)) out.push({ ...f, field });
  }
  return out;
}
