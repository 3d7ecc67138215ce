import { changePasswordSchema, PASSWORD_MIN_LENGTH } from '@mao/domain';
import { useState } from 'react';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, LiveStatus, PasswordField } from '../ui';

export function ChangePasswordForm() {
  const t = useT();
  const errorText = useErrorText();
  const [done, setDone] = useState(false);
  const form = useForm({
    initial: { currentPassword: '', newPassword: '' },
    schema: changePasswordSchema,
    onSubmit: async (input) => {
      setDone(false);
      await api.me.changePassword(input);
      form.reset();
      setDone(true);
    },
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      <LiveStatus message={done ? t.account.passwordChanged : null} />
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <PasswordField
        label={t.account.currentPassword}
        autoComplete="current-password"
        required
        showLabel={t.common.showPassword}
        {...form.text('currentPassword')}
      />
      <PasswordField
        label={t.account.newPassword}
        hint={t.common.passwordRule(PASSWORD_MIN_LENGTH)}
        autoComplete="new-password"
        required
        showLabel={t.common.showPassword}
        {...form.text('newPassword')}
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={t.account.changingPassword}>
          {t.account.changePassword}
        </Button>
      </div>
    </form>
  );
}
