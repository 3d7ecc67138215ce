import type { ReactNode } from 'react';

/** The few entities an escaped snippet can carry; anything else stays as written. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a search snippet from the api into plain text and matched words. The api escapes
 * everything and adds only `<mark>`/`</mark>`; this parser trusts nothing else: any other
 * tag-like text stays literal text (React escapes it), entities are decoded to characters.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** A snippet with its matches highlighted, built from text nodes and <mark> elements only. */
export function Snippet({ snippet, className }: { snippet: string; className?: string }): ReactNode {
  return (
    <p className={['lesson-snippet', className].filter(Boolean).join(' ')}>
      {parseSnippet(snippet).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
