import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import type { SessionSummaryView } from '@mao/domain';
import { describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { COP_ID, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asMember, SESSION_ID } from '../sessions/test-fixtures';
import { agreement } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function summary(overrides: Partial<SessionSummaryView> = {}): SessionSummaryView {
  return {
    session: { id: SESSION_ID, title: 'Intervisie december', date: '2026-11-17', communityId: COP_ID, communityName: 'Bindende afspraken' },
    agreements: [agreement({ canUpdate: false })],
    advice: [
      { text: 'Plan één gesprek met ouders, school en wijkteam samen.', authorName: 'Fatima el Amrani', marked: true },
      { text: 'Vraag de jeugdarts om mee te kijken.', authorName: 'Sanne Bakker', marked: false },
    ],
    lessonsInReview: 2,
    isPresenter: false,
    boardsPurged: false,
    ...overrides,
  };
}

describe('session summary', () => {
  it('shows the agreements, the advice with the inbrenger’s marks first, and the lessons in review — no casus', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id/summary': ok(summary()) });
    renderApp(`/sessies/${SESSION_ID}/samenvatting`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Samenvatting: Intervisie december' })).toBeInTheDocument();
    const agreements = screen.getByRole('list', { name: 'Afspraken' });
    expect(within(agreements).getByRole('heading', { name: agreement().what })).toBeInTheDocument();
    const advice = within(screen.getByRole('list', { name: 'Adviezen' })).getAllByRole('listitem');
    expect(advice[0]).toHaveTextContent('Plan één gesprek met ouders, school en wijkteam samen.');
    expect(advice[0]).toHaveTextContent('Spreekt de inbrenger aan');
    expect(advice[1]).not.toHaveTextContent('Spreekt de inbrenger aan');
    expect(screen.getByText('2 geleerde lessen wachten op de beoordeling door de gespreksleider.')).toBeInTheDocument();
    // Only the inbrenger downloads "mijn adviezen".
    expect(screen.queryByRole('button', { name: 'Mijn adviezen (pdf)' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle borden van de bijeenkomst bekijken' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
    expect(await seriousViolations()).toEqual([]);
  });

  it('the inbrenger downloads “mijn adviezen” as PDF', async () => {
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id/summary': ok(summary({ isPresenter: true })),
      'GET /api/sessions/:id/summary/mijn-adviezen.pdf': { status: 200, body: 'pdf', headers: { 'Content-Disposition': 'attachment; filename="mijn-adviezen-2026-11-17.pdf"' } },
    });
    const created = vi.fn(() => 'blob:pdf');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const { user } = renderApp(`/sessies/${SESSION_ID}/samenvatting`);
    await user.click(await screen.findByRole('button', { name: 'Mijn adviezen (pdf)' }));
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    expect(api.callsTo(`GET /api/sessions/${SESSION_ID}/summary/mijn-adviezen.pdf`)).toHaveLength(1);
  });

  it('says when the session is not closed yet, or was not yours', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id/summary': apiError(409, 'summary_not_ready', 'Nog niet.') });
    const first = renderApp(`/sessies/${SESSION_ID}/samenvatting`);
    expect(await screen.findByText('De samenvatting is er zodra de bijeenkomst is afgesloten.')).toBeInTheDocument();
    first.unmount();
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id/summary': apiError(403, 'forbidden', 'Nee.') });
    renderApp(`/sessies/${SESSION_ID}/samenvatting`);
    expect(await screen.findByText('De samenvatting is voor wie aan de bijeenkomst deelnam.')).toBeInTheDocument();
  });

  it('after the retention period the advice is gone and says so; the agreements stay', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id/summary': ok(summary({ advice: [], boardsPurged: true })) });
    renderApp(`/sessies/${SESSION_ID}/samenvatting`);
    expect(await screen.findByText(/De borden van deze bijeenkomst zijn verwijderd/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Afspraken' })).toBeInTheDocument();
  });

  it('the session page of a closed session links the summary for those who took part, not for others', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember({ status: 'closed', myRsvp: 'yes' })),
    });
    const first = renderApp(`/sessies/${SESSION_ID}`);
    expect(await screen.findByRole('link', { name: 'Samenvatting bekijken' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/samenvatting`);
    first.unmount();
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/sessions/:id': ok(asMember({ status: 'closed', myRsvp: 'no' })),
    });
    renderApp(`/sessies/${SESSION_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie december' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Samenvatting bekijken' })).not.toBeInTheDocument();
  });
});
