import type { PrivacyFinding } from '@mao/domain';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useLocale, useT } from '../../i18n';
import { HighlightedTextControl, PrivacyFindingList, type PrivacyFindingItem } from '../../ui';
import { describeFindings, entryCheck, findingId, findingItems, marksOf, useTypingFindings, type EntryCheck } from '../privacy';

type Control = HTMLTextAreaElement & HTMLInputElement;

export interface PrivacyTextFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** The message when the entry was held back (see `useEntryHold`); linked to the control. */
  error?: string | null;
  rows?: number;
  maxLength?: number;
  autoGrow?: boolean;
  controlClassName?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  ref?: Ref<Control>;
  /** Extra class on the field (e.g. `board--notes`). */
  className?: string;
}

/**
 * A board text field with the privacy guard, as in the casus editor: while the person types
 * (after a pause, never holding up a keystroke) each finding is marked in place and explained
 * below the field, with a button that selects it in the text. New findings are announced
 * politely; the control is described by the summary of the list.
 */
export function PrivacyTextField({ label, hint, value, onChange, error, rows = 3, maxLength, autoGrow = true, controlClassName, onKeyDown, ref, className }: PrivacyTextFieldProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const controlRef = useRef<Control | null>(null);
  const findings = useTypingFindings(value);
  const announcement = useFindingAnnouncement(findings);
  const items = findingItems(findings, locale, t.cases.warningTag);
  // Warnings (places) may stay: counted apart, and they never make the field invalid (as in the casus editor).
  const blocking = findings.filter((finding) => finding.severity !== 'warn').length;
  const byId = new Map(findings.map((finding) => [findingId(finding), finding]));

  const setRef = useCallback(
    (element: Control | null) => {
      controlRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  const select = (item: PrivacyFindingItem) => {
    const finding = byId.get(item.id);
    const element = controlRef.current;
    if (!finding || !element) return;
    element.focus();
    element.setSelectionRange(finding.start, finding.end);
  };

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, findings.length > 0 ? `${id}-findings` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'privacy-text-field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="field__error-icon" aria-hidden="true">
            !
          </span>
          {error}
        </p>
      )}
      <HighlightedTextControl
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        marks={marksOf(findings)}
        rows={rows}
        maxLength={maxLength}
        autoGrow={autoGrow}
        controlClassName={controlClassName}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onKeyDown={onKeyDown}
        spellCheck
        ref={setRef}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <PrivacyFindingList
        items={items}
        summary={t.cases.fieldFindings(blocking, findings.length - blocking)}
        className={blocking === 0 ? 'findings--warn' : undefined}
        summaryId={`${id}-findings`}
        listLabel={t.cases.findingsListLabel(label)}
        texts={{ found: t.cases.found, why: t.cases.why, suggestion: t.cases.suggestion, mustFix: t.cases.mustFix, show: t.cases.show, showAria: t.cases.showAria }}
        onShow={select}
      />
    </div>
  );
}

/** What to say (politely) when the findings change: the new list, or that they are gone. */
export function useFindingAnnouncement(findings: readonly PrivacyFinding[]): string {
  const t = useT();
  const { locale } = useLocale();
  const described = describeFindings(findings, locale);
  const [said, setSaid] = useState('');
  const previous = useRef(described);
  useEffect(() => {
    if (previous.current === described) return;
    const had = previous.current !== '';
    previous.current = described;
    setSaid(described ? t.live.privacy.announce(described) : had ? t.live.privacy.cleared : '');
  }, [described, t]);
  return said;
}

/**
 * Holding back an entry with a direct identifier (see `entryCheck`): `check(text, anyway)` says
 * whether it may go on the board now; otherwise the message and, for what may stay, the
 * "anyway" choice apply until the text changes.
 */
export function useEntryHold(text: string, anywayLabel: string) {
  const t = useT();
  const { locale } = useLocale();
  const [held, setHeld] = useState<{ text: string; check: Exclude<EntryCheck, { verdict: 'ok' }> } | null>(null);
  const current = held && held.text === text ? held.check : null;
  const message = current
    ? current.verdict === 'mustFix'
      ? t.live.privacy.mustFix(describeFindings(current.findings, locale))
      : t.live.privacy.confirm(describeFindings(current.findings, locale), anywayLabel)
    : null;
  return {
    /** True when the entry may be added; otherwise it is held with a message. */
    check(value: string, anyway = false): boolean {
      const result = entryCheck(value);
      if (result.verdict === 'ok' || (result.verdict === 'confirm' && anyway)) {
        setHeld(null);
        return true;
      }
      setHeld({ text: value, check: result });
      return false;
    },
    message,
    /** Offer "add anyway": a name, initials or an address the writer says identifies nobody. */
    mayOverride: current?.verdict === 'confirm',
    clear: () => setHeld(null),
  };
}
