import { describe, expect, it } from 'vitest';
import {
  REFLECTIEKADER,
  REFLECTIEKADER_VERSION,
  REFLECTIEKADER_VERSIONS,
  allIndicators,
  findElement,
  findFrameworkVersion,
  findIndicator,
  indicatorsOf,
  isKnownElement,
  isKnownIndicator,
  isValidReflectionTagSet,
  validateReflectionTags,
} from './index.js';

describe('REFLECTIEKADER data', () => {
  it('has the six werkzame elementen in programme order', () => {
    expect(REFLECTIEKADER.elements.map((element) => [element.number, element.id])).toEqual([
      [1, 'gedeelde-visie'],
      [2, 'cultuur-van-samenwerken'],
      [3, 'regie-op-samenwerking'],
      [4, 'lerende-cyclus'],
      [5, 'faciliterend-stelsel'],
      [6, 'een-ecosysteem'],
    ]);
  });

  it.each([
    ['gedeelde-visie', 3],
    ['cultuur-van-samenwerken', 6],
    ['regie-op-samenwerking', 4],
    ['lerende-cyclus', 3],
    ['faciliterend-stelsel', 5],
    ['een-ecosysteem', 0],
  ])('element %s has %i indicators', (elementId, count) => {
    expect(indicatorsOf(elementId)).toHaveLength(count);
  });

  it('gives every indicator an id prefixed by its element and unique overall', () => {
    const ids = allIndicators().map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of allIndicators()) {
      expect(indicator.id.startsWith(`${indicator.elementId}.`)).toBe(true);
      expect(indicator.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
    }
  });

  it('labels and describes everything in Dutch and English', () => {
    const texts = REFLECTIEKADER.elements.flatMap((element) => [
      element.label,
      element.description,
      ...element.indicators.flatMap((indicator) => [indicator.label, indicator.description]),
    ]);
    for (const text of texts) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('keeps every version and exposes the current one', () => {
    expect(REFLECTIEKADER_VERSION).toBe(1);
    expect(REFLECTIEKADER_VERSIONS.at(-1)).toBe(REFLECTIEKADER);
    expect(findFrameworkVersion(1)).toBe(REFLECTIEKADER);
    expect(findFrameworkVersion(99)).toBeUndefined();
  });
});

describe('lookups', () => {
  it.each([
    ['gedeelde-visie', true],
    ['een-ecosysteem', true],
    ['onbekend', false],
    ['', false],
  ])('isKnownElement(%s) is %s', (id, known) => {
    expect(isKnownElement(id)).toBe(known);
    expect(findElement(id) !== undefined).toBe(known);
  });

  it.each([
    ['gedeelde-visie.een-verhaal', true],
    ['cultuur-van-samenwerken.gedeelde-taal', true],
    ['faciliterend-stelsel.terugdringen-vrijstellingen', true],
    ['gedeelde-visie', false],
    ['gedeelde-visie.onbekend', false],
  ])('isKnownIndicator(%s) is %s', (id, known) => {
    expect(isKnownIndicator(id)).toBe(known);
  });

  it('finds an indicator with its element and labels', () => {
    const indicator = findIndicator('gedeelde-visie.een-verhaal');
    expect(indicator?.elementId).toBe('gedeelde-visie');
    expect(indicator?.label.nl).toBe('Eén verhaal');
  });

  it('returns no indicators for an unknown element', () => {
    expect(indicatorsOf('bestaat-niet')).toEqual([]);
  });
});

describe('validateReflectionTags', () => {
  it('accepts elements with and without an indicator', () => {
    const result = validateReflectionTags([
      { elementId: 'gedeelde-visie', indicatorId: 'gedeelde-visie.een-verhaal' },
      { elementId: 'een-ecosysteem' },
      { elementId: 'lerende-cyclus', indicatorId: null },
    ]);
    expect(result).toEqual({
      ok: true,
      tags: [
        { elementId: 'gedeelde-visie', indicatorId: 'gedeelde-visie.een-verhaal' },
        { elementId: 'een-ecosysteem' },
        { elementId: 'lerende-cyclus' },
      ],
    });
    expect(isValidReflectionTagSet([])).toBe(true);
  });

  it.each([
    ['not a list', 'geen lijst', -1, 'not_a_list'],
    ['a tag without element', [{ indicatorId: 'x' }], 0, 'invalid_tag'],
    ['a tag that is not an object', ['gedeelde-visie'], 0, 'invalid_tag'],
    ['a numeric indicator', [{ elementId: 'gedeelde-visie', indicatorId: 3 }], 0, 'invalid_tag'],
    ['an unknown element', [{ elementId: 'onbekend' }], 0, 'unknown_element'],
    ['an unknown indicator', [{ elementId: 'gedeelde-visie', indicatorId: 'gedeelde-visie.x' }], 0, 'unknown_indicator'],
    [
      'an indicator of another element',
      [{ elementId: 'lerende-cyclus', indicatorId: 'gedeelde-visie.een-verhaal' }],
      0,
      'indicator_not_in_element',
    ],
    ['a duplicate', [{ elementId: 'lerende-cyclus' }, { elementId: 'lerende-cyclus' }], 1, 'duplicate_tag'],
  ])('rejects %s', (_name, input, index, code) => {
    const result = validateReflectionTags(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index, code });
    expect(result.problems[0]?.message).toMatch(/\S/);
    expect(isValidReflectionTagSet(input)).toBe(false);
  });

  it('reports every problem at once, naming the element in Dutch', () => {
    const result = validateReflectionTags([
      { elementId: 'onbekend' },
      { elementId: 'lerende-cyclus', indicatorId: 'gedeelde-visie.een-verhaal' },
      { elementId: 'gedeelde-visie' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.index)).toEqual([0, 1]);
    expect(result.problems[1]?.message).toContain('Lerende cyclus');
  });
});
