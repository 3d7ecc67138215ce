import { passwordResetRequestSchema } from '@mao/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, Card, LiveStatus, PageTitle, TextField } from '../ui';

export function ForgotPasswordPage() {
  const t = useT();
  const errorText = useErrorText();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initial: { email: '' },
    schema: passwordResetRequestSchema,
    onSubmit: async ({ email }) => {
      await api.auth.requestPasswordReset(email);
      setSentTo(email);
    },
  });

  return (
    <div className="page page--narrow">
      <PageTitle title={t.forgot.title} siteName={t.common.appName} lead={sentTo ? undefined : t.forgot.intro} />
      <LiveStatus message={sentTo ? t.forgot.sent(sentTo) : null} tone="info" />
      {!sentTo && (
        <Card>
          <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
            {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
            <TextField label={t.common.email} type="email" autoComplete="email" required {...form.text('email')} />
            <div className="button-row">
              <Button type="submit" busy={form.submitting} busyLabel={t.forgot.submitting}>
                {t.forgot.submit}
              </Button>
            </div>
          </form>
        </Card>
      )}
      <p>
        <Link to="/inloggen">{t.forgot.backToLogin}</Link>
      </p>
    </div>
  );
}
