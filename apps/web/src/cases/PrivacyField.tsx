import { canAccept, PRIVACY_KINDS, type CaseFieldFinding } from '@mao/domain';
import { useId, useRef } from 'react';
import { useLocale, useT } from '../i18n';
import { Field, HighlightedTextControl, PrivacyFindingList, type PrivacyFindingItem } from '../ui';

export interface PrivacyFieldProps {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly CaseFieldFinding[];
  onAccept: (finding: CaseFieldFinding) => void;
  error?: string;
  optionalText?: string;
  multiline?: boolean;
  required?: boolean;
}

const itemId = (finding: CaseFieldFinding) => `${finding.start}-${finding.end}-${finding.kind}`;

/**
 * A casus field with the privacy guard's findings. Two ways to see them:
 * - visually, a mirrored layer behind the (transparent) text control marks each finding in
 *   place; the layer is hidden from assistive technology (ui/HighlightedTextControl);
 * - for everyone, a list below the field names each finding (kind, exact text, why, what to
 *   do) with buttons to select it in the text and, for indirect details only, to mark it as
 *   not identifying (ui/PrivacyFindingList). The control is described by a one-line summary of that list.
 * A warning (severity `warn`: a place) is marked and explained like the others, but in the
 * warning tone, named a warning in words, and it neither invalidates the field nor blocks saving.
 */
export function PrivacyField(props: PrivacyFieldProps) {
  const { name, label, hint, value, onChange, findings, onAccept, error, optionalText, multiline = true, required } = props;
  const t = useT();
  const c = t.cases;
  const { locale } = useLocale();
  const summaryId = useId();
  const controlRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  const byItem = new Map(findings.map((finding) => [itemId(finding), finding]));
  // Warnings (places) may stay: they are said to be warnings in words, not only in colour, and never make the field invalid.
  const blocking = findings.filter((finding) => finding.severity !== 'warn').length;
  const warnings = findings.length - blocking;
  const items: PrivacyFindingItem[] = findings.map((finding) => ({
    id: itemId(finding),
    label: finding.severity === 'warn' ? `${PRIVACY_KINDS[finding.kind].label[locale]} (${c.warningTag})` : PRIVACY_KINDS[finding.kind].label[locale],
    match: finding.match,
    why: finding.message[locale],
    suggestion: finding.suggestion[locale],
    tone: finding.severity,
    mustFix: finding.severity !== 'warn' && !canAccept(finding.kind),
  }));

  const select = (item: PrivacyFindingItem) => {
    const finding = byItem.get(item.id);
    const el = controlRef.current;
    if (!el || !finding) return;
    el.focus();
    el.setSelectionRange(finding.start, finding.end);
  };

  const accept = (item: PrivacyFindingItem) => {
    const finding = byItem.get(item.id);
    if (!finding) return;
    onAccept(finding);
    // The finding's list item disappears: continue in the text it belonged to.
    controlRef.current?.focus();
  };

  return (
    <div className="privacy-field">
      <Field label={label} hint={hint} error={error} optionalText={optionalText}>
        {(control) => (
          <HighlightedTextControl
            id={control.id}
            name={name}
            value={value}
            required={required}
            aria-describedby={[control['aria-describedby'], findings.length > 0 ? summaryId : null].filter(Boolean).join(' ') || undefined}
            aria-invalid={error || blocking > 0 ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
            spellCheck
            autoComplete={multiline ? undefined : 'off'}
            rows={multiline ? 3 : undefined}
            multiline={multiline}
            marks={findings.map((finding) => ({ start: finding.start, end: finding.end, tone: finding.severity }))}
            ref={controlRef}
          />
        )}
      </Field>
      <PrivacyFindingList
        items={items}
        summary={c.fieldFindings(blocking, warnings)}
        summaryId={summaryId}
        listLabel={c.findingsListLabel(label)}
        texts={{ found: c.found, why: c.why, suggestion: c.suggestion, mustFix: c.mustFix, show: c.show, showAria: c.showAria, accept: c.accept, acceptAria: c.acceptAria }}
        onShow={select}
        onAccept={accept}
        className={blocking === 0 ? 'findings--warn' : undefined}
      />
    </div>
  );
}
