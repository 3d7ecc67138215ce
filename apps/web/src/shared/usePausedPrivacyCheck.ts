import { findPrivacyIssues, type CaseFieldFinding, type PrivacyFinding } from '@mao/domain';
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing pauses before the privacy guard runs again (the casus editor, the live room, every guarded form). */
export const PRIVACY_CHECK_DELAY_MS = 350;

/** A finding still applies when its exact text is still where it was found. */
export const fits = (text: string, finding: Pick<PrivacyFinding, 'start' | 'end' | 'match'>) => text.slice(finding.start, finding.end) === finding.match;

/** The guard on each text, with what its writer accepted; findings carry `field: 'text'` for `PrivacyField`. */
export function checkTexts(texts: readonly string[], accepted: readonly (readonly string[])[]): CaseFieldFinding[][] {
  return texts.map((text, i) => findPrivacyIssues(text, { acceptedMatches: accepted[i] ?? [] }).map((finding): CaseFieldFinding => ({ ...finding, field: 'text' })));
}

interface Checked {
  readonly textsKey: string;
  readonly acceptedKey: string;
  readonly findings: CaseFieldFinding[][];
}

/**
 * The privacy guard on texts being typed (the fields of one form): it runs after a pause in typing, never on the keystroke —
 * a long text takes tens of milliseconds to check, which on every key would make typing stutter. Until the pause, the earlier
 * findings are shown where they still fit the text. Marking a finding "not identifying" is a click, so a change in `accepted`
 * alone is checked at once. `checkNow` checks the texts as they are (a submit must not wait for the pause), shows that, and
 * returns it.
 */
export function usePausedPrivacyCheck(texts: readonly string[], accepted: readonly (readonly string[])[], delay = PRIVACY_CHECK_DELAY_MS) {
  const latest = useRef({ texts, accepted });
  latest.current = { texts, accepted };
  const textsKey = JSON.stringify(texts);
  const acceptedKey = JSON.stringify(accepted);
  const [checked, setChecked] = useState<Checked>(() => ({ textsKey, acceptedKey, findings: checkTexts(texts, accepted) }));

  const checkNow = useCallback((): CaseFieldFinding[][] => {
    const { texts: now, accepted: acceptedNow } = latest.current;
    const findings = checkTexts(now, acceptedNow);
    setChecked({ textsKey: JSON.stringify(now), acceptedKey: JSON.stringify(acceptedNow), findings });
    return findings;
  }, []);

  useEffect(() => {
    if (checked.textsKey === textsKey && checked.acceptedKey === acceptedKey) return;
    if (checked.textsKey === textsKey) {
      checkNow();
      return;
    }
    const timer = setTimeout(checkNow, delay);
    return () => clearTimeout(timer);
  }, [textsKey, acceptedKey, checked.textsKey, checked.acceptedKey, delay, checkNow]);

  const findings = checked.textsKey === textsKey ? checked.findings : checked.findings.map((list, i) => list.filter((finding) => fits(texts[i] ?? '', finding)));
  return { findings, checkNow };
}
