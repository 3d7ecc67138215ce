import { BOARD_KEYS, BOARD_ROOTS, ownerOfKey } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addLesson,
  castVote,
  deleteCard,
  deleteLesson,
  groupCards,
  hasContent,
  isVisibleTo,
  moveCard,
  parseThemes,
  pollSummary,
  reactionCounts,
  readCards,
  readDraftCards,
  readLessons,
  readVotes,
  setHidden,
  toggleReaction,
  type Actor,
} from './board-model';

const anna: Actor = { userId: 'anna', facilitator: false };
const bram: Actor = { userId: 'bram', facilitator: false };
const fien: Actor = { userId: 'fien', facilitator: true };

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

/** Every key written under an authored root, by root; the server allows only the writer's own. */
function authoredKeys(doc: Y.Doc): Record<string, string[]> {
  return Object.fromEntries([BOARD_KEYS.cards, BOARD_KEYS.lessons, BOARD_KEYS.reactions, BOARD_KEYS.votes].map((root) => [root, [...doc.getMap(root).keys()].sort()]));
}

/** The roots an update touches (decoded as the server would), to prove nothing outside layout 2 is written. */
function rootsTouched(update: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return [...doc.share.keys()].sort();
}

function newCard(doc: Y.Doc, authorId: string, text: string, now = 1, extra: { column?: string; temperature?: 'warm' | 'lauw' | 'koud' } = {}) {
  const card = addCard(doc, { text, authorId, ...extra }, now);
  if (!card) throw new Error('no card');
  return card;
}

describe('cards board', () => {
  it('writes a card under the author’s own key as a Y.Map without names, readable through readBoard', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const card = addCard(doc, { authorId: 'anna', text: '  Wat heb je al geprobeerd?  ', column: 'ouder' }, 1000);
    expect(card).toMatchObject({ text: 'Wat heb je al geprobeerd?', column: 'ouder', createdAt: 1000, authorId: 'anna', hidden: false, reactions: {} });
    expect(card?.key).toBe(`anna/${card?.id}`);
    const entry = doc.getMap(BOARD_KEYS.cards).get(card?.key ?? '');
    expect(entry).toBeInstanceOf(Y.Map);
    expect(doc.getMap(BOARD_KEYS.cards).toJSON()).toEqual({ [card?.key ?? '']: { text: 'Wat heb je al geprobeerd?', createdAt: 1000, column: 'ouder' } });
    expect(readCards(doc)).toEqual([card]);
    expect(updates).toHaveLength(1);
    expect(rootsTouched(updates[0] ?? new Uint8Array())).toEqual([BOARD_KEYS.cards]);
  });

  it('refuses empty text, a missing author, and cuts text at the board limit', () => {
    const doc = new Y.Doc();
    expect(addCard(doc, { authorId: 'anna', text: '   ' })).toBeNull();
    expect(addCard(doc, { authorId: '', text: 'Zonder auteur' })).toBeNull();
    expect(addCard(doc, { authorId: 'anna', text: 'x'.repeat(3000) })?.text).toHaveLength(2000);
  });

  it('keeps two cards the same person adds in two tabs at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    newCard(a, 'anna', 'uit tab 1', 1);
    newCard(b, 'anna', 'uit tab 2', 2);
    sync(a, b);
    expect(readCards(a).map((card) => card.text)).toEqual(['uit tab 1', 'uit tab 2']);
  });

  it('keeps one reaction per person, each under the reacting person’s own key; choosing it again removes it', () => {
    const doc = new Y.Doc();
    const card = newCard(doc, 'anna', 'Advies');
    toggleReaction(doc, card.key, 'bram', '👍');
    toggleReaction(doc, card.key, 'cees', '👍');
    toggleReaction(doc, card.key, 'bram', '💡');
    expect(doc.getMap(BOARD_KEYS.reactions).toJSON()).toEqual({ [`bram/${card.key}`]: '💡', [`cees/${card.key}`]: '👍' });
    const [read] = readCards(doc);
    if (!read) throw new Error('no card');
    expect(read.reactions).toEqual({ bram: '💡', cees: '👍' });
    expect(reactionCounts(read, 'bram')).toEqual([
      { reaction: '👍', count: 1, mine: false },
      { reaction: '❤️', count: 0, mine: false },
      { reaction: '💡', count: 1, mine: true },
    ]);
    toggleReaction(doc, card.key, 'bram', '💡');
    expect(readCards(doc)[0]?.reactions).toEqual({ cees: '👍' });
    // Nothing about the card itself changed: it is still only Anna's.
    expect(doc.getMap(BOARD_KEYS.cards).toJSON()).toEqual({ [card.key]: { text: 'Advies', createdAt: 1 } });
  });

  it('merges reactions that two people give at the same moment', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const card = newCard(a, 'anna', 'Vraag');
    sync(a, b);
    toggleReaction(a, card.key, 'anna', '❤️');
    toggleReaction(b, card.key, 'bram', '👍');
    sync(a, b);
    expect(readCards(a)[0]?.reactions).toEqual({ anna: '❤️', bram: '👍' });
    expect(readCards(b)).toEqual(readCards(a));
  });

  it('sorts cards for the group in the arrangement, never in the author’s card', () => {
    const doc = new Y.Doc();
    const card = newCard(doc, 'anna', 'Kaart', 1, { column: 'context' });
    expect(moveCard(doc, card.key, 'temperature', 'warm')).toBe(true);
    expect(readCards(doc)[0]).toMatchObject({ temperature: 'warm', column: 'context' });
    expect(moveCard(doc, card.key, 'column', 'own')).toBe(true);
    expect(doc.getMap(BOARD_KEYS.arrangement).toJSON()).toEqual({ [card.key]: { temperature: 'warm', column: 'own' } });
    expect(readCards(doc)[0]?.column).toBe('own');
    expect(moveCard(doc, card.key, 'temperature', null)).toBe(true);
    expect(moveCard(doc, card.key, 'column', null)).toBe(true);
    expect(doc.getMap(BOARD_KEYS.arrangement).toJSON()).toEqual({});
    // Back where its author put it.
    expect(readCards(doc)[0]).toMatchObject({ column: 'context' });
    expect(readCards(doc)[0]?.temperature).toBeUndefined();
    expect(doc.getMap(BOARD_KEYS.cards).toJSON()).toEqual({ [card.key]: { text: 'Kaart', createdAt: 1, column: 'context' } });
  });

  it('lets the author delete their own card, with their own reaction, and nobody else’s', () => {
    const doc = new Y.Doc();
    const card = newCard(doc, 'anna', 'Van Anna');
    toggleReaction(doc, card.key, 'anna', '👍');
    toggleReaction(doc, card.key, 'bram', '💡');
    moveCard(doc, card.key, 'temperature', 'koud');
    expect(deleteCard(doc, card.key, bram)).toBe(false);
    expect(readCards(doc)).toHaveLength(1);
    expect(deleteCard(doc, card.key, anna)).toBe(true);
    expect(readCards(doc)).toEqual([]);
    // Bram's reaction is his; it stays behind and counts for no card.
    expect(doc.getMap(BOARD_KEYS.reactions).toJSON()).toEqual({ [`bram/${card.key}`]: '💡' });
    // The group's arrangement is left alone (orphaned, never read).
    expect(doc.getMap(BOARD_KEYS.arrangement).toJSON()).toEqual({ [card.key]: { temperature: 'koud' } });
    expect(deleteCard(doc, card.key, anna)).toBe(false);
  });

  it('lets the facilitator hide, show and delete anyone’s card', () => {
    const doc = new Y.Doc();
    const card = newCard(doc, 'anna', 'Met een naam erin');
    toggleReaction(doc, card.key, 'bram', '👍');
    expect(setHidden(doc, card.key, true, bram)).toBe(false);
    expect(setHidden(doc, card.key, true, fien)).toBe(true);
    expect(doc.getMap(BOARD_KEYS.moderation).toJSON()).toEqual({ [card.key]: { hidden: true } });
    const [hidden] = readCards(doc);
    if (!hidden) throw new Error('no card');
    expect(hidden.hidden).toBe(true);
    expect([anna, bram, fien].map((viewer) => isVisibleTo(hidden, viewer))).toEqual([true, false, true]);
    expect(setHidden(doc, card.key, false, fien)).toBe(true);
    expect(readCards(doc)[0]?.hidden).toBe(false);
    setHidden(doc, card.key, true, fien);
    expect(deleteCard(doc, card.key, fien)).toBe(true);
    expect(readCards(doc)).toEqual([]);
    expect(doc.getMap(BOARD_KEYS.reactions).size).toBe(0);
    expect(doc.getMap(BOARD_KEYS.moderation).size).toBe(0);
  });

  it('reads a revealed draft’s cards with the shared board’s reactions, arrangement and moderation', () => {
    const draft = new Y.Doc();
    const board = new Y.Doc();
    const card = newCard(draft, 'anna', 'Uit het concept', 1, { column: 'own' });
    toggleReaction(board, card.key, 'bram', '❤️');
    moveCard(board, card.key, 'column', 'context');
    setHidden(board, card.key, true, fien);
    expect(readDraftCards(draft, board)).toEqual([{ ...card, column: 'context', reactions: { bram: '❤️' }, hidden: true }]);
    expect(readDraftCards(draft, null)).toEqual([card]);
    // The shared board itself holds no cards.
    expect(readCards(board)).toEqual([]);
  });

  it('never writes under another person’s key or outside layout 2', () => {
    const doc = new Y.Doc();
    const roots = new Set<string>();
    doc.on('update', (update: Uint8Array) => rootsTouched(update).forEach((root) => roots.add(root)));
    const card = newCard(doc, 'anna', 'Een', 1);
    toggleReaction(doc, card.key, 'bram', '👍');
    moveCard(doc, card.key, 'temperature', 'lauw');
    castVote(doc, 'bram', { score: 4, comment: '' });
    addLesson(doc, { authorId: 'bram', text: 'Les', elementIds: [], indicatorIds: [], themes: [] });
    const keys = authoredKeys(doc);
    expect(keys[BOARD_KEYS.cards]?.map(ownerOfKey)).toEqual(['anna']);
    expect(keys[BOARD_KEYS.reactions]?.map(ownerOfKey)).toEqual(['bram']);
    expect(keys[BOARD_KEYS.votes]).toEqual(['bram']);
    expect(keys[BOARD_KEYS.lessons]?.map(ownerOfKey)).toEqual(['bram']);
    for (const root of roots) expect(BOARD_ROOTS).toContain(root);
  });

  it('groups cards per column; unknown or missing columns are unsorted', () => {
    const doc = new Y.Doc();
    newCard(doc, 'anna', 'a', 1);
    newCard(doc, 'anna', 'b', 2, { temperature: 'koud' });
    const c = newCard(doc, 'bram', 'c', 3);
    moveCard(doc, c.key, 'temperature', 'warm');
    const grouped = groupCards(readCards(doc), ['warm', 'lauw', 'koud'], 'temperature');
    expect(grouped.columns.map((column) => [column.id, column.cards.map((card) => card.text)])).toEqual([
      ['warm', ['c']],
      ['lauw', []],
      ['koud', ['b']],
    ]);
    expect(grouped.unsorted.map((card) => card.text)).toEqual(['a']);
  });
});

describe('harvest board', () => {
  it('writes a lesson as a Y.Map under the author’s key, with element, indicator and theme ids and no name', () => {
    const doc = new Y.Doc();
    const lesson = addLesson(
      doc,
      {
        authorId: 'anna',
        text: 'Begin bij wat het kind zelf zegt.',
        elementIds: ['gedeelde-visie', 'gedeelde-visie'],
        indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
        themes: parseThemes('Thuiszitters, overdracht, thuiszitters'),
      },
      7,
    );
    if (!lesson) throw new Error('no lesson');
    expect(lesson.key).toBe(`anna/${lesson.id}`);
    expect(doc.getMap(BOARD_KEYS.lessons).get(lesson.key)).toBeInstanceOf(Y.Map);
    expect(doc.getMap(BOARD_KEYS.lessons).toJSON()).toEqual({
      [lesson.key]: {
        text: 'Begin bij wat het kind zelf zegt.',
        elementIds: ['gedeelde-visie'],
        indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
        themes: ['thuiszitters', 'overdracht'],
        createdAt: 7,
      },
    });
    expect(readLessons(doc)).toEqual([lesson]);
    expect(addLesson(doc, { authorId: 'anna', text: ' ', elementIds: [], indicatorIds: [], themes: [] })).toBeNull();
  });

  it('deletes a lesson for its author or the facilitator only', () => {
    const doc = new Y.Doc();
    const lesson = addLesson(doc, { authorId: 'anna', text: 'Les', elementIds: [], indicatorIds: [], themes: [] });
    const other = addLesson(doc, { authorId: 'bram', text: 'Andere les', elementIds: [], indicatorIds: [], themes: [] });
    if (!lesson || !other) throw new Error('no lesson');
    expect(deleteLesson(doc, lesson.key, bram)).toBe(false);
    expect(deleteLesson(doc, lesson.key, anna)).toBe(true);
    expect(deleteLesson(doc, other.key, fien)).toBe(true);
    expect(readLessons(doc)).toEqual([]);
  });

  it('parses themes: trimmed, lower case, unique, at most ten', () => {
    expect(parseThemes(' A, b ,,a, ')).toEqual(['a', 'b']);
    expect(parseThemes(Array.from({ length: 15 }, (_, index) => `t${index}`).join(','))).toHaveLength(10);
  });
});

describe('poll board', () => {
  it('stores one vote per person under their user id and summarises them', () => {
    const doc = new Y.Doc();
    expect(castVote(doc, 'anna', { score: 4, comment: ' Fijn ' })).toBe(true);
    expect(castVote(doc, 'bram', { score: 5, comment: '' })).toBe(true);
    expect(castVote(doc, 'anna', { score: 3, comment: 'Toch 3' })).toBe(true);
    expect(castVote(doc, 'cees', { score: 9, comment: '' })).toBe(false);
    expect(castVote(doc, '', { score: 3, comment: '' })).toBe(false);
    expect(doc.getMap(BOARD_KEYS.votes).toJSON()).toEqual({ anna: { score: 3, comment: 'Toch 3' }, bram: { score: 5, comment: '' } });
    expect(pollSummary(readVotes(doc))).toEqual({ count: 2, average: 4, distribution: [0, 0, 1, 0, 1] });
  });

  it('ignores malformed votes and has no average without votes', () => {
    const doc = new Y.Doc();
    doc.getMap(BOARD_KEYS.votes).set('x', { score: 'vijf' });
    expect(readVotes(doc)).toEqual({});
    expect(pollSummary({})).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(pollSummary({ a: { score: 4, comment: '' }, b: { score: 5, comment: '' }, c: { score: 5, comment: '' } }).average).toBe(4.7);
  });
});

describe('hasContent', () => {
  it.each<[string, (doc: Y.Doc) => void]>([
    ['notes', (doc) => doc.getText(BOARD_KEYS.notes).insert(0, 'x')],
    ['a card', (doc) => newCard(doc, 'anna', 'Kaart')],
    ['a lesson', (doc) => addLesson(doc, { authorId: 'anna', text: 'Les', elementIds: [], indicatorIds: [], themes: [] })],
    ['a vote', (doc) => castVote(doc, 'anna', { score: 3, comment: '' })],
  ])('is true once the draft holds %s', (_what, write) => {
    const doc = new Y.Doc();
    expect(hasContent(doc)).toBe(false);
    write(doc);
    expect(hasContent(doc)).toBe(true);
  });

  it('does not count what reads as nothing: blank notes, an entry of the wrong shape, a layout 1 root', () => {
    const doc = new Y.Doc();
    doc.getText(BOARD_KEYS.notes).insert(0, '  \n');
    doc.getMap(BOARD_KEYS.cards).set('anna', { text: 'zonder id' });
    doc.getArray('cards').push([{ id: 'oud', text: 'layout 1' }]);
    expect(hasContent(doc)).toBe(false);
  });
});
