import { canAccept, PRIVACY_KINDS, type CaseFieldFinding } from '@mao/domain';
import { useId, useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { useLocale, useT } from '../i18n';
import { Button, Field } from '../ui';
import { highlightSegments } from './highlight';

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

/**
 * A casus field with the privacy guard's findings. Two ways to see them:
 * - visually, a mirrored layer behind the (transparent) text control marks each finding in
 *   place; the layer is hidden from assistive technology;
 * - for everyone, a list below the field names each finding (kind, exact text, why, what to
 *   do) with buttons to select it in the text and, for indirect details only, to mark it as
 *   not identifying. The control is described by a one-line summary of that list.
 */
export function PrivacyField(props: PrivacyFieldProps) {
  const { name, label, hint, value, onChange, findings, onAccept, error, optionalText, multiline = true, required } = props;
  const t = useT();
  const c = t.cases;
  const { locale } = useLocale();
  const summaryId = useId();
  const controlRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);

  // Textareas grow with their text, so the highlight layer never needs to scroll.
  useLayoutEffect(() => {
    const el = controlRef.current;
    if (!el || !multiline) return;
    el.style.height = 'auto';
    const border = el.offsetHeight - el.clientHeight;
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + border}px`;
  }, [value, multiline]);

  const syncScroll = () => {
    const el = controlRef.current;
    const backdrop = backdropRef.current;
    if (!el || !backdrop) return;
    backdrop.scrollTop = el.scrollTop;
    backdrop.scrollLeft = el.scrollLeft;
  };

  const select = (finding: CaseFieldFinding) => {
    const el = controlRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(finding.start, finding.end);
    syncScroll();
  };

  const accept = (finding: CaseFieldFinding) => {
    onAccept(finding);
    // The finding's list item disappears: continue in the text it belonged to.
    controlRef.current?.focus();
  };

  const segments = highlightSegments(value, findings);
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => onChange(event.target.value);

  return (
    <div className="privacy-field">
      <Field label={label} hint={hint} error={error} optionalText={optionalText}>
        {(control) => {
          const describedBy = [control['aria-describedby'], findings.length > 0 ? summaryId : null].filter(Boolean).join(' ') || undefined;
          const common = {
            id: control.id,
            name,
            value,
            required,
            'aria-describedby': describedBy,
            'aria-invalid': error || findings.length > 0 ? true : undefined,
            onChange: handleChange,
            onScroll: syncScroll,
            spellCheck: true,
            ref: controlRef,
          } as const;
          return (
            <div className={['privacy-input', multiline ? 'privacy-input--multiline' : 'privacy-input--single'].join(' ')}>
              <div className="privacy-input__backdrop input" aria-hidden="true" ref={backdropRef}>
                {segments.map((segment, index) =>
                  segment.finding ? (
                    <mark key={index} className={`privacy-mark privacy-mark--${segment.finding.severity}`}>
                      {segment.text}
                    </mark>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
                {/* A trailing newline needs content after it to take up its line. */}
                {multiline && value.endsWith('\n') ? ' ' : null}
              </div>
              {multiline ? (
                <textarea {...common} className="input input--multiline privacy-input__control" rows={3} />
              ) : (
                <input {...common} type="text" autoComplete="off" className="input privacy-input__control" />
              )}
            </div>
          );
        }}
      </Field>
      {findings.length > 0 && (
        <div className="findings">
          <p id={summaryId} className="findings__summary">
            {c.fieldFindings(findings.length)}
          </p>
          <ul className="findings__list" aria-label={c.findingsListLabel(label)}>
            {findings.map((finding) => {
              const info = PRIVACY_KINDS[finding.kind];
              const acceptable = canAccept(finding.kind);
              return (
                <li key={`${finding.start}-${finding.end}-${finding.kind}`} className={`finding finding--${finding.severity}`}>
                  <p className="finding__head">
                    <strong>{info.label[locale]}</strong> <span className="visually-hidden">{c.found}</span>
                    <mark className={`privacy-mark privacy-mark--${finding.severity}`}>“{finding.match}”</mark>
                  </p>
                  <p>
                    <span className="finding__label">{c.why}</span> {finding.message[locale]}
                  </p>
                  <p>
                    <span className="finding__label">{c.suggestion}</span> {finding.suggestion[locale]}
                  </p>
                  <div className="button-row">
                    <Button variant="quiet" aria-label={c.showAria(finding.match)} onClick={() => select(finding)}>
                      {c.show}
                    </Button>
                    {acceptable ? (
                      <Button variant="secondary" aria-label={c.acceptAria(finding.match)} onClick={() => accept(finding)}>
                        {c.accept}
                      </Button>
                    ) : (
                      <p className="finding__must">{c.mustFix}</p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
