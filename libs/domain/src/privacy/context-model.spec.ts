import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_FILE, weightsSource } from '../../scripts/train-context-model.js';
import { detectLowercaseNames, isCandidateClass, lexicalClass } from './context-model.js';
import { findPrivacyIssues } from './guard.js';
import { tokenize } from './names.js';

const names = (text: string): string[] => detectLowercaseNames(text, tokenize(text)).map((c) => text.slice(c.start, c.end));

describe('context model: lowercase names judged by the words around them', () => {
  it('classes words by the lists that know them', () => {
    expect(lexicalClass('moeder')).toContain('Q');
    expect(lexicalClass('lotte')).toContain('F');
    expect(lexicalClass('van')).toBe('T');
    expect(lexicalClass('erin')).toContain('Q'); // "erin", not Erin
    expect(lexicalClass('check-in')).not.toContain('U');
    expect(lexicalClass('zqorvath')).toBe('U');
    // Only name-list words and unknown words are weighed at all.
    expect(isCandidateClass(lexicalClass('moeder'))).toBe(false);
    expect(isCandidateClass(lexicalClass('zqorvath'))).toBe(true);
  });

  it.each([
    ['zijn vrouw noura komt morgen ook naar het gesprek', ['noura']],
    ['broertje sepp zit ook in groep 5, zelfde juf', ['sepp']],
    ['ik heb gebeld met mevrouw el khatib over de woning', ['el khatib']],
    ['vader heet trouwens yaroslav, ze komen uit kyiv', ['yaroslav']],
    ['kenan, 15, woont sinds kort in de wijk', ['kenan']],
  ])('finds the name in lowercase chat: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'ik bel moeder morgen even terug over de afspraak',
    'wie heeft de notulen van vorige week nog? ik kan ze niet vinden',
    'de juf van de jongste maakt zich zorgen over het verzuim',
    'agenda: 19.30 inloop, 19.45 check-in, 20.00 casus',
  ])('leaves a clean lowercase line alone: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('leaves lowercase words alone where the writer capitalises names', () => {
    // Sanne is capitalised mid-sentence, so this writer would have capitalised a name: "noura" here is not judged.
    expect(names('Ik sprak Sanne gisteren, en noura komt morgen.')).toEqual([]);
  });

  it('reports what it finds through the guard, as a name', () => {
    const found = findPrivacyIssues('ok dus zijn vrouw noura belt morgen terug');
    expect(found.map((f) => [f.kind, f.match])).toContainEqual(['name', 'noura']);
  });

  it('ships the weights that the corpus and these features train (scripts/train-context-model.ts)', async () => {
    const { source } = await weightsSource();
    expect(readFileSync(WEIGHTS_FILE, 'utf8') === source, 'context-weights.ts is stale: run npx tsx libs/domain/scripts/train-context-model.ts').toBe(true);
  }, 120_000);
});
