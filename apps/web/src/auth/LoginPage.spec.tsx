import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi, unauthenticated } from '../test/api-stub';
import { community, facilitatorMe } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('login page', () => {
  it('logs in and shows what is waiting for me', async () => {
    const api = stubApi({
      'GET /api/me': unauthenticated(),
      'POST /api/auth/login': ok(facilitatorMe),
      'GET /api/me/home': ok({ since: null, sessions: [], casusToWrite: [], harvestToReview: [], agreementsDue: [], proposalsToVote: [], newLessons: { inMyCops: 0, onPlatform: 0, latest: [] } }),
      'GET /api/me/notifications/count': ok({ unread: 0 }),
    });
    const { user, router } = renderApp('/inloggen');

    await user.type(await screen.findByLabelText('E-mailadres'), 'fatima@nji.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Wat staat er voor mij klaar' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByText('Er staat niets voor je klaar. Goed bezig!')).toBeInTheDocument();
    expect(screen.getByText('Ingelogd als Fatima el Amrani')).toBeInTheDocument();

    const [login] = api.callsTo('POST /api/auth/login');
    expect(login?.body).toEqual({ email: 'fatima@nji.nl', password: 'een lange zin als wachtwoord' });
    expect(login?.headers['content-type']).toBe('application/json');
  });

  it('says so when the e-mail address or password is wrong', async () => {
    stubApi({
      'GET /api/me': unauthenticated(),
      'POST /api/auth/login': apiError(401, 'invalid_credentials', 'E-mailadres of wachtwoord klopt niet.'),
    });
    const { user, router } = renderApp('/inloggen');

    await user.type(await screen.findByLabelText('E-mailadres'), 'fatima@nji.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'verkeerd wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mailadres of wachtwoord klopt niet.');
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('tells how long to wait after too many attempts', async () => {
    stubApi({
      'GET /api/me': unauthenticated(),
      'POST /api/auth/login': apiError(429, 'rate_limited', 'Te veel pogingen.', { 'Retry-After': '600' }),
    });
    const { user } = renderApp('/inloggen');

    await user.type(await screen.findByLabelText('E-mailadres'), 'fatima@nji.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'nog een poging');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Te veel pogingen. Probeer het later opnieuw. Probeer het over 10 minuten opnieuw.',
    );
  });

  it('checks the form before sending and explains each problem in Dutch', async () => {
    const api = stubApi({ 'GET /api/me': unauthenticated() });
    const { user } = renderApp('/inloggen');

    const email = await screen.findByLabelText('E-mailadres');
    await user.type(email, 'fatima-at-nji');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Vul een geldig e-mailadres in.')).toBeInTheDocument();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in.');
    await waitFor(() => expect(email).toHaveFocus());
    expect(api.callsTo('POST /api/auth/login')).toHaveLength(0);
  });

  it('returns to the page that asked for a login', async () => {
    stubApi({
      'GET /api/me': unauthenticated(),
      'POST /api/auth/login': ok(facilitatorMe),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok([]),
      'GET /api/communities/:id/invitations': ok([]),
    });
    const { user, router } = renderApp(`/cops/${community('facilitator').id}`);

    // The guard sent us to the login page and moved focus to its heading, as after any navigation.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.type(screen.getByLabelText('E-mailadres'), 'fatima@nji.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bindende afspraken' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cops/${community('facilitator').id}`);
  });
});
