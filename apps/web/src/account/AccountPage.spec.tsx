import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, noContent, ok, stubApi } from '../test/api-stub';
import { memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

function accountApi() {
  return stubApi({ 'GET /api/me': ok(memberMe) });
}

async function openAccount() {
  const view = renderApp('/account');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  return view;
}

describe('account page', () => {
  it('asks for confirmation before deleting the account', async () => {
    const api = accountApi();
    api.on('DELETE /api/me', noContent());
    const { user, router } = await openAccount();
    const region = screen.getByRole('region', { name: 'Account verwijderen' });

    await user.click(within(region).getByRole('button', { name: 'Mijn account verwijderen' }));
    expect(within(region).getByRole('heading', { name: 'Weet je het zeker?' })).toHaveFocus();
    expect(api.callsTo('DELETE /api/me')).toHaveLength(0);

    // Confirming without ticking the box is refused, with the reason linked to the checkbox.
    await user.click(within(region).getByRole('button', { name: 'Ja, verwijder mijn account' }));
    const checkbox = within(region).getByRole('checkbox', { name: 'Ik begrijp dat mijn account definitief wordt verwijderd.' });
    expect(checkbox).toHaveAccessibleDescription('Vink aan dat je het begrijpt om door te gaan.');
    expect(api.callsTo('DELETE /api/me')).toHaveLength(0);

    await user.click(checkbox);
    await user.click(within(region).getByRole('button', { name: 'Ja, verwijder mijn account' }));

    expect(await screen.findByText('Je account is verwijderd. Bedankt voor je bijdragen.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(api.callsTo('DELETE /api/me')).toHaveLength(1);
    expect(api.callsTo('DELETE /api/me')[0]?.headers['content-type']).toBe('application/json');
  });

  it('can cancel the deletion', async () => {
    const api = accountApi();
    const { user } = await openAccount();
    const region = screen.getByRole('region', { name: 'Account verwijderen' });

    await user.click(within(region).getByRole('button', { name: 'Mijn account verwijderen' }));
    await user.click(within(region).getByRole('button', { name: 'Annuleren' }));

    expect(within(region).getByRole('button', { name: 'Mijn account verwijderen' })).toHaveFocus();
    expect(api.callsTo('DELETE /api/me')).toHaveLength(0);
  });

  describe('export', () => {
    let createObjectURL: ReturnType<typeof vi.fn>;
    beforeEach(() => {
      createObjectURL = vi.fn(() => 'blob:mijn-gegevens');
      Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    });
    afterEach(() => {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });

    it('downloads my data as mijn-gegevens.json', async () => {
      const api = accountApi();
      api.on('GET /api/me/export', ok({ account: { email: memberMe.email }, memberships: [] }));
      const clicks: HTMLAnchorElement[] = [];
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicks.push(this);
      });
      const { user } = await openAccount();

      await user.click(screen.getByRole('button', { name: 'Download mijn gegevens' }));

      expect(await screen.findByText('Je gegevens zijn gedownload als “mijn-gegevens.json”.')).toBeInTheDocument();
      expect(click).toHaveBeenCalledTimes(1);
      expect(clicks[0]?.download).toBe('mijn-gegevens.json');
      const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
      expect(JSON.parse(await blob.text())).toEqual({ account: { email: memberMe.email }, memberships: [] });
    });
  });

  it('saves only what changed in the profile', async () => {
    const api = accountApi();
    api.on('PATCH /api/me', (request) => ok({ ...memberMe, ...(request.body as object) }));
    const { user } = await openAccount();

    const name = screen.getByLabelText('Naam');
    await user.clear(name);
    await user.type(name, 'Joost van Dijk');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je gegevens zijn opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('PATCH /api/me')[0]?.body).toEqual({ name: 'Joost van Dijk' });
    await waitFor(() => expect(screen.getByText('Ingelogd als Joost van Dijk')).toBeInTheDocument());
  });

  it('explains a wrong current password', async () => {
    const api = accountApi();
    api.on('POST /api/me/password', apiError(400, 'wrong_password', 'Het huidige wachtwoord klopt niet.'));
    const { user } = await openAccount();
    const region = screen.getByRole('region', { name: 'Wachtwoord wijzigen' });

    await user.type(within(region).getByLabelText('Huidig wachtwoord'), 'niet mijn wachtwoord');
    await user.type(within(region).getByLabelText('Nieuw wachtwoord'), 'kort');
    await user.click(within(region).getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await within(region).findByText('Een wachtwoord heeft minstens 10 tekens.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/password')).toHaveLength(0);

    await user.clear(within(region).getByLabelText('Nieuw wachtwoord'));
    await user.type(within(region).getByLabelText('Nieuw wachtwoord'), 'een nieuw lang wachtwoord');
    await user.click(within(region).getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('Het huidige wachtwoord klopt niet.');
    expect(api.callsTo('POST /api/me/password')[0]?.body).toEqual({
      currentPassword: 'niet mijn wachtwoord',
      newPassword: 'een nieuw lang wachtwoord',
    });
  });
});
