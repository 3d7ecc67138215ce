import type { InvitationPreview, MeView } from '@mao/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { LoginForm, useAuth } from '../auth';
import { useErrorText, useFormat, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Button, Card, Loading, PageTitle, Section, buttonClass } from '../ui';
import { NewAccountForm } from './NewAccountForm';

/**
 * The page the invitation e-mail links to. Four situations: a new person creates an account
 * here; someone with an account logs in and joins; someone already logged in joins with one
 * click (or is told the invitation is for another address); and a link that no longer works.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const t = useT();
  const errorText = useErrorText();
  const auth = useAuth();
  const preview = useResource((signal) => api.invitations.preview(token, signal), [token]);

  if (preview.status === 'loading' || auth.status === 'checking') return <Loading label={t.common.loading} />;
  if (preview.status === 'error') {
    const broken = preview.error instanceof ApiError && [400, 404].includes(preview.error.status);
    return (
      <div className="page page--narrow">
        <PageTitle title={t.invitation.title} siteName={t.common.appName} />
        <Alert tone="error">{broken ? t.invitation.invalid : errorText(preview.error)}</Alert>
        {!broken && (
          <Button variant="secondary" onClick={preview.reload}>
            {t.common.retry}
          </Button>
        )}
      </div>
    );
  }

  const invitation = preview.data;
  if (invitation.status !== 'pending') {
    return (
      <div className="page page--narrow">
        <PageTitle title={t.invitation.title} siteName={t.common.appName} />
        <Alert tone="warning">{t.invitation.status[invitation.status]}</Alert>
        <p>
          <Link to="/" className={buttonClass('secondary')}>
            {t.invitation.goToLogin}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <PageTitle title={t.invitation.heading(invitation.communityName)} siteName={t.common.appName} />
      <InvitationSummary invitation={invitation} />
      <AcceptStep token={token} invitation={invitation} />
    </div>
  );
}

function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const t = useT();
  const format = useFormat();
  return (
    <Card>
      <p>{t.invitation.role(t.common.rolesLower[invitation.role])}</p>
      <dl className="facts">
        <div>
          <dt>{t.invitation.forEmail}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t.invitation.validUntil}</dt>
          <dd>{format.date(invitation.expiresAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}

function AcceptStep({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { me, setMe, logout, syncLocaleToAccount } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [accepting, setAccepting] = useState(false);

  const accept = async (details: Parameters<typeof api.invitations.accept>[1]) => {
    const result = await api.invitations.accept(token, details);
    setMe(result.me);
    void syncLocaleToAccount(result.me);
    navigate(`/cops/${result.community.id}`, {
      replace: true,
      state: flashState({ kind: 'success', message: t.invitation.welcome(result.community.name) }),
    });
  };

  const acceptAsLoggedIn = async () => {
    setAccepting(true);
    setError(null);
    try {
      await accept({});
    } catch (caught) {
      setError(caught);
      setAccepting(false);
    }
  };

  if (me) {
    if (!sameEmail(me, invitation.email)) {
      return (
        <Alert tone="warning">
          <p>{t.invitation.wrongAccount(me.email, invitation.email)}</p>
          <Button variant="secondary" onClick={() => void logout()}>
            {t.invitation.logoutToSwitch}
          </Button>
        </Alert>
      );
    }
    return (
      <Card>
        {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
        <p>{t.invitation.acceptIntro}</p>
        <Button busy={accepting} busyLabel={t.invitation.accepting} onClick={() => void acceptAsLoggedIn()}>
          {t.invitation.accept}
        </Button>
      </Card>
    );
  }

  if (invitation.accountExists) {
    return (
      <Section title={t.invitation.loginTitle} intro={t.invitation.loginIntro}>
        <LoginForm
          initialEmail={invitation.email}
          onLoggedIn={async (account) => {
            // Logged in: this page now shows the accept step; join right away, as the person asked.
            if (sameEmail(account, invitation.email)) await acceptAsLoggedIn();
          }}
        />
      </Section>
    );
  }

  return (
    <Section title={t.invitation.newAccountTitle} intro={t.invitation.newAccountIntro}>
      <NewAccountForm email={invitation.email} onSubmit={accept} />
    </Section>
  );
}

function sameEmail(me: MeView, email: string): boolean {
  return me.email.trim().toLowerCase() === email.trim().toLowerCase();
}
