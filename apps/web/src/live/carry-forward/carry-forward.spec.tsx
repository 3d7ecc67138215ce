import axe from 'axe-core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOARD_KEYS, markKey, type AgreementView, type MeView } from '@mao/domain';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/App';
import { routes } from '../../app/routes';
import { agreement } from '../../agreements/test-fixtures';
import { apiError, created, ok, stubApi, type StubRequest } from '../../test/api-stub';
import { facilitatorMe, memberMe } from '../../test/fixtures';
import { addCard, setHidden } from '../board-model';
import { boardDocName, DocOpenerContext, draftDocName, memoryDocOpener } from '../collab';
import { LiveSocketContext } from '../socket';
import { FakeLiveServer, SESSION_ID } from '../test/fake-live';

const presenterMe: MeView = { ...memberMe, id: '33333333-3333-4333-8333-333333333333', name: 'Sanne Bakker', email: 'sanne@gemeente.nl', background: 'gemeente' };
const ROSTER = [
  { userId: facilitatorMe.id, name: facilitatorMe.name, background: 'jeugdhulp' as const },
  { userId: presenterMe.id, name: presenterMe.name, background: 'gemeente' as const },
  { userId: memberMe.id, name: memberMe.name, background: 'onderwijs' as const },
];
const COMMUNITY = 'c0ffee00-0000-4000-8000-000000000000';
const KERNVRAAG = 'Hoe krijgen school en jeugdhulp samen zicht op wat deze leerling nodig heeft?';

function runningServer() {
  const server = new FakeLiveServer(ROSTER, undefined, { facilitatorId: facilitatorMe.id, presenterId: presenterMe.id });
  for (const person of ROSTER) server.apply(person.userId, { type: 'join' });
  server.apply(facilitatorMe.id, { type: 'start' });
  return server;
}

function command(server: FakeLiveServer, body: { type: string } & Record<string, unknown>) {
  const result = server.apply(facilitatorMe.id, body);
  if ('error' in result) throw new Error(result.error.code);
}

function renderLive(me: MeView, server: FakeLiveServer, opener = memoryDocOpener(), api: Parameters<typeof stubApi>[0] = {}) {
  const stub = stubApi({
    'GET /api/me': ok(me),
    'GET /api/sessions/:id': ok({ id: SESSION_ID, startsAt: '2026-01-12T13:00:00.000Z', canReadCase: true, hasCase: true }),
    'GET /api/sessions/:id/case': ok({ title: 'Thuiszitten', context: 'Een leerling van 14 gaat niet naar school.', keyQuestion: KERNVRAAG, tried: '', askOfGroup: 'Wat zien jullie?' }),
    'GET /api/sessions/:id/agreements': ok([]),
    'GET /api/communities/:id/agreements': ok([]),
    ...api,
  });
  const socket = server.socketFor(me.id);
  const router = createMemoryRouter(routes, { initialEntries: [`/sessies/${SESSION_ID}/live`] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders>
      <LiveSocketContext.Provider value={() => socket}>
        <DocOpenerContext.Provider value={opener}>
          <RouterProvider router={router} />
        </DocOpenerContext.Provider>
      </LiveSocketContext.Provider>
    </AppProviders>,
  );
  return { ...view, user, stub };
}

const docOf = (opener: ReturnType<typeof memoryDocOpener>, name: string) => opener(name, { user: { name: 'x', color: '#000' } }).doc;

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('work carries forward between steps (method data takesFrom)', () => {
  it('the silent questions reach the question-round board, where they are sorted warm / lauw / koud; a hidden one stays behind', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'vragen-noteren' });
    const opener = memoryDocOpener();
    const first = addCard(docOf(opener, draftDocName(SESSION_ID, 'vragen-noteren', memberMe.id)), { text: 'Wat heeft de leerling zelf gezegd?', authorId: memberMe.id }, 1);
    addCard(docOf(opener, draftDocName(SESSION_ID, 'vragen-noteren', presenterMe.id)), { text: 'Welke hulp liep er al?', authorId: presenterMe.id }, 2);
    const hidden = addCard(docOf(opener, draftDocName(SESSION_ID, 'vragen-noteren', facilitatorMe.id)), { text: 'Een vraag die de gespreksleider verborg', authorId: facilitatorMe.id }, 3);
    setHidden(docOf(opener, boardDocName(SESSION_ID, 'vragen-noteren')), hidden?.key ?? '', true, { userId: facilitatorMe.id, facilitator: true });
    command(server, { type: 'jumpTo', stepId: 'vragenronde' });

    // The drafts are not revealed yet: the facilitator reveals them from the question round.
    const facilitator = renderLive(facilitatorMe, server, opener);
    expect(await screen.findByText(/De vragen uit de stilte zijn nog niet opengezet/)).toBeInTheDocument();
    await facilitator.user.click(screen.getByRole('button', { name: 'Vragen uit de stilte openzetten' }));
    await waitFor(() => expect(server.state.revealedStepIds).toContain('vragen-noteren'));
    expect(await screen.findByText('Wat heeft de leerling zelf gezegd?')).toBeInTheDocument();
    facilitator.unmount();

    // The inbrenger sorts them (a writer of this step, as the method data says).
    const presenter = renderLive(presenterMe, server, opener);
    const unsorted = await screen.findByRole('region', { name: 'Nog niet ingedeeld' });
    expect(within(unsorted).getByText('Wat heeft de leerling zelf gezegd?')).toBeInTheDocument();
    expect(within(unsorted).getByText('Welke hulp liep er al?')).toBeInTheDocument();
    expect(screen.queryByText('Een vraag die de gespreksleider verborg')).not.toBeInTheDocument();
    expect(screen.getByText(/Uit de stap “Vragen in stilte”/)).toBeInTheDocument();
    const card = within(unsorted).getByText('Wat heeft de leerling zelf gezegd?').closest('li') as HTMLElement;
    await presenter.user.click(within(card).getByRole('button', { name: 'Warm' }));
    const warm = await screen.findByRole('region', { name: 'Warm' });
    expect(within(warm).getByText('Wat heeft de leerling zelf gezegd?')).toBeInTheDocument();
    // Sorted on the question round's own board, for the group; the question stays its author's.
    expect(docOf(opener, boardDocName(SESSION_ID, 'vragenronde')).getMap(BOARD_KEYS.arrangement).get(first?.key ?? '')).toEqual({ temperature: 'warm' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('the kernvraag step starts from the casus kernvraag; a writer takes it into the notes, once', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'kernvraag' });
    const opener = memoryDocOpener();
    const { user } = renderLive(presenterMe, server, opener);
    const carried = await screen.findByRole('region', { name: 'Kernvraag uit de casus' });
    expect(await within(carried).findByText(KERNVRAAG)).toBeInTheDocument();
    await user.click(await within(carried).findByRole('button', { name: 'Overnemen in de aantekeningen' }));
    const notes = docOf(opener, boardDocName(SESSION_ID, 'kernvraag')).getXmlFragment(BOARD_KEYS.richNotes);
    expect(notes.toJSON()).toContain(KERNVRAAG);
    expect(await within(carried).findByText('Staat in de aantekeningen: scherp hem daar samen aan.')).toBeInTheDocument();
    expect(within(carried).queryByRole('button', { name: 'Overnemen in de aantekeningen' })).not.toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('someone who may not write on the kernvraag board sees the kernvraag but cannot take it over', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'kernvraag' });
    renderLive(memberMe, server);
    const carried = await screen.findByRole('region', { name: 'Kernvraag uit de casus' });
    expect(await within(carried).findByText(KERNVRAAG)).toBeInTheDocument();
    expect(within(carried).queryByRole('button', { name: 'Overnemen in de aantekeningen' })).not.toBeInTheDocument();
  });

  it('the inbrenger marks the advice that speaks to them; the others see the marks but cannot set them', async () => {
    const server = runningServer();
    const opener = memoryDocOpener();
    const advice = addCard(docOf(opener, boardDocName(SESSION_ID, 'adviesronde')), { text: 'Plan een gesprek met leerling, ouders en leerplicht samen.', authorId: memberMe.id }, 1);
    addCard(docOf(opener, boardDocName(SESSION_ID, 'adviesronde')), { text: 'Vraag de jeugdarts mee te kijken.', authorId: facilitatorMe.id }, 2);
    command(server, { type: 'jumpTo', stepId: 'reactie' });

    const presenter = renderLive(presenterMe, server, opener);
    const region = await screen.findByRole('region', { name: 'De adviezen' });
    const toggle = await within(region).findByRole('button', { name: 'Spreekt me aan: Plan een gesprek met leerling, ouders en leerplicht samen.' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await presenter.user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getByText('1 advies spreekt de inbrenger aan.')).toBeInTheDocument();
    const marks = docOf(opener, boardDocName(SESSION_ID, 'reactie')).getMap(BOARD_KEYS.marks).toJSON();
    expect(marks).toEqual({ [markKey(presenterMe.id, advice?.key ?? '')]: true });
    expect(await seriousViolations()).toEqual([]);
    presenter.unmount();

    renderLive(memberMe, server, opener);
    const seen = await screen.findByRole('region', { name: 'De adviezen' });
    expect(within(seen).queryByRole('button', { name: /Spreekt me aan/ })).not.toBeInTheDocument();
    const marked = (await within(seen).findByText('Plan een gesprek met leerling, ouders en leerplicht samen.')).closest('li') as HTMLElement;
    expect(within(marked).getByText('Spreekt de inbrenger aan')).toBeInTheDocument();
  });
});

describe('agreements in the live room', () => {
  it('the inbrenger records an agreement in the reaction step; a participant sees it but has no form', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'reactie' });
    const made = agreement({ session: { id: SESSION_ID, title: 'Casusbespreking thuiszitten', date: '2026-11-20' }, owner: { kind: 'member', userId: memberMe.id, name: memberMe.name } });
    let list: AgreementView[] = [];
    const { user, stub } = renderLive(presenterMe, server, memoryDocOpener(), {
      'GET /api/sessions/:id/agreements': () => ok(list),
      'POST /api/sessions/:id/agreements': () => {
        list = [made];
        return created(made);
      },
    });
    const panel = await screen.findByRole('region', { name: 'Afspraken uit deze bijeenkomst' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Lid' }), memberMe.name);
    await user.type(within(panel).getByRole('textbox', { name: /Wat is de afspraak/ }), made.what);
    await user.type(within(panel).getByLabelText(/Klaar op/), '2026-11-27');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Niveau' }), 'Beleid');
    await user.click(within(panel).getByRole('button', { name: 'Afspraak vastleggen' }));
    expect(await within(panel).findByText('De afspraak is vastgelegd.')).toBeInTheDocument();
    expect(stub.calls.find((call: StubRequest) => call.method === 'POST')?.body).toEqual({ stepId: 'reactie', ownerUserId: memberMe.id, what: made.what, dueDate: '2026-11-27', level: 'beleid' });
    expect(within(panel).getByRole('heading', { name: made.what })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('a participant sees an agreement the facilitator records come in (the room re-reads them)', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'adviesronde' });
    let list: AgreementView[] = [];
    renderLive(memberMe, server, memoryDocOpener(), { 'GET /api/sessions/:id/agreements': () => ok(list) });
    const panel = await screen.findByRole('region', { name: 'Afspraken uit deze bijeenkomst' });
    expect(await within(panel).findByText('Nog geen afspraken vastgelegd.')).toBeInTheDocument();
    list = [agreement({ session: { id: SESSION_ID, title: 'Casusbespreking thuiszitten', date: '2026-11-20' }, canUpdate: false })];
    expect(await within(panel).findByRole('heading', { name: agreement().what }, { timeout: 12_000 })).toBeInTheDocument();
  }, 20_000);

  it('a participant has no form in an agreement step', async () => {
    const server = runningServer();
    command(server, { type: 'jumpTo', stepId: 'adviesronde' });
    renderLive(memberMe, server);
    const panel = await screen.findByRole('region', { name: 'Afspraken uit deze bijeenkomst' });
    expect(within(panel).getByText('De gespreksleider en de inbrenger leggen hier afspraken vast.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Afspraak vastleggen' })).not.toBeInTheDocument();
  });

  it('the terugblik shows the CoP’s open agreements of earlier sessions, and the facilitator marks one done there', async () => {
    const server = runningServer(); // step 1 is the terugblik
    const earlier = agreement();
    const ownSession = agreement({ id: 'a1000000-0000-4000-8000-000000000009', what: 'Een afspraak van vandaag', session: { id: SESSION_ID, title: 'Vandaag', date: '2026-11-20' } });
    const { user, stub } = renderLive(facilitatorMe, server, memoryDocOpener(), {
      'GET /api/communities/:id/agreements': ok([earlier, ownSession]),
      'PATCH /api/agreements/:id': (request: StubRequest) => ok({ ...earlier, ...(request.body as object) }),
    });
    const panel = await screen.findByRole('region', { name: 'Open afspraken van de vorige keren' });
    expect(await within(panel).findByRole('heading', { name: earlier.what })).toBeInTheDocument();
    expect(within(panel).queryByText('Een afspraak van vandaag')).not.toBeInTheDocument();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'Gedaan');
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(await within(panel).findByText('De afspraak is bijgewerkt.')).toBeInTheDocument();
    expect(stub.calls.find((call: StubRequest) => call.method === 'PATCH')).toMatchObject({ params: { id: earlier.id }, body: { status: 'gedaan' } });
    expect(stub.calls.find((call: StubRequest) => call.path === `/api/communities/${COMMUNITY}/agreements`)).toBeDefined();
    expect(await seriousViolations()).toEqual([]);
  });

  it('a participant sees the open agreements in the terugblik and who updates them', async () => {
    const server = runningServer();
    renderLive(memberMe, server, memoryDocOpener(), { 'GET /api/communities/:id/agreements': ok([agreement({ canUpdate: false })]) });
    const panel = await screen.findByRole('region', { name: 'Open afspraken van de vorige keren' });
    expect(await within(panel).findByRole('heading', { name: agreement().what })).toBeInTheDocument();
    expect(within(panel).getByText('De gespreksleider en wie de afspraak uitvoert zetten de status bij.')).toBeInTheDocument();
    expect(within(panel).queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
  });

  it('says so when the agreements cannot be loaded', async () => {
    const server = runningServer();
    renderLive(facilitatorMe, server, memoryDocOpener(), { 'GET /api/communities/:id/agreements': apiError(500, 'internal_error', 'Er ging iets mis aan onze kant.') });
    const panel = await screen.findByRole('region', { name: 'Open afspraken van de vorige keren' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Er ging iets mis aan onze kant');
  });
});
