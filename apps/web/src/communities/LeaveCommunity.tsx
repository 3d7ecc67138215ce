import type { CommunityView } from '@mao/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { Alert, ConfirmAction, Section } from '../ui';

export function LeaveCommunity({ community }: { community: CommunityView }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const leave = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.communities.leave(community.id);
      navigate('/cops', { replace: true, state: flashState({ kind: 'info', message: t.cop.left(community.name) }) });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Section title={t.cop.leaveTitle} intro={t.cop.leaveIntro} className="section--quiet">
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <ConfirmAction
        triggerLabel={t.cop.leaveButton}
        question={t.cop.leaveQuestion(community.name)}
        confirmLabel={t.cop.leaveYes}
        cancelLabel={t.common.cancel}
        busy={busy}
        busyLabel={t.common.saving}
        onConfirm={leave}
      />
    </Section>
  );
}
