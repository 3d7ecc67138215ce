import { describe, expect, it } from 'vitest';
import { AUTHORED_ROOTS, BOARD_KEYS, BOARD_ROOTS, cardKey, DOTS_PER_PERSON, dotKey, markKey, MAX_BOARD_TEXT, MAX_GROUP_NAME, ownerOfKey, reactionKey, readBoard, type BoardJson } from './boards.js';

const card = (text: string, createdAt = 1, extra: Record<string, unknown> = {}) => ({ text, createdAt, ...extra });

describe('board layout 2: keys', () => {
  it.each([
    ['a card', cardKey('anna', 'c1'), 'anna'],
    ['a reaction to someone else’s card', reactionKey('bram', cardKey('anna', 'c1')), 'bram'],
    ['a vote', 'anna', 'anna'],
    ['an id with a slash in it', 'anna/x/y', 'anna'],
  ])('%s belongs to the user id its key starts with', (_what, key, owner) => {
    expect(ownerOfKey(key)).toBe(owner);
  });

  it('names every root, authored ones included, and no layout 1 root', () => {
    expect([...BOARD_ROOTS].sort()).toEqual(['answersByAuthor', 'arrangement', 'cardsByAuthor', 'dotsByAuthor', 'lessonsByAuthor', 'marksByAuthor', 'moderation', 'notes', 'reactionsByAuthor', 'richNotes', 'votesByAuthor']);
    expect(AUTHORED_ROOTS.every((root) => BOARD_ROOTS.includes(root))).toBe(true);
    for (const legacy of ['cards', 'lessons', 'votes']) expect(BOARD_ROOTS).not.toContain(legacy);
  });
});

describe('readBoard', () => {
  const anna1 = cardKey('anna', 'c1');
  const bram1 = cardKey('bram', 'c1');

  it('reads written answers under the card they answer, one per person; blank or ill-keyed ones are skipped', () => {
    const board = readBoard({
      cardsByAuthor: { [anna1]: { text: 'Wat is er al geprobeerd?', createdAt: 1 } },
      answersByAuthor: {
        [`sanne/${anna1}`]: { text: 'Twee gesprekken.', createdAt: 5 },
        [`bram/${anna1}`]: { text: '   ', createdAt: 6 },
        sanne: { text: 'geen kaart', createdAt: 7 },
        [`sanne/c1`]: { text: 'kaartsleutel zonder auteur', createdAt: 8 },
      },
    });
    expect(board.cards[0]?.answers).toEqual({ sanne: { text: 'Twee gesprekken.', createdAt: 5 } });
  });

  it('reads nothing from an empty or foreign-shaped board', () => {
    for (const json of [{}, { cardsByAuthor: [], lessonsByAuthor: 'x', votesByAuthor: null, arrangement: 42, moderation: [] }] as BoardJson[]) {
      expect(readBoard(json)).toEqual({ cards: [], lessons: [], votes: {}, marks: [] });
    }
  });

  it('takes the author from the key, never from the entry', () => {
    const { cards } = readBoard({ cardsByAuthor: { [anna1]: card('Vraag', 1, { authorId: 'floor', authorName: 'Floor Jansen' }) } });
    expect(cards).toEqual([{ id: 'c1', key: anna1, text: 'Vraag', authorId: 'anna', createdAt: 1, reactions: {}, hidden: false, dots: {} }]);
  });

  it('dots: whole numbers per card, never more than DOTS_PER_PERSON per person over the board (in key order)', () => {
    const cees1 = cardKey('cees', 'c1');
    const board = readBoard({
      cardsByAuthor: { [anna1]: card('Vraag', 1), [bram1]: card('Advies', 2), [cees1]: card('Idee', 3) },
      dotsByAuthor: {
        [dotKey('dirk', anna1)]: 2,
        [dotKey('dirk', bram1)]: 2, // one over the budget: counts 1
        [dotKey('dirk', cees1)]: 1, // nothing left
        [dotKey('eva', anna1)]: 1.5, // not a whole number
        [dotKey('eva', bram1)]: 0,
        [dotKey('fien', 'los')]: 1, // not a card key
        [dotKey('gijs', cees1)]: 3,
      },
    });
    expect(board.cards.map((read) => [read.key, read.dots])).toEqual([
      [anna1, { dirk: 2 }],
      [bram1, { dirk: 1 }],
      [cees1, { gijs: 3 }],
    ]);
    expect(DOTS_PER_PERSON).toBe(3);
  });

  it('groups: a short trimmed name from the arrangement, none when blank', () => {
    const board = readBoard({
      cardsByAuthor: { [anna1]: card('Vraag', 1), [bram1]: card('Advies', 2) },
      arrangement: { [anna1]: { group: '  Overdracht  ' }, [bram1]: { group: '   ' } },
    });
    expect(board.cards.map((read) => read.group)).toEqual(['Overdracht', undefined]);
    const long = readBoard({ cardsByAuthor: { [anna1]: card('Vraag', 1) }, arrangement: { [anna1]: { group: 'x'.repeat(200) } } });
    expect(long.cards[0]?.group).toHaveLength(MAX_GROUP_NAME);
  });

  it.each<[string, BoardJson, Record<string, string>]>([
    ['one reaction per person and card', { reactionsByAuthor: { [reactionKey('bram', anna1)]: '👍', [reactionKey('cees', anna1)]: '💡' } }, { bram: '👍', cees: '💡' }],
    ['a reaction to another card is not counted here', { reactionsByAuthor: { [reactionKey('bram', bram1)]: '👍' } }, {}],
    ['a reaction to a card of another author with the same card id is not counted here', { reactionsByAuthor: { [reactionKey('cees', cardKey('cees', 'c1'))]: '❤️' } }, {}],
    ['empty and non-text reactions are skipped', { reactionsByAuthor: { [reactionKey('bram', anna1)]: '', [reactionKey('cees', anna1)]: { emoji: '👍' } } }, {}],
    ['a reaction key without a card is skipped', { reactionsByAuthor: { bram: '👍', 'bram/': '👍' } }, {}],
  ])('reactions: %s', (_what, json, expected) => {
    const [read] = readBoard({ cardsByAuthor: { [anna1]: card('Vraag') }, ...json }).cards;
    expect(read?.reactions).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, { column?: string; temperature?: string }]>([
    ['the author’s own column', { column: 'ouder' }, {}, { column: 'ouder' }],
    ['the group’s column over the author’s', { column: 'ouder' }, { [anna1]: { column: 'kind' } }, { column: 'kind' }],
    ['the author’s column when the group’s is empty', { column: 'ouder' }, { [anna1]: { column: '' } }, { column: 'ouder' }],
    ['a temperature the group gave', {}, { [anna1]: { temperature: 'warm' } }, { temperature: 'warm' }],
    ['the group’s temperature over the author’s', { temperature: 'lauw' }, { [anna1]: { temperature: 'koud' } }, { temperature: 'koud' }],
    ['the author’s temperature when the group’s is not one', { temperature: 'lauw' }, { [anna1]: { temperature: 'heet' } }, { temperature: 'lauw' }],
    ['no temperature when neither is one', { temperature: 'heet' }, {}, {}],
    ['an arrangement of the wrong shape changes nothing', { column: 'ouder' }, { [anna1]: 'warm' }, { column: 'ouder' }],
    ['an arrangement of another card changes nothing', { column: 'ouder' }, { [bram1]: { column: 'kind' } }, { column: 'ouder' }],
  ])('arrangement: %s', (_what, own, arrangement, expected) => {
    const [read] = readBoard({ cardsByAuthor: { [anna1]: card('Kaart', 1, own) }, arrangement }).cards;
    expect({ column: read?.column, temperature: read?.temperature }).toEqual({ column: undefined, temperature: undefined, ...expected });
  });

  it.each<[string, unknown, boolean]>([
    ['hidden by the facilitator', { hidden: true }, true],
    ['shown again', undefined, false],
    ['a truthy value that is not true', { hidden: 'yes' }, false],
    ['a bare true', true, false],
  ])('moderation: %s', (_what, value, hidden) => {
    const [read] = readBoard({ cardsByAuthor: { [anna1]: card('Kaart') }, moderation: value === undefined ? {} : { [anna1]: value } }).cards;
    expect(read?.hidden).toBe(hidden);
  });

  it.each<[string, unknown]>([
    ['no id part', { anna: card('Zonder id') }],
    ['no user id', { '/c1': card('Zonder auteur') }],
    ['an empty id', { 'anna/': card('Leeg id') }],
    ['no text', { [anna1]: { createdAt: 1 } }],
    ['blank text', { [anna1]: card('   ') }],
    ['text that is not text', { [anna1]: { text: 42 } }],
    ['a number instead of an entry', { [anna1]: 42 }],
    ['a list instead of an entry', { [anna1]: ['tekst'] }],
    ['null', { [anna1]: null }],
  ])('skips a card with %s', (_what, cardsByAuthor) => {
    expect(readBoard({ cardsByAuthor }).cards).toEqual([]);
    expect(readBoard({ lessonsByAuthor: cardsByAuthor }).lessons).toEqual([]);
  });

  it('cuts text at the board limit and reads a missing time as 0', () => {
    const [read] = readBoard({ cardsByAuthor: { [anna1]: { text: 'x'.repeat(MAX_BOARD_TEXT + 10) } } }).cards;
    expect(read?.text).toHaveLength(MAX_BOARD_TEXT);
    expect(read?.createdAt).toBe(0);
  });

  it('orders cards and lessons oldest first, ties by key', () => {
    const cardsByAuthor = { 'cees/z': card('derde', 5), 'bram/b': card('tweede', 2), 'anna/y': card('eerste', 2), 'anna/a': card('nul', 1) };
    expect(readBoard({ cardsByAuthor }).cards.map((read) => read.text)).toEqual(['nul', 'eerste', 'tweede', 'derde']);
    expect(readBoard({ lessonsByAuthor: cardsByAuthor }).lessons.map((read) => read.text)).toEqual(['nul', 'eerste', 'tweede', 'derde']);
  });

  it('reads lessons with unique tags and only text in the lists', () => {
    const { lessons } = readBoard({
      lessonsByAuthor: {
        'anna/l1': { text: 'Begin bij het kind.', elementIds: ['gedeelde-visie', 'gedeelde-visie', 3], indicatorIds: 'geen lijst', themes: ['thuiszitters'], createdAt: 7, authorName: 'Vals' },
      },
    });
    expect(lessons).toEqual([
      { id: 'l1', key: 'anna/l1', text: 'Begin bij het kind.', elementIds: ['gedeelde-visie'], indicatorIds: [], themes: ['thuiszitters'], authorId: 'anna', createdAt: 7 },
    ]);
  });

  it.each<[string, unknown, Record<string, { score: number; comment: string }>]>([
    ['a vote', { anna: { score: 4, comment: 'Fijn' } }, { anna: { score: 4, comment: 'Fijn' } }],
    ['a vote without comment', { anna: { score: 1 } }, { anna: { score: 1, comment: '' } }],
    ['scores outside 1–5', { a: { score: 0 }, b: { score: 6 }, c: { score: 2.5 }, d: { score: '5' } }, {}],
    ['a vote under a key that is not a user id', { 'anna/extra': { score: 3 }, '': { score: 3 } }, {}],
    ['a vote that is no object', { anna: 5 }, {}],
  ])('votes: %s', (_what, votesByAuthor, expected) => {
    expect(readBoard({ votesByAuthor }).votes).toEqual(expected);
  });

  it('cuts a vote comment at the board limit', () => {
    expect(readBoard({ votesByAuthor: { anna: { score: 3, comment: 'y'.repeat(MAX_BOARD_TEXT + 1) } } }).votes['anna']?.comment).toHaveLength(MAX_BOARD_TEXT);
  });

  it.each<[string, unknown, Array<{ authorId: string; cardKey: string }>]>([
    ['a mark on a card', { [markKey('pien', anna1)]: true }, [{ authorId: 'pien', cardKey: anna1 }]],
    ['marks of two people on one card', { [markKey('pien', anna1)]: true, [markKey('bram', anna1)]: true }, [{ authorId: 'bram', cardKey: anna1 }, { authorId: 'pien', cardKey: anna1 }]],
    ['a mark whose card key has no id part', { 'pien/anna': true }, []],
    ['a mark that is not true', { [markKey('pien', anna1)]: 'ja', [markKey('pien', bram1)]: false }, []],
    ['a key without a marker', { anna: true }, []],
  ])('marks: %s', (_what, marksByAuthor, expected) => {
    expect(readBoard({ marksByAuthor }).marks.map(({ authorId, cardKey: key }) => ({ authorId, cardKey: key }))).toEqual(expected);
  });

  it('uses the root names of BOARD_KEYS', () => {
    expect(BOARD_KEYS).toMatchObject({ cards: 'cardsByAuthor', lessons: 'lessonsByAuthor', reactions: 'reactionsByAuthor', votes: 'votesByAuthor' });
  });
});
