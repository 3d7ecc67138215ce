import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { created, ok, stubApi } from '../test/api-stub';
import { community, facilitatorMe, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('my CoPs', () => {
  it('creates a CoP and opens it', async () => {
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/communities': ok([]),
      'POST /api/communities': (request) => created(community('facilitator', { ...(request.body as object), memberCount: 1 })),
      'GET /api/communities/:id': ok(community('facilitator', { name: 'Thuiszitters Utrecht' })),
      'GET /api/communities/:id/members': ok(members('facilitator').slice(0, 1)),
      'GET /api/communities/:id/invitations': ok([]),
    });
    const { user, router } = renderApp('/cops');

    await user.click(await screen.findByRole('button', { name: 'Nieuwe CoP aanmaken' }));
    const name = screen.getByLabelText('Naam van de CoP');
    expect(name).toHaveFocus();

    await user.type(name, 'Th');
    await user.clear(screen.getByLabelText('Bewaartermijn van casussen (dagen)'));
    await user.type(screen.getByLabelText('Bewaartermijn van casussen (dagen)'), '500');
    await user.click(screen.getByRole('button', { name: 'CoP aanmaken' }));
    expect(await screen.findByText('Een naam heeft minstens 3 tekens.')).toBeInTheDocument();
    expect(screen.getByText('Bewaar een casus hoogstens 365 dagen.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/communities')).toHaveLength(0);

    await user.type(name, 'uiszitters Utrecht');
    await user.type(screen.getByLabelText(/Thema’s/), 'thuiszitters, samenwerking school en zorg, ');
    await user.clear(screen.getByLabelText('Bewaartermijn van casussen (dagen)'));
    await user.type(screen.getByLabelText('Bewaartermijn van casussen (dagen)'), '45');
    await user.click(screen.getByRole('button', { name: 'CoP aanmaken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thuiszitters Utrecht' })).toBeInTheDocument();
    expect(screen.getByText('De CoP “Thuiszitters Utrecht” is aangemaakt. Nodig nu je leden uit.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cops/${community('facilitator').id}`);
    expect(api.callsTo('POST /api/communities')[0]?.body).toEqual({
      name: 'Thuiszitters Utrecht',
      description: '',
      themes: ['thuiszitters', 'samenwerking school en zorg'],
      caseRetentionDays: 45,
    });
  });

  it('offers "Nieuwe CoP aanmaken" only to people who may create a CoP', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/communities': ok([community('member')]),
    });
    renderApp('/cops');
    expect(await screen.findByText(/Vraag het de beheerder van het platform/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe CoP aanmaken' })).not.toBeInTheDocument();
  });
});
