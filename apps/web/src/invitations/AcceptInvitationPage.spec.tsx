import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi, unauthenticated } from '../test/api-stub';
import { COP_ID, community, INVITATION_TOKEN, invitationPreview, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';

const newMe = { ...memberMe, id: '55555555-5555-4555-8555-555555555555', email: 'nieuw@wijkteam.nl', name: 'Noor Jansen', background: 'zorg' as const, organisation: 'Wijkteam Oost' };

function copPageRoutes() {
  return {
    'GET /api/communities/:id': ok(community('member', { memberCount: 4 })),
    'GET /api/communities/:id/members': ok(members('member')),
  };
}

describe('accepting an invitation', () => {
  it('lets a new person create an account and join the CoP', async () => {
    const api = stubApi({
      'GET /api/me': unauthenticated(),
      'GET /api/invitations/:token': ok(invitationPreview()),
      'POST /api/invitations/:token/accept': ok({ community: community('member', { memberCount: 4 }), me: newMe }),
      ...copPageRoutes(),
    });
    const { user, router } = renderApp(`/uitnodiging/${INVITATION_TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Je bent uitgenodigd voor “Bindende afspraken”' })).toBeInTheDocument();
    expect(screen.getByText('Je doet mee als lid.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('nieuw@wijkteam.nl');

    // Too short a password is explained in Dutch before anything is sent.
    await user.type(screen.getByLabelText('Naam'), 'Noor Jansen');
    await user.type(screen.getByLabelText('Kies een wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken en lid worden' }));
    expect(await screen.findByText('Een wachtwoord heeft minstens 10 tekens.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Kies een wachtwoord')).toHaveFocus());
    expect(api.callsTo(`POST /api/invitations/${INVITATION_TOKEN}/accept`)).toHaveLength(0);

    await user.clear(screen.getByLabelText('Kies een wachtwoord'));
    await user.type(screen.getByLabelText('Kies een wachtwoord'), 'samen leren van de praktijk');
    await user.selectOptions(screen.getByLabelText(/Achtergrond/), 'Zorg');
    await user.type(screen.getByLabelText(/Organisatie/), 'Wijkteam Oost');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken en lid worden' }));

    expect(await screen.findByText('Welkom bij “Bindende afspraken”! Je bent nu lid.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cops/${COP_ID}`);
    expect(screen.getByText('Ingelogd als Noor Jansen')).toBeInTheDocument();
    const [accept] = api.callsTo(`POST /api/invitations/${INVITATION_TOKEN}/accept`);
    expect(accept?.body).toEqual({
      name: 'Noor Jansen',
      password: 'samen leren van de praktijk',
      background: 'zorg',
      organisation: 'Wijkteam Oost',
    });
    expect(accept?.headers['content-type']).toBe('application/json');
  });

  it('asks someone with an account to log in, then joins with an empty body', async () => {
    const api = stubApi({
      'GET /api/me': unauthenticated(),
      'GET /api/invitations/:token': ok(invitationPreview({ email: memberMe.email, accountExists: true })),
      'POST /api/auth/login': ok(memberMe),
      'POST /api/invitations/:token/accept': ok({ community: community('member'), me: memberMe }),
      ...copPageRoutes(),
    });
    const { user, router } = renderApp(`/uitnodiging/${INVITATION_TOKEN}`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Log in om mee te doen' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mailadres')).toHaveValue(memberMe.email);
    await user.type(screen.getByLabelText('Wachtwoord'), 'mijn bestaande wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/cops/${COP_ID}`));
    expect(api.callsTo(`POST /api/invitations/${INVITATION_TOKEN}/accept`)[0]?.body).toEqual({});
  });

  it('warns when the logged-in account is not the invited one', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/invitations/:token': ok(invitationPreview()),
    });
    renderApp(`/uitnodiging/${INVITATION_TOKEN}`);

    expect(
      await screen.findByText(/Je bent ingelogd als joost@school.nl, maar deze uitnodiging is voor nieuw@wijkteam.nl/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitnodiging accepteren' })).not.toBeInTheDocument();
  });

  it('explains an expired invitation', async () => {
    stubApi({
      'GET /api/me': unauthenticated(),
      'GET /api/invitations/:token': ok(invitationPreview({ status: 'expired' })),
    });
    renderApp(`/uitnodiging/${INVITATION_TOKEN}`);
    expect(await screen.findByText('Deze uitnodiging is verlopen. Vraag de gespreksleider om een nieuwe uitnodiging.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Account aanmaken en lid worden' })).not.toBeInTheDocument();
  });

  it('explains a broken link', async () => {
    stubApi({
      'GET /api/me': unauthenticated(),
      'GET /api/invitations/:token': apiError(404, 'not_found', 'Niet gevonden.'),
    });
    renderApp('/uitnodiging/kapot');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze uitnodigingslink werkt niet.');
  });
});
