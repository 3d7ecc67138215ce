import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, newHighlightMarkers, safeSnippet } from './snippet.js';
import { normaliseSearch } from './lesson-query.js';
import { fillMonths, normaliseTags } from './lesson-tags.js';

describe('safe snippets', () => {
  const m = newHighlightMarkers();

  it('escapes the text and turns only the markers into <mark>', () => {
    expect(safeSnippet(`a ${m.start}b${m.stop} <img src=x onerror=alert(1)> & "c"`, m)).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp; &quot;c&quot;');
    expect(safeSnippet('\ue000script\ue001', m)).toBe('&lt;script&gt;');
  });

  it('drops unbalanced markers and closes an open one', () => {
    expect(safeSnippet(`${m.stop}x ${m.start}y`, m)).toBe('x <mark>y</mark>');
    expect(safeSnippet(`${m.start}a${m.start}b${m.stop}`, m)).toBe('<mark>ab</mark>');
  });

  it('never lets markup through, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant(m.start), fc.constant(m.stop), fc.constantFrom('<', '>', '&', '"', "'", '<mark>', '</mark>'))), (parts) => {
        const out = safeSnippet(parts.join(''), m);
        expect(out.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        expect((out.match(/<mark>/g) ?? []).length).toBe((out.match(/<\/mark>/g) ?? []).length);
      }),
      { numRuns: 300 },
    );
  });

  it('uses fresh markers per request, so lesson text cannot forge them', () => {
    expect(newHighlightMarkers().start).not.toBe(m.start);
    expect(escapeHtml(m.start)).toBe(m.start);
  });
});

describe('search input and tags', () => {
  it('removes control characters and lone surrogates; empty means no search', () => {
    expect(normaliseSearch(undefined)).toBeNull();
    expect(normaliseSearch('  \u0000\t ')).toBeNull();
    expect(normaliseSearch('a\u0000b')).toBe('a b');
    expect(normaliseSearch('x\ud800y')).toBe('x y');
    expect(normaliseSearch('😀 samen')).toBe('😀 samen');
  });

  it('indicators imply their element, in framework order', () => {
    expect(normaliseTags(['lerende-cyclus'], ['gedeelde-visie.een-verhaal', 'lerende-cyclus.monitoring'])).toEqual({
      elementIds: ['gedeelde-visie', 'lerende-cyclus'],
      indicatorIds: ['gedeelde-visie.een-verhaal', 'lerende-cyclus.monitoring'],
    });
  });

  it('fills the months between the first and the last', () => {
    expect(fillMonths(['2026-02', '2025-11'])).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(fillMonths([])).toEqual([]);
  });
});
