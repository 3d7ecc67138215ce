import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { libraryHref, listQuery, monthRange, withPage } from './filters';
import { decodeEntities, parseSnippet, Snippet } from './Snippet';

describe('search snippets', () => {
  it('splits into text and marked words and decodes the escaped characters', () => {
    expect(parseSnippet('Een <mark>samenwerking</mark> met &quot;ouders&quot; &amp; school &#39;s middags')).toEqual([
      { text: 'Een ', mark: false },
      { text: 'samenwerking', mark: true },
      { text: ' met "ouders" & school \'s middags', mark: false },
    ]);
  });

  it('keeps any other markup as literal text and never creates elements from it', () => {
    const hostile = '<img src=x onerror=alert(1)> &lt;script&gt;alert(2)&lt;/script&gt; <mark onclick="x">a</mark> <MARK>b</MARK>';
    const { container } = render(<Snippet snippet={hostile} />);
    expect(container.querySelectorAll('img, script').length).toBe(0);
    expect(container.querySelectorAll('mark').length).toBe(0);
    // Only the exact tokens <mark> and </mark> are structure (a stray </mark> closes nothing and is dropped).
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script> <mark onclick="x">a <MARK>b</MARK>');
  });

  it('leaves unknown or broken entities alone', () => {
    expect(decodeEntities('&bogus; &#xZZ; &#0; &amp;lt;')).toBe('&bogus; &#xZZ; &#0; &lt;');
  });
});

describe('library URLs', () => {
  it('turns the page into an offset and keeps repeated filters', () => {
    const search = new URLSearchParams('element=a&element=b&q=%22samen+werken%22&pagina=3&onbekend=1');
    expect(listQuery(search)).toBe('q=%22samen+werken%22&element=a&element=b&limit=20&offset=40');
    expect(withPage(search, 1)).toBe('?q=%22samen+werken%22&element=a&element=b');
    expect(libraryHref({ indicator: 'x.y', theme: ['één', 'twee'] })).toBe('/lessen?indicator=x.y&theme=%C3%A9%C3%A9n&theme=twee');
  });

  it('knows the last day of a month', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
