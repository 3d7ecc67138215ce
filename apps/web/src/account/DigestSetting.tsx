import { useState } from 'react';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Checkbox, LiveStatus, Loading, Section } from '../ui';

/** The weekly digest mail: off by default, one setting per person (PUT /api/me/home-settings). */
export function DigestSetting() {
  const t = useT();
  const h = t.home;
  const errorText = useErrorText();
  const settings = useResource((signal) => api.home.settings(signal), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const change = async (weeklyDigest: boolean) => {
    setBusy(true);
    setMessage(null);
    setError(null);
    // The box follows the click at once; a refusal puts it back.
    settings.update(() => ({ weeklyDigest }));
    try {
      const saved = await api.home.updateSettings({ weeklyDigest });
      settings.update(() => saved);
      setMessage(saved.weeklyDigest ? h.digestOn : h.digestOff);
    } catch (caught) {
      settings.update(() => ({ weeklyDigest: !weeklyDigest }));
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={h.digestTitle} intro={h.digestIntro}>
      <LiveStatus message={message} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {settings.status === 'loading' && <Loading label={t.common.loading} />}
      {settings.status === 'error' && (
        <Alert tone="error" title={h.digestLoadError}>
          <p>{errorText(settings.error)}</p>
          <Button variant="secondary" onClick={settings.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {settings.status === 'ready' && (
        <Checkbox label={h.digestLabel} checked={settings.data.weeklyDigest} disabled={busy} onChange={(event) => void change(event.target.checked)} />
      )}
    </Section>
  );
}
