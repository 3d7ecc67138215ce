import { useT } from '../i18n';
import { CalendarFeedSection } from '../sessions';
import { PageTitle, Section } from '../ui';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccount } from './DeleteAccount';
import { DigestSetting } from './DigestSetting';
import { ExportData } from './ExportData';
import { LessonNameSetting } from './LessonNameSetting';
import { ProfileForm } from './ProfileForm';

export function AccountPage() {
  const t = useT();
  return (
    <div className="page page--medium">
      <PageTitle title={t.account.title} siteName={t.common.appName} />
      <div className="stack">
        <Section title={t.account.profileTitle}>
          <ProfileForm />
        </Section>
        <Section title={t.account.passwordTitle}>
          <ChangePasswordForm />
        </Section>
        <CalendarFeedSection />
        <DigestSetting />
        <LessonNameSetting />
        <Section title={t.account.exportTitle} intro={t.account.exportIntro}>
          <ExportData />
        </Section>
        <Section title={t.account.deleteTitle} intro={t.account.deleteIntro} className="section--danger">
          <DeleteAccount />
        </Section>
      </div>
    </div>
  );
}
