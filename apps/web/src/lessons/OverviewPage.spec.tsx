import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { lessonPage, lessonView, overview, requestedUrls } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function stub() {
  const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/communities': ok([]), 'GET /api/methods': ok([]), 'GET /api/lessons': ok(lessonPage([lessonView()])) });
  api.on('GET /api/lessons/overview', ok(overview()));
  return api;
}

describe('reflectiekader overview', () => {
  it('shows counts per element and indicator, each a link to the filtered library', async () => {
    stub();
    renderApp('/lessen/overzicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht per werkzaam element' })).toBeInTheDocument();
    expect(await screen.findByText('In totaal 5 lessen.')).toBeInTheDocument();

    const matrix = screen.getByRole('table', { name: /Aantal lessen per werkzaam element en per indicator/ });
    const row = (name: string) => {
      const found = within(matrix).getAllByRole('row').find((candidate) => candidate.querySelector('th[scope="row"]')?.textContent === name);
      if (!found) throw new Error(`no row ${name}`);
      return found;
    };
    expect(within(row('2. Cultuur van samenwerken')).getByRole('link', { name: '3 lessen bij 2. Cultuur van samenwerken' })).toHaveAttribute(
      'href',
      '/lessen?element=cultuur-van-samenwerken',
    );
    expect(within(row('Onderling vertrouwen')).getByRole('link', { name: '2 lessen bij Onderling vertrouwen' })).toHaveAttribute(
      'href',
      '/lessen?indicator=cultuur-van-samenwerken.onderling-vertrouwen',
    );
    // Zero is a number, not a link to an empty list.
    expect(within(row('Gedeelde taal')).queryByRole('link')).toBeNull();
    expect(row('Gedeelde taal')).toHaveTextContent('0');
    expect(row('2. Cultuur van samenwerken, zonder indicator')).toHaveTextContent('1');
    // Element 6 has no indicators: no "without indicator" row for it.
    expect(() => row('6. Werken in één ecosysteem, zonder indicator')).toThrow();
    expect(within(row('6. Werken in één ecosysteem')).getByRole('link', { name: '1 les bij 6. Werken in één ecosysteem' })).toBeInTheDocument();

    // Months: the chart's bars and the table are links to the period.
    const chart = screen.getByRole('group', { name: 'Staafdiagram: aantal lessen per maand' });
    expect(within(chart).getByRole('link', { name: 'september 2026: 2 lessen' })).toHaveAttribute('href', '/lessen?from=2026-09-01&to=2026-09-30');
    expect(within(chart).queryByRole('link', { name: /oktober 2026/ })).toBeNull();
    const months = screen.getByRole('table', { name: 'Aantal lessen per maand en per werkzaam element' });
    const november = within(months).getByRole('row', { name: /^november 2026/ });
    expect(within(november).getByRole('link', { name: 'november 2026: 3 lessen' })).toHaveAttribute('href', '/lessen?from=2026-11-01&to=2026-11-30');
    expect(within(november).getByRole('link', { name: 'november 2026: 1 les, 1. Gedeelde visie en urgentie onderwijs-zorg-jeugd' })).toHaveAttribute(
      'href',
      '/lessen?from=2026-11-01&to=2026-11-30&element=gedeelde-visie',
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it('narrows the counts with the filters in the URL and keeps them in the links', async () => {
    stub();
    const { user, router } = renderApp('/lessen/overzicht?communityId=7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01');
    await screen.findByText('In totaal 5 lessen.');
    expect(requestedUrls()).toContain('/api/lessons/overview?communityId=7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01');
    await user.click(screen.getByRole('link', { name: '3 lessen bij 2. Cultuur van samenwerken' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lessen'));
    expect(router.state.location.search).toBe('?communityId=7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01&element=cultuur-van-samenwerken');
    await screen.findByText('1 les gevonden.');
  });
});
