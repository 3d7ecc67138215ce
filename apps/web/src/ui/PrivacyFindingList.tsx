import type { ReactNode } from 'react';
import { Button } from './Button';
import './privacy-text.css';

/** One finding as shown: what kind of detail, the exact text, why it matters and what to do. */
export interface PrivacyFindingItem {
  /** Stable within the list. */
  id: string;
  /** The kind in words, e.g. "Naam". */
  label: string;
  match: string;
  why: string;
  suggestion: string;
  /** Class suffix of the mark: `direct`, `indirect`, `warn`. */
  tone: string;
  /** Must always be removed (never "not identifying"). */
  mustFix: boolean;
}

export interface PrivacyFindingListTexts {
  found: string;
  why: string;
  suggestion: string;
  mustFix: string;
  show: string;
  showAria: (match: string) => string;
  accept?: string;
  acceptAria?: (match: string) => string;
}

export interface PrivacyFindingListProps {
  items: readonly PrivacyFindingItem[];
  /** A one-line summary above the list; give it `summaryId` to describe the text control with it. */
  summary: ReactNode;
  summaryId?: string;
  listLabel: string;
  texts: PrivacyFindingListTexts;
  /** "Show in the text": select the finding in its control. */
  onShow?: (item: PrivacyFindingItem) => void;
  /** "This does not identify anyone" (only offered where `mustFix` is false). */
  onAccept?: (item: PrivacyFindingItem) => void;
  className?: string;
}

/**
 * The explanation of each finding of the privacy guard, below the text it was found in: kind,
 * the exact text, why it may identify someone, what to do, and buttons to select it in the
 * text and (for what may stay) to mark it as not identifying. Plain text and buttons, so all
 * of it is reachable by keyboard and read by screen readers.
 */
export function PrivacyFindingList({ items, summary, summaryId, listLabel, texts, onShow, onAccept, className }: PrivacyFindingListProps) {
  if (items.length === 0) return null;
  return (
    <div className={['findings', className].filter(Boolean).join(' ')}>
      <p id={summaryId} className="findings__summary">
        {summary}
      </p>
      <ul className="findings__list" aria-label={listLabel}>
        {items.map((item) => (
          <li key={item.id} className={`finding finding--${item.tone}`}>
            <p className="finding__head">
              <strong>{item.label}</strong> <span className="visually-hidden">{texts.found}</span>
              <mark className={`privacy-mark privacy-mark--${item.tone}`}>“{item.match}”</mark>
            </p>
            <p>
              <span className="finding__label">{texts.why}</span> {item.why}
            </p>
            <p>
              <span className="finding__label">{texts.suggestion}</span> {item.suggestion}
            </p>
            {(onShow || onAccept || item.mustFix) && (
              <div className="button-row">
                {onShow && (
                  <Button variant="quiet" aria-label={texts.showAria(item.match)} onClick={() => onShow(item)}>
                    {texts.show}
                  </Button>
                )}
                {!item.mustFix && onAccept && texts.accept ? (
                  <Button variant="secondary" aria-label={texts.acceptAria?.(item.match)} onClick={() => onAccept(item)}>
                    {texts.accept}
                  </Button>
                ) : item.mustFix ? (
                  <p className="finding__must">{texts.mustFix}</p>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
