import { describe, expect, it } from 'vitest';
import { linesWith, matchAllInLines } from './text.js';

/** Every (start, match) of a global regex, to compare a search of the whole text with a search of some of its lines. */
const spans = (matches: Iterable<RegExpMatchArray>): [number, string][] => [...matches].map((m) => [m.index ?? -1, m[0]]);

describe('matchAllInLines', () => {
  // Patterns with lookarounds at both ends, none crossing a line (as the initials and e-mail patterns of the guard).
  const initialThenWord = /(?<![\p{L}\p{N}.])\p{Lu}\.[ \u00a0]+(\p{Ll}+)(?![\p{L}])/gu;
  const wordBeforeInitial = /(?<![\p{L}])(\p{Ll}{3,})[ \u00a0](\p{Ll}\.)(?=[ \u00a0,;:)]|$)/gu;
  const texts = [
    'J. weet ervan.\nM. zegt dat\n\nsara k.\nsara k. is er',
    'eerste regel zonder\n- K. loopt weg\r\nlaatste regel anna b.',
    'anna b.',
    '\n\nA. b\nc',
  ];

  it('finds in the lines that pass the gate what a search of the whole text finds, at the same places', () => {
    for (const text of texts) {
      for (const re of [initialThenWord, wordBeforeInitial]) {
        const lines = linesWith(text, /\p{L}\./u);
        expect(spans(matchAllInLines(lines, re)), `${re} in ${JSON.stringify(text)}`).toEqual(spans(text.matchAll(re)));
      }
    }
  });

  it('keeps each line with its newline and its place in the text', () => {
    expect(linesWith('a.\nb\nc.', /\./u)).toEqual([
      { from: 0, text: 'a.\n' },
      { from: 5, text: 'c.' },
    ]);
  });
});
