import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import type { CreateSessionInput, ProposalView } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import { created, ok, stubApi } from '../test/api-stub';
import { COP_ID, community, facilitatorMe, memberMe, members } from '../test/fixtures';
import { renderApp } from '../test/render';
import { proposalDetail, PROPOSAL_ID } from '../home/test-fixtures';
import { asFacilitator, builtInMethods, sanneMe, SESSION_ID } from '../sessions/test-fixtures';

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const summary = (overrides: Partial<ProposalView> = {}): ProposalView => {
  const { comments: _comments, ...view } = proposalDetail('member', overrides);
  return view;
};

describe('agenda proposals', () => {
  it('lists the CoP’s proposals, filters on its themes, and files a new one after the privacy check', async () => {
    const other = summary({ id: '77777777-7777-4777-8777-777777777778', title: 'Samenwerking met de gemeente', kind: 'theme', theme: 'samenwerking', anonymous: true, proposer: null, status: 'scheduled', supportCount: 4 });
    const api = stubApi({
      'GET /api/me': ok(memberMe),
      'GET /api/communities/:id': ok(community('member')),
      'GET /api/communities/:id/proposals': ok([summary(), other]),
      'POST /api/communities/:id/proposals': (request) => created(proposalDetail('proposer', { ...(request.body as object), id: PROPOSAL_ID })),
      'GET /api/proposals/:id': ok(proposalDetail('proposer', { anonymous: true })),
    });
    const { user, router } = renderApp(`/cops/${COP_ID}/voorstellen`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Agendavoorstellen' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Voorstellen' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Een leerling die al weken thuiszit' })).toHaveAttribute('href', `/voorstellen/${PROPOSAL_ID}`);
    expect(items[0]).toHaveTextContent('Casusvraag');
    expect(items[0]).toHaveTextContent('Nieuw');
    expect(items[0]).toHaveTextContent('Voorgesteld door Joost de Vries');
    expect(items[1]).toHaveTextContent('Anoniem voorgesteld');
    expect(items[1]).toHaveTextContent('Ingepland');
    expect(items[1]).toHaveTextContent('4 steunbetuigingen');

    // The CoP's themes are the filters; the choice goes to the api and into the URL.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'thuiszitters');
    await waitFor(() => expect(router.state.location.search).toBe('?thema=thuiszitters'));
    await waitFor(() => expect(fetchedUrls()).toContain(`/api/communities/${COP_ID}/proposals?theme=thuiszitters`));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'new');
    await waitFor(() => expect(fetchedUrls()).toContain(`/api/communities/${COP_ID}/proposals?theme=thuiszitters&status=new`));

    const form = screen.getByRole('region', { name: 'Nieuw voorstel' });
    await user.click(within(form).getByRole('radio', { name: 'Casusvraag' }));
    await user.type(within(form).getByRole('textbox', { name: /^Titel/ }), 'Een leerling die al weken thuiszit');
    await user.type(within(form).getByRole('textbox', { name: /^Toelichting/ }), 'Moeder is bereikbaar op 06-12345678.');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Thema/ }), 'thuiszitters');
    await user.click(within(form).getByRole('checkbox', { name: /Verberg mijn naam voor de andere leden/ }));
    await user.click(within(form).getByRole('button', { name: 'Voorstel indienen' }));
    expect(await within(form).findByText('Je tekst bevat een gegeven dat iemand herkenbaar kan maken. Pas het aan of markeer het als niet herkenbaar.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/communities/${COP_ID}/proposals`)).toHaveLength(0);

    const text = within(form).getByRole('textbox', { name: /^Toelichting/ });
    await user.clear(text);
    await user.type(text, 'Niemand voelt zich eigenaar. Hoe pakken we dat samen op?');
    await user.click(within(form).getByRole('button', { name: 'Voorstel indienen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/voorstellen/${PROPOSAL_ID}`));
    expect(api.callsTo(`POST /api/communities/${COP_ID}/proposals`)[0]?.body).toEqual({
      kind: 'casus',
      title: 'Een leerling die al weken thuiszit',
      text: 'Niemand voelt zich eigenaar. Hoe pakken we dat samen op?',
      theme: 'thuiszitters',
      anonymous: true,
    });
    expect(await screen.findByText('Je voorstel is ingediend.')).toBeInTheDocument();
    expect(screen.getByText(/Voorgesteld door jou \(anoniem voor de andere leden\)/)).toBeInTheDocument();
    expect(screen.getByText('Dit is jouw voorstel.')).toBeInTheDocument();
  });

  it('lets a member support a proposal once and comment on it', async () => {
    const api = stubApi({
      'GET /api/me': ok(sanneMe),
      'GET /api/proposals/:id': ok(proposalDetail('member')),
      'PUT /api/proposals/:id/support': ok(summary({ supportCount: 2, supportedByMe: true })),
      'POST /api/proposals/:id/comments': (request) =>
        created(proposalDetail('member', { supportCount: 2, supportedByMe: true, commentCount: 1, comments: [{ id: 'c1', author: { id: '3', name: 'Sanne Bakker' }, text: (request.body as { text: string }).text, mine: true, createdAt: '2026-11-20T09:00:00.000Z' }] })),
    });
    const { user } = renderApp(`/voorstellen/${PROPOSAL_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Een leerling die al weken thuiszit' })).toBeInTheDocument();
    expect(screen.getByText('1 steunbetuiging · 0 reacties')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Steun dit voorstel' }));
    expect(await screen.findByText('Je steunt dit voorstel.')).toBeInTheDocument();
    expect(screen.getByText('2 steunbetuigingen · 0 reacties')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Steun dit voorstel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Steun intrekken' })).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/proposals/${PROPOSAL_ID}/support`)).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: /^Jouw reactie/ }), 'Herkenbaar, bij ons ook.');
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await screen.findByText('Je reactie is geplaatst.')).toBeInTheDocument();
    const comments = screen.getByRole('list', { name: 'Reacties' });
    expect(comments).toHaveTextContent('jij');
    expect(comments).toHaveTextContent('Herkenbaar, bij ons ook.');
    expect(screen.getByRole('textbox', { name: /^Jouw reactie/ })).toHaveValue('');
    expect(await seriousViolations()).toEqual([]);
  });

  it('lets the facilitator plan a session from a proposal (pre-filled) and then mark it besproken', async () => {
    let status: 'new' | 'scheduled' | 'discussed' = 'new';
    const session = asFacilitator({ title: 'Een leerling die al weken thuiszit' });
    const api = stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/proposals/:id': () => ok(proposalDetail('facilitator', { status, session: status === 'new' ? null : { id: SESSION_ID, title: session.title, startsAt: session.startsAt, status: 'scheduled' } })),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/methods': ok(builtInMethods()),
      'GET /api/communities/:id/methods': ok([]),
      'POST /api/communities/:id/sessions': created(session),
      'GET /api/sessions/:id': ok(session),
      'POST /api/proposals/:id/status': (request) => {
        status = (request.body as { status: typeof status }).status;
        return ok(proposalDetail('facilitator', { status, session: { id: SESSION_ID, title: session.title, startsAt: session.startsAt, status: 'scheduled' } }));
      },
    });
    const { user, router } = renderApp(`/voorstellen/${PROPOSAL_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Een leerling die al weken thuiszit' })).toBeInTheDocument();
    const manage = screen.getByRole('region', { name: 'Voor de gespreksleider' });
    await user.click(within(manage).getByRole('link', { name: 'Plan een sessie met dit voorstel' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst plannen' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?voorstel=${PROPOSAL_ID}`);
    expect(screen.getByText('Ingevuld vanuit het voorstel “Een leerling die al weken thuiszit”. Na het plannen staat het voorstel op ingepland.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Een leerling die al weken thuiszit');
    expect(screen.getByLabelText(/^Notities/)).toHaveValue('Niemand voelt zich eigenaar. Hoe pakken we dat samen op?');
    expect(screen.getByLabelText(/^Inbrenger/)).toHaveValue(memberMe.id);

    await user.type(screen.getByLabelText('Datum'), '2026-12-01');
    await user.type(screen.getByLabelText(/Begintijd/), '15:00');
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst plannen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessies/${SESSION_ID}`));
    const input = api.callsTo(`POST /api/communities/${COP_ID}/sessions`)[0]?.body as CreateSessionInput;
    expect(input).toMatchObject({ title: 'Een leerling die al weken thuiszit', notes: 'Niemand voelt zich eigenaar. Hoe pakken we dat samen op?', presenterId: memberMe.id });
    expect(api.callsTo(`POST /api/proposals/${PROPOSAL_ID}/status`)[0]?.body).toEqual({ status: 'scheduled', sessionId: SESSION_ID });

    // Back on the proposal after the session: mark it besproken.
    expect(await screen.findByText(/De bijeenkomst is gepland/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.state).toBeNull());
    await router.navigate(`/voorstellen/${PROPOSAL_ID}`);
    expect(await screen.findByRole('link', { name: 'Een leerling die al weken thuiszit' })).toHaveAttribute('href', `/sessies/${SESSION_ID}`);
    expect(screen.getByText('Ingepland')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Markeer als besproken' }));
    expect(await screen.findByText('De status is nu: Besproken.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/proposals/${PROPOSAL_ID}/status`)[1]?.body).toEqual({ status: 'discussed' });
  });

  it('does not pre-fill an anonymous proposer as inbrenger, and tells the facilitator to ask first', async () => {
    stubApi({
      'GET /api/me': ok(facilitatorMe),
      'GET /api/proposals/:id': ok(proposalDetail('facilitator', { anonymous: true })),
      'GET /api/communities/:id': ok(community('facilitator')),
      'GET /api/communities/:id/members': ok(members('facilitator')),
      'GET /api/methods': ok(builtInMethods()),
      'GET /api/communities/:id/methods': ok([]),
    });
    renderApp(`/cops/${COP_ID}/sessies/nieuw?voorstel=${PROPOSAL_ID}`);
    expect(await screen.findByText(/Dit voorstel is anoniem ingediend door Joost de Vries/)).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Een leerling die al weken thuiszit');
    expect(screen.getByLabelText(/^Inbrenger/)).toHaveValue('');
  });
});

/** The stub records paths only; the query strings are read back from the stubbed fetch's own calls. */
function fetchedUrls(): string[] {
  const fetchMock = globalThis.fetch as unknown as { mock: { calls: Array<[RequestInfo | URL]> } };
  return fetchMock.mock.calls.map(([input]) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    return `${url.pathname}${url.search}`;
  });
}
