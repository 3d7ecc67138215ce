import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, noContent, stubApi, unauthenticated } from '../test/api-stub';
import { renderApp } from '../test/render';

const TOKEN = 'reset-token-0123456789abcdef';

describe('password reset', () => {
  it('confirms the request without telling whether the account exists', async () => {
    const api = stubApi({ 'GET /api/me': unauthenticated(), 'POST /api/auth/password-reset/request': { status: 202 } });
    const { user } = renderApp('/wachtwoord-vergeten');

    await user.type(await screen.findByLabelText('E-mailadres'), 'iemand@school.nl');
    await user.click(screen.getByRole('button', { name: 'Stuur mij een link' }));

    expect(await screen.findByText(/Als er een account is voor iemand@school.nl/)).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/password-reset/request')[0]?.body).toEqual({ email: 'iemand@school.nl' });
  });

  it('sets a new password and sends the person to the login page', async () => {
    const api = stubApi({ 'GET /api/me': unauthenticated(), 'POST /api/auth/password-reset': noContent() });
    const { user, router } = renderApp(`/wachtwoord-herstellen/${TOKEN}`);

    await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Een wachtwoord heeft minstens 10 tekens.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nieuw wachtwoord'));
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'mijn nieuwe lange wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByText(/Je wachtwoord is gewijzigd/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(api.callsTo('POST /api/auth/password-reset')[0]?.body).toEqual({ token: TOKEN, password: 'mijn nieuwe lange wachtwoord' });
  });

  it('offers a new link when the token is no longer valid', async () => {
    stubApi({ 'GET /api/me': unauthenticated(), 'POST /api/auth/password-reset': apiError(400, 'invalid_token', 'Deze link is ongeldig of verlopen.') });
    const { user } = renderApp(`/wachtwoord-herstellen/${TOKEN}`);

    await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'mijn nieuwe lange wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is ongeldig of verlopen. Vraag een nieuwe link aan.');
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/wachtwoord-vergeten');
  });
});
