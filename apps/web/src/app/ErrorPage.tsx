import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n';
import { NotFoundPage } from './NotFoundPage';

/** Shown when a page crashes while rendering: calm words and a way back, never a stack trace. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <main id="main" className="site-main">
      <div className="page page--narrow">
        <h1>{t.errors.unknown_error}</h1>
        <p>
          <a href="/" className="button button--primary">
            {t.notFound.home}
          </a>
        </p>
      </div>
    </main>
  );
}
