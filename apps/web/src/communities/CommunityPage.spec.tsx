import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, created, noContent, ok, stubApi } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe, members, pendingInvitation } from '../test/fixtures';
import { renderApp } from '../test/render';

function facilitatorApi() {
  return stubApi({
    'GET /api/me': ok(facilitatorMe),
    'GET /api/communities/:id': ok(community('facilitator')),
    'GET /api/communities/:id/members': ok(members('facilitator')),
    'GET /api/communities/:id/invitations': ok([pendingInvitation, { ...pendingInvitation, id: 'old', email: 'oud@x.nl', status: 'accepted' }]),
  });
}

function memberApi() {
  return stubApi({
    'GET /api/me': ok(memberMe),
    'GET /api/communities/:id': ok(community('member')),
    'GET /api/communities/:id/members': ok(members('member')),
  });
}

async function openCop() {
  const view = renderApp(`/cops/${COP_ID}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Bindende afspraken' })).toBeInTheDocument();
  await screen.findByText('Sanne Bakker');
  return view;
}

describe('CoP page', () => {
  it('gives a facilitator the invitations and member management', async () => {
    facilitatorApi();
    await openCop();

    expect(screen.getByRole('region', { name: 'Iemand uitnodigen' })).toBeInTheDocument();
    const invitations = await screen.findByRole('region', { name: 'Openstaande uitnodigingen' });
    expect(await within(invitations).findByText('pieter@zorg.nl')).toBeInTheDocument();
    expect(within(invitations).queryByText('oud@x.nl')).not.toBeInTheDocument();
    expect(within(invitations).getByRole('button', { name: 'Intrekken' })).toBeInTheDocument();
    expect(within(invitations).getByRole('button', { name: 'Opnieuw versturen' })).toBeInTheDocument();

    const sanne = screen.getByRole('group', { name: 'Acties voor Sanne Bakker' });
    expect(within(sanne).getByRole('button', { name: 'Maak gespreksleider' })).toBeInTheDocument();
    expect(within(sanne).getByRole('button', { name: 'Verwijderen uit de CoP' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Acties voor Fatima el Amrani' })).not.toBeInTheDocument();
    expect(screen.getByText('sanne@gemeente.nl')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gegevens wijzigen' })).toBeInTheDocument();
  });

  it('shows a member the members, without management, and a way to leave', async () => {
    const api = memberApi();
    await openCop();

    const membersRegion = screen.getByRole('region', { name: 'Leden' });
    expect(within(membersRegion).getByText('Fatima el Amrani')).toBeInTheDocument();
    expect(within(membersRegion).getByText('Jeugdhulp · Nederlands Jeugdinstituut')).toBeInTheDocument();
    expect(screen.queryByText('sanne@gemeente.nl')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Iemand uitnodigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Openstaande uitnodigingen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Maak gespreksleider|Verwijderen uit de CoP|Intrekken/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gegevens wijzigen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deze CoP verlaten' })).toBeInTheDocument();
    expect(api.callsTo(`GET /api/communities/${COP_ID}/invitations`)).toHaveLength(0);
  });

  it('invites someone and lists the new invitation', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/invitations', (request) =>
      created({ ...pendingInvitation, id: 'new', email: (request.body as { email: string }).email, role: 'facilitator' }),
    );
    const { user } = await openCop();

    const form = screen.getByRole('region', { name: 'Iemand uitnodigen' });
    await user.type(within(form).getByLabelText('E-mailadres'), '  Nieuw@Wijkteam.NL ');
    await user.selectOptions(within(form).getByLabelText('Rol'), 'Gespreksleider');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(form).findByText('Uitnodiging verstuurd naar nieuw@wijkteam.nl.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/communities/${COP_ID}/invitations`)[0]?.body).toEqual({ email: 'nieuw@wijkteam.nl', role: 'facilitator' });
    expect(within(screen.getByRole('region', { name: 'Openstaande uitnodigingen' })).getByText('nieuw@wijkteam.nl')).toBeInTheDocument();
    expect(within(form).getByLabelText('E-mailadres')).toHaveValue('');
  });

  it('explains a refused invitation and a wrong e-mail address', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/invitations', apiError(409, 'already_member', 'Deze persoon is al lid van deze CoP.'));
    const { user } = await openCop();
    const form = screen.getByRole('region', { name: 'Iemand uitnodigen' });

    await user.type(within(form).getByLabelText('E-mailadres'), 'geen-adres');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await within(form).findByText('Vul een geldig e-mailadres in.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('E-mailadres'));
    await user.type(within(form).getByLabelText('E-mailadres'), 'joost@school.nl');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Deze persoon is al lid van deze CoP.');
  });

  it('asks before removing a member, then removes them', async () => {
    const api = facilitatorApi();
    api.on('DELETE /api/communities/:id/members/:userId', noContent());
    const { user } = await openCop();

    const sanne = screen.getByRole('group', { name: 'Acties voor Sanne Bakker' });
    await user.click(within(sanne).getByRole('button', { name: 'Verwijderen uit de CoP' }));
    expect(api.calls.filter((call) => call.method === 'DELETE')).toHaveLength(0);
    expect(screen.getByText(/Weet je zeker dat je Sanne Bakker uit deze CoP wilt verwijderen/)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('Sanne Bakker is uit de CoP verwijderd.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'DELETE')[0]?.params.userId).toBe('33333333-3333-4333-8333-333333333333');
    expect(within(screen.getByRole('region', { name: 'Leden' })).queryByText('Sanne Bakker')).not.toBeInTheDocument();
  });

  it('makes a member facilitator', async () => {
    const api = facilitatorApi();
    api.on('PATCH /api/communities/:id/members/:userId', (request) => {
      const member = members('facilitator').find((m) => m.userId === request.params.userId);
      return ok({ ...member, ...(request.body as object) });
    });
    const { user } = await openCop();

    const joost = screen.getByRole('group', { name: 'Acties voor Joost de Vries' });
    await user.click(within(joost).getByRole('button', { name: 'Maak gespreksleider' }));

    expect(await screen.findByText('Joost de Vries is nu gespreksleider.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({ role: 'facilitator' });
    expect(within(screen.getByRole('group', { name: 'Acties voor Joost de Vries' })).getByRole('button', { name: 'Maak gewoon lid' })).toBeInTheDocument();
  });

  it('lets a member leave, and explains when the last facilitator cannot', async () => {
    const api = memberApi();
    api.on('POST /api/communities/:id/leave', noContent());
    api.on('GET /api/communities', ok([]));
    const { user, router } = await openCop();

    await user.click(screen.getByRole('button', { name: 'Deze CoP verlaten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verlaten' }));

    expect(await screen.findByText('Je hebt “Bindende afspraken” verlaten.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cops');
  });

  it('tells the last facilitator why they cannot leave', async () => {
    const api = facilitatorApi();
    api.on('POST /api/communities/:id/leave', apiError(409, 'last_facilitator', 'Een CoP heeft altijd minstens één gespreksleider nodig.'));
    const { user } = await openCop();

    await user.click(screen.getByRole('button', { name: 'Deze CoP verlaten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verlaten' }));
    const leave = screen.getByRole('region', { name: 'CoP verlaten' });
    expect(await within(leave).findByRole('alert')).toHaveTextContent('Een CoP heeft altijd minstens één gespreksleider nodig.');
  });

  it('says so when the CoP does not exist or is not yours', async () => {
    stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/communities/:id': apiError(404, 'not_found', 'Niet gevonden.'),
      'GET /api/communities/:id/members': apiError(404, 'not_found', 'Niet gevonden.'),
    });
    renderApp(`/cops/${COP_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze CoP bestaat niet, of je bent er geen lid van.' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Terug naar mijn CoP’s' })).toHaveAttribute('href', '/cops'));
  });
});
