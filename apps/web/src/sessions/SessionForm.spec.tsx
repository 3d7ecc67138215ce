import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { community, facilitatorMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asFacilitator, builtInMethods, SESSION_ID, windowedSessionView } from './test-fixtures';

function facilitatorApi() {
  const api = stubApi({
    'GET /api/me': ok(facilitatorMe),
    'GET /api/communities/:id': ok(community('facilitator')),
    'GET /api/communities/:id/members': ok(members('facilitator')),
    'GET /api/methods': ok(builtInMethods()),
    'GET /api/communities/:id/methods': ok([]),
    'GET /api/sessions/:id': ok(asFacilitator()),
  });
  api.on('PATCH /api/sessions/:id', ok(asFacilitator({ title: 'Intervisie december (verzet)' })));
  return api;
}

async function openEdit() {
  const view = renderApp(`/sessies/${SESSION_ID}/wijzigen`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst wijzigen' })).toBeInTheDocument();
  return view;
}

/** Issue 15: the session form warns before changes are lost, and not after they were saved. */
describe('leaving the session form', () => {
  it('asks before "Terug naar de bijeenkomst" drops a change; staying keeps it, leaving goes', async () => {
    facilitatorApi();
    const { user, router } = await openEdit();
    const title = screen.getByLabelText('Titel');
    await user.type(title, ' (verzet)');

    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    const question = await screen.findByRole('alertdialog');
    expect(question).toHaveTextContent('Je hebt tekst die nog niet is opgeslagen.');
    // The session form has nothing to keep as a draft: stay or leave.
    expect(within(question).queryByRole('button', { name: /concept/ })).not.toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Blijven en verder schrijven' }));
    expect(title).toHaveValue('Intervisie december (verzet)');
    expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}/wijzigen`);

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Weggaan zonder opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
  });

  it('does not ask when nothing changed, nor after saving', async () => {
    const api = facilitatorApi();
    const { user, router } = await openEdit();
    await user.click(screen.getByRole('link', { name: 'Terug naar de bijeenkomst' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await router.navigate(`/sessies/${SESSION_ID}/wijzigen`);
    await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst wijzigen' });
    await user.type(screen.getByLabelText('Titel'), ' (verzet)');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/sessions/${SESSION_ID}`).map((call) => call.body)).toEqual([{ title: 'Intervisie december (verzet)' }]);
  });
});

/** Issue 16: changing an asynchronous or mixed session starts from its mode and its windows. */
describe('editing an asynchronous or mixed session', () => {
  function windowedApi(mode: 'async' | 'mixed') {
    const session = windowedSessionView(mode, { myRole: 'facilitator', myRsvp: 'yes', canManage: true, canReadCase: true });
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/methods': ok(builtInMethods()),
      'GET /api/communities/:id/methods': ok([]),
      'GET /api/sessions/:id': ok(session),
    });
    api.on('PATCH /api/sessions/:id', ok(session));
    return api;
  }
  const step = (name: string) => within(screen.getByRole('region', { name: 'Planning van de stappen' })).getByRole('group', { name });

  it('async: shows the mode and the windows; a moved close sends the windows and nothing else', async () => {
    const api = windowedApi('async');
    const { user, router } = await openEdit();
    expect(screen.getByRole('radio', { name: /^Asynchroon/ })).toBeChecked();
    const when = screen.getByRole('group', { name: 'De eerste stap gaat open op' });
    expect(within(when).getByLabelText('Datum')).toHaveValue('2026-12-01');
    expect(within(when).getByLabelText('Tijd')).toHaveValue('15:00');
    expect(step('Stap 3 · Vragenronde')).toHaveTextContent('Open van vr 4 dec 15:00 tot zo 6 dec 15:00 (2 dagen)');

    const close = within(step('Stap 3 · Vragenronde')).getByLabelText('Sluit op (datum)');
    await user.clear(close);
    await user.type(close, '2026-12-07');
    expect(step('Stap 4 · Het kernprobleem')).toHaveTextContent('Open van ma 7 dec 15:00 tot wo 9 dec 15:00 (2 dagen)');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    const body = api.callsTo(`PATCH /api/sessions/${SESSION_ID}`)[0]?.body as { windows: Array<{ stepId: string; opensAt: string; closesAt: string }> };
    expect(Object.keys(body)).toEqual(['windows']);
    expect(body.windows).toHaveLength(7);
    expect(body.windows[2]).toEqual({ stepId: 'vragenronde', opensAt: '2026-12-04T14:00:00.000Z', closesAt: '2026-12-07T14:00:00.000Z' });
    expect(body.windows[6]).toEqual({ stepId: 'oogst', opensAt: '2026-12-12T14:00:00.000Z', closesAt: '2026-12-14T14:00:00.000Z' });
  });

  it('async: a change of title alone leaves the plan alone', async () => {
    const api = windowedApi('async');
    const { user, router } = await openEdit();
    await user.type(screen.getByLabelText('Titel'), ' (schriftelijk)');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(api.callsTo(`PATCH /api/sessions/${SESSION_ID}`).map((call) => call.body)).toEqual([{ title: 'Intervisie december (schriftelijk)' }]);
  });

  it('mixed: shows where each step happens and the meeting; switching to live sends the mode, the whole method’s length and no windows', async () => {
    const api = windowedApi('mixed');
    const { user, router } = await openEdit();
    expect(screen.getByRole('radio', { name: /^Gemengd/ })).toBeChecked();
    expect(within(step('Stap 2 · Vragen in stilte')).getByLabelText('Wanneer?')).toHaveValue('before');
    expect(within(step('Stap 5 · Adviesronde')).getByLabelText('Wanneer?')).toHaveValue('live');
    expect(within(step('Stap 7 · Oogsten: geleerde lessen')).getByLabelText('Wanneer?')).toHaveValue('after');
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(45);
    expect(step('Stap 1 · Het voorval en de vraag')).toHaveTextContent('Open van za 28 nov 15:00 tot zo 29 nov 15:00 (1 dag)');

    await user.click(screen.getByRole('radio', { name: 'Live bijeenkomst' }));
    expect(screen.queryByRole('region', { name: 'Planning van de stappen' })).not.toBeInTheDocument();
    // The meeting's length was the proposal for its live steps: it becomes the method's.
    expect(screen.getByLabelText('Duur in minuten')).toHaveValue(60);
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    expect(api.callsTo(`PATCH /api/sessions/${SESSION_ID}`).map((call) => call.body)).toEqual([{ mode: 'live', durationMinutes: 60 }]);
  });
});
