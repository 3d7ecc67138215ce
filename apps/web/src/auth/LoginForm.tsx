import { loginSchema, type MeView } from '@mao/domain';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, PasswordField, TextField } from '../ui';
import { useAuth } from './AuthProvider';

export interface LoginFormProps {
  initialEmail?: string;
  /** Runs after a successful login, e.g. to accept an invitation right away. */
  onLoggedIn?: (me: MeView) => Promise<void> | void;
}

export function LoginForm({ initialEmail = '', onLoggedIn }: LoginFormProps) {
  const t = useT();
  const errorText = useErrorText();
  const { login } = useAuth();
  const form = useForm({
    initial: { email: initialEmail, password: '' },
    schema: loginSchema,
    onSubmit: async ({ email, password }) => {
      const me = await login(email, password);
      await onLoggedIn?.(me);
    },
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <TextField label={t.common.email} type="email" autoComplete="username" required {...form.text('email')} />
      <PasswordField
        label={t.login.password}
        autoComplete="current-password"
        required
        showLabel={t.common.showPassword}
        {...form.text('password')}
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={t.login.submitting}>
          {t.login.submit}
        </Button>
      </div>
    </form>
  );
}
