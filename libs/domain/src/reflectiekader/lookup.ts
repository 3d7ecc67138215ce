import { REFLECTIEKADER, REFLECTIEKADER_VERSIONS } from './framework.js';
import type { ReflectionFramework, WorkingElement, WorkingElementIndicator } from './framework.js';

/** The framework with this version, or undefined when it was never published. */
export function findFrameworkVersion(version: number): ReflectionFramework | undefined {
  return REFLECTIEKADER_VERSIONS.find((framework) => framework.version === version);
}

export function findElement(
  elementId: string,
  framework: ReflectionFramework = REFLECTIEKADER,
): WorkingElement | undefined {
  return framework.elements.find((element) => element.id === elementId);
}

export function findIndicator(
  indicatorId: string,
  framework: ReflectionFramework = REFLECTIEKADER,
): WorkingElementIndicator | undefined {
  for (const element of framework.elements) {
    const indicator = element.indicators.find((candidate) => candidate.id === indicatorId);
    if (indicator) return indicator;
  }
  return undefined;
}

export function isKnownElement(elementId: string, framework: ReflectionFramework = REFLECTIEKADER): boolean {
  return findElement(elementId, framework) !== undefined;
}

export function isKnownIndicator(indicatorId: string, framework: ReflectionFramework = REFLECTIEKADER): boolean {
  return findIndicator(indicatorId, framework) !== undefined;
}

/** The indicators of an element, in framework order; empty for an unknown element. */
export function indicatorsOf(
  elementId: string,
  framework: ReflectionFramework = REFLECTIEKADER,
): readonly WorkingElementIndicator[] {
  return findElement(elementId, framework)?.indicators ?? [];
}

/** Every indicator of the framework, flattened in framework order. */
export function allIndicators(framework: ReflectionFramework = REFLECTIEKADER): readonly WorkingElementIndicator[] {
  return framework.elements.flatMap((element) => element.indicators);
}
