import { REFLECTIEKADER } from './framework.js';
import type { ReflectionFramework } from './framework.js';
import { findElement, findIndicator } from './lookup.js';

/**
 * A lesson's tag: a werkzaam element, optionally narrowed to one of its indicators.
 * An element without an indicator is a valid tag (element 6 has no indicators at all).
 */
export interface ReflectionTag {
  readonly elementId: string;
  readonly indicatorId?: string | null;
}

export const REFLECTION_TAG_PROBLEM_CODES = [
  'not_a_list',
  'invalid_tag',
  'unknown_element',
  'unknown_indicator',
  'indicator_not_in_element',
  'duplicate_tag',
] as const;
export type ReflectionTagProblemCode = (typeof REFLECTION_TAG_PROBLEM_CODES)[number];

export interface ReflectionTagProblem {
  /** Position of the offending tag in the list; -1 when the list itself is wrong. */
  readonly index: number;
  readonly code: ReflectionTagProblemCode;
  /** Dutch, ready to show next to the field. */
  readonly message: string;
}

export type ReflectionTagValidation =
  | { readonly ok: true; readonly tags: readonly ReflectionTag[] }
  | { readonly ok: false; readonly problems: readonly ReflectionTagProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a lesson's tag set against a framework version and reports every problem at once.
 * Accepts unknown input because it guards data from forms, requests and old database rows.
 */
export function validateReflectionTags(
  input: unknown,
  framework: ReflectionFramework = REFLECTIEKADER,
): ReflectionTagValidation {
  if (!Array.isArray(input)) {
    return { ok: false, problems: [{ index: -1, code: 'not_a_list', message: 'De labels moeten een lijst zijn.' }] };
  }
  const problems: ReflectionTagProblem[] = [];
  const tags: ReflectionTag[] = [];
  const seen = new Set<string>();
  input.forEach((raw: unknown, index) => {
    const elementId = isRecord(raw) ? raw['elementId'] : undefined;
    const indicatorId = isRecord(raw) ? raw['indicatorId'] : undefined;
    if (typeof elementId !== 'string' || !(indicatorId === undefined || indicatorId === null || typeof indicatorId === 'string')) {
      problems.push({ index, code: 'invalid_tag', message: `Label ${index + 1} heeft geen geldig werkzaam element.` });
      return;
    }
    const element = findElement(elementId, framework);
    if (!element) {
      problems.push({ index, code: 'unknown_element', message: `Het werkzame element "${elementId}" bestaat niet in het reflectiekader.` });
      return;
    }
    if (typeof indicatorId === 'string') {
      const indicator = findIndicator(indicatorId, framework);
      if (!indicator) {
        problems.push({ index, code: 'unknown_indicator', message: `De indicator "${indicatorId}" bestaat niet in het reflectiekader.` });
        return;
      }
      if (indicator.elementId !== element.id) {
        problems.push({
          index,
          code: 'indicator_not_in_element',
          message: `De indicator "${indicator.label.nl}" hoort niet bij het werkzame element "${element.label.nl}".`,
        });
        return;
      }
    }
    const key = `${elementId}|${typeof indicatorId === 'string' ? indicatorId : ''}`;
    if (seen.has(key)) {
      problems.push({ index, code: 'duplicate_tag', message: `Label ${index + 1} staat er al eerder in.` });
      return;
    }
    seen.add(key);
    tags.push(typeof indicatorId === 'string' ? { elementId, indicatorId } : { elementId });
  });
  return problems.length === 0 ? { ok: true, tags } : { ok: false, problems };
}

export function isValidReflectionTagSet(input: unknown, framework: ReflectionFramework = REFLECTIEKADER): boolean {
  return validateReflectionTags(input, framework).ok;
}
