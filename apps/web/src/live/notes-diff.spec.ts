import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, diffText, shiftPosition } from './notes-diff';

describe('diffText', () => {
  it.each([
    ['abc', 'abc', null],
    ['', 'hallo', { index: 0, remove: 0, insert: 'hallo' }],
    ['hallo', '', { index: 0, remove: 5, insert: '' }],
    ['de casus', 'de korte casus', { index: 3, remove: 0, insert: 'korte ' }],
    ['de korte casus', 'de casus', { index: 3, remove: 6, insert: '' }],
    ['wat werkt', 'wat helpt', { index: 4, remove: 4, insert: 'help' }],
    ['aaa', 'aaaa', { index: 3, remove: 0, insert: 'a' }],
  ])('%j → %j', (before, after, change) => {
    expect(diffText(before, after)).toEqual(change);
  });

  it('never splits an emoji (surrogate pair)', () => {
    const change = diffText('idee 💡!', 'idee 👍!');
    expect(change).toEqual({ index: 5, remove: 2, insert: '👍' });
  });

  it('turns before into after for any pair of strings', () => {
    const samples = ['', 'a', 'ab', 'ba', 'abc', 'aXc', 'hallo wereld', 'hallo lieve wereld', '💡x', 'x💡', '👍💡'];
    for (const before of samples) {
      for (const after of samples) {
        const change = diffText(before, after);
        const result = change ? before.slice(0, change.index) + change.insert + before.slice(change.index + change.remove) : before;
        expect(result).toBe(after);
      }
    }
  });
});

describe('applyTextChange', () => {
  it('sends only the changed range, so two people typing at once both keep their words', () => {
    const anna = new Y.Doc();
    const bram = new Y.Doc();
    anna.getText('notes').insert(0, 'Afspraken: ');
    Y.applyUpdate(bram, Y.encodeStateAsUpdate(anna));
    // Both edit their own copy of the textarea value at the same time (offline from each other).
    applyTextChange(anna.getText('notes'), 'Afspraken: school belt moeder. ');
    applyTextChange(bram.getText('notes'), 'Vorige keer — Afspraken: ');
    Y.applyUpdate(anna, Y.encodeStateAsUpdate(bram));
    Y.applyUpdate(bram, Y.encodeStateAsUpdate(anna));
    expect(anna.getText('notes').toString()).toBe('Vorige keer — Afspraken: school belt moeder. ');
    expect(bram.getText('notes').toString()).toBe(anna.getText('notes').toString());
  });

  it('does nothing when the value did not change', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(applyTextChange(doc.getText('notes'), '')).toBeNull();
    expect(updates).toBe(0);
  });
});

describe('shiftPosition', () => {
  const change = { index: 5, remove: 2, insert: 'abcd' };
  it('keeps positions before the change, moves those after it', () => {
    expect(shiftPosition(3, change)).toBe(3);
    expect(shiftPosition(5, change)).toBe(5);
    expect(shiftPosition(10, change)).toBe(12);
    expect(shiftPosition(6, change)).toBe(9);
  });
});
