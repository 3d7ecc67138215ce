import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubApi, type StubRequest } from '../test/api-stub';
import { COP_ID, community, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { agreement, roleAgreement } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The URLs fetched, with their query (the stub's recorded calls keep only the path). */
const fetchedUrls = () => vi.mocked(globalThis.fetch).mock.calls.map(([input]) => String(input));

function stub(extra: Parameters<typeof stubApi>[0] = {}) {
  let lists = 0;
  return stubApi({
    'GET /api/me': ok(memberMe),
    'GET /api/communities/:id': ok(community('member')),
    // The first list is the page's default (active); a later one follows a filter change.
    'GET /api/communities/:id/agreements': () => ok(lists++ === 0 ? [agreement(), roleAgreement] : []),
    ...extra,
  });
}

describe('CoP page "Afspraken"', () => {
  it('lists the open agreements with who, date, level and status; one past its date is marked', async () => {
    stub();
    renderApp(`/cops/${COP_ID}/afspraken`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Afspraken – Bindende afspraken' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Afspraken' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('heading', { name: agreement().what })).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText('Sanne Bakker')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText('27 november 2026')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('de intern begeleider')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('(over de datum)')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('Beleid')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('Uit “Intervisie november”, stap “Reactie van de inbrenger”')).toBeInTheDocument();
    // Only what the api says may be updated has a form.
    expect(within(items[0] as HTMLElement).getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(fetchedUrls().find((url) => url.includes('/agreements'))).toContain('/agreements?status=active');
    expect(await seriousViolations()).toEqual([]);
  });

  it('the owner marks an agreement done with a note', async () => {
    const api = stub({ 'PATCH /api/agreements/:id': (request: StubRequest) => ok({ ...agreement(), ...(request.body as object) }) });
    const { user } = renderApp(`/cops/${COP_ID}/afspraken`);
    const list = await screen.findByRole('list', { name: 'Afspraken' });
    const item = within(list).getAllByRole('listitem')[0] as HTMLElement;
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'Gedaan');
    await user.type(within(item).getByRole('textbox', { name: /Korte toelichting/ }), 'Gebeld, de overdracht staat.');
    await user.click(within(item).getByRole('button', { name: 'Opslaan' }));
    expect(await within(item).findByText('De afspraak is bijgewerkt.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({ status: 'gedaan', note: 'Gebeld, de overdracht staat.' });
    expect(within(item).getByText('Gedaan', { selector: '.badge' })).toBeInTheDocument();
  });

  it('shows the server’s privacy findings and saves a name only when told it is not identifying', async () => {
    let attempts = 0;
    const api = stub({
      'PATCH /api/agreements/:id': (request: StubRequest) => {
        attempts++;
        if (!(request.body as { acceptedFindings?: string[] }).acceptedFindings) {
          return {
            status: 422,
            body: { error: { code: 'privacy_findings', message: 'De toelichting bevat 1 gegeven', details: { findings: [{ field: 'note', kind: 'name', start: 9, end: 14, match: 'Jeroen', severity: 'block', canAccept: true, message: { nl: '', en: '' }, suggestion: { nl: '', en: '' } }] } } },
          };
        }
        return ok({ ...agreement(), note: 'Gebeld met Jeroen van leerplicht.' });
      },
    });
    const { user } = renderApp(`/cops/${COP_ID}/afspraken`);
    const list = await screen.findByRole('list', { name: 'Afspraken' });
    const item = within(list).getAllByRole('listitem')[0] as HTMLElement;
    await user.type(within(item).getByRole('textbox', { name: /Korte toelichting/ }), 'Gebeld met Jeroen van leerplicht.');
    await user.click(within(item).getByRole('button', { name: 'Opslaan' }));
    expect(await within(item).findByText('Gevonden: “Jeroen”')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Het is niet herkenbaar, toch opslaan' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(api.calls.filter((call) => call.method === 'PATCH').at(-1)?.body).toMatchObject({ acceptedFindings: ['Jeroen'] });
  });

  it('filters by status and says when there is nothing', async () => {
    const { user } = (stub(), renderApp(`/cops/${COP_ID}/afspraken`));
    await screen.findByRole('list', { name: 'Afspraken' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Toon' }), 'Gedaan');
    expect(await screen.findByText('Er zijn (nog) geen afspraken met deze status.')).toBeInTheDocument();
    expect(fetchedUrls().filter((url) => url.includes('/agreements')).at(-1)).toContain('/agreements?status=gedaan');
  });

  it('an outsider is told the CoP does not exist for them', async () => {
    stub({ 'GET /api/communities/:id': apiError(404, 'not_found', 'Niet gevonden.'), 'GET /api/communities/:id/agreements': apiError(404, 'not_found', 'Niet gevonden.') });
    renderApp(`/cops/${COP_ID}/afspraken`);
    expect(await screen.findByText('Deze CoP bestaat niet, of je hebt er geen toegang toe.')).toBeInTheDocument();
  });
});
