import axe from 'axe-core';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOARD_KEYS } from '@mao/domain';
import { createSessionState, metAndereOgen, reduce } from '@mao/intervisie-method';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { I18nProvider } from '../../i18n';
import { addCard, addLesson, notesTextOf, readCards, readLessons, readVotes, setHidden, toggleReaction } from '../board-model';
import { RoomContext, type Room } from '../room';
import { notesEditor, othersWriteParagraph, typeInNotes } from '../test/notes';
import type { LiveView } from '../types';
import { CardsBoard, ColumnBoard } from './CardBoards';
import { DocStatusLine } from './DocStatusLine';
import { HarvestBoard } from './HarvestBoard';
import { NotesBoard } from './NotesBoard';
import { PollBoard } from './PollBoard';

function room(meId = 'sanne', atStep?: string): Room {
  const created = createSessionState(metAndereOgen, { facilitatorId: 'fien', presenterId: 'sanne' });
  if (!created.ok) throw new Error(created.error);
  let state = created.state;
  if (atStep) {
    for (const command of [{ type: 'start' }, { type: 'jumpTo', stepId: atStep }]) {
      const result = reduce(state, command, { method: metAndereOgen, actorId: 'fien', now: 1 });
      if (!result.ok) throw new Error(result.error);
      state = result.state;
    }
  }
  const view: LiveView = {
    session: { id: 's', communityId: 'c', title: 'Casus', status: 'live' },
    method: metAndereOgen,
    state,
    roster: [
      { userId: 'fien', name: 'Fien', background: 'jeugdhulp' },
      { userId: 'sanne', name: 'Sanne', background: 'gemeente' },
      { userId: 'joost', name: 'Joost', background: 'onderwijs' },
    ],
    me: { userId: meId },
    serverNow: 0,
  };
  return { sessionId: 's', view, meId, meName: view.roster.find((entry) => entry.userId === meId)?.name ?? '', awarenessUser: { name: 'x', color: '#000' }, offsetMs: 0, run: async () => true };
}

/** An entry's text on the board, also when the privacy guard marks parts of it (then split over several elements). */
const entryText = (text: string) => (_content: string, element: Element | null) => Boolean(element?.matches('.board-card__text, .lesson__text') && element.textContent === text);

async function seriousViolations(): Promise<string[]> {
  // A board alone has no page title: that rule belongs to the page tests.
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false }, 'document-title': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function renderBoard(node: ReactNode, meId?: string, atStep?: string) {
  const user = userEvent.setup();
  render(
    <I18nProvider initialLocale="nl">
      <RoomContext.Provider value={room(meId, atStep)}>{node}</RoomContext.Provider>
    </I18nProvider>,
  );
  return user;
}

describe('triage board', () => {
  it('lets the writer sort each card warm / lauw / koud with buttons (no dragging needed)', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Wie praat er met het kind?', authorId: 'joost' });
    const user = renderBoard(<ColumnBoard shape="triage" doc={doc} writable level={3} />);
    const unsorted = screen.getByRole('region', { name: 'Nog niet ingedeeld' });
    const card = within(unsorted).getByText('Wie praat er met het kind?').closest('li');
    if (!card) throw new Error('no card');
    await user.click(within(card).getByRole('button', { name: 'Warm' }));
    expect(readCards(doc)[0]?.temperature).toBe('warm');
    // The group's sorting lives in the arrangement; Joost's card itself is untouched.
    const key = readCards(doc)[0]?.key ?? '';
    expect(doc.getMap(BOARD_KEYS.arrangement).toJSON()).toEqual({ [key]: { temperature: 'warm' } });
    expect(doc.getMap(BOARD_KEYS.cards).get(key)).toBeInstanceOf(Y.Map);
    expect((doc.getMap(BOARD_KEYS.cards).get(key) as Y.Map<unknown>).has('temperature')).toBe(false);
    const warm = screen.getByRole('region', { name: 'Warm' });
    expect(within(warm).getByText('Wie praat er met het kind?')).toBeInTheDocument();
    expect(within(warm).getByRole('button', { name: 'Warm' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Nog niet ingedeeld' })).not.toBeInTheDocument();
    await user.click(within(warm).getByRole('button', { name: 'Koud' }));
    const cold = screen.getByRole('region', { name: 'Koud' });
    expect(within(cold).getByText('Wie praat er met het kind?')).toBeInTheDocument();
    // Choosing the same temperature again takes the card back to "not sorted yet".
    await user.click(within(cold).getByRole('button', { name: 'Koud' }));
    expect(within(screen.getByRole('region', { name: 'Nog niet ingedeeld' })).getByText('Wie praat er met het kind?')).toBeInTheDocument();
    expect(doc.getMap(BOARD_KEYS.arrangement).size).toBe(0);
  });

  it('offers nothing to write or move when writing is not allowed', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Wie praat er met het kind?', authorId: 'joost', temperature: 'lauw' });
    renderBoard(<ColumnBoard shape="triage" doc={doc} writable={false} level={3} />, 'joost');
    expect(within(screen.getByRole('region', { name: 'Lauw' })).getByText('Wie praat er met het kind?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Warm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kaart verwijderen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reageer met/ })).not.toBeInTheDocument();
  });
});

describe('perspectives board', () => {
  it('has one column per perspective, highlights mine and adds my card there by default', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<ColumnBoard shape="perspectives" doc={doc} writable level={3} myPerspective="ouder" />, 'joost');
    for (const label of ['Onderwijs', 'Zorg', 'Jeugdhulp', 'Gemeente', 'Ouder', 'Kind']) expect(screen.getByRole('region', { name: label })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Ouder' })).getByText('mijn perspectief')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kolom' })).toHaveValue('ouder');
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe kaart' }), 'Niemand vraagt wat wij als ouders al doen.');
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc)[0]).toMatchObject({ column: 'ouder', authorId: 'joost' });
    expect(Object.keys(doc.getMap(BOARD_KEYS.cards).toJSON())).toEqual([expect.stringMatching(/^joost\//)]);
    expect(within(screen.getByRole('region', { name: 'Ouder' })).getByText('Niemand vraagt wat wij als ouders al doen.')).toBeInTheDocument();
  });
});

describe('two columns board', () => {
  it('uses the convention’s column ids own and context', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<ColumnBoard shape="twoColumns" doc={doc} writable level={3} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kolom' }), 'Omgeving en steun');
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe kaart' }), 'De leerplichtambtenaar dacht mee.');
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc)[0]?.column).toBe('context');
    const card = within(screen.getByRole('region', { name: 'Omgeving en steun' })).getByText('De leerplichtambtenaar dacht mee.').closest('li');
    if (!card) throw new Error('no card');
    await user.click(within(card).getByRole('button', { name: 'Eigen handelen' }));
    expect(readCards(doc)[0]?.column).toBe('own');
    const own = within(screen.getByRole('region', { name: 'Eigen handelen' })).getByText('De leerplichtambtenaar dacht mee.').closest('li');
    if (!own) throw new Error('no card');
    // The current column is not a toggle: pressing it again leaves the card where it is.
    await user.click(within(own).getByRole('button', { name: 'Eigen handelen' }));
    expect(readCards(doc)[0]?.column).toBe('own');
  });
});

describe('cards board: adding, grouping and dot voting', () => {
  it('Enter adds a card, Shift+Enter starts a new line in it', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />, 'joost');
    const field = screen.getByRole('textbox', { name: 'Nieuwe kaart' });
    await user.type(field, 'Eerste regel{Shift>}{Enter}{/Shift}tweede regel');
    expect(readCards(doc)).toEqual([]);
    await user.type(field, '{Enter}');
    expect(readCards(doc).map((card) => card.text)).toEqual(['Eerste regel\ntweede regel']);
    expect(field).toHaveValue('');
  });

  it('on the shared board: groups with names, three dots per person, and the summary shows most dots first', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Eén aanspreekpunt per school.', authorId: 'sanne' }, 1);
    addCard(doc, { text: 'Ouders eerder betrekken.', authorId: 'fien' }, 2);
    addCard(doc, { text: 'Samen een plan schrijven.', authorId: 'sanne' }, 3);
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} shared />, 'joost');
    expect(screen.getByText(/je hebt er nog 3 van 3/)).toHaveAttribute('role', 'status');
    const card = (text: string) => screen.getByText(entryText(text)).closest('li') as HTMLElement;

    // Three dots: two on one card, one on another; then none left.
    await user.click(within(card('Ouders eerder betrekken.')).getByRole('button', { name: 'Stip geven aan: Ouders eerder betrekken.' }));
    await user.click(within(card('Ouders eerder betrekken.')).getByRole('button', { name: 'Stip geven aan: Ouders eerder betrekken.' }));
    await user.click(within(card('Samen een plan schrijven.')).getByRole('button', { name: 'Stip geven aan: Samen een plan schrijven.' }));
    expect(within(card('Ouders eerder betrekken.')).getByText(/2 stippen/)).toBeInTheDocument();
    expect(within(card('Eén aanspreekpunt per school.')).getByRole('button', { name: /Stip geven aan/ })).toBeDisabled();
    expect(doc.getMap(BOARD_KEYS.dots).toJSON()).toEqual({ [`joost/${readCards(doc)[1]?.key}`]: 2, [`joost/${readCards(doc)[2]?.key}`]: 1 });
    // One back, then it can go elsewhere.
    await user.click(within(card('Samen een plan schrijven.')).getByRole('button', { name: 'Stip terugnemen van: Samen een plan schrijven.' }));
    expect(screen.getByText(/je hebt er nog 1 van 3/)).toBeInTheDocument();

    // A new group named on one card, then chosen for another: the board shows it as a section.
    await user.selectOptions(within(card('Eén aanspreekpunt per school.')).getByRole('combobox', { name: 'Groep' }), 'Nieuwe groep…');
    const name = screen.getByRole('textbox', { name: 'Naam van de nieuwe groep' });
    expect(name).toHaveFocus();
    // A name that identifies someone is refused (everyone sees group names).
    await user.type(name, 'Bel 06-12345678');
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    expect(screen.getByText('Iedereen ziet de naam van een groep: laat namen, nummers en adressen weg.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Samenwerking school');
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    await user.selectOptions(within(card('Samen een plan schrijven.')).getByRole('combobox', { name: 'Groep' }), 'Samenwerking school');
    const group = screen.getByRole('region', { name: 'Groep: Samenwerking school' });
    expect(within(group).getAllByRole('listitem').map((item) => item.querySelector('.board-card__text')?.textContent)).toEqual(['Eén aanspreekpunt per school.', 'Samen een plan schrijven.']);
    expect(within(screen.getByRole('region', { name: 'Zonder groep' })).getByText(entryText('Ouders eerder betrekken.'))).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
    cleanup();

    // Read-only (the summary): the same groups, most dots first within each.
    addCard(doc, { text: 'Ook de huisarts vragen.', authorId: 'fien' }, 4);
    const fourth = readCards(doc)[3]?.key ?? '';
    doc.getMap(BOARD_KEYS.dots).set(`fien/${fourth}`, 3);
    doc.getMap(BOARD_KEYS.arrangement).set(fourth, { group: 'Samenwerking school' });
    renderBoard(<CardsBoard doc={doc} writable={false} level={3} shared />, 'sanne');
    const summaryGroup = screen.getByRole('region', { name: 'Groep: Samenwerking school' });
    expect(within(summaryGroup).getAllByRole('listitem').map((item) => item.querySelector('.board-card__text')?.textContent)).toEqual(['Ook de huisarts vragen.', 'Eén aanspreekpunt per school.', 'Samen een plan schrijven.']);
    expect(within(summaryGroup).getByText(/3 stippen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Stip geven/ })).not.toBeInTheDocument();
  });
});

describe('cards board: the inbrenger answers in writing', () => {
  it('in the question round the inbrenger writes an answer under a question; everyone reads it, only she answers', async () => {
    const doc = new Y.Doc();
    const key = addCard(doc, { text: 'Wat heeft de school al geprobeerd?', authorId: 'joost' })?.key;
    const user = renderBoard(<CardsBoard doc={doc} writable level={4} />, 'sanne', 'vragenronde');
    await user.click(screen.getByRole('button', { name: 'Beantwoorden: Wat heeft de school al geprobeerd?' }));
    await user.type(screen.getByRole('textbox', { name: 'Jouw antwoord' }), 'Twee gesprekken met de mentor en een verwijzing naar het wijkteam.');
    await user.click(screen.getByRole('button', { name: 'Antwoord opslaan' }));
    const answers = await screen.findByRole('list', { name: 'Antwoorden op: Wat heeft de school al geprobeerd?' });
    expect(within(answers).getByText(/Twee gesprekken met de mentor/)).toBeInTheDocument();
    expect(within(answers).getByText('Antwoord van Sanne:')).toBeInTheDocument();
    // Stored under her own id, as the server's authorship rule demands.
    expect(doc.getMap(BOARD_KEYS.answers).toJSON()).toEqual({ [`sanne/${key}`]: { text: 'Twee gesprekken met de mentor en een verwijzing naar het wijkteam.', createdAt: expect.any(Number) } });
    expect(screen.getByRole('button', { name: 'Beantwoorden: Wat heeft de school al geprobeerd?' })).toHaveTextContent('Antwoord wijzigen');
    expect(await seriousViolations()).toEqual([]);
    cleanup();
    renderBoard(<CardsBoard doc={doc} writable level={4} />, 'joost', 'vragenronde');
    expect(screen.getByText(/Twee gesprekken met de mentor/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Beantwoorden/ })).toBeNull();
  });

  it('offers no answering in a step where the inbrenger does not answer', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Bel de leerplichtambtenaar.', authorId: 'joost' });
    renderBoard(<CardsBoard doc={doc} writable level={4} />, 'sanne', 'adviesronde');
    expect(screen.queryByRole('button', { name: /^Beantwoorden/ })).toBeNull();
  });
});

describe('cards board: names and moderation', () => {
  it('shows the roster’s name for each card, never a name written into the document', async () => {
    const doc = new Y.Doc();
    // A raw client once wrote a name of its own choosing into the card; it is not shown.
    const forged = new Y.Map<unknown>();
    forged.set('text', 'Ik ben Fien, echt waar.');
    forged.set('createdAt', 2);
    forged.set('authorName', 'Fien');
    doc.getMap(BOARD_KEYS.cards).set('joost/forged', forged);
    addCard(doc, { text: 'Van iemand die niet meer meedoet.', authorId: 'weg' }, 3);
    renderBoard(<CardsBoard doc={doc} writable={false} level={3} />, 'sanne');
    expect(screen.getByText('Ik ben Fien, echt waar.').closest('li')).toHaveTextContent('door Joost');
    expect(screen.queryByText('door Fien')).not.toBeInTheDocument();
    expect(screen.getByText('Van iemand die niet meer meedoet.').closest('li')).toHaveTextContent('door Deelnemer');
  });

  it('offers delete on my own cards only, and reactions under my own key', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Van Joost', authorId: 'joost' }, 1);
    addCard(doc, { text: 'Van Sanne', authorId: 'sanne' }, 2);
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />, 'sanne');
    expect(screen.queryByRole('button', { name: 'Kaart verwijderen: Van Joost' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kaart verbergen/ })).not.toBeInTheDocument();
    const joosts = screen.getByText('Van Joost').closest('li');
    if (!joosts) throw new Error('no card');
    await user.click(within(joosts).getByRole('button', { name: 'Reageer met mooi: 0' }));
    expect(Object.keys(doc.getMap(BOARD_KEYS.reactions).toJSON())).toEqual([`sanne/${readCards(doc)[0]?.key}`]);
    await user.click(screen.getByRole('button', { name: 'Kaart verwijderen: Van Sanne' }));
    expect(readCards(doc).map((card) => card.text)).toEqual(['Van Joost']);
  });

  it('lets the facilitator hide a card: marked for its author and the facilitator, gone for everyone else', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Jan (14) van De Regenboog', authorId: 'joost' }, 1);
    const facilitator = renderBoard(<CardsBoard doc={doc} writable level={3} moderate />, 'fien');
    await facilitator.click(screen.getByRole('button', { name: 'Kaart verbergen: Jan (14) van De Regenboog' }));
    expect(readCards(doc)[0]?.hidden).toBe(true);
    expect(doc.getMap(BOARD_KEYS.moderation).toJSON()).toEqual({ [readCards(doc)[0]?.key ?? '']: { hidden: true } });
    expect(screen.getByText(entryText('Jan (14) van De Regenboog')).closest('li')).toHaveTextContent('verborgen door de gespreksleider');
    expect(screen.getByRole('button', { name: 'Kaart weer tonen: Jan (14) van De Regenboog' })).toBeInTheDocument();
    cleanup();

    renderBoard(<CardsBoard doc={doc} writable level={3} />, 'joost');
    expect(screen.getByText(entryText('Jan (14) van De Regenboog')).closest('li')).toHaveTextContent('verborgen door de gespreksleider');
    expect(screen.getByRole('button', { name: 'Kaart verwijderen: Jan (14) van De Regenboog' })).toBeInTheDocument();
    cleanup();

    renderBoard(<CardsBoard doc={doc} writable level={3} />, 'sanne');
    expect(screen.queryByText(entryText('Jan (14) van De Regenboog'))).not.toBeInTheDocument();
    expect(screen.getByText('Nog geen kaarten.')).toBeInTheDocument();
    cleanup();

    const again = renderBoard(<CardsBoard doc={doc} writable level={3} moderate />, 'fien');
    await again.click(screen.getByRole('button', { name: 'Kaart weer tonen: Jan (14) van De Regenboog' }));
    expect(readCards(doc)[0]?.hidden).toBe(false);
    expect(screen.queryByText('verborgen door de gespreksleider')).not.toBeInTheDocument();
  });

  it('lets the facilitator delete someone else’s card after asking in place', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Dit hoort hier niet', authorId: 'joost' }, 1);
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} moderate />, 'fien');
    await user.click(screen.getByRole('button', { name: 'Kaart verwijderen: Dit hoort hier niet' }));
    const question = screen.getByText(/Deze bijdrage van Joost voor iedereen verwijderen\?/);
    expect(question).toHaveFocus();
    expect(readCards(doc)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(readCards(doc)).toEqual([]);
  });

  it('offers the facilitator no moderation where it is not asked for (their own draft)', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Kaart van Joost', authorId: 'joost' }, 1);
    renderBoard(<CardsBoard doc={doc} writable level={3} />, 'fien');
    expect(screen.queryByRole('button', { name: /Kaart verbergen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kaart verwijderen/ })).not.toBeInTheDocument();
  });

  it('shows revealed drafts’ cards with the board’s reactions and hiding; they can be reacted to but not deleted', async () => {
    const board = new Y.Doc();
    const draft = new Y.Doc();
    const card = addCard(draft, { text: 'Uit het concept van Joost', authorId: 'joost' }, 1);
    const hiddenCard = addCard(draft, { text: 'Verborgen uit het concept', authorId: 'joost' }, 2);
    if (!card || !hiddenCard) throw new Error('no card');
    toggleReaction(board, card.key, 'fien', '💡');
    setHidden(board, hiddenCard.key, true, { userId: 'fien', facilitator: true });
    const user = renderBoard(<CardsBoard doc={board} draftDocs={[draft]} writable level={3} />, 'sanne');
    const item = screen.getByText('Uit het concept van Joost').closest('li');
    if (!item) throw new Error('no card');
    expect(item).toHaveTextContent('Concept van Joost');
    expect(screen.queryByText('Verborgen uit het concept')).not.toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Kaart verwijderen/ })).not.toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Reageer met eens: 0' }));
    expect(board.getMap(BOARD_KEYS.reactions).toJSON()).toEqual({ [`fien/${card.key}`]: '💡', [`sanne/${card.key}`]: '👍' });
    // The draft itself is frozen: nothing was written there.
    expect(draft.getMap(BOARD_KEYS.reactions).size).toBe(0);
  });
});

describe('harvest board: moderation', () => {
  it('the facilitator may delete someone else’s lesson after asking; others only their own', async () => {
    const doc = new Y.Doc();
    addLesson(doc, { text: 'Les van Joost', authorId: 'joost', elementIds: [], indicatorIds: [], themes: [] }, 1);
    renderBoard(<HarvestBoard doc={doc} writable level={3} />, 'sanne');
    expect(screen.getByText('Les van Joost').closest('li')).toHaveTextContent('door Joost');
    expect(screen.queryByRole('button', { name: /Les verwijderen/ })).not.toBeInTheDocument();
    cleanup();
    const user = renderBoard(<HarvestBoard doc={doc} writable level={3} moderate />, 'fien');
    await user.click(screen.getByRole('button', { name: 'Les verwijderen: Les van Joost' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(readLessons(doc)).toEqual([]);
  });
});

describe('document status', () => {
  const online = { connection: 'online', synced: true, unsynced: false, refusal: null, saved: true } as const;

  it.each<[string, Parameters<typeof DocStatusLine>[0]['status'], RegExp]>([
    ['saved', online, /^Verbonden · Alles is opgeslagen$/],
    ['not saved while the database is away', { ...online, saved: false }, /^Verbonden · Niet opgeslagen: de opslag is even niet bereikbaar/],
    ['not saved and reconnecting after storage_unavailable', { ...online, connection: 'offline', saved: false }, /^Niet opgeslagen, we proberen het opnieuw/],
    ['offline', { ...online, connection: 'offline' }, /^Geen verbinding/],
    ['local edits not sent', { ...online, connection: 'offline', unsynced: true }, /^Niet opgeslagen wijzigingen/],
    ['an edit the server did not keep (the board had closed)', { ...online, notKept: true }, /^Je laatste wijziging is niet opgeslagen: dit bord was al gesloten/],
    ['an unreadable update', { ...online, connection: 'refused', refusal: 'invalid_update' }, /^Je laatste wijziging kon niet worden gelezen en is niet opgeslagen/],
    ['someone else’s contribution', { ...online, connection: 'refused', refusal: 'forbidden_change' }, /^Je kunt alleen je eigen bijdragen wijzigen/],
    ['too large', { ...online, connection: 'refused', refusal: 'update_too_large' }, /^Je wijziging is te groot/],
    ['too many windows', { ...online, connection: 'refused', refusal: 'too_many_connections' }, /te veel vensters/],
    ['access ended', { ...online, connection: 'refused', refusal: 'access_ended' }, /^Je hebt geen toegang meer tot dit bord/],
    ['an unknown reason', { ...online, connection: 'refused', refusal: 'iets_nieuws' }, /^Dit bord kan niet worden geopend/],
  ])('%s', (_what, status, text) => {
    renderBoard(<DocStatusLine status={status} />);
    const line = status.connection === 'refused' ? screen.getByRole('alert') : screen.getByRole('status');
    expect(line.textContent).toMatch(text);
  });

  it('offers a reload where a reload helps, and says it in English too', () => {
    render(
      <I18nProvider initialLocale="en">
        <DocStatusLine status={{ ...online, connection: 'refused', refusal: 'forbidden_change' }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('You can only change your own contributions.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    cleanup();
    renderBoard(<DocStatusLine status={{ ...online, connection: 'refused', refusal: 'access_ended' }} />);
    expect(screen.queryByRole('button', { name: 'Pagina opnieuw laden' })).not.toBeInTheDocument();
  });
});

describe('notes board', () => {
  it('writes into the shared rich notes and shows others’ edits, with formatting', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<NotesBoard doc={doc} writable />);
    const notes = screen.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    typeInNotes(notes, 'Afspraak');
    expect(notesTextOf(doc)).toBe('Afspraak');
    // Someone else writes a paragraph in front of it: both stay.
    othersWriteParagraph(doc, 'Nieuw punt', 0);
    await waitFor(() => expect(notes).toHaveTextContent('Nieuw puntAfspraak'));
    expect(notesTextOf(doc)).toBe('Nieuw punt\nAfspraak');
    // Formatting from the toolbar: the button says its state.
    const bold = screen.getByRole('button', { name: 'Vet' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    act(() => {
      notesEditor(notes).commands.selectAll();
    });
    await user.click(bold);
    expect(notes.querySelectorAll('strong')).toHaveLength(2);
    await waitFor(() => expect(bold).toHaveAttribute('aria-pressed', 'true'));
    await user.click(screen.getByRole('button', { name: 'Opsomming' }));
    expect(notes.querySelectorAll('ul li')).toHaveLength(2);
    expect(notesTextOf(doc)).toBe('Nieuw punt\nAfspraak');
  });

  it('is read-only when writing is not allowed, and shows an older board’s plain notes', () => {
    const doc = new Y.Doc();
    othersWriteParagraph(doc, 'Alleen de inbrenger schrijft hier.');
    doc.getText(BOARD_KEYS.notes).insert(0, 'Notities van voor de opmaak.');
    renderBoard(<NotesBoard doc={doc} writable={false} />);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const notes = screen.getByRole('group', { name: 'Gezamenlijke aantekeningen' });
    expect(notes).toHaveAttribute('contenteditable', 'false');
    expect(notes).toHaveTextContent('Alleen de inbrenger schrijft hier.');
    expect(screen.queryByRole('group', { name: 'Opmaak van de aantekeningen' })).not.toBeInTheDocument();
    expect(screen.getByText('Notities van voor de opmaak.')).toBeInTheDocument();
  });
});

describe('harvest board', () => {
  it('records a lesson with werkzame elementen, indicators and themes', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<HarvestBoard doc={doc} writable level={3} />);
    await user.click(screen.getByRole('button', { name: 'Les toevoegen' }));
    expect(screen.getByText('Schrijf eerst de les op.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Geleerde les' }), 'Begin bij wat het kind zelf zegt.');
    await user.click(screen.getByRole('checkbox', { name: /Gedeelde visie/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Aansluiten op cliënten' }));
    await user.type(screen.getByRole('textbox', { name: 'Thema’s' }), 'thuiszitters, overdracht');
    await user.click(screen.getByRole('button', { name: 'Les toevoegen' }));
    expect(readLessons(doc)[0]).toMatchObject({
      text: 'Begin bij wat het kind zelf zegt.',
      elementIds: ['gedeelde-visie'],
      indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
      themes: ['thuiszitters', 'overdracht'],
      authorId: 'sanne',
    });
    expect(Object.keys(doc.getMap(BOARD_KEYS.lessons).toJSON())).toEqual([expect.stringMatching(/^sanne\//)]);
    expect(screen.getByText('door Sanne')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Werkzame elementen' });
    expect(within(list).getByText('Aansluiten op cliënten')).toBeInTheDocument();
    expect(screen.getByText('#thuiszitters')).toBeInTheDocument();
  });
});

describe('poll board', () => {
  it('shows the average only after voting', async () => {
    const doc = new Y.Doc();
    doc.getMap(BOARD_KEYS.votes).set('fien', { score: 4, comment: 'Goed gesprek' });
    doc.getMap(BOARD_KEYS.votes).set('weg', { score: 3, comment: 'Van iemand die niet meer meedoet' });
    const user = renderBoard(<PollBoard doc={doc} writable level={3} />);
    expect(screen.getByText('Het gemiddelde zie je nadat je hebt gestemd.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.type(screen.getByRole('textbox', { name: 'Toelichting, tip of top' }), 'Leerzaam');
    await user.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect(readVotes(doc)['sanne']).toEqual({ score: 5, comment: 'Leerzaam' });
    expect(doc.getMap(BOARD_KEYS.votes).toJSON()['sanne']).toEqual({ score: 5, comment: 'Leerzaam' });
    expect(await screen.findByText('Gemiddeld 4 uit 5 (3 stemmen)')).toBeInTheDocument();
    expect(screen.getByText('Goed gesprek').closest('li')).toHaveTextContent('door Fien');
    // Names come from the roster; someone not in it is a neutral "Deelnemer".
    expect(screen.getByText('Van iemand die niet meer meedoet').closest('li')).toHaveTextContent('door Deelnemer');
    expect(screen.getByRole('button', { name: 'Stem wijzigen' })).toBeInTheDocument();
  });
});

// Keeps the reducer import honest: the room above is a real lobby state of the shipped method.
it('uses a sound session state', () => {
  const state = room().view.state;
  expect(reduce(state, { type: 'join' }, { method: metAndereOgen, actorId: 'fien', now: 1 }).ok).toBe(true);
});
