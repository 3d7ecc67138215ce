import { BOARD_KEYS } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addLesson,
  castVote,
  deleteCard,
  groupCards,
  hasContent,
  moveCard,
  parseThemes,
  pollSummary,
  reactionCounts,
  readCards,
  readLessons,
  readVotes,
  toggleReaction,
} from './board-model';

const anna = { authorId: 'anna', authorName: 'Anna' };

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe('cards board', () => {
  it('writes cards as Y.Maps in the array the board convention names, readable as its JSON', () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { ...anna, text: '  Wat heb je al geprobeerd?  ', column: 'ouder' }, 1000);
    expect(card).toMatchObject({ text: 'Wat heb je al geprobeerd?', column: 'ouder', createdAt: 1000 });
    const raw = doc.getArray(BOARD_KEYS.cards).toJSON();
    expect(raw).toEqual([{ id: card?.id, text: 'Wat heb je al geprobeerd?', authorId: 'anna', authorName: 'Anna', createdAt: 1000, column: 'ouder', reactions: {} }]);
  });

  it('refuses empty text and cuts text at the board limit', () => {
    const doc = new Y.Doc();
    expect(addCard(doc, { ...anna, text: '   ' })).toBeNull();
    expect(addCard(doc, { ...anna, text: 'x'.repeat(3000) })?.text).toHaveLength(2000);
  });

  it('reads plain-object entries too (a raw client may push those), oldest first', () => {
    const doc = new Y.Doc();
    doc.getArray(BOARD_KEYS.cards).push([{ id: 'p', text: 'plain', authorId: 'x', authorName: 'X', createdAt: 5 }, 42, null]);
    addCard(doc, { ...anna, text: 'first' }, 1);
    expect(readCards(doc).map((card) => card.text)).toEqual(['first', 'plain']);
  });

  it('keeps one reaction per person; choosing it again removes it', () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { ...anna, text: 'Advies' });
    if (!card) throw new Error('no card');
    toggleReaction(doc, card.id, 'bram', '👍');
    toggleReaction(doc, card.id, 'cees', '👍');
    toggleReaction(doc, card.id, 'bram', '💡');
    const [read] = readCards(doc);
    if (!read) throw new Error('no card');
    expect(read.reactions).toEqual({ bram: '💡', cees: '👍' });
    expect(reactionCounts(read, 'bram')).toEqual([
      { reaction: '👍', count: 1, mine: false },
      { reaction: '❤️', count: 0, mine: false },
      { reaction: '💡', count: 1, mine: true },
    ]);
    toggleReaction(doc, card.id, 'bram', '💡');
    expect(readCards(doc)[0]?.reactions).toEqual({ cees: '👍' });
  });

  it('merges reactions that two people give at the same moment', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const card = addCard(a, { ...anna, text: 'Vraag' });
    if (!card) throw new Error('no card');
    sync(a, b);
    toggleReaction(a, card.id, 'anna', '❤️');
    toggleReaction(b, card.id, 'bram', '👍');
    sync(a, b);
    expect(readCards(a)[0]?.reactions).toEqual({ anna: '❤️', bram: '👍' });
    expect(readCards(b)).toEqual(readCards(a));
  });

  it('moves and deletes cards, also plain-object entries', () => {
    const doc = new Y.Doc();
    doc.getArray(BOARD_KEYS.cards).push([{ id: 'p', text: 'plain', authorId: 'x', authorName: 'X', createdAt: 5 }]);
    expect(moveCard(doc, 'p', 'temperature', 'warm')).toBe(true);
    expect(readCards(doc)[0]?.temperature).toBe('warm');
    expect(moveCard(doc, 'p', 'temperature', null)).toBe(true);
    expect(readCards(doc)[0]?.temperature).toBeUndefined();
    expect(deleteCard(doc, 'p')).toBe(true);
    expect(deleteCard(doc, 'p')).toBe(false);
    expect(readCards(doc)).toEqual([]);
  });

  it('groups cards per column; unknown or missing columns are unsorted', () => {
    const doc = new Y.Doc();
    addCard(doc, { ...anna, text: 'a' }, 1);
    addCard(doc, { ...anna, text: 'b', temperature: 'koud' }, 2);
    addCard(doc, { ...anna, text: 'c', temperature: 'warm' }, 3);
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
  it('writes lessons at "lessons" with element, indicator and theme ids', () => {
    const doc = new Y.Doc();
    const lesson = addLesson(doc, {
      ...anna,
      text: 'Begin bij wat het kind zelf zegt.',
      elementIds: ['gedeelde-visie', 'gedeelde-visie'],
      indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
      themes: parseThemes('Thuiszitters, overdracht, thuiszitters'),
    }, 7);
    expect(lesson?.elementIds).toEqual(['gedeelde-visie']);
    expect(doc.getArray(BOARD_KEYS.lessons).toJSON()).toEqual([
      {
        id: lesson?.id,
        text: 'Begin bij wat het kind zelf zegt.',
        elementIds: ['gedeelde-visie'],
        indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
        themes: ['thuiszitters', 'overdracht'],
        authorId: 'anna',
        authorName: 'Anna',
        createdAt: 7,
      },
    ]);
    expect(readLessons(doc)).toHaveLength(1);
    expect(addLesson(doc, { ...anna, text: ' ', elementIds: [], indicatorIds: [], themes: [] })).toBeNull();
  });

  it('parses themes: trimmed, lower case, unique, at most ten', () => {
    expect(parseThemes(' A, b ,,a, ')).toEqual(['a', 'b']);
    expect(parseThemes(Array.from({ length: 15 }, (_, index) => `t${index}`).join(','))).toHaveLength(10);
  });
});

describe('poll board', () => {
  it('stores one vote per person at "votes" and summarises them', () => {
    const doc = new Y.Doc();
    expect(castVote(doc, 'anna', { score: 4, comment: ' Fijn ' })).toBe(true);
    expect(castVote(doc, 'bram', { score: 5, comment: '' })).toBe(true);
    expect(castVote(doc, 'anna', { score: 3, comment: 'Toch 3' })).toBe(true);
    expect(castVote(doc, 'cees', { score: 9, comment: '' })).toBe(false);
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
  it('is false for an empty draft and true once anything is written', () => {
    const doc = new Y.Doc();
    expect(hasContent(doc)).toBe(false);
    doc.getText(BOARD_KEYS.notes).insert(0, 'x');
    expect(hasContent(doc)).toBe(true);
  });
});
