import { acceptInvitationSchema, BACKGROUNDS, BACKGROUND_LABELS, type AcceptInvitationInput } from '@mao/domain';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, PasswordField, Select, TextField } from '../ui';

interface NewAccountValues extends Record<string, string> {
  name: string;
  password: string;
  background: string;
  organisation: string;
}

/** Name and password are needed for a new account; the schema has them optional for existing accounts. */
function toInput(values: NewAccountValues) {
  return {
    name: values.name,
    password: values.password,
    background: values.background || undefined,
    organisation: values.organisation.trim() || undefined,
  };
}

const withRequiredDetails = {
  safeParse(input: unknown) {
    const result = acceptInvitationSchema.safeParse(input);
    if (!result.success) return result;
    const issues = [];
    if (!result.data.name) issues.push({ code: 'custom', path: ['name'], message: 'Vul je naam in.' });
    if (!result.data.password) issues.push({ code: 'custom', path: ['password'], message: 'Een wachtwoord heeft minstens 10 tekens.' });
    return issues.length > 0 ? { success: false as const, error: { issues } } : result;
  },
};

export function NewAccountForm({ email, onSubmit }: { email: string; onSubmit: (input: AcceptInvitationInput) => Promise<void> }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const form = useForm<NewAccountValues, AcceptInvitationInput>({
    initial: { name: '', password: '', background: '', organisation: '' },
    schema: withRequiredDetails,
    toInput,
    onSubmit,
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <TextField label={t.common.email} type="email" value={email} readOnly autoComplete="username" />
      <TextField label={t.common.name} hint={t.invitation.nameHint} autoComplete="name" required {...form.text('name')} />
      <PasswordField
        label={t.invitation.password}
        hint={t.common.passwordRule}
        autoComplete="new-password"
        required
        showLabel={t.common.showPassword}
        {...form.text('password')}
      />
      <Select
        label={t.common.background}
        hint={t.common.backgroundHint}
        optionalText={t.common.optional}
        placeholder={t.common.chooseBackground}
        options={BACKGROUNDS.map((background) => ({ value: background, label: BACKGROUND_LABELS[background][locale] }))}
        {...form.text('background')}
      />
      <TextField
        label={t.common.organisation}
        hint={t.common.organisationHint}
        optionalText={t.common.optional}
        autoComplete="organization"
        {...form.text('organisation')}
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={t.invitation.creating}>
          {t.invitation.createAndJoin}
        </Button>
      </div>
    </form>
  );
}
