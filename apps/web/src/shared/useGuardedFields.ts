import type { CaseFieldFinding } from '@mao/domain';
import { useCallback, useState, type FormEvent } from 'react';
import { usePausedPrivacyCheck } from './usePausedPrivacyCheck';

/** The part of `useForm` the guard needs. */
interface GuardedForm<V> {
  values: V;
  setValue: <K extends keyof V>(name: K, value: V[K]) => void;
  errors: Partial<Record<string, string>>;
  formRef: { current: HTMLFormElement | null };
  handleSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * The privacy guard on a form's free-text fields (a proposal, a question): the same check the
 * api runs on save, after each pause in typing (`usePausedPrivacyCheck`). Direct identifiers hold
 * the form back on submit, checked at that moment (focus goes to the first field with one); a
 * finding marked "not identifying" is accepted and sent as `acceptedFindings`. The texts live in
 * the form's values only — nothing is kept twice.
 */
export function useGuardedFields<V extends Record<string, unknown>, N extends keyof V & string>(form: GuardedForm<V>, names: readonly N[]) {
  const [acceptedByField, setAccepted] = useState<Partial<Record<N, string[]>>>({});
  const [blocked, setBlocked] = useState(false);
  const textOf = useCallback((name: N) => String(form.values[name] ?? ''), [form.values]);

  const check = usePausedPrivacyCheck(
    names.map(textOf),
    names.map((name) => acceptedByField[name] ?? []),
  );
  const findings = Object.fromEntries(names.map((name, i) => [name, check.findings[i] ?? []])) as Record<N, CaseFieldFinding[]>;
  const blockingIn = (lists: readonly CaseFieldFinding[][]) => lists.flat().filter((finding) => finding.severity !== 'warn');
  const blocking = blockingIn(check.findings);
  // What the writer accepted and still stands in the text.
  const accepted = [...new Set(names.flatMap((name) => (acceptedByField[name] ?? []).filter((match) => textOf(name).includes(match))))];

  /** Props for a `PrivacyField` (cases/PrivacyField.tsx). */
  const field = (name: N) => ({
    name,
    value: textOf(name),
    onChange: (value: string) => form.setValue(name, value as V[N]),
    findings: findings[name],
    onAccept: (finding: CaseFieldFinding) =>
      setAccepted((current) => ({ ...current, [name]: [...new Set([...(current[name] ?? []), finding.match])] })),
    error: form.errors[name],
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The texts as they are now: a submit right after typing does not wait for the pause.
    if (blockingIn(check.checkNow()).length > 0) {
      event.preventDefault();
      setBlocked(true);
      // The marks appear with the next render; focus the first field with one then.
      requestAnimationFrame(() => form.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBlocked(false);
    void form.handleSubmit(event);
  };

  /** After a successful send with the form emptied: nothing accepted, nothing held back. */
  const reset = useCallback(() => {
    setAccepted({});
    setBlocked(false);
  }, []);

  return {
    field,
    onSubmit,
    reset,
    /** How many direct identifiers held the last submit back (0: say nothing). */
    heldBack: blocked ? blocking.length : 0,
    acceptedFindings: accepted.length > 0 ? accepted : undefined,
  };
}
