import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { useErrorText, useT } from '../i18n';
import { Alert, Button, PageTitle } from '../ui';

/**
 * The page shown when a page's data could not be loaded: "not found" (404, or a malformed id)
 * says only that; anything else explains the error and offers to try again.
 */
export function LoadFailedPage({ error, notFoundTitle, errorTitle, onRetry, back }: { error: unknown; notFoundTitle: string; errorTitle: string; onRetry: () => void; back?: ReactNode }) {
  const t = useT();
  const errorText = useErrorText();
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <div className="page page--narrow">
      {back}
      <PageTitle title={notFound ? notFoundTitle : errorTitle} siteName={t.common.appName} />
      {!notFound && (
        <Alert tone="error">
          <p>{errorText(error)}</p>
          <Button variant="secondary" onClick={onRetry}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
    </div>
  );
}
