import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asFacilitator, asMember, asPresenter, sanneMe, SESSION_ID, windowedSessionView } from './test-fixtures';

async function openSession() {
  const view = renderApp(`/sessies/${SESSION_ID}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie december' })).toBeInTheDocument();
  return view;
}

describe('session page', () => {
  it('shows date and time in Dutch time, the method’s steps with clock times, people and links', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember()) });
    await openSession();

    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(details).getByText('dinsdag 1 december 2026, 15:00–16:00')).toBeInTheDocument();
    expect(within(details).getByText('Incidentmethode')).toBeInTheDocument();
    expect(within(details).getByText('Fatima el Amrani')).toBeInTheDocument();
    expect(within(details).getByText('Sanne Bakker')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Open de videoverbinding' })).toHaveAttribute('href', 'https://meet.example/intervisie');
    expect(within(details).getByText('Lees de casus vooraf.')).toBeInTheDocument();

    // The method's name has no article of its own: never "Met de Met Andere Ogen" (issue 15).
    expect(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).toHaveTextContent('In de methode Incidentmethode loop je deze stappen door.');
    expect(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).not.toHaveTextContent(/Met de /);
    const steps = within(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('15:00–15:05Het voorval en de vraag5 min');
    expect(steps.at(-1)).toHaveTextContent('15:55–16:00');

    const participants = screen.getByRole('region', { name: 'Deelnemers' });
    expect(within(participants).getByText('2 van maximaal 10 plaatsen bezet.')).toBeInTheDocument();
    expect(within(participants).getByText('1 lid heeft nog niet gereageerd.')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Toevoegen aan agenda' })).toHaveAttribute('href', `/api/sessions/${SESSION_ID}/ics`);
    expect(within(screen.getByRole('region', { name: 'In je agenda' })).getByRole('link', { name: 'Mijn account' })).toHaveAttribute('href', '/account');
  });

  it('lets a member answer, shows the answer as pressed and announces it', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember()) });
    api.on('PUT /api/sessions/:id/rsvp', (request) => {
      const response = (request.body as { response: 'yes' | 'no' | 'maybe' }).response;
      return ok(
        asMember({
          myRsvp: response,
          canReadCase: response === 'yes',
          participants: [...asMember().participants, { userId: memberMe.id, name: memberMe.name, rsvp: response, respondedAt: '2026-11-02T10:00:00.000Z' }],
          counts: { yes: response === 'yes' ? 3 : 2, no: response === 'no' ? 1 : 0, maybe: response === 'maybe' ? 1 : 0, noResponse: 0, members: 3 },
        }),
      );
    });
    const { user } = await openSession();

    const rsvp = screen.getByRole('region', { name: 'Kom je?' });
    expect(within(rsvp).getByText('Nog niet gereageerd.')).toBeInTheDocument();
    const group = within(rsvp).getByRole('group', { name: 'Je antwoord' });
    for (const name of ['Ik kom', 'Misschien', 'Ik kom niet']) {
      expect(within(group).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    // Not coming (yet): no casus to read.
    expect(screen.queryByRole('link', { name: 'Casus lezen' })).not.toBeInTheDocument();

    await user.click(within(group).getByRole('button', { name: 'Ik kom' }));
    expect(await within(rsvp).findByText('Je antwoord is opgeslagen: Je komt.')).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/rsvp`)[0]?.body).toEqual({ response: 'yes' });
    expect(within(group).getByRole('button', { name: 'Ik kom' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('region', { name: 'Deelnemers' })).getByText('3 van maximaal 10 plaatsen bezet.')).toBeInTheDocument();

    await user.click(within(group).getByRole('button', { name: 'Ik kom niet' }));
    expect(await within(rsvp).findByText('Je antwoord is opgeslagen: Je komt niet.')).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Ik kom' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('tells a member who said "maybe" why the casus stays closed, and opens it once they confirm', async () => {
    const maybe = asMember({ myRsvp: 'maybe', hasCase: true, counts: { yes: 2, no: 0, maybe: 1, noResponse: 0, members: 3 } });
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(maybe) });
    api.on('PUT /api/sessions/:id/rsvp', ok(asMember({ myRsvp: 'yes', canReadCase: true, hasCase: true, counts: { yes: 3, no: 0, maybe: 0, noResponse: 0, members: 3 } })));
    const { user } = await openSession();
    const section = screen.getByRole('region', { name: 'Casus' });
    expect(section).toHaveTextContent(
      'Je hebt ‘misschien’ geantwoord. De casus gaat over een kind, dus alleen de gespreksleider, de inbrenger en wie zeker komt kunnen hem lezen. Kies ‘Ik kom’ bij “Kom je?” om de casus te lezen.',
    );
    expect(within(section).queryByRole('link', { name: 'Casus lezen' })).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'Je antwoord' })).getByRole('button', { name: 'Ik kom' }));
    expect(await within(section).findByRole('link', { name: 'Casus lezen' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
    expect(section).not.toHaveTextContent('misschien');
  });

  it('tells "maybe" that the casus needs a place when the session is full (in English too)', async () => {
    window.localStorage.setItem('mao.locale', 'en');
    stubApi({ 'GET /api/me': ok({ ...memberMe, locale: 'en' }), 'GET /api/sessions/:id': ok(asMember({ myRsvp: 'maybe', hasCase: true, maxParticipants: 2 })) });
    renderApp(`/sessies/${SESSION_ID}`);
    const section = await screen.findByRole('region', { name: 'Case' });
    expect(section).toHaveTextContent('You answered ‘maybe’ and all places are taken.');
    expect(section).toHaveTextContent('If a place becomes free, choose ‘I’m coming’.');
  });

  it('explains a refused answer (full session)', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember()) });
    api.on('PUT /api/sessions/:id/rsvp', apiError(409, 'session_full', 'Deze sessie is vol.'));
    const { user } = await openSession();
    await user.click(screen.getByRole('button', { name: 'Ik kom' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze sessie is vol.');
  });

  it('gives the facilitator edit and cancel (with confirmation), and no casus editor', async () => {
    const api = stubApi({ 'GET /api/me': ok(facilitatorMe), 'GET /api/sessions/:id': ok(asFacilitator({ hasCase: true })) });
    api.on('POST /api/sessions/:id/cancel', ok(asFacilitator({ status: 'cancelled', hasCase: true })));
    const { user } = await openSession();

    const manage = screen.getByRole('region', { name: 'Beheer' });
    expect(within(manage).getByRole('link', { name: 'Bijeenkomst wijzigen' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/wijzigen`);
    expect(screen.getByRole('link', { name: 'Casus lezen' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
    expect(screen.queryByRole('link', { name: /Casus voorbereiden|Casus bewerken/ })).not.toBeInTheDocument();

    await user.click(within(manage).getByRole('button', { name: 'Bijeenkomst annuleren' }));
    expect(screen.getByText(/Weet je zeker dat je “Intervisie december” wilt annuleren/)).toHaveFocus();
    expect(api.callsTo(`POST /api/sessions/${SESSION_ID}/cancel`)).toHaveLength(0);
    await user.click(within(manage).getByRole('button', { name: 'Ja, annuleren' }));

    expect(await screen.findByText('De bijeenkomst is geannuleerd. De leden krijgen bericht.')).toBeInTheDocument();
    expect(screen.getByText('Deze bijeenkomst is geannuleerd.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.getByText('Je kunt niet meer reageren op deze bijeenkomst.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('sends the inbrenger to the casus editor; members see no management', async () => {
    stubApi({ 'GET /api/me': ok(sanneMe), 'GET /api/sessions/:id': ok(asPresenter()) });
    await openSession();
    expect(screen.getByText('Jij bent de inbrenger. Schrijf je casus vooraf, zodat de anderen zich kunnen voorbereiden.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Casus schrijven' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
    expect(screen.queryByRole('region', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Naar de live sessie' })).not.toBeInTheDocument();
  });

  it('links participants to the live session once it runs', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ status: 'live', myRsvp: 'yes', canReadCase: true, hasCase: true })) });
    await openSession();
    expect(screen.getByRole('link', { name: 'Naar de live sessie' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
    expect(screen.getByRole('link', { name: 'Casus lezen' })).toBeInTheDocument();
  });

  it('offers a member who did not say they come no link straight in, but "yes and in" in one step', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ status: 'live' })) });
    await openSession();
    expect(screen.queryByRole('link', { name: 'Naar de live sessie' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Meedoen' })).getByRole('button', { name: 'Ik doe mee en ga naar binnen' })).toBeInTheDocument();
    expect(screen.getByText(/Laat eerst weten of je komt/)).toBeInTheDocument();
  });
});

/** Issue 15: the inbrenger is told their role; on the day every member sees how to get in, or why not. */
describe('session page before the room', () => {
  /** The fixtures' "now" is Friday 20 November 2026, 10:00 in Amsterdam: a session at 15:00 that day is today. */
  const today = { startsAt: '2026-11-20T14:00:00.000Z', endsAt: '2026-11-20T15:00:00.000Z', localDate: '2026-11-20' };

  it('tells the inbrenger their role and that a casus is expected, with the editor; a draft and a confirmed casus change the words', async () => {
    stubApi({ 'GET /api/me': ok(sanneMe), 'GET /api/sessions/:id': ok(asPresenter()) });
    await openSession();
    const notice = screen.getByText('Jij bent de inbrenger').closest('.alert') as HTMLElement;
    expect(notice).toHaveTextContent('Voor deze bijeenkomst wordt een casus van je verwacht.');
    expect(within(notice).getByRole('link', { name: 'Casus schrijven' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
  });

  it.each([
    ['a private draft', { hasCaseDraft: true }, 'Je casus staat als concept klaar. Alleen jij ziet hem.', 'Verder met je concept'],
    ['a confirmed casus', { hasCase: true }, 'Je casus is bevestigd: de deelnemers kunnen hem lezen.', 'Casus bewerken'],
  ])('with %s the inbrenger reads where it stands', async (_name, change, text, link) => {
    stubApi({ 'GET /api/me': ok(sanneMe), 'GET /api/sessions/:id': ok(asPresenter(change)) });
    await openSession();
    const notice = screen.getByText('Jij bent de inbrenger').closest('.alert') as HTMLElement;
    expect(notice).toHaveTextContent(text);
    expect(within(notice).getByRole('link', { name: link })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
  });

  it('lets a member without an answer say yes and go into the room in one step on the day', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember(today)) });
    api.on('PUT /api/sessions/:id/rsvp', ok(asMember({ ...today, myRsvp: 'yes', canReadCase: true })));
    const { user, router } = await openSession();
    const join = screen.getByRole('region', { name: 'Meedoen' });
    expect(join).toHaveTextContent('De bijeenkomst is vandaag en er is nog plaats.');
    await user.click(within(join).getByRole('button', { name: 'Ik doe mee en ga naar binnen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}/live`));
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/rsvp`).map((call) => call.body)).toEqual([{ response: 'yes' }]);
  });

  it('sends someone with a seat straight in on the day', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ ...today, myRsvp: 'yes', canReadCase: true })) });
    await openSession();
    expect(within(screen.getByRole('region', { name: 'Meedoen' })).getByRole('link', { name: 'Naar de live sessie' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
  });

  it('says why someone cannot take part when a yes would be refused: the session is full', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ ...today, myRsvp: 'maybe', maxParticipants: 2 })) });
    await openSession();
    const join = screen.getByRole('region', { name: 'Meedoen' });
    expect(join).toHaveTextContent('Je kunt niet meedoen: de bijeenkomst is vol (alle 2 plaatsen zijn bezet). Vraag de gespreksleider, Fatima el Amrani, of er toch ruimte is.');
    expect(within(join).queryByRole('button')).not.toBeInTheDocument();
    expect(api.callsTo(`PUT /api/sessions/${SESSION_ID}/rsvp`)).toHaveLength(0);
  });

  it.each([
    ['cancelled', { status: 'cancelled' as const, myRsvp: 'yes' as const }, 'Deze bijeenkomst is geannuleerd. Er is geen live sessie.'],
    ['closed', { status: 'closed' as const, myRsvp: 'yes' as const }, 'Deze bijeenkomst is afgelopen. De live sessie is gesloten.'],
    ['seen by someone who is no member (a platform administrator)', { myRole: null }, 'Je bent geen lid van deze CoP. Alleen leden doen mee aan de live sessie.'],
  ])('on the day says why not when the session is %s', async (_name, change, text) => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ ...today, ...change })) });
    await openSession();
    expect(screen.getByRole('region', { name: 'Meedoen' })).toHaveTextContent(text);
  });

  it('explains a yes refused at the last moment (someone took the last place)', async () => {
    const api = stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember(today)) });
    api.on('PUT /api/sessions/:id/rsvp', apiError(409, 'session_full', 'Deze sessie is vol.'));
    const { user, router } = await openSession();
    await user.click(screen.getByRole('button', { name: 'Ik doe mee en ga naar binnen' }));
    expect(await within(screen.getByRole('region', { name: 'Meedoen' })).findByRole('alert')).toHaveTextContent('Deze sessie is vol.');
    expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`);
  });

  it('shows no way in on another day', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ myRsvp: 'yes' })) });
    await openSession();
    expect(screen.queryByRole('region', { name: 'Meedoen' })).not.toBeInTheDocument();
  });
});

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('session page of an asynchronous or mixed session (issue 16)', () => {
  it('async: a badge, the period as "Wanneer", every step with its window, and no clock-time agenda', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(windowedSessionView('async', { myRole: 'participant' })) });
    await openSession();

    expect(screen.getByText('Asynchroon')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(details).getByText('dinsdag 1 december 2026, 15:00 – zondag 13 december 2026, 15:00')).toBeInTheDocument();
    expect(within(details).getByText('Asynchroon: elke stap een paar dagen, schriftelijk')).toBeInTheDocument();

    const schedule = screen.getByRole('region', { name: 'Planning van de stappen' });
    const items = within(within(schedule).getByRole('list', { name: 'Stappen met hun periode' })).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent('Stap 1 · Het voorval en de vraag · di 1 dec 15:00 – wo 2 dec 15:00');
    expect(items[1]).toHaveTextContent('Stap 2 · Vragen in stilte · wo 2 dec 15:00 – vr 4 dec 15:00');
    expect(items[6]).toHaveTextContent('Stap 7 · Oogsten: geleerde lessen · vr 11 dec 15:00 – zo 13 dec 15:00');
    // Not started: nothing is open now.
    expect(within(schedule).queryByText(/Nu open/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Verloop van de bijeenkomst' })).not.toBeInTheDocument();
    expect(screen.queryByText(/15:00–15:05/)).not.toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('async, running: marks the step that is open now, until when, with the way into the room', async () => {
    // Started on Wednesday 18 November at 10:00: the questions in silence are open on the tests' Friday.
    const startsAt = new Date(Date.parse('2026-11-18T09:00:00.000Z')).toISOString();
    const running = windowedSessionView('async', { startsAt, localDate: '2026-11-18', status: 'live', currentStepId: 'vragen-noteren', myRole: 'participant', myRsvp: 'yes', canReadCase: true });
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(running) });
    await openSession();

    const items = within(screen.getByRole('list', { name: 'Stappen met hun periode' })).getAllByRole('listitem');
    const open = items[1];
    if (!open) throw new Error('no second step');
    expect(open).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('Stap 2 · Vragen in stilte · do 19 nov 10:00 – za 21 nov 10:00');
    expect(items[1]).toHaveTextContent('Nu open tot za 21 nov 10:00');
    expect(within(open).getByRole('link', { name: 'Naar deze stap' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
    expect(items[0]).not.toHaveAttribute('aria-current');
    expect(items.filter((item) => item.textContent?.includes('Nu open'))).toHaveLength(1);
    // Taking part: no "the meeting is today" for a session that runs for days.
    const join = screen.getByRole('region', { name: 'Meedoen' });
    expect(join).toHaveTextContent('De sessie loopt. Je schrijft mee in de stap die nu open is, wanneer het jou uitkomt.');
    expect(join).not.toHaveTextContent('vandaag');
    expect(within(join).getByRole('link', { name: 'Naar de sessie' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
    expect(await seriousViolations()).toEqual([]);
  });

  it('mixed: the written steps around the live meeting, and the agenda of the live part only', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(windowedSessionView('mixed', { myRole: 'participant' })) });
    await openSession();

    expect(screen.getByText('Gemengd')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    // "Wanneer" is the meeting.
    expect(within(details).getByText('dinsdag 1 december 2026, 15:00–15:45')).toBeInTheDocument();

    const items = within(screen.getByRole('list', { name: 'Stappen met hun periode' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Stap 1 · Het voorval en de vraag · za 28 nov 15:00 – zo 29 nov 15:00',
      'Stap 2 · Vragen in stilte · zo 29 nov 15:00 – di 1 dec 15:00',
      'Live bijeenkomst · dinsdag 1 december 2026, 15:00–15:45',
      'Stap 7 · Oogsten: geleerde lessen · di 1 dec 15:45 – do 3 dec 15:45',
    ]);

    const steps = within(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).getAllByRole('listitem');
    expect(steps).toHaveLength(4);
    // Numbered as in the method (the live part starts at step 3), like "Stap 7" above.
    expect(within(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).getByRole('list')).toHaveAttribute('start', '3');
    expect(steps[0]).toHaveTextContent('15:00–15:15Vragenronde15 min');
    expect(steps[3]).toHaveTextContent('15:35–15:45Afronding door de inbrenger10 min');
    expect(screen.getByRole('region', { name: 'Verloop van de bijeenkomst' })).toHaveTextContent('doen jullie deze stappen samen in de live bijeenkomst');
  });
});
