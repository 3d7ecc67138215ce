import { DEFAULT_CASE_RETENTION_DAYS, type CommunityView, type CreateCommunityInput } from '@mao/domain';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import type { Parsable } from '../shared/validation';
import { Alert, Button, TextArea, TextField } from '../ui';

export interface CommunityFormValues extends Record<string, string> {
  name: string;
  description: string;
  themes: string;
  caseRetentionDays: string;
}

export function valuesFromCommunity(community?: CommunityView): CommunityFormValues {
  return {
    name: community?.name ?? '',
    description: community?.description ?? '',
    themes: community?.themes.join(', ') ?? '',
    caseRetentionDays: String(community?.caseRetentionDays ?? DEFAULT_CASE_RETENTION_DAYS),
  };
}

/** Themes are typed as one comma-separated line; the days as text so any input gets a clear message. */
export function communityInput(values: CommunityFormValues): Record<string, unknown> {
  const days = values.caseRetentionDays.trim();
  return {
    name: values.name,
    description: values.description,
    themes: values.themes
      .split(/[,;\n]/)
      .map((theme) => theme.trim())
      .filter(Boolean),
    caseRetentionDays: days === '' ? undefined : Number(days.replace(',', '.')),
  };
}

interface CommunityFormProps<T extends Partial<CreateCommunityInput>> {
  schema: Parsable<T>;
  initial: CommunityFormValues;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (input: T) => Promise<void>;
  onCancel?: () => void;
}

/** Name, description, themes and casus retention: used to create a CoP and to change one. */
export function CommunityForm<T extends Partial<CreateCommunityInput>>(props: CommunityFormProps<T>) {
  const { schema, initial, submitLabel, busyLabel, onSubmit, onCancel } = props;
  const t = useT();
  const errorText = useErrorText();
  const form = useForm({ initial, schema, toInput: communityInput, onSubmit });

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <TextField label={t.cops.name} hint={t.cops.nameHint} required maxLength={120} {...form.text('name')} />
      <TextArea
        label={t.cops.description}
        hint={t.cops.descriptionHint}
        optionalText={t.common.optional}
        rows={4}
        {...form.text('description')}
      />
      <TextField label={t.cops.themes} hint={t.cops.themesHint} optionalText={t.common.optional} {...form.text('themes')} />
      <TextField
        label={t.cops.retention}
        hint={t.cops.retentionHint}
        inputMode="numeric"
        className="field--short"
        {...form.text('caseRetentionDays')}
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
