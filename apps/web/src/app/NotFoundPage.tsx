import { Link } from 'react-router';
import { useT } from '../i18n';
import { Card, PageTitle, buttonClass } from '../ui';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page page--narrow">
      <PageTitle title={t.notFound.title} siteName={t.common.appName} />
      <Card>
        <p>{t.notFound.text}</p>
        <p>
          <Link to="/" className={buttonClass('primary')}>
            {t.notFound.home}
          </Link>
        </p>
      </Card>
    </div>
  );
}
