import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi, unauthenticated } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, INVITATION_TOKEN, invitationPreview, members, pendingInvitation } from '../test/fixtures';
import { renderApp } from '../test/render';

/**
 * axe-core on the rendered pages. jsdom has no layout, so contrast is checked in the browser
 * end-to-end tests instead; everything else (names, labels, landmarks, ARIA) is checked here.
 */
async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('login page, also with validation errors', async () => {
    stubApi({ 'GET /api/me': unauthenticated() });
    const { user } = renderApp('/inloggen');
    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));
    await screen.findByText('Vul je wachtwoord in.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('CoP page of a facilitator, with a confirmation open', async () => {
    stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/communities/:id/invitations': ok([pendingInvitation]),
    });
    const { user } = renderApp(`/cops/${COP_ID}`);
    await screen.findByText('Sanne Bakker');
    await screen.findByText('pieter@zorg.nl');
    const sanne = screen.getByRole('group', { name: 'Acties voor Sanne Bakker' });
    await user.click(within(sanne).getByRole('button', { name: 'Verwijderen uit de CoP' }));
    expect(await seriousViolations()).toEqual([]);
  });

  it('invitation page for a new person', async () => {
    stubApi({ 'GET /api/me': unauthenticated(), 'GET /api/invitations/:token': ok(invitationPreview()) });
    renderApp(`/uitnodiging/${INVITATION_TOKEN}`);
    await screen.findByRole('button', { name: 'Account aanmaken en lid worden' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('account page with the delete confirmation open', async () => {
    stubApi({ 'GET /api/me': ok(facilitatorMe) });
    const { user } = renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Mijn account verwijderen' }));
    expect(await seriousViolations()).toEqual([]);
  });

  it('my CoPs in English', async () => {
    stubApi({ 'GET /api/me': ok({ ...facilitatorMe, locale: 'en' }), 'GET /api/communities': ok([community('facilitator')]) });
    renderApp('/cops');
    await screen.findByRole('link', { name: 'Bindende afspraken' });
    expect(await seriousViolations()).toEqual([]);
  });
});
