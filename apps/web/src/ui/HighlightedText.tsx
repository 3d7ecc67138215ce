import { highlightSegments, type TextMark } from './highlight';
import './privacy-text.css';

export interface HighlightedTextProps {
  text: string;
  marks: readonly TextMark[];
  className?: string;
}

/**
 * Read-only text with some parts marked (`<mark class="privacy-mark privacy-mark--<tone>">`).
 * The marks are visual; say in words elsewhere what they mean.
 */
export function HighlightedText({ text, marks, className }: HighlightedTextProps) {
  const segments = highlightSegments(text, marks);
  return (
    <span className={className}>
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index} className={`privacy-mark privacy-mark--${segment.mark.tone}`}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
