import { useCallback, useLayoutEffect, useRef, type ChangeEvent, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes, type UIEvent } from 'react';
import { highlightSegments, type TextMark } from './highlight';
import './privacy-text.css';

type ControlElement = HTMLTextAreaElement & HTMLInputElement;
type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement> & InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'children' | 'className' | 'type'>;

export interface HighlightedTextControlProps extends NativeProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  /** Parts of the text to mark in place (e.g. the privacy guard's findings). */
  marks: readonly TextMark[];
  /** A textarea (default) or a one-line input. */
  multiline?: boolean;
  /** A textarea grows with its text, so the mark layer never needs to scroll (default: true). */
  autoGrow?: boolean;
  /** Extra classes on the text control, e.g. `notes`. */
  controlClassName?: string;
  ref?: Ref<ControlElement>;
}

/**
 * A text control that marks parts of its text while the person types. A mirrored layer behind
 * the (transparent) control draws the marks in place; it is hidden from assistive technology,
 * so describe the marks in words next to the control (`aria-describedby`). Typing is never held
 * up: the marks are whatever the caller passes, and marks that no longer fit the text are skipped.
 */
export function HighlightedTextControl({ value, onChange, marks, multiline = true, autoGrow = true, controlClassName, ref, onScroll, ...native }: HighlightedTextControlProps) {
  const controlRef = useRef<ControlElement | null>(null);
  const backdropRef = useRef<HTMLDivElement>(null);

  const setRef = useCallback(
    (element: ControlElement | null) => {
      controlRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  useLayoutEffect(() => {
    const el = controlRef.current;
    if (!el || !multiline || !autoGrow) return;
    el.style.height = 'auto';
    const border = el.offsetHeight - el.clientHeight;
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + border}px`;
  }, [value, multiline, autoGrow]);

  const syncScroll = () => {
    const el = controlRef.current;
    const backdrop = backdropRef.current;
    if (!el || !backdrop) return;
    backdrop.scrollTop = el.scrollTop;
    backdrop.scrollLeft = el.scrollLeft;
  };

  // Keep the layer in step after a change of text or marks (the control may have scrolled).
  useLayoutEffect(syncScroll, [value, marks]);

  const segments = highlightSegments(value, marks);
  const common = {
    ...native,
    value,
    onChange,
    onScroll: (event: UIEvent<ControlElement>) => {
      syncScroll();
      onScroll?.(event);
    },
    ref: setRef,
  };
  return (
    <div className={['privacy-input', multiline ? 'privacy-input--multiline' : 'privacy-input--single', multiline && !autoGrow ? 'privacy-input--scrolling' : null].filter(Boolean).join(' ')}>
      <div className={['privacy-input__backdrop', 'input', controlClassName].filter(Boolean).join(' ')} aria-hidden="true" ref={backdropRef}>
        {segments.map((segment, index) =>
          segment.mark ? (
            <mark key={index} className={`privacy-mark privacy-mark--${segment.mark.tone}`}>
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
        <textarea {...common} className={['input', 'input--multiline', 'privacy-input__control', controlClassName].filter(Boolean).join(' ')} />
      ) : (
        <input {...common} type="text" className={['input', 'privacy-input__control', controlClassName].filter(Boolean).join(' ')} />
      )}
    </div>
  );
}
