import { useState } from 'react';
import { api } from '../api';
import { useMe } from '../auth/AuthProvider';
import { useErrorText, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Checkbox, LiveStatus, Loading, Section } from '../ui';

/**
 * Issue 15: a parent (background "ouder") chooses whether their name is shown on lessons for the
 * whole platform (PUT /api/me/lesson-name-setting). Off by default: those lessons show "een
 * ouder". Shown only to parents — for anyone else names are always shown — and it follows a
 * background changed in the profile form above without a reload.
 */
export function LessonNameSetting() {
  const me = useMe();
  if (me.background !== 'ouder') return null;
  return <LessonNameSettingSection />;
}

function LessonNameSettingSection() {
  const t = useT();
  const n = t.lessons.nameSetting;
  const errorText = useErrorText();
  const setting = useResource((signal) => api.lessons.nameSetting(signal), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const change = async (show: boolean) => {
    setBusy(true);
    setMessage(null);
    setError(null);
    // The box follows the click at once; a refusal puts it back.
    setting.update((current) => ({ ...current, showNameOnPlatformLessons: show }));
    try {
      const saved = await api.lessons.setNameSetting({ showNameOnPlatformLessons: show });
      setting.update(() => saved);
      setMessage(n.saved(saved.showNameOnPlatformLessons));
    } catch (caught) {
      setting.update((current) => ({ ...current, showNameOnPlatformLessons: !show }));
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={n.title} intro={n.intro}>
      <LiveStatus message={message} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {setting.status === 'loading' && <Loading label={t.common.loading} />}
      {setting.status === 'error' && (
        <Alert tone="error" title={n.loadError}>
          <p>{errorText(setting.error)}</p>
          <Button variant="secondary" onClick={setting.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {setting.status === 'ready' && (
        <>
          <Checkbox label={n.label} checked={setting.data.showNameOnPlatformLessons} disabled={busy} onChange={(event) => void change(event.target.checked)} />
          <p className="field__hint">{n.hint}</p>
        </>
      )}
    </Section>
  );
}
