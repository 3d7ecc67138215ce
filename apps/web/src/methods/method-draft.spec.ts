import { incidentmethode, metAndereOgen, validateMethod } from '@mao/intervisie-method';
import { describe, expect, it } from 'vitest';
import { copyOf, moveStep, moveStepTo, newStep, nextVersionOf, removeStep, takesFromOptions } from './method-draft';

const ids = (steps: ReadonlyArray<{ id: string }>) => steps.map((step) => step.id);

describe('method studio editing rules', () => {
  it('a copy gets an id no one has and version 1, and stays a valid method', () => {
    const copy = copyOf(metAndereOgen, new Set(['met-andere-ogen', 'met-andere-ogen-eigen']));
    expect([copy.id, copy.version]).toEqual(['met-andere-ogen-eigen-2', 1]);
    expect(validateMethod(copy).ok).toBe(true);
    expect(nextVersionOf(metAndereOgen).version).toBe(metAndereOgen.version + 1);
  });

  it('moves steps by one (buttons) or to a place (dragging), unchanged at the ends', () => {
    const steps = metAndereOgen.steps;
    expect(ids(moveStep(steps, 1, -1)).slice(0, 2)).toEqual([steps[1]?.id, steps[0]?.id]);
    expect(ids(moveStep(steps, 0, -1))).toEqual(ids(steps));
    expect(ids(moveStep(steps, steps.length - 1, 1))).toEqual(ids(steps));
    expect(ids(moveStepTo(steps, 0, 2)).slice(0, 3)).toEqual([steps[1]?.id, steps[2]?.id, steps[0]?.id]);
    expect(ids(moveStepTo(steps, 3, 3))).toEqual(ids(steps));
  });

  it('a new step has its kind’s defaults and a free id; removing a step clears what took from it', () => {
    const step = newStep('advice-round', new Set(['advice-round']));
    expect(step).toMatchObject({ id: 'advice-round-2', kind: 'advice-round', writers: ['participant', 'notetaker'], takesFrom: null });
    const withStep = { ...metAndereOgen, steps: [...metAndereOgen.steps, step] };
    expect(validateMethod(withStep).ok).toBe(true);
    const source = incidentmethode.steps.find((candidate) => incidentmethode.steps.some((other) => other.takesFrom === candidate.id));
    const index = incidentmethode.steps.findIndex((candidate) => candidate.id === source?.id);
    const after = removeStep(incidentmethode.steps, index);
    expect(after.some((candidate) => candidate.takesFrom === source?.id)).toBe(false);
    expect(after).toHaveLength(incidentmethode.steps.length - 1);
    expect(takesFromOptions(incidentmethode.steps, 2).map((option) => option.value)).toEqual(['case.keyQuestion', incidentmethode.steps[0]?.id, incidentmethode.steps[1]?.id]);
  });
});
