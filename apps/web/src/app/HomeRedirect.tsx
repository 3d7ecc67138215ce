import { Navigate } from 'react-router';
import { useAuth } from '../auth';
import { useT } from '../i18n';
import { Loading } from '../ui';

export function HomeRedirect() {
  const { status, me } = useAuth();
  const t = useT();
  if (status === 'checking') return <Loading label={t.common.loading} />;
  return <Navigate to={me ? '/cops' : '/inloggen'} replace />;
}
