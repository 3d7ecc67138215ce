import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asFacilitator, asPresenter, builtInMethods, sanneMe, SESSION_ID, windowedSessionView } from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const PAST_ID = '66666666-6666-4666-8666-666666666666';
const past = () =>
  asPresenter({
    id: PAST_ID,
    title: 'Intervisie oktober',
    status: 'closed',
    startsAt: '2025-10-25T23:30:00.000Z',
    endsAt: '2025-10-26T00:30:00.000Z',
    hasCase: true,
  });

describe('my sessions', () => {
  it('lists upcoming sessions first, then past ones, with Dutch time, CoP, method, role, answer and casus', async () => {
    stubApi({ 'GET /api/me': ok(sanneMe), 'GET /api/me/sessions': ok([past(), asPresenter()]) });
    renderApp('/sessies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn bijeenkomsten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bijeenkomsten' })).toHaveAttribute('aria-current', 'page');

    const upcoming = await screen.findByRole('list', { name: 'Komende bijeenkomsten' });
    const next = within(upcoming).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(next).getByRole('link', { name: 'Intervisie december' })).toHaveAttribute('href', `/sessies/${SESSION_ID}`);
    expect(next).toHaveTextContent('dinsdag 1 december 2026, 15:00–16:00');
    expect(next).toHaveTextContent('Bindende afspraken');
    expect(next).toHaveTextContent('Incidentmethode');
    expect(next).toHaveTextContent('Inbrenger');
    expect(next).toHaveTextContent('Je komt');
    expect(next).toHaveTextContent('Nog niet geschreven');
    expect(within(next).getByRole('link', { name: 'Casus voorbereiden' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);

    const pastList = screen.getByRole('list', { name: 'Eerdere bijeenkomsten' });
    const earlier = within(pastList).getAllByRole('listitem')[0] as HTMLElement;
    // 23:30 UTC on 25 October 2025 is 01:30 on the 26th in Amsterdam: still summer time (it ends at 01:00 UTC).
    expect(earlier).toHaveTextContent('zondag 26 oktober 2025, 01:30–02:30');
    expect(earlier).toHaveTextContent('Afgelopen');
    expect(earlier).toHaveTextContent('Klaar');
    expect(within(earlier).queryByRole('link', { name: /Casus/ })).not.toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('marks asynchronous and mixed sessions, gives an asynchronous one its period and the step open now (issue 16)', async () => {
    const ASYNC_ID = '77777777-7777-4777-8777-777777777777';
    const MIXED_ID = '88888888-8888-4888-8888-888888888888';
    // Started on Wednesday 18 November at 10:00 (twelve days of windows); on the tests' Friday the questions in silence are open.
    const running = windowedSessionView('async', { id: ASYNC_ID, title: 'Schriftelijke intervisie', startsAt: '2026-11-18T09:00:00.000Z', localDate: '2026-11-18', status: 'live', currentStepId: 'vragen-noteren', myRole: 'participant', myRsvp: 'yes' });
    const mixed = windowedSessionView('mixed', { id: MIXED_ID, title: 'Gemengde intervisie', myRole: 'participant', myRsvp: 'yes' });
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/sessions': ok([running, mixed]) });
    renderApp('/sessies');
    const upcoming = await screen.findByRole('list', { name: 'Komende bijeenkomsten' });
    const card = (title: string) => within(upcoming).getByRole('link', { name: title }).closest('li') as HTMLElement;

    const first = card('Schriftelijke intervisie');
    expect(first).toHaveTextContent('Asynchroon');
    expect(first).toHaveTextContent('woensdag 18 november 2026, 10:00 – maandag 30 november 2026, 10:00');
    expect(first).toHaveTextContent('Stap 2 · Vragen in stilte · do 19 nov 10:00 – za 21 nov 10:00 · Nu open tot za 21 nov 10:00');
    expect(within(first).getByRole('link', { name: 'Naar deze stap' })).toHaveAttribute('href', `/sessies/${ASYNC_ID}/live`);

    const second = card('Gemengde intervisie');
    expect(second).toHaveTextContent('Gemengd');
    // A mixed session's "when" is its meeting.
    expect(second).toHaveTextContent('dinsdag 1 december 2026, 15:00–15:45');
    expect(second).not.toHaveTextContent('Nu open');
    expect(await seriousViolations()).toEqual([]);
  });

  it('says so when there is nothing, and offers a retry after an error', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/sessions': apiError(500, 'internal_error', 'x') });
    const { user } = renderApp('/sessies');
    expect(await screen.findByText('De bijeenkomsten konden niet worden geladen.')).toBeInTheDocument();
    api.on('GET /api/me/sessions', ok([]));
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Er staan geen bijeenkomsten gepland.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn nog geen eerdere bijeenkomsten.')).toBeInTheDocument();
  });
});

describe('sessions on the CoP page', () => {
  it('shows the CoP’s sessions and offers facilitators to plan one', async () => {
    stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/communities/:id/invitations': ok([]),
      'GET /api/communities/:id/sessions': ok([asFacilitator()]),
    });
    renderApp(`/cops/${COP_ID}`);
    const section = await screen.findByRole('region', { name: 'Bijeenkomsten' });
    expect(within(section).getByRole('link', { name: 'Bijeenkomst plannen' })).toHaveAttribute('href', `/cops/${COP_ID}/sessies/nieuw`);
    expect(await within(section).findByRole('link', { name: 'Intervisie december' })).toBeInTheDocument();
  });

  it('does not offer members to plan', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/communities/:id/members': ok(members('member')),
      'GET /api/communities/:id/sessions': ok([]),
    });
    renderApp(`/cops/${COP_ID}`);
    const section = await screen.findByRole('region', { name: 'Bijeenkomsten' });
    expect(await within(section).findByText('Er zijn nog geen bijeenkomsten gepland.')).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Bijeenkomst plannen' })).not.toBeInTheDocument();
  });
});

describe('accessibility of the session pages (axe)', () => {
  it('scheduling form with errors', async () => {
    stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/methods': ok(builtInMethods()),
      'GET /api/communities/:id/methods': ok([]),
    });
    const { user } = renderApp(`/cops/${COP_ID}/sessies/nieuw`);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst plannen' }));
    await screen.findByText('Vul een datum in.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('session page of a facilitator with the cancel confirmation open', async () => {
    stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/sessions/:id': ok(asFacilitator()) });
    const { user } = renderApp(`/sessies/${SESSION_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst annuleren' }));
    expect(await seriousViolations()).toEqual([]);
  });

  it('casus editor with a finding', async () => {
    stubApi({
      'GET /api/me': ok(sanneMe),
      'GET /api/sessions/:id': ok(asPresenter()),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/sessions/:id/case': apiError(404, 'not_found', 'Nog geen casus.'),
    });
    const { user } = renderApp(`/sessies/${SESSION_ID}/casus`);
    await user.click(await screen.findByLabelText('De situatie'));
    await user.paste('Mail naar a.jansen@example.nl of bel 06-12345678.');
    await screen.findByText('2 gegevens gevonden die iemand herkenbaar kunnen maken.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('account page with the calendar link', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe) });
    api.on('GET /api/me/calendar', ok({ active: true, createdAt: '2026-11-01T10:00:00.000Z', url: 'https://mao.example/api/calendar/abcdefghijklmnopqrstuvwxyz.ics' }));
    const { user } = renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Maak mijn agenda-link' }));
    expect(await screen.findByLabelText('Jouw persoonlijke agenda-link')).toHaveValue('https://mao.example/api/calendar/abcdefghijklmnopqrstuvwxyz.ics');
    expect(screen.getByRole('button', { name: 'Nieuwe agenda-link maken' })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
