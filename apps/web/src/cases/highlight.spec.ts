import { describe, expect, it } from 'vitest';
import { highlightSegments, stillPresent } from './highlight';

describe('highlightSegments', () => {
  it('splits the text around findings, in order', () => {
    const text = 'BSN 123456782 en mail a@b.nl.';
    const bsn = { start: 4, end: 13 };
    const mail = { start: 22, end: 28 };
    expect(highlightSegments(text, [mail, bsn])).toEqual([
      { text: 'BSN ', finding: null },
      { text: '123456782', finding: bsn },
      { text: ' en mail ', finding: null },
      { text: 'a@b.nl', finding: mail },
      { text: '.', finding: null },
    ]);
  });

  it('keeps the whole text when there is nothing to highlight, and skips stale positions', () => {
    expect(highlightSegments('Geen gegevens.', [])).toEqual([{ text: 'Geen gegevens.', finding: null }]);
    expect(highlightSegments('kort', [{ start: 2, end: 40 }])).toEqual([{ text: 'kort', finding: null }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('knows whether a finding is still in the text', () => {
    expect(stillPresent('Jan komt', { start: 0, end: 3, match: 'Jan' })).toBe(true);
    expect(stillPresent('Hij komt', { start: 0, end: 3, match: 'Jan' })).toBe(false);
  });
});
