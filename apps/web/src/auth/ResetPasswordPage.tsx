import { passwordResetSchema, PASSWORD_MIN_LENGTH } from '@mao/domain';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { useErrorText, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useForm } from '../shared/useForm';
import { Alert, Button, Card, PageTitle, PasswordField } from '../ui';

export function ResetPasswordPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const toInput = useCallback((values: { password: string }) => ({ token, password: values.password }), [token]);
  const form = useForm({
    initial: { password: '' },
    schema: passwordResetSchema,
    toInput,
    onSubmit: async ({ password }) => {
      await api.auth.resetPassword(token, password);
      navigate('/inloggen', { replace: true, state: flashState({ kind: 'success', message: t.reset.success }) });
    },
  });

  const linkBroken =
    form.errors.token !== undefined || (form.serverError instanceof ApiError && form.serverError.code === 'invalid_token');

  return (
    <div className="page page--narrow">
      <PageTitle title={t.reset.title} siteName={t.common.appName} lead={t.reset.intro} />
      {linkBroken && (
        <Alert tone="error">
          <p>{t.reset.invalidLink}</p>
          <p>
            <Link to="/wachtwoord-vergeten">{t.reset.requestNew}</Link>
          </p>
        </Alert>
      )}
      <Card>
        <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
          {form.serverError !== null && !linkBroken && <Alert tone="error">{errorText(form.serverError)}</Alert>}
          <PasswordField
            label={t.reset.password}
            hint={t.common.passwordRule(PASSWORD_MIN_LENGTH)}
            autoComplete="new-password"
            required
            showLabel={t.common.showPassword}
            {...form.text('password')}
          />
          <div className="button-row">
            <Button type="submit" busy={form.submitting} busyLabel={t.reset.submitting}>
              {t.reset.submit}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
