import { findPrivacyIssues, type CaseFieldFinding } from '@mao/domain';
import { useCallback, useMemo, useState } from 'react';

/**
 * The privacy guard of @mao/domain on one text (a lesson, a reflection), the same check the api
 * runs on save. Findings carry `field: 'text'` so the casus' PrivacyField can show them.
 * `accepted` holds the exact texts the writer marked as "not identifying" that still occur.
 */
export function usePrivacyCheck(text: string, initialAccepted: readonly string[] = []) {
  const [acceptedAll, setAccepted] = useState<string[]>([...initialAccepted]);
  const findings: CaseFieldFinding[] = useMemo(
    () => findPrivacyIssues(text, { acceptedMatches: acceptedAll }).map((finding) => ({ ...finding, field: 'text' })),
    [text, acceptedAll],
  );
  const accept = useCallback((finding: CaseFieldFinding) => {
    setAccepted((list) => (list.includes(finding.match) ? list : [...list, finding.match]));
  }, []);
  const reset = useCallback(() => setAccepted([]), []);
  const inText = acceptedAll.filter((match) => text.includes(match));
  return { findings, accept, reset, accepted: inText.length > 0 ? inText : undefined };
}
