import { canAccept, findPrivacyIssues, type PrivacyFindingsDetails } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';

/**
 * The privacy guard of libs/domain applied to free text the api stores: the casus, lessons,
 * reflections, action perspectives, and session titles and notes. One 422 `privacy_findings`
 * error everywhere (details.findings with field and canAccept), so the web shows them alike.
 * `directOnly` refuses only the identifiers that can never be accepted (BSN, client number,
 * e-mail, phone, postcode) — for texts like session titles that have no way to accept a finding.
 * Findings of severity `warn` (places) never refuse: a place can be relevant context, so the
 * editors show it as a warning and the text is stored as written.
 */
export function assertNoPrivacyFindings(fields: Record<string, string>, accepted: readonly string[], what: string, options: { directOnly?: boolean } = {}): void {
  const findings: PrivacyFindingsDetails['findings'] = [];
  for (const [field, text] of Object.entries(fields)) {
    for (const finding of findPrivacyIssues(text, { acceptedMatches: accepted })) {
      if (finding.severity === 'warn') continue;
      if (options.directOnly && canAccept(finding.kind)) continue;
      findings.push({ ...finding, field, canAccept: canAccept(finding.kind) });
    }
  }
  if (findings.length === 0) return;
  const kinds = [...new Set(findings.map((f) => f.kind))].join(', ');
  throw new DomainError(
    'privacy_findings',
    `${what} bevat ${findings.length} ${findings.length === 1 ? 'gegeven' : 'gegevens'} die iemand herkenbaar kunnen maken (${kinds}). Pas ze aan of markeer ze als niet herkenbaar.`,
    { findings } satisfies PrivacyFindingsDetails,
  );
}
