import axe from 'axe-core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOARD_KEYS } from '@mao/domain';
import { createSessionState, metAndereOgen } from '@mao/intervisie-method';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { I18nProvider } from '../../i18n';
import { addCard, addLesson, castVote, notesTextOf, readCards, readLessons, readVotes } from '../board-model';
import { RoomContext, type Room } from '../room';
import { othersWriteParagraph, typeInNotes } from '../test/notes';
import type { LiveView } from '../types';
import { CardsBoard } from './CardBoards';
import { HarvestBoard } from './HarvestBoard';
import { NotesBoard } from './NotesBoard';
import { PollBoard } from './PollBoard';

function room(meId: string): Room {
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

function renderBoard(node: ReactNode, meId = 'joost') {
  const user = userEvent.setup();
  render(
    <I18nProvider initialLocale="nl">
      <RoomContext.Provider value={room(meId)}>{node}</RoomContext.Provider>
    </I18nProvider>,
  );
  return user;
}

async function seriousViolations(): Promise<string[]> {
  // A board alone has no page title: that rule belongs to the page tests.
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false }, 'document-title': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The marks in the text itself (not those in the explanation below it). */
const marks = (container: ParentNode = document) => [...container.querySelectorAll('mark.privacy-mark')].filter((mark) => !mark.closest('.finding')).map((mark) => `${mark.className.replace('privacy-mark privacy-mark--', '')}:${mark.textContent}`);
const entryText = (text: string) => (_content: string, element: Element | null) => Boolean(element?.matches('.board-card__text, .lesson__text') && element.textContent === text);

describe('privacy guard on a new card', () => {
  it('marks and explains a name while the writer types, announces it politely, and holds the card back with a clear warning', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe kaart' });
    await user.type(field, 'Hoe gaat het nu met Daan thuis?');
    // The guard runs after a pause in typing: the name is marked in place and explained below.
    expect(await screen.findByRole('list', { name: 'Gevonden in “Nieuwe kaart”' })).toHaveTextContent('Naam');
    expect(marks(field.parentElement ?? document)).toEqual(['direct:Daan']);
    const summary = screen.getByText('In dit veld staat 1 gegeven dat iemand herkenbaar kan maken. De uitleg staat onder het veld.');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(summary.id);
    expect(field).toHaveValue('Hoe gaat het nu met Daan thuis?'); // typing was never held up
    await waitFor(() => expect(screen.getAllByRole('status').map((node) => node.textContent)).toContain('Mogelijk herkenbaar: Naam “Daan”. De uitleg staat onder het veld.'));
    // The explanation is reachable by keyboard: "Aanwijzen in de tekst" selects the name.
    await user.click(screen.getByRole('button', { name: 'Aanwijzen in de tekst: Daan' }));
    expect(field).toHaveFocus();
    expect([(field as HTMLTextAreaElement).selectionStart, (field as HTMLTextAreaElement).selectionEnd]).toEqual([20, 24]);

    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc)).toEqual([]);
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Kijk nog even: hierin staat Naam “Daan”. Daarmee kan iemand herkenbaar zijn. Pas de tekst aan./);
    expect(await seriousViolations()).toEqual([]);

    // Fixing the text clears the warning and the card goes on the board.
    await user.clear(field);
    await user.type(field, 'Hoe gaat het nu met de jongen thuis?');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Gevonden in “Nieuwe kaart”' })).not.toBeInTheDocument());
    expect(field).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(screen.getAllByRole('status').map((node) => node.textContent)).toContain('Geen herkenbare gegevens meer gevonden.'));
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc).map((card) => card.text)).toEqual(['Hoe gaat het nu met de jongen thuis?']);
    expect(field).toHaveValue('');
  });

  it('never lets a phone number, e-mail or BSN on the board; a name may go on when the writer says it identifies nobody', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe kaart' });
    await user.type(field, 'Bel moeder op 06-12345678');
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(field).toHaveAccessibleDescription(/Zo kan dit niet op het bord. Hierin staat: Telefoonnummer “06-12345678”. Zo’n gegeven moet je altijd weghalen/);
    expect(screen.queryByRole('button', { name: 'Toch toevoegen' })).not.toBeInTheDocument();
    expect(await screen.findByText('Dit gegeven moet je altijd weghalen.')).toBeInTheDocument();
    // Ctrl+Enter is held back the same way.
    await user.type(field, '{Control>}{Enter}{/Control}');
    expect(readCards(doc)).toEqual([]);

    await user.clear(field);
    await user.type(field, 'Wat vindt Storm er zelf van?');
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Toch toevoegen' }));
    expect(readCards(doc).map((card) => card.text)).toEqual(['Wat vindt Storm er zelf van?']);
  });

  it('only warns about indirect details and places: the card goes on at once', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />);
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe kaart' }), 'Speelt dit ook in Lelystad?');
    // A place is a warning, said in words too, and it does not make the field invalid.
    expect(await screen.findByText('In dit veld staat 1 waarschuwing: dit mag blijven staan als het ertoe doet. De uitleg staat onder het veld.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Gevonden in “Nieuwe kaart”' })).toHaveTextContent('Plaats of wijk (waarschuwing)');
    expect(marks()).toEqual(['warn:Lelystad']);
    expect(screen.getByRole('textbox', { name: 'Nieuwe kaart' })).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Kaart toevoegen' }));
    expect(readCards(doc).map((card) => card.text)).toEqual(['Speelt dit ook in Lelystad?']);
  });
});

describe('privacy guard on cards already on the board', () => {
  it('shows its author and the facilitator a marker with the explanation, and nobody else', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Daan zit al weken thuis', authorId: 'joost' }, 1);
    addCard(doc, { text: 'Wat wil de jongen zelf?', authorId: 'sanne' }, 2);

    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />, 'joost');
    const card = screen.getByText(entryText('Daan zit al weken thuis')).closest('li') as HTMLElement;
    expect(within(card).getByText('Mogelijk herkenbaar')).toBeInTheDocument();
    expect(card).toHaveTextContent('Naam “Daan”');
    expect(marks(card)).toContain('direct:Daan');
    await user.click(within(card).getByText('Waarom? (1 gegeven)'));
    expect(within(card).getByText('Alleen jij en de gespreksleider zien deze melding. Pas de tekst aan of verwijder hem.')).toBeVisible();
    expect(screen.getByText('Wat wil de jongen zelf?').closest('li')).not.toHaveTextContent('Mogelijk herkenbaar');
    expect(await seriousViolations()).toEqual([]);
    cleanup();

    renderBoard(<CardsBoard doc={doc} writable level={3} moderate />, 'fien');
    const seen = screen.getByText(entryText('Daan zit al weken thuis')).closest('li') as HTMLElement;
    expect(seen).toHaveTextContent('Mogelijk herkenbaar');
    expect(seen).toHaveTextContent('Alleen Joost en jij zien deze melding. Vraag Joost om het aan te passen, of verberg of verwijder het.');
    cleanup();

    renderBoard(<CardsBoard doc={doc} writable level={3} />, 'sanne');
    expect(screen.getByText('Daan zit al weken thuis').closest('li')).not.toHaveTextContent('Mogelijk herkenbaar');
    expect(marks()).toEqual([]);
  });

  it('lets the author change their own card, with the guard, until the marker is gone', async () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Daan zit al weken thuis', authorId: 'joost' }, 1);
    const user = renderBoard(<CardsBoard doc={doc} writable level={3} />, 'joost');
    await user.click(screen.getByRole('button', { name: 'Kaart aanpassen: Daan zit al weken thuis' }));
    const field = screen.getByRole('textbox', { name: 'Tekst van de kaart' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Hij belt 06-12345678');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(field).toHaveAccessibleDescription(/Telefoonnummer “06-12345678”/);
    expect(readCards(doc)[0]?.text).toBe('Daan zit al weken thuis');
    await user.clear(field);
    await user.type(field, 'De jongen zit al weken thuis');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(readCards(doc)[0]?.text).toBe('De jongen zit al weken thuis');
    expect(screen.queryByText('Mogelijk herkenbaar')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kaart aanpassen: De jongen zit al weken thuis' })).toHaveFocus());
    // The change is the author's own entry under their key: nothing else in the document moved.
    expect([...doc.getMap(BOARD_KEYS.cards).keys()]).toEqual([readCards(doc)[0]?.key]);
  });

  it('offers no change of someone else’s card, nor of a card from a revealed draft', () => {
    const doc = new Y.Doc();
    addCard(doc, { text: 'Van Sanne', authorId: 'sanne' }, 1);
    const draft = new Y.Doc();
    addCard(draft, { text: 'Mijn concept', authorId: 'joost' }, 2);
    renderBoard(<CardsBoard doc={doc} draftDocs={[draft]} writable level={3} />, 'joost');
    expect(screen.queryByRole('button', { name: /Kaart aanpassen/ })).not.toBeInTheDocument();
  });
});

describe('privacy guard on notes, harvest and poll', () => {
  it('marks notes as people type and never holds anything back', async () => {
    const doc = new Y.Doc();
    renderBoard(<NotesBoard doc={doc} writable />);
    const notes = screen.getByRole('textbox', { name: 'Gezamenlijke aantekeningen' });
    typeInNotes(notes, 'Daan belde met 06-12345678');
    // Every keystroke went into the shared notes at once.
    expect(notesTextOf(doc)).toBe('Daan belde met 06-12345678');
    expect(await screen.findByRole('list', { name: 'Gevonden in “Gezamenlijke aantekeningen”' })).toHaveTextContent('Telefoonnummer');
    expect(marks(notes)).toEqual(['direct:Daan', 'direct:06-12345678']);
    // Someone else's typing is marked too.
    othersWriteParagraph(doc, 'Op 12-03-2024 gesproken.', 0);
    await waitFor(() => expect(marks(notes)).toEqual(['indirect:12-03-2024', 'direct:Daan', 'direct:06-12345678']));
    expect(notesTextOf(doc)).toBe('Op 12-03-2024 gesproken.\nDaan belde met 06-12345678');
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows the facilitator the findings in notes they only read; others see plain text', () => {
    const doc = new Y.Doc();
    othersWriteParagraph(doc, 'Daan belde');
    renderBoard(<NotesBoard doc={doc} writable={false} />, 'fien');
    expect(marks()).toEqual(['direct:Daan']);
    expect(screen.getByText('Alleen jij als gespreksleider ziet deze markeringen. Vraag wie hier schrijft om het aan te passen.', { exact: false })).toBeInTheDocument();
    cleanup();
    renderBoard(<NotesBoard doc={doc} writable={false} />, 'joost');
    expect(marks()).toEqual([]);
  });

  it('holds back a lesson with a direct identifier and marks a lesson on the board for its author', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<HarvestBoard doc={doc} writable level={3} />);
    await user.type(screen.getByRole('textbox', { name: 'Geleerde les' }), 'Mail de school via ib@school.nl');
    await user.click(screen.getByRole('button', { name: 'Les toevoegen' }));
    expect(readLessons(doc)).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Geleerde les' })).toHaveAccessibleDescription(/E-mailadres “ib@school.nl”/);
    cleanup();

    addLesson(doc, { text: 'Vraag Daan zelf wat hij wil', elementIds: [], indicatorIds: [], themes: [], authorId: 'joost' });
    renderBoard(<HarvestBoard doc={doc} writable level={3} />);
    expect(screen.getByText(entryText('Vraag Daan zelf wat hij wil')).closest('li')).toHaveTextContent('Mogelijk herkenbaar');
  });

  it('holds back a poll comment with a phone number; the score alone goes through', async () => {
    const doc = new Y.Doc();
    const user = renderBoard(<PollBoard doc={doc} writable level={3} />);
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.type(screen.getByRole('textbox', { name: 'Toelichting, tip of top' }), 'Bel me: 06-12345678');
    await user.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect(readVotes(doc)).toEqual({});
    await user.clear(screen.getByRole('textbox', { name: 'Toelichting, tip of top' }));
    await user.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect(readVotes(doc)).toEqual({ joost: { score: 4, comment: '' } });
  });

  it('marks a poll comment for its writer and the facilitator', () => {
    const doc = new Y.Doc();
    castVote(doc, 'sanne', { score: 5, comment: 'Groet aan Daan' });
    renderBoard(<PollBoard doc={doc} writable={false} level={3} />, 'fien');
    expect(screen.getByText(entryText('Groet aan Daan')).closest('li')).toHaveTextContent('Mogelijk herkenbaar');
  });
});
