import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, created, ok, stubApi, type StubResponse } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { builtInMethods, SANNE_ID, SESSION_ID, asFacilitator } from './test-fixtures';

function facilitatorApi() {
  return stubApi({
    'GET /api/me': ok(facilitatorMe),
    'GET /api/communities/:id': ok(community('facilitator')),
    'GET /api/communities/:id/members': ok(members('facilitator')),
    'GET /api/methods': ok(builtInMethods()),
    'GET /api/communities/:id/methods': ok([]),
    'GET /api/sessions/:id': ok(asFacilitator()),
  });
}

async function openForm() {
  const view = renderApp(`/cops/${COP_ID}/sessies/nieuw`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst plannen' })).toBeInTheDocument();
  return view;
}

const agendaItems = () => within(screen.getByRole('list', { name: 'Stappen met kloktijden' })).getAllByRole('listitem');

describe('scheduling a session', () => {
  it('proposes the method’s duration and shows its agenda with clock times as the start changes', async () => {
    facilitatorApi();
    const { user } = await openForm();

    await user.selectOptions(screen.getByLabelText('Methode'), 'incidentmethode');
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(60);
    expect(screen.getByText(/Als iemand vastloopt in een concrete situatie/)).toBeInTheDocument();
    expect(screen.getByText('Wanneer gebruik je deze methode?')).toBeInTheDocument();
    expect(screen.getByText('Vul een datum en begintijd in om de kloktijden te zien.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Datum'), '2026-12-01');
    await user.type(screen.getByLabelText(/Begintijd/), '15:00');
    expect(await screen.findByText('De bijeenkomst loopt van 15:00 tot 16:00.')).toBeInTheDocument();
    const items = agendaItems();
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent('15:00–15:05Het voorval en de vraag5 min');
    expect(items[2]).toHaveTextContent('15:10–15:25');
    expect(items[6]).toHaveTextContent('15:55–16:00');

    await user.clear(screen.getByLabelText(/Begintijd/));
    await user.type(screen.getByLabelText(/Begintijd/), '09:30');
    expect(await screen.findByText('De bijeenkomst loopt van 09:30 tot 10:30.')).toBeInTheDocument();
    expect(agendaItems()[0]).toHaveTextContent('09:30–09:35');

    // An edited duration stays when the method changes; the end follows it.
    await user.clear(screen.getByLabelText('Duur in minuten'));
    await user.type(screen.getByLabelText('Duur in minuten'), '75');
    expect(await screen.findByText('De bijeenkomst loopt van 09:30 tot 10:45.')).toBeInTheDocument();
    expect(screen.getByText('Daarna 15 minuten extra (tot het geplande einde).')).toBeInTheDocument();
  });

  it('explains what is missing and focuses the first problem', async () => {
    const api = facilitatorApi();
    const { user } = await openForm();

    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    expect(await screen.findByText('Een titel heeft minstens 3 tekens.')).toBeInTheDocument();
    expect(screen.getByText('Vul een datum in.')).toBeInTheDocument();
    expect(screen.getByText('Vul een begintijd in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveFocus();
    expect(screen.getByLabelText('Datum')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Datum')).toHaveAccessibleDescription('Vul een datum in.');

    // The hour that does not exist when summer time starts.
    await user.type(screen.getByLabelText('Titel'), 'Intervisie maart');
    await user.type(screen.getByLabelText('Datum'), '2027-03-28');
    await user.type(screen.getByLabelText(/Begintijd/), '02:30');
    await user.type(screen.getByLabelText('Link naar de videoverbinding (optioneel)'), 'geen link');
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    expect(await screen.findByText(/Deze tijd bestaat niet/)).toBeInTheDocument();
    expect(screen.getByText('Geef een geldige link (https://...) naar de videoverbinding.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it.each([
    ['2026-12-01', '15:00', '2026-12-01T15:00:00+01:00'],
    ['2026-07-01', '15:00', '2026-07-01T15:00:00+02:00'],
  ])('sends %s %s as %s and opens the new session', async (date, time, startsAt) => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', created(asFacilitator()));
    const { user, router } = await openForm();

    await user.type(screen.getByLabelText('Titel'), 'Intervisie december');
    await user.selectOptions(screen.getByLabelText('Methode'), 'incidentmethode');
    await user.type(screen.getByLabelText('Datum'), date);
    await user.type(screen.getByLabelText(/Begintijd/), time);
    await user.selectOptions(screen.getByLabelText('Inbrenger (optioneel)'), 'Sanne Bakker');
    await user.type(screen.getByLabelText('Link naar de videoverbinding (optioneel)'), 'https://meet.example/intervisie');
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(api.callsTo(`POST /api/communities/${COP_ID}/sessions`)[0]?.body).toEqual({
      title: 'Intervisie december',
      methodId: 'incidentmethode',
      startsAt,
      durationMinutes: 60,
      facilitatorId: facilitatorMe.id,
      presenterId: SANNE_ID,
      videoUrl: 'https://meet.example/intervisie',
    });
    expect(await screen.findByText('De bijeenkomst is gepland. De leden krijgen een uitnodiging per e-mail.')).toBeInTheDocument();
  });

  it.each<[string, StubResponse, string, string]>([
    ['presenter_is_facilitator', apiError(422, 'presenter_is_facilitator', 'De inbrenger en de gespreksleider moeten verschillende mensen zijn.'), 'Inbrenger (optioneel)', 'De inbrenger en de gespreksleider moeten verschillende mensen zijn.'],
    ['session_in_past', apiError(422, 'session_in_past', 'Het begin ligt in het verleden.'), 'Datum', 'Het begin van de sessie ligt in het verleden. Kies een moment in de toekomst.'],
    [
      'not_a_member',
      { status: 422, body: { error: { code: 'not_a_member', message: 'De gespreksleider is geen lid van deze CoP.', details: { field: 'facilitatorId' } } } },
      'Gespreksleider',
      'Deze persoon is geen lid van deze CoP.',
    ],
  ])('shows the refusal %s at its field', async (_code, response, label, message) => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', response);
    const { user } = await openForm();

    await user.type(screen.getByLabelText('Titel'), 'Intervisie december');
    await user.type(screen.getByLabelText('Datum'), '2026-12-01');
    await user.type(screen.getByLabelText(/Begintijd/), '15:00');
    await user.selectOptions(screen.getByLabelText('Inbrenger (optioneel)'), 'Fatima el Amrani');
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));

    const field = screen.getByLabelText(label);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Niet alles is goed ingevuld.');
  });

  it('is only for facilitators', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/communities/:id/members': ok(members('member')),
      'GET /api/methods': ok(builtInMethods()),
      'GET /api/communities/:id/methods': ok([]),
    });
    await openForm();
    expect(screen.getByText('Alleen gespreksleiders van deze CoP kunnen bijeenkomsten plannen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bijeenkomst plannen' })).not.toBeInTheDocument();
  });
});
