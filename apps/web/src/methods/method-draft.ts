import { STEP_KINDS, type Method, type MethodProblem, type MethodStep, type StepKind } from '@mao/intervisie-method';

/**
 * The method studio's editing rules, without React: a copy of a built-in method, steps added
 * from the step-kind vocabulary, moved and removed, and the schema's problems grouped by field.
 * What is valid is decided by the method schema of @mao/intervisie-method (the api's own).
 */

/** A method being edited: any shape the form can produce; the schema judges it. */
export type MethodDraft = Omit<Method, 'steps'> & { steps: MethodStep[] };

const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);

/** A CoP's own copy of a method, version 1, with an id that no built-in method has. */
export function copyOf(method: Method, takenIds: ReadonlySet<string>): MethodDraft {
  const base = `${slugOf(method.id)}-eigen`;
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return {
    ...method,
    id,
    version: 1,
    name: { nl: `${method.name.nl} (eigen versie)`, en: `${method.name.en} (own version)` },
    steps: method.steps.map((step) => ({ ...step })),
  };
}

/** The next version of one of the CoP's methods, to edit. */
export function nextVersionOf(method: Method): MethodDraft {
  return { ...method, version: method.version + 1, steps: method.steps.map((step) => ({ ...step })) };
}

/** A new step of a kind, with the kind's defaults (writers, presenter mode, drafts, instructions). */
export function newStep(kind: StepKind, existingIds: ReadonlySet<string>): MethodStep {
  const definition = STEP_KINDS[kind];
  const base = slugOf(kind);
  let id = base;
  for (let n = 2; existingIds.has(id); n++) id = `${base}-${n}`;
  return {
    id,
    kind,
    title: { ...definition.label },
    instructions: definition.defaults.instructions,
    timeboxMinutes: 10,
    writers: [...definition.defaults.writers],
    presenterMode: definition.defaults.presenterMode,
    privateDrafts: definition.defaults.privateDrafts,
    board: definition.board,
    takesFrom: null,
  };
}

/** The steps with the one at `index` moved by `offset` (−1 up, +1 down); unchanged at the ends. */
export function moveStep(steps: readonly MethodStep[], index: number, offset: -1 | 1): MethodStep[] {
  const target = index + offset;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

/** The steps with the one at `from` moved to position `to` (dragging a step onto another). */
export function moveStepTo(steps: readonly MethodStep[], from: number, to: number): MethodStep[] {
  if (from < 0 || from >= steps.length || to < 0 || to >= steps.length || from === to) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/**
 * The steps without the one at `index`; a later step that took its input from it takes none
 * (else the method would refer to a step that is gone).
 */
export function removeStep(steps: readonly MethodStep[], index: number): MethodStep[] {
  const removed = steps[index];
  if (!removed) return [...steps];
  return steps.filter((_, i) => i !== index).map((step) => (step.takesFrom === removed.id ? { ...step, takesFrom: null } : step));
}

/** Where a step may take its input from: an earlier step with cards, or the casus kernvraag. */
export function takesFromOptions(steps: readonly MethodStep[], index: number): Array<{ value: string; step?: MethodStep }> {
  return [{ value: 'case.keyQuestion' }, ...steps.slice(0, index).map((step) => ({ value: step.id, step }))];
}

/** The schema's problems by path (`name.nl`, `steps[2].timeboxMinutes`), for the fields to show. */
export function problemsByPath(problems: readonly MethodProblem[]): Map<string, MethodProblem[]> {
  const byPath = new Map<string, MethodProblem[]>();
  for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
  return byPath;
}
