import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOARD_KEYS } from '@mao/domain';
import { createSessionState, metAndereOgen, reduce } from '@mao/intervisie-method';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { I18nProvider } from '../../i18n';
import { addCard, readCards, readLessons, readVotes } from '../board-model';
import { RoomContext, type Room } from '../room';
import type { LiveView } from '../types';
import { ColumnBoard } from './CardBoards';
import { HarvestBoard } from './HarvestBoard';
import { NotesBoard } from './NotesBoard';
import { PollBoard } from './PollBoard';

function room(meId = 'sanne'): Room {
  const created = createSessionState(metAndereOgen, { facilitatorId: 'fien', presenterId: 'sanne' });
  if (!created.ok) throw new Error(created.error);
  const view: LiveView = {
    session: { id: 's', communityId: 'c', title: 'Casus', status: 'live' },
    method: metAndereOgen,
    state: created.state,
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

function renderBoard(node: ReactNode, meId?: string) {
  const user = userEvent.setup();
  render(
    <I18nProvider initialLocale="nl">
      <RoomContext.Provider value={room(meId)}>{node}</RoomContext.Provider>
    </I18nProvider>,
  );
  return user;
}

describe('triage board', () => {
  it('lets the writer sort each card warm / lauw / koud with buttons (no dragging needed)', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Wie praat er met het kind?', authorId: 'joost', authorName: 'Joost' });
    const user = renderBoard(<ColumnBoard shape="triage" doc={doc} writable level={3} />);
    const unsorted = screen.getByRole('region', { name: 'Nog niet ingedeeld' });
    const card = within(unsorted).getByText('Wie praat er met het kind?').closest('li');
    if (!card) throw new Error('no card');
    await user.click(within(card).getByRole('button', { name: 'Warm' }));
    expect(readCards(doc)[0]?.temperature).toBe('warm');
    const warm = screen.getByRole('region', { name: 'Warm' });
    expect(within(warm).getByText('Wie praat er met het kind?')).toBeInTheDocument();
    expect(within(warm).getByRole('button', { name: 'Warm' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Nog niet ingedeeld' })).not.toBeInTheDocument();
    await user.click(within(warm).getByRole('button', { name: 'Koud' }));
    expect(within(screen.getByRole('region', { name: 'Koud' })).getByText('Wie praat er met het kind?')).toBeInTheDocument();
  });

  it('offers nothing to write or move when writing is not allowed', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Wie praat er met het kind?', authorId: 'joost', authorName: 'Joost', temperature: 'lauw' });
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
    expect(readCards(doc)[0]).toMatchObject({ column: 'ouder', authorId: 'joost', authorName: 'Joost' });
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
  });
});

describe('notes board', () => {
  it('writes typed text into the Y.Text and shows others’ edits', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<NotesBoard doc={doc} writable />);
    const notes = screen.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    await user.type(notes, 'Afspraak');
    expect(doc.getText(BOARD_KEYS.notes).toString()).toBe('Afspraak');
    // Someone else types in front of it: both words stay.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText(BOARD_KEYS.notes).insert(0, 'Nieuw: ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(await screen.findByDisplayValue('Nieuw: Afspraak')).toBeInTheDocument();
  });

  it('is plain read-only text when writing is not allowed', () => {
    const doc = new Y.Doc();
    doc.getText(BOARD_KEYS.notes).insert(0, 'Alleen de inbrenger schrijft hier.');
    renderBoard(<NotesBoard doc={doc} writable={false} />);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Gezamenlijke aantekeningen' })).toHaveTextContent('Alleen de inbrenger schrijft hier.');
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
      authorName: 'Sanne',
    });
    const list = screen.getByRole('list', { name: 'Werkzame elementen' });
    expect(within(list).getByText('Aansluiten op cliënten')).toBeInTheDocument();
    expect(screen.getByText('#thuiszitters')).toBeInTheDocument();
  });
});

describe('poll board', () => {
  it('shows the average only after voting', async () => {
    const doc = new Y.Doc();
    doc.getMap(BOARD_KEYS.votes).set('fien', { score: 4, comment: 'Goed gesprek' });
    const user = renderBoard(<PollBoard doc={doc} writable level={3} />);
    expect(screen.getByText('Het gemiddelde zie je nadat je hebt gestemd.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.type(screen.getByRole('textbox', { name: 'Toelichting, tip of top' }), 'Leerzaam');
    await user.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect(readVotes(doc)['sanne']).toEqual({ score: 5, comment: 'Leerzaam' });
    expect(await screen.findByText('Gemiddeld 4,5 uit 5 (2 stemmen)')).toBeInTheDocument();
    expect(screen.getByText('Goed gesprek')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stem wijzigen' })).toBeInTheDocument();
  });
});

// Keeps the reducer import honest: the room above is a real lobby state of the shipped method.
it('uses a sound session state', () => {
  const state = room().view.state;
  expect(reduce(state, { type: 'join' }, { method: metAndereOgen, actorId: 'fien', now: 1 }).ok).toBe(true);
});
