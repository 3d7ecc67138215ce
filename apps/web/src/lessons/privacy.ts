import type { CaseFieldFinding } from '@mao/domain';
import { useCallback, useState } from 'react';
import { usePausedPrivacyCheck } from '../shared/usePausedPrivacyCheck';

/**
 * The privacy guard of @mao/domain on one text (a lesson, a reflection), the same check the api
 * runs on save, after each pause in typing (`usePausedPrivacyCheck`). Findings carry
 * `field: 'text'` so the casus' PrivacyField can show them. `accepted` holds the exact texts the
 * writer marked as "not identifying" that still occur. `checkNow` answers for the text as it is,
 * for a save or publish that must not wait for the pause.
 */
export function usePrivacyCheck(text: string, initialAccepted: readonly string[] = []) {
  const [acceptedAll, setAccepted] = useState<string[]>([...initialAccepted]);
  const check = usePausedPrivacyCheck([text], [acceptedAll]);
  const { checkNow: checkAll } = check;
  const accept = useCallback((finding: CaseFieldFinding) => {
    setAccepted((list) => (list.includes(finding.match) ? list : [...list, finding.match]));
  }, []);
  const reset = useCallback(() => setAccepted([]), []);
  const checkNow = useCallback((): CaseFieldFinding[] => checkAll()[0] ?? [], [checkAll]);
  const inText = acceptedAll.filter((match) => text.includes(match));
  return { findings: check.findings[0] ?? [], checkNow, accept, reset, accepted: inText.length > 0 ? inText : undefined };
}
