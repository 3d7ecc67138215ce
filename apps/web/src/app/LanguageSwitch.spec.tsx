import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../i18n';
import { ok, stubApi, unauthenticated } from '../test/api-stub';
import { community, facilitatorMe } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('language switch', () => {
  it('is Dutch by default', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    renderApp('/inloggen');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    // The title is set by an effect after the page renders (under load a moment after the heading).
    await waitFor(() => expect(document.title).toBe('Inloggen · Met Andere Ogen'));
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches the whole interface to English and remembers the choice', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    const { user } = renderApp('/inloggen');

    await user.click(await screen.findByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.title).toBe('Log in · Met Andere Ogen');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    // Validation messages from the shared Dutch schemas are shown in English too.
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
  });

  it('starts in the language remembered on this device', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    stubApi({ 'GET /api/me': unauthenticated() });
    renderApp('/wachtwoord-vergeten');

    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot password' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('saves the choice in the account of a logged-in person', async () => {
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities': ok([community('facilitator')]),
      'PATCH /api/me': (request) => ok({ ...facilitatorMe, ...(request.body as object) }),
    });
    const { user } = renderApp('/cops');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn CoP’s' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My CoPs' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('PATCH /api/me')).toHaveLength(1));
    expect(api.callsTo('PATCH /api/me')[0]?.body).toEqual({ locale: 'en' });
  });

  it('follows the language saved in the account', async () => {
    stubApi({
      'GET /api/me': ok({ ...facilitatorMe, locale: 'en' }),
      'GET /api/communities': ok([]),
    });
    renderApp('/cops');

    expect(await screen.findByRole('heading', { level: 1, name: 'My CoPs' })).toBeInTheDocument();
    // The provider sets the page's language in an effect after the render that shows the English heading (CI once read "nl").
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
  });
});
