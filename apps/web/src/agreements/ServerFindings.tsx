import type { PrivacyFindingsDetails } from '@mao/domain';
import { ApiError } from '../api';
import { useT } from '../i18n';
import { Button } from '../ui';

/** What the api's privacy guard found (422 privacy_findings), or null for any other error. */
export function findingsOf(error: unknown): PrivacyFindingsDetails['findings'] | null {
  if (!(error instanceof ApiError) || error.code !== 'privacy_findings') return null;
  return (error.details as PrivacyFindingsDetails | undefined)?.findings ?? [];
}

/**
 * The server's privacy findings on an agreement or note: each match in words; when every finding
 * may be accepted (a name, an address), "save anyway" sends them as accepted. Direct identifiers
 * (phone, e-mail, postcode, BSN, client number) must go.
 */
export function ServerFindings({ findings, onAccept, busy }: { findings: PrivacyFindingsDetails['findings']; onAccept: (matches: string[]) => void; busy: boolean }) {
  const t = useT().agreements.privacy;
  const acceptable = findings.every((finding) => finding.canAccept);
  return (
    <div className="alert alert--warning" role="alert">
      <div className="alert__body">
        <p className="alert__title">{t.title}</p>
        <ul>
          {findings.map((finding, index) => (
            <li key={`${finding.field}-${finding.start}-${index}`}>{t.found(finding.match)}</li>
          ))}
        </ul>
        {acceptable ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => onAccept([...new Set(findings.map((finding) => finding.match))])}>
            {t.acceptAnyway}
          </Button>
        ) : (
          <p>{t.mustFix}</p>
        )}
      </div>
    </div>
  );
}
