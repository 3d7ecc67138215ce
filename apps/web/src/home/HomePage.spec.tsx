import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi, unauthenticated } from '../test/api-stub';
import { COP_ID } from '../test/fixtures';
import { renderApp } from '../test/render';
import {
  emptyHome,
  facilitatorHome,
  facilitatorMe,
  HARVEST_SESSION_ID,
  HOME_SESSION_ID,
  homeSession,
  LESSON_ID,
  memberHome,
  memberMe,
  notification,
  presenterHome,
  PROPOSAL_ID,
} from './test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openHome() {
  const view = renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Wat staat er voor mij klaar' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'Te doen' })).toBeInTheDocument();
  return view;
}

describe('home page: what is waiting for me', () => {
  it('sends someone who is not logged in to the login page', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
  });

  it('shows the facilitator the session they lead, the harvest to review, a proposal and new lessons', async () => {
    stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/me/home': ok(facilitatorHome()), 'GET /api/me/notifications/count': ok({ unread: 2 }) });
    await openHome();
    expect(screen.getByRole('link', { name: 'Voor mij' })).toHaveAttribute('aria-current', 'page');

    const sessions = screen.getByRole('list', { name: 'Mijn volgende sessies' });
    const session = within(sessions).getByRole('listitem');
    expect(within(session).getByRole('link', { name: 'Intervisie december' })).toHaveAttribute('href', `/sessies/${HOME_SESSION_ID}`);
    expect(session).toHaveTextContent('Bindende afspraken · 1 december 2026 om 15:00');
    expect(session).toHaveTextContent('Gespreksleider');
    expect(session).toHaveTextContent('Je komt');

    const todo = screen.getByRole('list', { name: 'Te doen' });
    expect(within(todo).getAllByRole('listitem')).toHaveLength(1);
    expect(todo).toHaveTextContent('Beoordeel de oogst van “Intervisie november” (3 conceptlessen)');
    expect(within(todo).getByRole('link', { name: 'Oogst beoordelen' })).toHaveAttribute('href', `/sessies/${HARVEST_SESSION_ID}/oogst`);

    const proposals = screen.getByRole('list', { name: 'Voorstellen om te steunen' });
    expect(within(proposals).getByRole('link', { name: 'Monitoring van afspraken' })).toHaveAttribute('href', `/voorstellen/${PROPOSAL_ID}`);
    expect(proposals).toHaveTextContent('Thema · samenwerking · Bindende afspraken · 2 steunbetuigingen');

    const lessons = screen.getByRole('region', { name: 'Nieuwe geleerde lessen' });
    expect(lessons).toHaveTextContent('Sinds je vorige bezoek op 17 november 2026.');
    expect(lessons).toHaveTextContent('1 nieuwe les in je CoP’s, 2 nieuwe lessen op het platform.');
    expect(within(lessons).getByRole('link', { name: 'Vaste overlegmomenten maakten de samenwerking sterker.' })).toHaveAttribute('href', `/lessen/${LESSON_ID}`);

    // The header says how many notifications are unread.
    expect(await screen.findByRole('link', { name: 'Meldingen 2 ongelezen' })).toHaveAttribute('href', '/meldingen');
    expect(await seriousViolations()).toEqual([]);
  });

  it('leads to the step in writing that is open now in an asynchronous session', async () => {
    const open = homeSession({ status: 'live', rsvp: 'yes', openStep: { title: { nl: 'Vragen in stilte', en: 'Questions in silence' }, closesLabel: { nl: 'do 3 dec 09:00', en: 'Thu 3 Dec 09:00' } } });
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/home': ok(emptyHome({ sessions: [open] })), 'GET /api/me/notifications/count': ok({ unread: 1 }) });
    await openHome();
    const session = within(screen.getByRole('list', { name: 'Mijn volgende sessies' })).getByRole('listitem');
    expect(within(session).getByRole('link', { name: 'Nu open voor jouw bijdrage: Vragen in stilte, tot do 3 dec 09:00' })).toHaveAttribute('href', `/sessies/${HOME_SESSION_ID}/live`);
    expect(await seriousViolations()).toEqual([]);
  });

  it('asks the inbrenger to write the casus', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/home': ok(presenterHome()), 'GET /api/me/notifications/count': ok({ unread: 0 }) });
    await openHome();
    const todo = screen.getByRole('list', { name: 'Te doen' });
    expect(todo).toHaveTextContent('Schrijf je casus voor “Intervisie december”');
    expect(todo).toHaveTextContent('Jij bent de inbrenger en de casus staat nog niet klaar.');
    expect(within(todo).getByRole('link', { name: 'Casus schrijven' })).toHaveAttribute('href', `/sessies/${HOME_SESSION_ID}/casus`);
    expect(within(screen.getByRole('list', { name: 'Mijn volgende sessies' })).getByRole('listitem')).toHaveTextContent('Inbrenger');
    expect(screen.queryByText(/Beoordeel de oogst/)).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeInTheDocument();
  });

  it('asks a member to answer the invitation and reminds them of their agreement, and has nothing else for them', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/me/home': ok(memberHome()), 'GET /api/me/notifications/count': ok({ unread: 1 }) });
    await openHome();
    const todo = screen.getByRole('list', { name: 'Te doen' });
    expect(within(todo).getAllByRole('listitem')).toHaveLength(2);
    expect(todo).toHaveTextContent('Afspraak: Overleg plannen met de leerplichtambtenaar');
    expect(todo).toHaveTextContent('Bindende afspraken · uiterlijk 24 november 2026');
    expect(within(todo).getByRole('link', { name: 'Naar de afspraken' })).toHaveAttribute('href', `/cops/${COP_ID}/afspraken`);
    expect(todo).toHaveTextContent('Laat weten of je komt naar “Intervisie december”');
    expect(within(todo).getByRole('link', { name: 'Antwoorden' })).toHaveAttribute('href', `/sessies/${HOME_SESSION_ID}`);
    expect(within(screen.getByRole('list', { name: 'Mijn volgende sessies' })).getByRole('listitem')).toHaveTextContent('Nog niet geantwoord');
    expect(screen.getByText('Geen nieuwe voorstellen in je CoP’s.')).toBeInTheDocument();
    expect(screen.getByText('Geen nieuwe lessen.')).toBeInTheDocument();
    expect(screen.getByText('Van de afgelopen twee weken.')).toBeInTheDocument();
  });

  it('says when nothing waits, in English too, and offers a retry after an error', async () => {
    const api = stubApi({ 'GET /api/me': ok({ ...memberMe, locale: 'en' }), 'GET /api/me/home': apiError(500, 'internal_error', 'x') });
    window.localStorage.setItem('mao.locale', 'en');
    const { user } = renderApp('/');
    expect(await screen.findByText('Your home page could not be loaded.')).toBeInTheDocument();
    api.on('GET /api/me/home', ok(emptyHome()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Nothing is waiting for you. Well done!')).toBeInTheDocument();
    expect(screen.getByText('No sessions are planned for you.')).toBeInTheDocument();
  });
});

describe('notifications', () => {
  it('lists them, marks one and then all as read, and the header count follows', async () => {
    const lesson = notification({ id: '99999999-9999-4999-8999-999999999992', kind: 'new_lesson', title: 'Vaste overlegmomenten hielpen.', link: `/lessen/${LESSON_ID}` });
    const done = notification({ id: '99999999-9999-4999-8999-999999999993', kind: 'session_rsvp', title: 'Intervisie oktober', resolved: true });
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/me/notifications/count': ok({ unread: 2 }),
      'GET /api/me/notifications': ok({ items: [notification(), lesson, done], unread: 2 }),
      'POST /api/me/notifications/read': (request) => ok({ unread: 'all' in (request.body as object) ? 0 : 1 }),
    });
    const { user } = renderApp('/meldingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meldingen' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Meldingen 2 ongelezen' })).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByRole('list', { name: 'Meldingen' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Casus om te schrijven');
    expect(items[0]).toHaveTextContent('Ongelezen');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Intervisie december' })).toHaveAttribute('href', `/sessies/${HOME_SESSION_ID}/casus`);
    expect(items[2]).toHaveTextContent('Afgehandeld');
    expect(within(items[2] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('2 ongelezen meldingen')).toBeInTheDocument();

    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Markeer als gelezen: Vaste overlegmomenten hielpen.' }));
    expect(await screen.findByText('Gemarkeerd als gelezen.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/notifications/read')[0]?.body).toEqual({ ids: [lesson.id] });
    expect(await screen.findByRole('link', { name: 'Meldingen 1 ongelezen' })).toBeInTheDocument();
    expect(items[1]).not.toHaveTextContent('Ongelezen');

    await user.click(screen.getByRole('button', { name: 'Alles als gelezen markeren' }));
    expect(await screen.findByText('Alle meldingen zijn gemarkeerd als gelezen.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/notifications/read')[1]?.body).toEqual({ all: true });
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeInTheDocument();
    expect(screen.getByText('Alles gelezen.')).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
