import { PERSPECTIVES } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import { STEP_KINDS, boardColumns, isStepKind } from './step-kinds.js';
import { BOARD_SHAPES, STEP_KIND_IDS } from './types.js';

describe('step kinds', () => {
  it('defines every kind exactly once', () => {
    expect(Object.keys(STEP_KINDS).sort()).toEqual([...STEP_KIND_IDS].sort());
  });

  it.each(STEP_KIND_IDS.map((kind) => [kind, STEP_KINDS[kind]] as const))('%s has consistent defaults', (kind, definition) => {
    expect(definition.kind).toBe(kind);
    expect(BOARD_SHAPES).toContain(definition.board);
    expect(definition.allowedPresenterModes).toContain(definition.defaults.presenterMode);
    if (definition.needsInput) expect(definition.defaults.writers.length).toBeGreaterThan(0);
    if (definition.board === 'none') expect(definition.defaults.writers).toEqual([]);
    if (definition.defaults.privateDrafts) expect(definition.supportsPrivateDrafts).toBe(true);
    const texts = [
      definition.label,
      definition.purpose,
      definition.defaults.instructions.facilitator,
      definition.defaults.instructions.presenter,
      definition.defaults.instructions.participants,
    ];
    for (const text of texts) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it.each([
    ['gossip-round', 'notes', ['away']],
    ['question-round', 'cards', ['answers']],
    ['perspective-analysis', 'perspectives', ['listens', 'away']],
    ['question-triage', 'triage', ['speaks', 'answers']],
    ['two-column-inventory', 'twoColumns', ['speaks', 'answers', 'listens']],
    ['harvest', 'harvest', ['speaks', 'answers', 'listens']],
    ['evaluation', 'poll', ['speaks', 'answers', 'listens']],
    ['rotation', 'none', ['speaks', 'answers', 'listens', 'away']],
  ] as const)('%s uses board %s and lets the presenter %j', (kind, board, modes) => {
    expect(STEP_KINDS[kind].board).toBe(board);
    expect(STEP_KINDS[kind].allowedPresenterModes).toEqual(modes);
  });

  it.each([
    ['advice-round', true],
    ['not-a-kind', false],
    [42, false],
  ])('isStepKind(%s) is %s', (value, expected) => {
    expect(isStepKind(value)).toBe(expected);
  });
});

describe('boardColumns', () => {
  it('gives triage warm, lauw and koud', () => {
    expect(boardColumns('triage').map((column) => column.id)).toEqual(['warm', 'lauw', 'koud']);
  });

  it('gives one perspectives column per domain perspective', () => {
    expect(boardColumns('perspectives').map((column) => column.id)).toEqual([...PERSPECTIVES]);
    expect(boardColumns('perspectives')[5]?.label.nl).toBe('Kind');
  });

  it('gives two columns for the inventory and none for plain boards', () => {
    expect(boardColumns('twoColumns')).toHaveLength(2);
    expect(boardColumns('notes')).toEqual([]);
    expect(boardColumns('none')).toEqual([]);
  });
});
