import { cleanup, render, screen } from '@testing-library/react';
import { BOARD_KEYS } from '@mao/domain';
import { createSessionState, metAndereOgen } from '@mao/intervisie-method';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { I18nProvider } from '../i18n';
import { ok, stubApi } from '../test/api-stub';
import { addCard } from './board-model';
import { CardsBoard } from './boards/CardBoards';
import { PollBoard } from './boards/PollBoard';
import { resetDeletedAuthors } from './deleted-authors';
import { RoomContext, type Room } from './room';
import type { LiveView } from './types';

const FIEN = '00000000-0000-4000-8000-00000000f1e0';
const DELETED = '00000000-0000-4000-8000-0000000de1e7';
const WITHDREW = '00000000-0000-4000-8000-00000000a7a7';

function room(): Room {
  const created = createSessionState(metAndereOgen, { facilitatorId: FIEN, presenterId: null });
  if (!created.ok) throw new Error(created.error);
  const view: LiveView = {
    session: { id: 's', communityId: 'c', title: 'Casus', status: 'live' },
    method: metAndereOgen,
    state: created.state,
    roster: [{ userId: FIEN, name: 'Fien', background: 'jeugdhulp' }],
    me: { userId: FIEN },
    serverNow: 0,
  };
  return { sessionId: 's', view, meId: FIEN, meName: 'Fien', awarenessUser: { name: 'x', color: '#000' }, offsetMs: 0, run: async () => true };
}

afterEach(() => {
  cleanup();
  resetDeletedAuthors();
});

describe('entries of a deleted account', () => {
  it('read "verwijderd lid" (cards and votes); someone else not on the roster stays "Deelnemer"; one question to the api', async () => {
    const api = stubApi({ 'GET /api/users/deleted': ok({ ids: [DELETED] }) });
    const doc = new Y.Doc();
    addCard(doc, { text: 'Kaart van een verwijderd account', authorId: DELETED }, 1);
    addCard(doc, { text: 'Kaart van iemand die afmeldde', authorId: WITHDREW }, 2);
    addCard(doc, { text: 'Kaart van de gespreksleider', authorId: FIEN }, 3);
    doc.getMap(BOARD_KEYS.votes).set(DELETED, { score: 4, comment: 'Stem van een verwijderd account' });
    render(
      <I18nProvider initialLocale="nl">
        <RoomContext.Provider value={room()}>
          <CardsBoard doc={doc} writable={false} level={3} />
          <PollBoard doc={doc} writable={false} level={3} />
        </RoomContext.Provider>
      </I18nProvider>,
    );
    // The card and the vote.
    expect(await screen.findAllByText('door verwijderd lid')).toHaveLength(2);
    expect(screen.getByText('Stem van een verwijderd account').closest('li')).toHaveTextContent('door verwijderd lid');
    expect(screen.getByText('Kaart van een verwijderd account').closest('li')).toHaveTextContent('door verwijderd lid');
    expect(screen.getByText('Kaart van iemand die afmeldde').closest('li')).toHaveTextContent('door Deelnemer');
    expect(screen.getByText('Kaart van de gespreksleider').closest('li')).toHaveTextContent('door Fien');
    // Only ids the roster cannot name are asked about, all in one request.
    expect(api.callsTo('GET /api/users/deleted')).toHaveLength(1);
  });

  it('shows "deleted member" in English', async () => {
    stubApi({ 'GET /api/users/deleted': ok({ ids: [DELETED] }) });
    const doc = new Y.Doc();
    addCard(doc, { text: 'A card of a deleted account', authorId: DELETED }, 1);
    render(
      <I18nProvider initialLocale="en">
        <RoomContext.Provider value={room()}>
          <CardsBoard doc={doc} writable={false} level={3} />
        </RoomContext.Provider>
      </I18nProvider>,
    );
    expect(await screen.findByText('by deleted member')).toBeInTheDocument();
  });
});
