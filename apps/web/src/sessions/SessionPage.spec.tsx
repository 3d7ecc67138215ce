import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { facilitatorMe, memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asFacilitator, asMember, asPresenter, sanneMe, SESSION_ID } from './test-fixtures';

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
    expect(screen.getByRole('link', { name: 'Casus voorbereiden' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/casus`);
    expect(screen.queryByRole('region', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Naar de live sessie' })).not.toBeInTheDocument();
  });

  it('links participants to the live session once it runs', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ status: 'live', myRsvp: 'yes', canReadCase: true, hasCase: true })) });
    await openSession();
    expect(screen.getByRole('link', { name: 'Naar de live sessie' })).toHaveAttribute('href', `/sessies/${SESSION_ID}/live`);
    expect(screen.getByRole('link', { name: 'Casus lezen' })).toBeInTheDocument();
  });

  it('does not offer the live session to members who did not say they come', async () => {
    stubApi({ 'GET /api/me': ok(memberMe), 'GET /api/sessions/:id': ok(asMember({ status: 'live' })) });
    await openSession();
    expect(screen.queryByRole('link', { name: 'Naar de live sessie' })).not.toBeInTheDocument();
    expect(screen.getByText(/Laat eerst weten of je komt/)).toBeInTheDocument();
  });
});
