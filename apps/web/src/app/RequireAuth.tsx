import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { useT } from '../i18n';
import { Loading } from '../ui';

/** Pages behind this guard need a logged-in person; others go to the login page and come back after. */
export function RequireAuth() {
  const { status, me } = useAuth();
  const t = useT();
  const location = useLocation();
  if (status === 'checking') return <Loading label={t.common.loading} />;
  if (!me) {
    return <Navigate to="/inloggen" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
