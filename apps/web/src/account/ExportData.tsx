import { useState } from 'react';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { downloadJson } from '../shared/download';
import { Alert, Button, LiveStatus } from '../ui';

export const EXPORT_FILE_NAME = 'mijn-gegevens.json';

export function ExportData() {
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setBusy(true);
    setDone(false);
    setError(null);
    try {
      downloadJson(await api.me.exportData(), EXPORT_FILE_NAME);
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <LiveStatus message={done ? t.account.exported : null} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <Button variant="secondary" busy={busy} busyLabel={t.account.exporting} onClick={() => void download()}>
        {t.account.exportButton}
      </Button>
    </>
  );
}
