import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { community, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { builtInMethods } from '../sessions/test-fixtures';
import { LESSON_2_ID, lessonPage, lessonView, requestedUrls } from './test-fixtures';
import { FILTER_TYPING_DELAY_MS } from './LibraryPage';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function library(page = lessonPage([lessonView(), lessonView({ id: LESSON_2_ID, text: 'Gedeelde taal helpt: spreek af wat “zorgen” betekent.', elementIds: ['een-ecosysteem'], indicatorIds: [], themes: [], visibility: 'platform', reflectionCount: 0 })])) {
  return stubApi({
    'GET /api/me': ok(memberMe),
    'GET /api/communities': ok([community('member')]),
    'GET /api/methods': ok(builtInMethods()),
    'GET /api/lessons': ok(page),
  });
}

const listCalls = () => requestedUrls().filter((url) => url.startsWith('/api/lessons') && !url.startsWith('/api/lessons/'));

afterEach(() => vi.restoreAllMocks());

describe('lessons library', () => {
  it('lists lessons with their tags as element and indicator labels and announces the count', async () => {
    library();
    renderApp('/lessen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geleerde lessen' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('2 lessen gevonden.')).toHaveAttribute('role', 'status'));

    const results = screen.getByRole('list', { name: 'Gevonden lessen' });
    const [first] = within(results).getAllByRole('article');
    if (!first) throw new Error('no results');
    expect(within(first).getByRole('link', { name: 'Bindende afspraken werken pas als school en wijkteam samen het gesprek met ouders voeren.' })).toHaveAttribute(
      'href',
      '/lessen/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1',
    );
    const tags = within(first).getByRole('list', { name: 'Werkzame elementen en indicatoren' });
    expect(within(tags).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2. Cultuur van samenwerken', 'Onderling vertrouwen']);
    expect(within(first).getByRole('list', { name: 'Thema’s' })).toHaveTextContent('bindende afspraken');
    expect(within(first).getByText('Intervisie oktober', { exact: false })).toHaveTextContent('Intervisie oktober · 6 oktober 2026');
    expect(within(first).getByText('1 reflectie')).toBeInTheDocument();
    // The menu marks the area.
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Geleerde lessen' })).toHaveAttribute('aria-current', 'page');
    expect(await seriousViolations()).toEqual([]);
  });

  it('applies filters at once — no search button: a choice at once, typed text after a pause — and keeps the URL in sync', async () => {
    library();
    const { user, router } = renderApp('/lessen');
    await screen.findByText('2 lessen gevonden.');
    expect(listCalls()).toEqual(['/api/lessons?limit=20']);
    expect(screen.queryByRole('button', { name: 'Zoeken' })).not.toBeInTheDocument();
    const searchParams = () => Object.fromEntries(new URLSearchParams(router.state.location.search));

    // A choice applies at once.
    const indicator = screen.getByRole('combobox', { name: 'Indicator' });
    // No element chosen: only "all indicators".
    expect(within(indicator).getAllByRole('option')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Werkzaam element' }), '2. Cultuur van samenwerken');
    await waitFor(() => expect(searchParams()).toEqual({ element: 'cultuur-van-samenwerken' }));
    await waitFor(() => expect(listCalls().at(-1)).toBe('/api/lessons?element=cultuur-van-samenwerken&limit=20'));
    expect(within(indicator).getAllByRole('option').map((o) => o.textContent)).toContain('Gedeelde taal');
    await user.selectOptions(indicator, 'Gedeelde taal');
    await user.selectOptions(screen.getByRole('combobox', { name: 'CoP' }), 'Bindende afspraken');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zichtbaar voor' }), 'Het hele platform');
    await user.type(screen.getByLabelText('Vanaf'), '2026-09-01');
    await waitFor(() => expect(searchParams()).toMatchObject({ visibility: 'platform', from: '2026-09-01' }));

    // Typing: one request after the pause, not one per letter.
    const before = listCalls().length;
    await user.type(screen.getByRole('searchbox', { name: 'Zoek in de lessen' }), 'samenwerken');
    expect(screen.getByRole('searchbox', { name: 'Zoek in de lessen' })).toHaveValue('samenwerken');
    await waitFor(() => expect(searchParams().q).toBe('samenwerken'));
    await waitFor(() => expect(listCalls().length).toBe(before + 1));
    await new Promise((resolve) => setTimeout(resolve, FILTER_TYPING_DELAY_MS + 100));
    expect(listCalls().length).toBe(before + 1);
    const expected = {
      q: 'samenwerken',
      element: 'cultuur-van-samenwerken',
      indicator: 'cultuur-van-samenwerken.gedeelde-taal',
      communityId: community('member').id,
      from: '2026-09-01',
      visibility: 'platform',
    };
    expect(searchParams()).toEqual(expected);
    const sent = new URL(listCalls().at(-1) ?? '', 'http://localhost').searchParams;
    expect(Object.fromEntries(sent)).toEqual({ ...expected, limit: '20' });
    // The count is announced politely, once the result is there.
    expect(screen.getByText('2 lessen gevonden.')).toHaveAttribute('aria-live', 'polite');
    // Back goes to the previous filters, and the form shows them.
    router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Zoek in de lessen' })).toHaveValue(''));
  });

  it('keeps a choice made during the pause in typing', async () => {
    library();
    const { user, router } = renderApp('/lessen');
    await screen.findByText('2 lessen gevonden.');
    await user.type(screen.getByRole('searchbox', { name: 'Zoek in de lessen' }), 'ouders');
    // Chosen before the typing pause is over: applied at once, and still there after the pause.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zichtbaar voor' }), 'Het hele platform');
    await new Promise((resolve) => setTimeout(resolve, FILTER_TYPING_DELAY_MS + 150));
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ q: 'ouders', visibility: 'platform' }));
    expect(screen.getByRole('combobox', { name: 'Zichtbaar voor' })).toHaveValue('platform');
  });

  it('does not offer an export when nothing is found', async () => {
    library(lessonPage([], { total: 0 }));
    renderApp('/lessen?q=bestaatniet');
    expect(await screen.findByText('Geen lessen gevonden.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exporteer als CSV' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exporteer als Markdown' })).not.toBeInTheDocument();
  });

  it('shows each lesson with a short title and what follows it, never the whole text twice', async () => {
    const long =
      'Een vaste contactpersoon voor het gezin voorkomt dat ouders hun verhaal telkens opnieuw moeten vertellen aan school, wijkteam en huisarts. ' +
      'Spreek af wie dat is en leg het vast in het plan. '.repeat(12);
    library(lessonPage([lessonView({ text: long }), lessonView({ id: LESSON_2_ID, text: 'Korte les zonder meer.' })]));
    renderApp('/lessen');
    const [first, second] = await screen.findAllByRole('article');
    if (!first || !second) throw new Error('no results');
    const title = within(first).getByRole('heading', { level: 3 }).textContent ?? '';
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith('…')).toBe(true);
    const teaser = first.querySelector('.lesson-card__text')?.textContent ?? '';
    expect(teaser.startsWith('…')).toBe(true);
    expect(teaser.length).toBeLessThanOrEqual(220);
    // Title and teaser together hold less than the text, and the teaser does not repeat the title.
    expect(title.length + teaser.length).toBeLessThan(long.length);
    expect(teaser).not.toContain(title.replace('…', ''));
    // A lesson of one sentence: the title alone.
    expect(within(second).getByRole('heading', { level: 3 })).toHaveTextContent('Korte les zonder meer.');
    expect(second.querySelector('.lesson-card__text')).toBeNull();
  });

  it('opens a shared link with its filters shown and pages with offset', async () => {
    library(lessonPage([lessonView()], { total: 45, offset: 20 }));
    const { user, router } = renderApp('/lessen?indicator=cultuur-van-samenwerken.onderling-vertrouwen&pagina=2');
    expect(await screen.findByText('45 lessen gevonden. Pagina 2 van 3.')).toBeInTheDocument();
    expect(listCalls()[0]).toBe('/api/lessons?indicator=cultuur-van-samenwerken.onderling-vertrouwen&limit=20&offset=20');
    expect(screen.getByRole('combobox', { name: 'Werkzaam element' })).toHaveValue('cultuur-van-samenwerken');
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveValue('cultuur-van-samenwerken.onderling-vertrouwen');

    const pagination = screen.getByRole('navigation', { name: 'Paginering' });
    await user.click(within(pagination).getByRole('link', { name: 'Volgende pagina' }));
    await waitFor(() => expect(router.state.location.search).toBe('?indicator=cultuur-van-samenwerken.onderling-vertrouwen&pagina=3'));
    await waitFor(() => expect(listCalls().at(-1)).toContain('offset=40'));
  });

  it('renders search snippets as text with only <mark> as markup', async () => {
    library(
      lessonPage([
        lessonView({
          snippet: 'Over <mark>samenwerking</mark> &lt;b&gt;vet&lt;/b&gt; &amp; meer <img src=x onerror=alert(1)><script>alert(2)</script>',
          rank: 0.5,
        }),
      ]),
    );
    renderApp('/lessen?q=samenwerken');
    const [card] = await screen.findAllByRole('article');
    if (!card) throw new Error('no results');
    const marks = card.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['samenwerking']);
    expect(card.querySelector('img, script, b')).toBeNull();
    expect(marks[0]?.closest('p')?.textContent).toBe('Over samenwerking <b>vet</b> & meer <img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(screen.getByRole('searchbox', { name: 'Zoek in de lessen' })).toHaveValue('samenwerken');
  });

  it('explains bad filters from a link and offers to clear them', async () => {
    const api = library();
    api.on('GET /api/lessons', apiError(400, 'validation_failed', 'De begindatum ligt na de einddatum.'));
    renderApp('/lessen?from=2026-10-01&to=2026-01-01');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Een van de filters klopt niet.');
    expect(within(alert).getByRole('link', { name: 'Filters wissen' })).toHaveAttribute('href', '/lessen');
  });

  it('exports the current filtered set as CSV or Markdown', async () => {
    const api = library();
    api.on('GET /api/lessons/export', { status: 200, body: 'id;tekst', headers: { 'Content-Disposition': 'attachment; filename="geleerde-lessen-2026-11-01.csv"' } });
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/lessen?q=samenwerken&element=cultuur-van-samenwerken&pagina=2');
    await screen.findByText('2 lessen gevonden.');

    await user.click(screen.getByRole('button', { name: 'Exporteer als CSV' }));
    expect(await screen.findByText('De export is gedownload als “geleerde-lessen-2026-11-01.csv”.')).toBeInTheDocument();
    expect(requestedUrls().filter((url) => url.startsWith('/api/lessons/export'))).toEqual([
      '/api/lessons/export?format=csv&q=samenwerken&element=cultuur-van-samenwerken',
    ]);
    expect(click).toHaveBeenCalledTimes(1);

    api.on('GET /api/lessons/export', apiError(422, 'export_too_large', 'Te veel lessen.'));
    await user.click(screen.getByRole('button', { name: 'Exporteer als Markdown' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel lessen voor één export. Verfijn de filters.');
    expect(requestedUrls().at(-1)).toBe('/api/lessons/export?format=md&q=samenwerken&element=cultuur-van-samenwerken');
  });
});
