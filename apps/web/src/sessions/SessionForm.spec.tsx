import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../test/api-stub';
import { community, facilitatorMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { asFacilitator, builtInMethods, SESSION_ID } from './test-fixtures';

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
