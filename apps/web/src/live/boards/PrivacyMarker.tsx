import type { PrivacyFinding } from '@mao/domain';
import { useLocale, useT } from '../../i18n';
import { PrivacyFindingList } from '../../ui';
import { describeFindings, findingItems } from '../privacy';

/**
 * The notice on an entry that is already on the board and holds something the privacy guard
 * flags, for the people who can act on it: its author and the facilitator. A short line
 * ("Mogelijk herkenbaar: Naam “Daan”") and, behind a disclosure, the casus editor's explanation.
 */
export function PrivacyMarker({ findings, audience }: { findings: readonly PrivacyFinding[]; audience: string }) {
  const t = useT();
  const { locale } = useLocale();
  if (findings.length === 0) return null;
  const worst = findings.some((finding) => finding.severity === 'direct') ? 'direct' : findings.some((finding) => finding.severity === 'indirect') ? 'indirect' : 'warn';
  return (
    <div className={`privacy-marker privacy-marker--${worst}`}>
      <p className="privacy-marker__line">
        <span className="privacy-marker__badge">{t.live.privacy.marker}</span> {describeFindings(findings, locale)}
      </p>
      <details className="privacy-marker__details">
        <summary>{t.live.privacy.markerDetails(findings.length)}</summary>
        <PrivacyFindingList
          items={findingItems(findings, locale, t.cases.warningTag)}
          className={worst === 'warn' ? 'findings--warn' : undefined}
          summary={audience}
          listLabel={t.live.privacy.marker}
          texts={{ found: t.cases.found, why: t.cases.why, suggestion: t.cases.suggestion, mustFix: t.cases.mustFix, show: t.cases.show, showAria: t.cases.showAria }}
        />
      </details>
    </div>
  );
}
