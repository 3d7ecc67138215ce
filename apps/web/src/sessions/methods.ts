import type { MethodEntryView } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';

export type MethodEntry = MethodEntryView<Method>;

/** Built-in methods first, then the CoP's own; a custom method never hides a built-in one with the same id. */
export function mergeMethods(builtIn: readonly MethodEntry[], custom: readonly MethodEntry[]): MethodEntry[] {
  const ids = new Set(builtIn.map((entry) => entry.method.id));
  return [...builtIn, ...custom.filter((entry) => !ids.has(entry.method.id))];
}
