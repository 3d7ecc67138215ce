import axe from 'axe-core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOARD_KEYS } from '@mao/domain';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app/App';
import { routes } from '../app/routes';
import { apiError, ok, stubApi } from '../test/api-stub';
import { facilitatorMe, memberMe } from '../test/fixtures';
import { defaultWindows, metAndereOgen } from '@mao/intervisie-method';
import type { MeView } from '@mao/domain';
import * as Y from 'yjs';
import { addCard, notesTextOf } from './board-model';
import { boardDocName, DocOpenerContext, draftDocName, memoryDocOpener } from './collab';
import { LiveSocketContext } from './socket';
import { FakeLiveServer, SESSION_ID } from './test/fake-live';
import { othersReplaceNotes, typeInNotes, writeNotes } from './test/notes';

const presenterMe: MeView = { ...memberMe, id: '33333333-3333-4333-8333-333333333333', name: 'Sanne Bakker', email: 'sanne@gemeente.nl', background: 'gemeente' };
const ROSTER = [
  { userId: facilitatorMe.id, name: facilitatorMe.name, background: 'jeugdhulp' as const },
  { userId: presenterMe.id, name: presenterMe.name, background: 'gemeente' as const },
  { userId: memberMe.id, name: memberMe.name, background: 'onderwijs' as const },
];

function newServer() {
  return new FakeLiveServer(ROSTER, undefined, { facilitatorId: facilitatorMe.id, presenterId: presenterMe.id });
}

/** A server with everyone present and the session started (step 1). */
function runningServer() {
  const server = newServer();
  for (const person of ROSTER) server.apply(person.userId, { type: 'join' });
  server.apply(facilitatorMe.id, { type: 'start' });
  return server;
}

function goTo(server: FakeLiveServer, stepId: string) {
  const result = server.apply(facilitatorMe.id, { type: 'jumpTo', stepId });
  if ('error' in result) throw new Error(result.error.code);
}

function renderLive(me: MeView, server: FakeLiveServer, opener = memoryDocOpener(), api: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /api/me': ok(me),
    'GET /api/sessions/:id': ok({ id: SESSION_ID, startsAt: '2026-01-12T13:00:00.000Z', canReadCase: true, hasCase: false }),
    'GET /api/sessions/:id/case': apiError(404, 'not_found', 'Niet gevonden.'),
    'PATCH /api/me': ok({ ...me, locale: 'en' }),
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
  return { ...view, user, socket, opener };
}

/** An entry's text on the board, also when the privacy guard marks parts of it (then split over several elements). */
const entryText = (text: string) => (_content: string, element: Element | null) => Boolean(element?.matches('.board-card__text, .lesson__text') && element.textContent === text);

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('live session: lobby', () => {
  it('shows who is here and the agenda with clock times; only the facilitator can start', async () => {
    const server = newServer();
    server.apply(presenterMe.id, { type: 'join' });
    renderLive(memberMe, server);
    expect(await screen.findByRole('heading', { name: 'Wachtruimte' })).toBeInTheDocument();
    expect(screen.getByText('2 mensen aanwezig')).toBeInTheDocument();
    expect(screen.getByText('Sanne Bakker (inbrenger)')).toBeInTheDocument();
    expect(screen.getByText('Joost de Vries (jij)')).toBeInTheDocument();
    expect(await screen.findByText('14:00–14:10')).toBeInTheDocument();
    expect(screen.getByText('15:20–15:25')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bijeenkomst starten' })).not.toBeInTheDocument();
    expect(screen.getByText('Wacht tot de gespreksleider de bijeenkomst start.')).toBeInTheDocument();
  });

  it('shows the casus to those who may read it', async () => {
    const server = newServer();
    const { user } = renderLive(memberMe, server, memoryDocOpener(), {
      'GET /api/sessions/:id': ok({ id: SESSION_ID, startsAt: '2026-01-12T13:00:00.000Z', canReadCase: true, hasCase: true }),
      'GET /api/sessions/:id/case': ok({ title: 'Thuiszitter in groep 8', context: 'Een leerling gaat al weken niet naar school.', keyQuestion: 'Wie neemt de regie?', tried: '', askOfGroup: '' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Casus tonen' }));
    expect(screen.getByRole('heading', { name: 'De casus: Thuiszitter in groep 8' })).toBeInTheDocument();
    expect(screen.getByText('Wie neemt de regie?')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Casus verbergen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('does not ask for a casus there is none of', async () => {
    const server = newServer();
    renderLive(memberMe, server);
    await screen.findByText('14:00–14:10');
    expect(screen.queryByRole('button', { name: 'Casus tonen' })).not.toBeInTheDocument();
  });

  it('the facilitator starts, and the room opens at the first step', async () => {
    const server = newServer();
    const { user } = renderLive(facilitatorMe, server);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst starten' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Terugblik op de vorige afspraken' })).toBeInTheDocument();
    expect(screen.getByText('Stap 1 van 10', { selector: '.step-header__position' })).toBeInTheDocument();
    expect(server.commands).toEqual([{ userId: facilitatorMe.id, command: { type: 'start' } }]);
    await waitFor(() => expect(screen.getByTestId('live-announcer')).toHaveTextContent('Stap 1 van 10: Terugblik op de vorige afspraken.'));
  });
});

describe('live session: timekeeper and notetaker', () => {
  it('the facilitator assigns them in the lobby; everyone sees the hats; the timekeeper gets the clock', async () => {
    const server = newServer();
    for (const person of ROSTER) server.apply(person.userId, { type: 'join' });
    const facilitator = renderLive(facilitatorMe, server);
    const helpers = await screen.findByRole('region', { name: 'Tijdbewaker en notulist' });
    // The facilitator and the inbrenger cannot be chosen.
    const timekeeper = within(helpers).getByRole('combobox', { name: 'Tijdbewaker' });
    expect(within(timekeeper).getAllByRole('option').map((option) => option.textContent)).toEqual(['Niemand', memberMe.name]);
    await facilitator.user.selectOptions(timekeeper, memberMe.id);
    await waitFor(() => expect(server.state.timekeeperId).toBe(memberMe.id));
    expect(await screen.findByText(`${memberMe.name} (tijdbewaker)`)).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
    await facilitator.user.click(await screen.findByRole('button', { name: 'Bijeenkomst starten' }));
    await screen.findByRole('heading', { level: 2, name: 'Terugblik op de vorige afspraken' });
    facilitator.unmount();

    const member = renderLive(memberMe, server);
    const clock = await screen.findByRole('region', { name: 'Jij bewaakt de tijd' });
    await member.user.click(within(clock).getByRole('button', { name: 'Pauzeren' }));
    await waitFor(() => expect(server.state.status).toBe('paused'));
    expect(screen.queryByRole('region', { name: 'Bediening gespreksleider' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Deelnemers' })).getByText(/tijdbewaker/)).toBeInTheDocument();
  });
});

describe('live session: room', () => {
  it('gives the facilitator the controls and a participant none', async () => {
    const server = runningServer();
    const facilitator = renderLive(facilitatorMe, server);
    const controls = await screen.findByRole('region', { name: 'Bediening gespreksleider' });
    // Back and next live in the bar at the top of the room, with the clock and the raised hands.
    const bar = screen.getByRole('region', { name: 'Bijeenkomst' });
    expect(within(bar).getByRole('button', { name: /Volgende stap/ })).toBeEnabled();
    expect(within(bar).getByRole('button', { name: /Vorige stap/ })).toBeDisabled();
    expect(within(bar).getByRole('timer')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Geen opgestoken handen' })).toBeInTheDocument();
    expect(within(controls).getByRole('button', { name: 'Bijeenkomst afsluiten' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Adviesronde/ })).toBeInTheDocument(); // jump in the rail
    await facilitator.user.click(within(bar).getByRole('button', { name: /Volgende stap/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Casus inbrengen' })).toBeInTheDocument();
    expect(server.state.currentStepId).toBe('casus');
    facilitator.unmount();

    renderLive(memberMe, server);
    expect(await screen.findByRole('heading', { level: 2, name: 'Casus inbrengen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Bediening gespreksleider' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Volgende stap/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Adviesronde/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Hand opsteken/ })).toBeInTheDocument();
  });

  it('a step in the rail moves the group only after confirming, and marks the steps it passes as skipped', async () => {
    const server = runningServer();
    const facilitator = renderLive(facilitatorMe, server);
    await facilitator.user.click(await screen.findByRole('button', { name: /Adviesronde/ }));
    // Nothing moved yet: the rail asks first, with the question focused (not the confirm button).
    expect(server.state.currentStepId).toBe('terugblik');
    const question = screen.getByText(/Iedereen naar “Adviesronde”\? De 5 stappen ertussen worden als overgeslagen gemarkeerd\./);
    expect(question).toHaveFocus();
    await facilitator.user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(server.state.currentStepId).toBe('terugblik');
    expect(screen.getByRole('button', { name: /Adviesronde/ })).toHaveFocus();

    await facilitator.user.click(screen.getByRole('button', { name: /Adviesronde/ }));
    await facilitator.user.click(screen.getByRole('button', { name: 'Ja, naar Adviesronde' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Adviesronde' })).toBeInTheDocument();
    const rail = screen.getByRole('navigation', { name: 'Stappen van de bijeenkomst' });
    expect(within(rail).getByRole('button', { name: /Kernvraag formuleren.*overgeslagen/ })).toBeInTheDocument();
    expect(within(rail).getByRole('button', { name: /Terugblik op de vorige afspraken.*gedaan/ })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows the casus openly in the steps that work on it, one click away in the others', async () => {
    const server = runningServer();
    renderLive(memberMe, server, memoryDocOpener(), {
      'GET /api/sessions/:id': ok({ id: SESSION_ID, startsAt: '2026-01-12T13:00:00.000Z', canReadCase: true, hasCase: true }),
      'GET /api/sessions/:id/case': ok({ title: 'Thuiszitter in groep 8', context: 'Een leerling gaat al weken niet naar school.', keyQuestion: 'Wie neemt de regie?', tried: '', askOfGroup: 'Wat vraag ik van jullie?' }),
    });
    // Terugblik: closed.
    expect(await screen.findByRole('button', { name: 'Casus tonen' })).toHaveAttribute('aria-expanded', 'false');
    act(() => goTo(server, 'casus'));
    expect(await screen.findByRole('button', { name: 'Casus verbergen' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Wat vraag ik van jullie?')).toBeVisible();
    act(() => goTo(server, 'oogst'));
    expect(await screen.findByRole('button', { name: 'Casus tonen' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('tells everyone what the inbrenger does now', async () => {
    const server = runningServer();
    goTo(server, 'vragen-noteren');
    renderLive(memberMe, server);
    const banner = await screen.findByRole('note', { name: 'Wat doet de inbrenger nu?' });
    expect(banner).toHaveTextContent('De inbrenger luistert alleen');
    goTo(server, 'vragenronde');
    await waitFor(() => expect(screen.getByRole('note', { name: 'Wat doet de inbrenger nu?' })).toHaveTextContent('De inbrenger beantwoordt vragen'));
  });

  it('offers no writing where the method does not allow it, and lets the writer write', async () => {
    const server = runningServer();
    goTo(server, 'casus'); // only the inbrenger writes the notes
    const opener = memoryDocOpener();
    const participant = renderLive(memberMe, server, opener);
    expect(await screen.findByText('Je kunt op dit bord nu niet schrijven.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Gezamenlijke aantekeningen' })).not.toBeInTheDocument();
    participant.unmount();

    const presenter = renderLive(presenterMe, server, opener);
    const notes = await screen.findByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    typeInNotes(notes, 'Een leerling van 14 zit thuis.');
    expect(notesTextOf(opener.docs.get(boardDocName(SESSION_ID, 'casus')) as Y.Doc)).toBe('Een leerling van 14 zit thuis.');
    presenter.unmount();

    renderLive(memberMe, server, opener);
    expect(await screen.findByText('Een leerling van 14 zit thuis.')).toBeInTheDocument();
  });

  it('keeps drafts private until the facilitator reveals them', async () => {
    const server = runningServer();
    goTo(server, 'vragen-noteren'); // silent writing in private drafts
    const opener = memoryDocOpener();
    const participant = renderLive(memberMe, server, opener);
    expect(await screen.findByText('Jouw concept')).toBeInTheDocument();
    await participant.user.type(await screen.findByRole('textbox', { name: 'Nieuwe kaart' }), 'Wat heb je al geprobeerd?');
    await participant.user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(await screen.findByText('Wat heb je al geprobeerd?')).toBeInTheDocument();
    const draft = opener.docs.get(draftDocName(SESSION_ID, 'vragen-noteren', memberMe.id));
    // In the draft, under my own key (layout 2); nothing on the shared board yet.
    expect(Object.keys(draft?.getMap(BOARD_KEYS.cards).toJSON() ?? {})).toEqual([expect.stringMatching(new RegExp(`^${memberMe.id}/`))]);
    expect(opener.docs.get(boardDocName(SESSION_ID, 'vragen-noteren'))?.getMap(BOARD_KEYS.cards).size ?? 0).toBe(0);
    participant.unmount();

    const facilitator = renderLive(facilitatorMe, server, opener);
    expect(await screen.findByText('1 persoon schrijft (van 1)')).toBeInTheDocument();
    expect(screen.queryByText('Wat heb je al geprobeerd?')).not.toBeInTheDocument();
    await facilitator.user.click(screen.getByRole('button', { name: 'Concepten openzetten' }));
    const revealed = (await screen.findByText('Wat heb je al geprobeerd?')).closest('li');
    expect(screen.getByText('De concepten staan open.')).toBeInTheDocument();
    expect(revealed).toHaveTextContent(`Concept van ${memberMe.name}`);
    // A revealed draft's text is frozen: nobody deletes it; the facilitator can still hide it from the group (moderation lives on the shared board).
    expect(screen.queryByRole('button', { name: /Kaart verwijderen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kaart verbergen: Wat heb je al geprobeerd?' })).toBeInTheDocument();
  });

  it('half-typed text survives the reveal: it moves from the draft to the shared board’s form', async () => {
    const server = runningServer();
    goTo(server, 'vragen-noteren');
    const participant = renderLive(memberMe, server);
    await participant.user.type(await screen.findByRole('textbox', { name: 'Nieuwe kaart' }), 'Wat zegt de leerling zelf');
    act(() => {
      server.apply(facilitatorMe.id, { type: 'revealDrafts' });
    });
    await waitFor(() => expect(screen.queryByText('Jouw concept')).not.toBeInTheDocument());
    expect(await screen.findByRole('textbox', { name: 'Nieuwe kaart' })).toHaveValue('Wat zegt de leerling zelf');
  });

  it('adds cards with author and one reaction per person', async () => {
    const server = runningServer();
    goTo(server, 'vragenronde');
    const opener = memoryDocOpener();
    const participant = renderLive(memberMe, server, opener);
    await participant.user.type(await screen.findByRole('textbox', { name: 'Nieuwe kaart' }), 'Wie praat er met het kind?');
    await participant.user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    const card = (await screen.findByText('Wie praat er met het kind?')).closest('li');
    if (!card) throw new Error('no card');
    await participant.user.click(within(card).getByRole('button', { name: /Reageer met eens/ }));
    expect(within(card).getByRole('button', { name: 'Reageer met eens: 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).getByText('door Joost de Vries')).toBeInTheDocument();
    await participant.user.click(within(card).getByRole('button', { name: /Reageer met nieuw inzicht/ }));
    expect(within(card).getByRole('button', { name: 'Reageer met eens: 0' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(card).getByRole('button', { name: 'Reageer met nieuw inzicht: 1' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('the facilitator moderates the current board, also a participants’ step they do not write on', async () => {
    const server = runningServer();
    goTo(server, 'adviesronde'); // participants write; the facilitator may only hide and delete here
    const opener = memoryDocOpener();
    const participant = renderLive(memberMe, server, opener);
    await participant.user.type(await screen.findByRole('textbox', { name: 'Nieuwe kaart' }), 'Hoe heet de school van Jan?');
    await participant.user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    // A name holds the card back with a warning; the writer may add it anyway.
    expect(await screen.findByText(/Kijk nog even: hierin staat Naam “Jan”/)).toBeInTheDocument();
    await participant.user.click(screen.getByRole('button', { name: 'Toch toevoegen' }));
    await screen.findByText(entryText('Hoe heet de school van Jan?'));
    participant.unmount();

    const facilitator = renderLive(facilitatorMe, server, opener);
    expect(await screen.findByText(entryText('Hoe heet de school van Jan?'))).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Nieuwe kaart' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kaart verbergen/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kaart verwijderen/ })).toBeInTheDocument();
    facilitator.unmount();

    goTo(server, 'oogst'); // everyone writes
    const writer = renderLive(memberMe, server, opener);
    await writer.user.type(await screen.findByRole('textbox', { name: 'Geleerde les' }), 'Bel de school van Jan eerst.');
    await writer.user.click(screen.getByRole('button', { name: 'Les toevoegen' }));
    await writer.user.click(await screen.findByRole('button', { name: 'Toch toevoegen' }));
    expect((await screen.findByText(entryText('Bel de school van Jan eerst.'))).closest('li')).toHaveTextContent(`door ${memberMe.name}`);
    writer.unmount();

    const moderator = renderLive(facilitatorMe, server, opener);
    await moderator.user.click(await screen.findByRole('button', { name: 'Les verwijderen: Bel de school van Jan eerst.' }));
    expect(await seriousViolations()).toEqual([]);
    await moderator.user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(screen.queryByText(entryText('Bel de school van Jan eerst.'))).not.toBeInTheDocument();
    expect(opener.docs.get(boardDocName(SESSION_ID, 'oogst'))?.getMap(BOARD_KEYS.lessons).size).toBe(0);
  });

  it('says when the server has not saved the board yet', async () => {
    const server = runningServer();
    const opener = memoryDocOpener({ saved: { [boardDocName(SESSION_ID, 'terugblik')]: false } });
    renderLive(memberMe, server, opener);
    expect(await screen.findByText(/^Verbonden · Niet opgeslagen/)).toBeInTheDocument();
    expect(screen.queryByText(/Alles is opgeslagen/)).not.toBeInTheDocument();
  });

  it('switches the room to English', async () => {
    const server = runningServer();
    goTo(server, 'vragen-noteren');
    const { user } = renderLive(facilitatorMe, server);
    await screen.findByRole('heading', { level: 2, name: 'Vragen in stilte' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Questions in silence' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next step/ })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'What does the presenter do now?' })).toHaveTextContent('The presenter only listens');
  });

  it('shows a lost connection and catches up after reconnecting', async () => {
    const server = runningServer();
    const { socket } = renderLive(memberMe, server);
    await screen.findByRole('heading', { level: 2, name: 'Terugblik op de vorige afspraken' });
    socket.drop();
    expect(await screen.findByText('De verbinding met de bijeenkomst is weg. We proberen opnieuw te verbinden…')).toBeInTheDocument();
    goTo(server, 'kernvraag'); // the group moves on while this browser is away
    expect(screen.getByRole('heading', { level: 2, name: 'Terugblik op de vorige afspraken' })).toBeInTheDocument();
    socket.reconnect();
    expect(await screen.findByRole('heading', { level: 2, name: 'Kernvraag formuleren' })).toBeInTheDocument();
    expect(screen.queryByText(/De verbinding met de bijeenkomst is weg/)).not.toBeInTheDocument();
    expect(socket.emitted.filter((entry) => entry.event === 'join')).toHaveLength(2);
  });

  it('shows why a command was refused', async () => {
    const server = runningServer();
    const { user } = renderLive(memberMe, server);
    await user.click(await screen.findByRole('button', { name: /Ik ben klaar/ }));
    expect(await screen.findByRole('button', { name: /Toch nog niet klaar/ })).toBeInTheDocument();
    // Someone else ends the session meanwhile; the next command is refused with the state machine's text.
    server.state = { ...server.state, readyMarks: [] };
    await user.click(screen.getByRole('button', { name: /Toch nog niet klaar/ }));
    expect(await screen.findByText('Je had je nog niet klaar gemeld.')).toBeInTheDocument();
  });

  it('has no serious accessibility problems in the room (facilitator, cards board)', async () => {
    const server = runningServer();
    goTo(server, 'adviesronde');
    renderLive(facilitatorMe, server);
    await screen.findByRole('heading', { level: 2, name: 'Adviesronde' });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('live session: a step in writing (asynchronous session)', () => {
  /** An asynchronous session opened by the clock at the tests' now (Friday 20 November, 10:00). */
  function asyncServer() {
    const server = newServer();
    server.mode = 'async';
    server.windows = defaultWindows(metAndereOgen, { mode: 'async', startsAt: Date.now(), meetingMinutes: 0 });
    server.apply('clock', { type: 'start' });
    return server;
  }
  const progress = (contributed: boolean) =>
    ok({
      sessionId: SESSION_ID,
      mode: 'async',
      stepId: 'terugblik',
      window: null,
      writers: [
        { userId: facilitatorMe.id, name: facilitatorMe.name, contributed: true },
        { userId: memberMe.id, name: memberMe.name, contributed },
        { userId: presenterMe.id, name: presenterMe.name, contributed: false },
      ],
      contributedCount: contributed ? 2 : 1,
      mine: contributed,
    });

  it('shows when the step closes instead of a countdown, who has contributed, and lets me say I have', async () => {
    const server = asyncServer();
    const { user } = renderLive(memberMe, server, memoryDocOpener(), { 'GET /api/sessions/:id/progress': progress(false) });
    const bar = await screen.findByRole('region', { name: 'Bijeenkomst' });
    expect(within(bar).getByText('Open tot')).toBeInTheDocument();
    expect(within(bar).getByText('za 21 nov 10:00')).toBeInTheDocument();
    expect(within(bar).queryByRole('timer')).toBeNull();
    const panel = screen.getByRole('region', { name: 'Wie heeft al bijgedragen?' });
    expect(await within(panel).findByText('1 van 3 schrijvers hebben bijgedragen')).toBeInTheDocument();
    expect(within(panel).getByText(/Je schrijft in deze stap wanneer het jou uitkomt/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Ik heb bijgedragen' }));
    await waitFor(() => expect(server.commands.at(-1)).toEqual({ userId: memberMe.id, command: { type: 'markReady' } }));
    expect(await within(panel).findByRole('button', { name: 'Toch nog niet klaar' })).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations()).toEqual([]);
  });

  it('gives the facilitator no timer to set in a step that closes with its window', async () => {
    const server = asyncServer();
    renderLive(facilitatorMe, server, memoryDocOpener(), { 'GET /api/sessions/:id/progress': progress(false) });
    expect(await screen.findByText(/De stap sluit vanzelf op za 21 nov 10:00/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Pauzeer|Pauze/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /verleng|Verleng|Extra tijd/i })).toBeNull();
  });
});

describe('live session: end', () => {
  it('the facilitator closes after confirming, and everyone sees the read-only summary', async () => {
    const server = runningServer();
    const opener = memoryDocOpener();
    writeNotes(opener(boardDocName(SESSION_ID, 'terugblik'), { user: { name: 'x', color: '#000' } }).doc, 'Afspraak: school belt ouders.');
    const { user } = renderLive(facilitatorMe, server, opener);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst afsluiten' }));
    await user.click(screen.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }));
    expect(await screen.findByRole('heading', { name: 'Samenvatting' })).toBeInTheDocument();
    expect(screen.getByText('Afspraak: school belt ouders.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'Terug naar de sessiepagina' })) expect(link).toHaveAttribute('href', `/sessies/${SESSION_ID}`);
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('live session: privacy check before closing', () => {
  const seed = (opener: ReturnType<typeof memoryDocOpener>, stepId: string) => opener(boardDocName(SESSION_ID, stepId), { user: { name: 'x', color: '#000' } }).doc;

  it('lists every board’s findings with who wrote them, goes to each, and closes only after the check', async () => {
    const server = runningServer();
    goTo(server, 'vragenronde');
    const opener = memoryDocOpener();
    addCard(seed(opener, 'vragenronde'), { text: 'Hoe gaat het nu met Daan op school?', authorId: memberMe.id });
    addCard(seed(opener, 'vragenronde'), { text: 'Wie is er nu in beeld?', authorId: presenterMe.id });
    writeNotes(seed(opener, 'casus'), 'Daan is 14. Zijn moeder is bereikbaar op 06-12345678.');
    writeNotes(seed(opener, 'terugblik'), 'Afspraak: school belt ouders.');
    const { user } = renderLive(facilitatorMe, server, opener);

    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst afsluiten' }));
    const review = screen.getByRole('region', { name: 'Privacycontrole voor het afsluiten' });
    expect(within(review).getByRole('heading', { level: 2, name: 'Privacycontrole voor het afsluiten' })).toHaveFocus();
    expect(await within(review).findByText('10 borden gecontroleerd. 3 meldingen op 2 borden.')).toHaveAttribute('role', 'status');
    expect(server.commands.some((entry) => entry.command['type'] === 'end')).toBe(false);

    // Per step board: the kind, the text around it, and who wrote it (the roster's name).
    const casus = within(review).getByRole('region', { name: /^2\. Casus inbrengen/ });
    expect(casus).toHaveTextContent('Aantekeningen (samen geschreven)');
    expect(casus).toHaveTextContent('Naam: Daan is 14. Zijn moeder is bereikbaar op …');
    expect(casus).toHaveTextContent('Telefoonnummer: … is 14. Zijn moeder is bereikbaar op 06-12345678.');
    const questions = within(review).getByRole('region', { name: /^4\. Vragenronde/ });
    expect(questions).toHaveTextContent('nu bezig');
    expect(questions).toHaveTextContent(`Kaart van ${memberMe.name}`);
    expect(questions).toHaveTextContent('Naam: Hoe gaat het nu met Daan op school?');
    expect(questions).not.toHaveTextContent('Wie is er nu in beeld?');
    expect(within(review).queryByRole('region', { name: /Terugblik/ })).not.toBeInTheDocument();
    expect(review).toHaveTextContent('Er staan nog 3 meldingen open.');
    expect(await seriousViolations()).toEqual([]);

    // "Ga naar" on the current step: the card gets focus; hiding it shows in the check at once.
    await user.click(within(questions).getByRole('button', { name: `Ga naar: Kaart van ${memberMe.name} in 4. Vragenronde` }));
    const card = screen.getByText(entryText('Hoe gaat het nu met Daan op school?')).closest('li') as HTMLElement;
    await waitFor(() => expect(card).toHaveFocus());
    expect(card).toHaveTextContent('Mogelijk herkenbaar');
    await user.click(within(card).getByRole('button', { name: 'Kaart verbergen: Hoe gaat het nu met Daan op school?' }));
    await waitFor(() => expect(questions).toHaveTextContent('verborgen voor de groep'));
    expect(review).toHaveTextContent('Er staan nog 2 meldingen open.');

    // "Ga naar" on another step moves the group there (only the current board can be moderated).
    await user.click(within(casus).getByRole('button', { name: 'Ga naar: Aantekeningen (samen geschreven) in 2. Casus inbrengen' }));
    expect(server.commands.at(-1)).toEqual({ userId: facilitatorMe.id, command: { type: 'jumpTo', stepId: 'casus' } });
    await screen.findByRole('heading', { level: 2, name: 'Casus inbrengen' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-entry-key')).toBe('notes'));

    // The writer fixes the notes; the check follows.
    othersReplaceNotes(opener.docs.get(boardDocName(SESSION_ID, 'casus')) as Y.Doc, 'Een jongen van 14. Moeder is bereikbaar via school.');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Privacycontrole voor het afsluiten' })).toHaveTextContent('1 melding op 1 bord.'));
    expect(screen.getByRole('region', { name: 'Privacycontrole voor het afsluiten' })).toHaveTextContent('Alle meldingen zijn verborgen voor de groep.');

    // The controls' close button leads back to the check, where closing is confirmed.
    await user.click(screen.getByRole('button', { name: 'Bijeenkomst afsluiten' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Privacycontrole voor het afsluiten' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ja, sluit de bijeenkomst af' }));
    expect(await screen.findByRole('heading', { name: 'Samenvatting' })).toBeInTheDocument();
    expect(server.commands.at(-1)).toEqual({ userId: facilitatorMe.id, command: { type: 'end' } });
  });

  it('says so when the boards hold nothing identifying, and can be left without closing', async () => {
    const server = runningServer();
    const opener = memoryDocOpener();
    writeNotes(seed(opener, 'terugblik'), 'Afspraak: school belt ouders.');
    const { user } = renderLive(facilitatorMe, server, opener);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst afsluiten' }));
    expect(await screen.findByText('10 borden gecontroleerd. Geen herkenbare gegevens gevonden op de borden. Je kunt de bijeenkomst afsluiten.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bijeenkomst afsluiten' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Terug naar de bijeenkomst' }));
    expect(screen.queryByRole('region', { name: 'Privacycontrole voor het afsluiten' })).not.toBeInTheDocument();
    expect(server.commands.some((entry) => entry.command['type'] === 'end')).toBe(false);
  });

  it('lists the cards of revealed drafts with their writers', async () => {
    const server = runningServer();
    goTo(server, 'andere-ogen');
    server.apply(facilitatorMe.id, { type: 'revealDrafts' });
    const opener = memoryDocOpener();
    addCard(opener(draftDocName(SESSION_ID, 'andere-ogen', memberMe.id), { user: { name: 'x', color: '#000' } }).doc, { text: 'Vanuit school: Daan mist veel lessen', authorId: memberMe.id, column: 'onderwijs' });
    const { user } = renderLive(facilitatorMe, server, opener);
    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst afsluiten' }));
    const step = await screen.findByRole('region', { name: /^6\. / });
    expect(step).toHaveTextContent(`Kaart uit een concept van ${memberMe.name}`);
    expect(step).toHaveTextContent('Naam: Vanuit school: Daan mist veel lessen');
  });
});

describe('live session: refused', () => {
  it('explains a refused join', async () => {
    const server = newServer();
    server.joinError = { code: 'not_participant', message: 'Je bent geen deelnemer van deze bijeenkomst. Meld je eerst aan.' };
    renderLive(memberMe, server);
    expect(await screen.findByRole('heading', { name: 'Je kunt deze bijeenkomst nu niet openen' })).toBeInTheDocument();
    expect(screen.getByText('Je doet niet mee aan deze bijeenkomst. Meld je aan op de sessiepagina om mee te doen.')).toBeInTheDocument();
  });

  it('closes the room when the server says access ended (removed from the CoP, an RSVP "no")', async () => {
    const server = runningServer();
    renderLive(memberMe, server);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    const [socket] = [...server.sockets];
    act(() => socket?.deliver('access_ended', { sessionId: SESSION_ID, code: 'access_ended' }));
    expect(await screen.findByRole('heading', { name: 'Je kunt deze bijeenkomst nu niet openen' })).toBeInTheDocument();
    expect(screen.getByText(/Je hebt geen toegang meer tot deze bijeenkomst/)).toBeInTheDocument();
  });
});
