import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, created, ok, stubApi, type StubResponse } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { builtInMethods, SANNE_ID, SESSION_ID, asFacilitator, windowedSessionView } from './test-fixtures';

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

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const plan = () => screen.getByRole('region', { name: 'Planning van de stappen' });
const step = (name: string) => within(plan()).getByRole('group', { name });

/** Title, the incident method and a mode; the first moment on Tuesday 1 December 2026 at 15:00 (eleven days after the tests' now). */
async function fillIn(user: ReturnType<typeof renderApp>['user'], mode: RegExp) {
  await user.type(screen.getByLabelText('Titel'), 'Intervisie december');
  await user.selectOptions(screen.getByLabelText('Methode'), 'incidentmethode');
  await user.click(screen.getByRole('radio', { name: mode }));
  await user.type(screen.getByLabelText('Datum'), '2026-12-01');
  await user.type(screen.getByLabelText(/^(Tijd|Begintijd)/), '15:00');
}

/** A window's close (or opening) typed as a person does: clear the field, type the new value. */
async function retype(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, value: string) {
  await user.clear(field);
  await user.type(field, value);
}

describe('scheduling an asynchronous or mixed session (issue 16)', () => {
  it('asks how the session runs, with a line of explanation per choice', async () => {
    facilitatorApi();
    await openForm();
    const choice = screen.getByRole('group', { name: 'Hoe verloopt de sessie?' });
    const radios = within(choice).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['live', 'async', 'mixed']);
    expect(within(choice).getByRole('radio', { name: 'Live bijeenkomst' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: 'Asynchroon: elke stap een paar dagen, schriftelijk' })).toHaveAccessibleDescription(
      'Niemand hoeft op hetzelfde moment te kunnen. Elke stap staat een paar dagen open en iedereen schrijft wanneer het uitkomt.',
    );
    expect(within(choice).getByRole('radio', { name: 'Gemengd: stappen vooraf of achteraf schriftelijk, de rest live' })).toHaveAccessibleDescription(
      /vragen in stilte in de dagen ervoor en de oogst achteraf/,
    );
  });

  it('async: prefills a window per step from the first opening and sends them', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', created(windowedSessionView('async', { myRole: 'facilitator', canManage: true })));
    const { user, router } = await openForm();
    await user.click(screen.getByRole('radio', { name: /^Asynchroon/ }));
    expect(screen.getByRole('group', { name: 'De eerste stap gaat open op' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Duur in minuten')).not.toBeInTheDocument();
    // No clock-time agenda: the steps take days.
    expect(screen.queryByRole('list', { name: 'Stappen met kloktijden' })).not.toBeInTheDocument();
    expect(within(plan()).getByText('Vul eerst de datum en tijd hierboven in. Dan zie je hier wanneer elke stap open is.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Titel'));
    await fillIn(user, /^Asynchroon/);
    expect(within(plan()).getAllByRole('group')).toHaveLength(7);
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van di 1 dec 15:00 tot wo 2 dec 15:00 (1 dag)');
    expect(step('Stap 2 · Vragen in stilte')).toHaveTextContent('Open van wo 2 dec 15:00 tot vr 4 dec 15:00 (2 dagen)');
    expect(within(step('Stap 2 · Vragen in stilte')).getByLabelText('Sluit op (datum)')).toHaveValue('2026-12-04');
    expect(within(step('Stap 2 · Vragen in stilte')).getByLabelText('Sluit om (tijd)')).toHaveValue('15:00');
    expect(step('Stap 7 · Oogsten: geleerde lessen')).toHaveTextContent('Open van vr 11 dec 15:00 tot zo 13 dec 15:00 (2 dagen)');
    expect(within(plan()).getByRole('status')).toHaveTextContent('De sessie loopt van di 1 dec 15:00 tot zo 13 dec 15:00.');
    expect(await seriousViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    const body = api.callsTo(`POST /api/communities/${COP_ID}/sessions`)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ title: 'Intervisie december', methodId: 'incidentmethode', mode: 'async', startsAt: '2026-12-01T15:00:00+01:00' });
    expect(body).not.toHaveProperty('durationMinutes');
    const windows = body.windows as Array<{ stepId: string; opensAt: string; closesAt: string }>;
    expect(windows.map((window) => window.stepId)).toEqual(['introductie', 'vragen-noteren', 'vragenronde', 'analyse', 'adviesronde', 'afronding', 'oogst']);
    expect(windows[0]).toEqual({ stepId: 'introductie', opensAt: '2026-12-01T14:00:00.000Z', closesAt: '2026-12-02T14:00:00.000Z' });
    expect(windows[6]).toEqual({ stepId: 'oogst', opensAt: '2026-12-11T14:00:00.000Z', closesAt: '2026-12-13T14:00:00.000Z' });
  });

  it('async: a later close moves the following windows along, keeping their lengths', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', created(windowedSessionView('async')));
    const { user } = await openForm();
    await fillIn(user, /^Asynchroon/);

    await retype(user, within(step('Stap 2 · Vragen in stilte')).getByLabelText('Sluit op (datum)'), '2026-12-05');
    await retype(user, within(step('Stap 2 · Vragen in stilte')).getByLabelText('Sluit om (tijd)'), '09:00');
    expect(step('Stap 2 · Vragen in stilte')).toHaveTextContent('Open van wo 2 dec 15:00 tot za 5 dec 09:00 (2 dagen en 18 uur)');
    expect(step('Stap 3 · Vragenronde')).toHaveTextContent('Open van za 5 dec 09:00 tot ma 7 dec 09:00 (2 dagen)');
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van di 1 dec 15:00 tot wo 2 dec 15:00 (1 dag)');
    expect(within(plan()).getByRole('status')).toHaveTextContent('De sessie loopt van di 1 dec 15:00 tot ma 14 dec 09:00.');

    // A later first opening moves the whole plan.
    await retype(user, screen.getByLabelText('Datum'), '2026-12-02');
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van wo 2 dec 15:00 tot do 3 dec 15:00 (1 dag)');
    expect(step('Stap 2 · Vragen in stilte')).toHaveTextContent('Open van do 3 dec 15:00 tot zo 6 dec 09:00 (2 dagen en 18 uur)');

    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    await waitFor(() => expect(api.callsTo(`POST /api/communities/${COP_ID}/sessions`)).toHaveLength(1));
    const windows = (api.callsTo(`POST /api/communities/${COP_ID}/sessions`)[0]?.body as { windows: Array<{ stepId: string; opensAt: string; closesAt: string }> }).windows;
    expect(windows[1]).toEqual({ stepId: 'vragen-noteren', opensAt: '2026-12-03T14:00:00.000Z', closesAt: '2026-12-06T08:00:00.000Z' });
    expect(windows[2]).toEqual({ stepId: 'vragenronde', opensAt: '2026-12-06T08:00:00.000Z', closesAt: '2026-12-08T08:00:00.000Z' });
  });

  it('async: shows a problem at its step, described on its fields, and does not send the plan', async () => {
    const api = facilitatorApi();
    const { user } = await openForm();
    await fillIn(user, /^Asynchroon/);

    // Ten minutes is too short for a window.
    await retype(user, within(step('Stap 1 · Het voorval en de vraag')).getByLabelText('Sluit op (datum)'), '2026-12-01');
    await retype(user, within(step('Stap 1 · Het voorval en de vraag')).getByLabelText('Sluit om (tijd)'), '15:10');
    const first = step('Stap 1 · Het voorval en de vraag');
    expect(first).toHaveTextContent('Een periode duurt minstens 30 minuten.');
    const closeDate = within(first).getByLabelText('Sluit op (datum)');
    expect(closeDate).toHaveAttribute('aria-invalid', 'true');
    expect(closeDate).toHaveAccessibleDescription(expect.stringContaining('Een periode duurt minstens 30 minuten.'));
    expect(step('Stap 2 · Vragen in stilte')).not.toHaveTextContent('Een periode duurt minstens 30 minuten.');

    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    expect(await screen.findByText('De planning van de stappen klopt nog niet. Kijk bij de stappen met een melding.')).toBeInTheDocument();
    expect(closeDate).toHaveFocus();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
    expect(await seriousViolations()).toEqual([]);
  });

  it('async: a method with a step that can only be live says so at that step', async () => {
    facilitatorApi();
    const { user } = await openForm();
    await user.selectOptions(screen.getByLabelText('Methode'), 'balintmethode');
    await user.click(screen.getByRole('radio', { name: /^Asynchroon/ }));
    await user.type(screen.getByLabelText('Datum'), '2026-12-01');
    await user.type(screen.getByLabelText('Tijd'), '15:00');
    expect(step('Stap 2 · Rollen verdelen')).toHaveTextContent(/Deze stap kan alleen live.*Kies "gemengd"/);
    expect(step('Stap 1 · Casus kiezen')).not.toHaveTextContent('alleen live');
  });

  it.each([
    [
      'invalid_windows',
      {
        status: 422,
        body: {
          error: {
            code: 'invalid_windows',
            message: 'De planning klopt niet.',
            details: { problems: [{ code: 'window_too_long', stepId: 'vragenronde', message: 'Een periode duurt hoogstens 31 dagen.', messageEn: 'A window lasts at most 31 days.' }] },
          },
        },
      },
      'Stap 3 · Vragenronde',
      'Een periode duurt hoogstens 31 dagen.',
    ],
    [
      'window_in_past',
      { status: 422, body: { error: { code: 'window_in_past', message: 'Een periode begint in het verleden.', details: { stepId: 'introductie', opensAt: '2026-12-01T14:00:00.000Z' } } } },
      'Stap 1 · Het voorval en de vraag',
      'Deze stap zou in het verleden opengaan. Kies een later moment, of een latere start.',
    ],
  ] as Array<[string, StubResponse, string, string]>)('shows the refusal %s at its step and focuses it', async (_code, response, stepName, message) => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', response);
    const { user } = await openForm();
    await fillIn(user, /^Asynchroon/);
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));

    const group = await waitFor(() => {
      const found = step(stepName);
      expect(found).toHaveTextContent(message);
      return found;
    });
    const closeDate = within(group).getByLabelText('Sluit op (datum)');
    expect(closeDate).toHaveAttribute('aria-invalid', 'true');
    expect(closeDate).toHaveAccessibleDescription(expect.stringContaining(message));
    await waitFor(() => expect(closeDate).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent(/De planning van de stappen klopt nog niet|Een periode begint in het verleden/);

    // A change to the plan makes the refusal stale: it goes.
    await retype(user, within(step('Stap 7 · Oogsten: geleerde lessen')).getByLabelText('Sluit om (tijd)'), '16:00');
    expect(step(stepName)).not.toHaveTextContent(message);
  });

  it('mixed: the leading writing steps come before the meeting, the harvest after; moving a step takes its neighbours along', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/sessions', created(windowedSessionView('mixed')));
    const { user } = await openForm();
    await fillIn(user, /^Gemengd/);
    expect(screen.getByRole('group', { name: 'Wanneer is de live bijeenkomst?' })).toBeInTheDocument();
    // The meeting holds the live steps: 15 + 10 + 10 + 10 minutes.
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(45);

    const place = (name: string) => within(step(name)).getByLabelText('Wanneer?');
    expect(place('Stap 1 · Het voorval en de vraag')).toHaveValue('before');
    expect(place('Stap 2 · Vragen in stilte')).toHaveValue('before');
    expect(place('Stap 3 · Vragenronde')).toHaveValue('live');
    expect(place('Stap 7 · Oogsten: geleerde lessen')).toHaveValue('after');
    // Only choices that keep one meeting: a live step in the middle can go before (with the steps before it) or after (with the
    // steps after it); the first live step cannot go after, as that would leave no step in the meeting.
    const options = (name: string) => within(place(name)).getAllByRole('option').map((option) => option.textContent);
    expect(options('Stap 4 · Het kernprobleem')).toEqual(['Vooraf schriftelijk', 'In de bijeenkomst', 'Achteraf schriftelijk']);
    expect(options('Stap 3 · Vragenronde')).toEqual(['Vooraf schriftelijk', 'In de bijeenkomst']);

    // Before the meeting the windows count back from its start: their openings are what you set.
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van za 28 nov 15:00 tot zo 29 nov 15:00 (1 dag)');
    expect(within(step('Stap 1 · Het voorval en de vraag')).getByLabelText('Gaat open op (datum)')).toHaveValue('2026-11-28');
    expect(step('Stap 2 · Vragen in stilte')).toHaveTextContent('Open van zo 29 nov 15:00 tot di 1 dec 15:00 (2 dagen)');
    expect(step('Stap 3 · Vragenronde')).toHaveTextContent('In de live bijeenkomst, 15:00–15:15');
    expect(step('Stap 6 · Afronding door de inbrenger')).toHaveTextContent('In de live bijeenkomst, 15:35–15:45');
    expect(step('Stap 7 · Oogsten: geleerde lessen')).toHaveTextContent('Open van di 1 dec 15:45 tot do 3 dec 15:45 (2 dagen)');
    const summary = within(plan()).getByRole('status');
    expect(summary).toHaveTextContent('De sessie loopt van za 28 nov 15:00 tot do 3 dec 15:45.');
    expect(summary).toHaveTextContent('Live bijeenkomst · dinsdag 1 december 2026, 15:00–15:45');
    expect(await seriousViolations()).toEqual([]);

    // Step 6 afterwards: the harvest already is; the meeting shrinks to 35 minutes.
    await user.selectOptions(place('Stap 6 · Afronding door de inbrenger'), 'after');
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(35);
    expect(step('Stap 6 · Afronding door de inbrenger')).toHaveTextContent('Open van di 1 dec 15:35 tot wo 2 dec 15:35 (1 dag)');
    expect(step('Stap 7 · Oogsten: geleerde lessen')).toHaveTextContent('Open van wo 2 dec 15:35 tot vr 4 dec 15:35 (2 dagen)');
    // Step 1 back into the meeting takes step 2 along (nothing written may lie between).
    await user.selectOptions(place('Stap 1 · Het voorval en de vraag'), 'live');
    expect(place('Stap 2 · Vragen in stilte')).toHaveValue('live');
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(45);
    await user.selectOptions(place('Stap 2 · Vragen in stilte'), 'before');
    expect(place('Stap 1 · Het voorval en de vraag')).toHaveValue('before');

    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    await waitFor(() => expect(api.callsTo(`POST /api/communities/${COP_ID}/sessions`)).toHaveLength(1));
    const body = api.callsTo(`POST /api/communities/${COP_ID}/sessions`)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ mode: 'mixed', startsAt: '2026-12-01T15:00:00+01:00', durationMinutes: 35 });
    expect(body.windows).toEqual([
      { stepId: 'introductie', opensAt: '2026-11-28T14:00:00.000Z', closesAt: '2026-11-29T14:00:00.000Z' },
      { stepId: 'vragen-noteren', opensAt: '2026-11-29T14:00:00.000Z', closesAt: '2026-12-01T14:00:00.000Z' },
      { stepId: 'afronding', opensAt: '2026-12-01T14:35:00.000Z', closesAt: '2026-12-02T14:35:00.000Z' },
      { stepId: 'oogst', opensAt: '2026-12-02T14:35:00.000Z', closesAt: '2026-12-04T14:35:00.000Z' },
    ]);
  });

  it('mixed: an earlier opening before the meeting moves the steps before it, and never past the meeting', async () => {
    facilitatorApi();
    const { user } = await openForm();
    await fillIn(user, /^Gemengd/);
    await retype(user, within(step('Stap 2 · Vragen in stilte')).getByLabelText('Gaat open op (datum)'), '2026-11-28');
    expect(step('Stap 2 · Vragen in stilte')).toHaveTextContent('Open van za 28 nov 15:00 tot di 1 dec 15:00 (3 dagen)');
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van vr 27 nov 15:00 tot za 28 nov 15:00 (1 dag)');
    // An opening in the past is caught here, before the api refuses it.
    await retype(user, within(step('Stap 1 · Het voorval en de vraag')).getByLabelText('Gaat open op (datum)'), '2026-11-19');
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Deze stap zou in het verleden opengaan.');
  });
});
