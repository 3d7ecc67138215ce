import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api';
import { issueMessage, useLocale, useT } from '../i18n';
import { issuesByField, validate, type FieldIssues, type Parsable } from './validation';

type Values = Record<string, string | boolean>;

interface UseFormOptions<V extends Values, T> {
  initial: V;
  schema: Parsable<T>;
  /** Turns the raw field values into the object the schema checks (e.g. split a comma list). */
  toInput?: (values: V) => unknown;
  onSubmit: (data: T, values: V) => Promise<void> | void;
}

/**
 * Form state shared by every form: values, validation with the domain's zod schema, field
 * messages in the current language, the api error of the last attempt, and focus on the first
 * invalid field after a failed submit (so keyboard and screen-reader users land on the problem).
 */
export function useForm<V extends Values, T>({ initial, schema, toInput, onSubmit }: UseFormOptions<V, T>) {
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState<V>(initial);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const submittingRef = useRef(false);

  useEffect(() => {
    if (failedAttempts === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    firstInvalid?.focus();
  }, [failedAttempts]);

  const errors = useMemo(() => {
    const messages: Partial<Record<string, string>> = {};
    for (const [key, issue] of Object.entries(issues)) {
      if (issue) messages[key] = issueMessage(issue, locale, t);
    }
    return messages;
  }, [issues, locale, t]);

  const setValue = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);

  const handleSubmit = useCallback(
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (submittingRef.current) return;
      const result = validate(schema, toInput ? toInput(values) : values);
      if (!result.ok) {
        setIssues(result.issues);
        setServerError(null);
        setFailedAttempts((n) => n + 1);
        return;
      }
      setIssues({});
      setServerError(null);
      submittingRef.current = true;
      setSubmitting(true);
      try {
        await onSubmit(result.data, values);
      } catch (error) {
        const fieldIssues = error instanceof ApiError ? error.fieldIssues() : [];
        if (fieldIssues.length > 0) {
          setIssues(issuesByField(fieldIssues.map((issue) => ({ code: 'custom', path: [issue.path], message: issue.message }))));
          setFailedAttempts((n) => n + 1);
        }
        setServerError(error);
      } finally {
        submittingRef.current = false;
        setSubmitting(false);
      }
    },
    [schema, toInput, values, onSubmit],
  );

  /** Props for a text-like field: value, change handler and its error message. */
  const text = useCallback(
    (name: keyof V & string) => ({
      name,
      value: String(values[name] ?? ''),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        setValue(name, event.target.value as V[typeof name]),
      error: errors[name],
    }),
    [values, errors, setValue],
  );

  const reset = useCallback(
    (next?: V) => {
      setValues(next ?? initial);
      setIssues({});
      setServerError(null);
    },
    [initial],
  );

  return { values, setValue, errors, serverError, setServerError, submitting, handleSubmit, formRef, text, reset };
}
