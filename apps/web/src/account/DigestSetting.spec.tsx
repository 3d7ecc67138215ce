import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi } from '../test/api-stub';
import { memberMe } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('weekly digest setting on the account page', () => {
  it('is off by default and switches on and off again', async () => {
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/me/home-settings': ok({ weeklyDigest: false }),
      'PUT /api/me/home-settings': (request) => ok(request.body),
    });
    const { user } = renderApp('/account');
    const region = await screen.findByRole('region', { name: 'Wekelijkse mail' });
    expect(region).toHaveTextContent('Eén mail per week (maandagochtend) met wat er voor je klaarstaat. Staat standaard uit.');
    const box = await within(region).findByRole('checkbox', { name: 'Stuur mij de wekelijkse mail' });
    expect(box).not.toBeChecked();

    await user.click(box);
    expect(await within(region).findByText('De wekelijkse mail staat aan.')).toBeInTheDocument();
    expect(box).toBeChecked();
    await user.click(box);
    expect(await within(region).findByText('De wekelijkse mail staat uit.')).toBeInTheDocument();
    expect(box).not.toBeChecked();
    expect(api.callsTo('PUT /api/me/home-settings').map((call) => call.body)).toEqual([{ weeklyDigest: true }, { weeklyDigest: false }]);
  });

  it('puts the box back and says why when saving fails', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/me/home-settings': ok({ weeklyDigest: false }),
      'PUT /api/me/home-settings': apiError(500, 'internal_error', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'),
    });
    const { user } = renderApp('/account');
    const region = await screen.findByRole('region', { name: 'Wekelijkse mail' });
    const box = await within(region).findByRole('checkbox', { name: 'Stuur mij de wekelijkse mail' });
    await user.click(box);
    expect(await within(region).findByRole('alert')).toHaveTextContent('Er ging iets mis aan onze kant.');
    expect(box).not.toBeChecked();
  });
});
