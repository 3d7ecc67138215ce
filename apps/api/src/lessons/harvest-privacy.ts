import { findPrivacyIssues, PRIVACY_KINDS, type PrivacyFinding } from '@mao/domain';

/**
 * The privacy guard's word on a draft lesson, stored with it as a review note whenever the api
 * writes its text without the reviewer typing it: the harvest (board text becomes a draft) and a
 * merge (two drafts become one text); an edit refreshes it. The note names how many details and
 * of which kinds — never the details themselves, so the note holds no personal data of its own
 * and needs no cleaning when the text is fixed. The findings with their places are computed from
 * the current text whenever a reviewer reads the lesson (`privacyFindings`, `privacyFindingCount`),
 * and publishing refuses any that is not accepted (places only warn), as before.
 */
export const PRIVACY_NOTE_PREFIX = 'Privacycontrole';

export type PrivacyNoteMoment = 'harvest' | 'merge' | 'edit';

const MOMENT: Record<PrivacyNoteMoment, string> = { harvest: 'bij het oogsten', merge: 'na het samenvoegen', edit: 'na het bewerken' };

/** "naam", "telefoonnummer", "BSN": a kind's Dutch label inside a sentence. */
function kindWord(finding: PrivacyFinding): string {
  const label = PRIVACY_KINDS[finding.kind].label.nl;
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The note for a text, or null when the guard finds nothing (that was not accepted). */
export function privacyNote(text: string, accepted: readonly string[], moment: PrivacyNoteMoment): string | null {
  const findings = findPrivacyIssues(text, { acceptedMatches: accepted });
  if (findings.length === 0) return null;
  const blocking = findings.filter((finding) => finding.severity !== 'warn');
  const places = findings.length - blocking.length;
  const parts: string[] = [];
  if (blocking.length > 0) {
    const kinds = [...new Set(blocking.map(kindWord))].join(', ');
    parts.push(
      `${blocking.length === 1 ? '1 gegeven dat' : `${blocking.length} gegevens die`} iemand herkenbaar ${blocking.length === 1 ? 'kan' : 'kunnen'} maken (${kinds}). ` +
        'Pas de tekst aan voordat je publiceert; een detail dat niemand herkenbaar maakt en geen nummer, adres of postcode is, kun je markeren als niet herkenbaar.',
    );
  }
  if (places > 0) parts.push(`Let op: ${places === 1 ? 'een plaats of wijk' : `${places} plaatsen of wijken`}. Laat ${places === 1 ? 'die' : 'ze'} alleen staan als het nodig is.`);
  return `${PRIVACY_NOTE_PREFIX} ${MOMENT[moment]}: ${parts.join(' ')}`;
}

/** Review notes with the privacy note brought up to date: earlier ones removed, the current one (if any) last. */
export function withPrivacyNote(notes: readonly string[], text: string, accepted: readonly string[], moment: PrivacyNoteMoment): string[] {
  const others = notes.filter((note) => !note.startsWith(`${PRIVACY_NOTE_PREFIX} `));
  const note = privacyNote(text, accepted, moment);
  return note ? [...others, note] : others;
}

/**
 * The accepted ("not identifying") texts that still hold for a merged lesson: a text one
 * reviewer accepted in one draft is not carried over to where it occurs in the other draft,
 * which nobody looked at with that in mind — unless it was accepted there too.
 */
export function mergedAccepted(keep: { text: string; accepted: readonly string[] }, other: { text: string; accepted: readonly string[] }): string[] {
  const holds = (match: string, from: typeof keep, to: typeof keep) => from.accepted.includes(match) && (to.accepted.includes(match) || !to.text.includes(match));
  return [...new Set([...keep.accepted.filter((match) => holds(match, keep, other)), ...other.accepted.filter((match) => holds(match, other, keep))])];
}
