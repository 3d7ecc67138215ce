import { Link, Navigate, useLocation } from 'react-router';
import { useT } from '../i18n';
import { useFlash } from '../shared/flash';
import { Card, LiveStatus, Loading, PageTitle } from '../ui';
import { useAuth } from './AuthProvider';
import { LoginForm } from './LoginForm';

/** Only same-site paths are followed after login, never a full URL from the address bar. */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  const t = useT();
  const { status, me, sessionEnd } = useAuth();
  const location = useLocation();
  const flash = useFlash();
  const sessionEndMessage = { logout: t.layout.loggedOut, expired: t.layout.sessionExpired, deleted: t.account.deleted };
  const from = safeReturnPath((location.state as { from?: unknown } | null)?.from);

  if (status === 'checking') return <Loading label={t.common.loading} />;
  if (me) return <Navigate to={from} replace />;

  return (
    <div className="page page--narrow">
      <PageTitle title={t.login.title} siteName={t.common.appName} lead={t.login.intro} />
      <LiveStatus message={flash?.message ?? (sessionEnd ? sessionEndMessage[sessionEnd] : null)} tone={flash?.kind ?? 'info'} />
      <Card>
        <LoginForm />
        <p className="form-footer">
          <Link to="/wachtwoord-vergeten">{t.login.forgot}</Link>
        </p>
      </Card>
      <p className="muted">{t.login.noAccount}</p>
    </div>
  );
}
