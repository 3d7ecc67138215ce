import { canAccept, findPrivacyIssues, type PrivacyFindingsDetails } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';

/**
 * The privacy guard on lesson, reflection and action perspective texts: the same check and the
 * same 422 `privacy_findings` error (details.findings with field and canAccept) as the casus.
 * A lesson must not identify a child, parent or professional either.
 */
export function assertNoPrivacyFindings(fields: Record<string, string>, accepted: readonly string[], what: string): void {
  const findings: PrivacyFindingsDetails['findings'] = [];
  for (const [field, text] of Object.entries(fields)) {
    for (const finding of findPrivacyIssues(text, { acceptedMatches: accepted })) findings.push({ ...finding, field, canAccept: canAccept(finding.kind) });
  }
  if (findings.length === 0) return;
  const kinds = [...new Set(findings.map((f) => f.kind))].join(', ');
  throw new DomainError(
    'privacy_findings',
    `${what} bevat ${findings.length} ${findings.length === 1 ? 'gegeven' : 'gegevens'} die iemand herkenbaar kunnen maken (${kinds}). Pas ze aan of markeer ze als niet herkenbaar.`,
    { findings } satisfies PrivacyFindingsDetails,
  );
}
