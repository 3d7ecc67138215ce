import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi, unauthenticated } from '../test/api-stub';
import { facilitatorMe } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('routing', () => {
  it('sends a visitor from / to the login page', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('shows a logged-in person what is waiting for them at /', async () => {
    stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/me/home': ok({ since: null, sessions: [], casusToWrite: [], harvestToReview: [], agreementsDue: [], proposalsToVote: [], newLessons: { inMyCops: 0, onPlatform: 0, latest: [] } }),
    });
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat staat er voor mij klaar' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByText('Er staan geen sessies voor je gepland.')).toBeInTheDocument();
  });

  it('protects pages that need a login', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    const { router } = renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('shows a friendly page for an unknown address, with landmarks and a skip link', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    renderApp('/bestaat/niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toHaveAttribute('href', '#main');
  });

  it('logs out and says so', async () => {
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities': ok([]),
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router } = renderApp('/cops');
    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByText('Je bent uitgelogd.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/logout')[0]?.headers['content-type']).toBe('application/json');
  });
});
