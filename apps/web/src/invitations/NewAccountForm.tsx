import { acceptInvitationSchema, BACKGROUNDS, BACKGROUND_LABELS, type AcceptInvitationInput, PASSWORD_MIN_LENGTH } from '@mao/domain';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, PasswordField, Select, TextField } from '../ui';

interface NewAccountValues extends Record<string, string> {
  name: string;
  password: string;
  background: string;
  organisation: string;
}

/**
 * The schema has name and password optional (an existing account sends `{}`); a new person must
 * give both, so they are always sent here: an empty name or password then fails the schema's
 * own rules ("Vul je naam in.", "Een wachtwoord heeft minstens 10 tekens.").
 */
function toInput(values: NewAccountValues) {
  return {
    name: values.name,
    password: values.password,
    background: values.background || undefined,
    organisation: values.organisation.trim() || undefined,
  };
}

export function NewAccountForm({ email, onSubmit }: { email: string; onSubmit: (input: AcceptInvitationInput) => Promise<void> }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const form = useForm<NewAccountValues, AcceptInvitationInput>({
    initial: { name: '', password: '', background: '', organisation: '' },
    schema: acceptInvitationSchema,
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
        hint={t.common.passwordRule(PASSWORD_MIN_LENGTH)}
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
