import { describe, expect, it } from 'vitest';
import { charOf, codeAt, firstCharsOf, forgetWords, linesWith, matchAllInLines, startsWithOneOf, WordMemo } from './text.js';

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

  it('finds what matchAll finds on each line, also empty matches and letters outside the BMP, and leaves the pattern as it was', () => {
    const lines = linesWith('ab\n\u{1F600}x\nyz', /./u);
    for (const re of [/(?=\p{L})|x/gu, /\p{L}*/gu, /(?:)/g]) {
      const byLine = lines.flatMap((line) => [...line.text.matchAll(re)].map((m) => [(m.index ?? 0) + line.from, m[0]]));
      expect(spans(matchAllInLines(lines, re)), String(re)).toEqual(byLine);
      expect(re.lastIndex).toBe(0);
    }
    expect(() => [...matchAllInLines(lines, /x/u)]).toThrow(TypeError);
  });

  it('keeps each line with its newline and its place in the text', () => {
    expect(linesWith('a.\nb\nc.', /\./u)).toEqual([
      { from: 0, text: 'a.\n' },
      { from: 5, text: 'c.' },
    ]);
  });

  it('startsWithOneOf: a lookahead of the first characters leaves the matches of an alternation as they were', () => {
    const words = ['Veilig Thuis', 'veldwerk', '-streep', ']haak', '^dak', '\\schuin'];
    const alternation = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const plain = new RegExp(`(?:${alternation})`, 'gi');
    const gated = new RegExp(`${startsWithOneOf(firstCharsOf(words))}(?:${alternation})`, 'gi');
    const text = 'Met veilig thuis en VELDWERK; een -streep, ]haak, ^dak en \\schuin, maar geen werk of thuis alleen.';
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(found(gated)).toEqual(found(plain));
    expect(found(gated)).toHaveLength(6);
    expect(startsWithOneOf(firstCharsOf(['Ab', 'cd'], true))).toBe('(?=[ACac])');
  });
});

describe('codeAt and charOf', () => {
  it('answer as charCodeAt and charAt, also outside the text', () => {
    for (const index of [-2, -1, 0, 1, 2, 3]) {
      expect(codeAt('ab', index)).toEqual('ab'.charCodeAt(index));
      expect(charOf('ab', index)).toBe('ab'.charAt(index));
    }
  });
});

describe('WordMemo', () => {
  it('asks the test once per word until the words are forgotten, and never keeps long words', () => {
    const memo = new WordMemo();
    const asked: string[] = [];
    const test = (word: string) => {
      asked.push(word);
      return word.startsWith('a');
    };
    expect([memo.get('anna', test), memo.get('anna', test), memo.get('bo', test)]).toEqual([true, true, false]);
    expect(memo.get('aaaaaaaaaaaaaa', test)).toBe(true);
    expect(memo.get('aaaaaaaaaaaaaa', test)).toBe(true);
    expect(asked).toEqual(['anna', 'bo', 'aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaa']);
    forgetWords();
    memo.get('anna', test);
    expect(asked).toHaveLength(5);
  });
});
