import type { InvitationView } from '@mao/domain';
import { useState } from 'react';
import { api } from '../api';
import { useErrorText, useFormat, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, ConfirmAction, LiveStatus, Loading, Section } from '../ui';
import { InviteForm } from './InviteForm';

/** Facilitators only: invite people and follow up on invitations that are still open. */
export function InvitationsSection({ communityId }: { communityId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const invitations = useResource((signal) => api.communities.invitations(communityId, signal), [communityId]);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const replace = (next: InvitationView) =>
    invitations.update((list) => list.map((invitation) => (invitation.id === next.id ? next : invitation)));

  const run = async (action: () => Promise<string>) => {
    setStatus(null);
    setActionError(null);
    try {
      setStatus(await action());
    } catch (error) {
      setActionError(error);
    }
  };

  const pending = invitations.status === 'ready' ? invitations.data.filter((invitation) => invitation.status === 'pending') : [];

  return (
    <>
      <Section title={t.cop.inviteTitle} intro={t.cop.inviteIntro}>
        <InviteForm
          communityId={communityId}
          onInvited={(invitation) => invitations.update((list) => [invitation, ...list.filter((i) => i.id !== invitation.id)])}
        />
      </Section>
      <Section title={t.cop.invitationsTitle}>
        <LiveStatus message={status} />
        {actionError !== null && <Alert tone="error">{errorText(actionError)}</Alert>}
        {invitations.status === 'loading' && <Loading label={t.common.loading} />}
        {invitations.status === 'error' && (
          <Alert tone="error">
            <p>{errorText(invitations.error)}</p>
            <Button variant="secondary" onClick={invitations.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
        {invitations.status === 'ready' && pending.length === 0 && <p className="muted">{t.cop.invitationsEmpty}</p>}
        {pending.length > 0 && (
          <ul className="invitation-list">
            {pending.map((invitation) => (
              <InvitationItem
                key={invitation.id}
                invitation={invitation}
                onResend={() =>
                  run(async () => {
                    replace(await api.communities.resendInvitation(communityId, invitation.id));
                    return t.cop.resent(invitation.email);
                  })
                }
                onRevoke={() =>
                  run(async () => {
                    replace(await api.communities.revokeInvitation(communityId, invitation.id));
                    return t.cop.revoked(invitation.email);
                  })
                }
              />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

interface InvitationItemProps {
  invitation: InvitationView;
  onResend: () => Promise<void>;
  onRevoke: () => Promise<void>;
}

function InvitationItem({ invitation, onResend, onRevoke }: InvitationItemProps) {
  const t = useT();
  const format = useFormat();
  const [busy, setBusy] = useState<'resend' | 'revoke' | null>(null);
  const during = (kind: 'resend' | 'revoke', action: () => Promise<void>) => async () => {
    setBusy(kind);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };
  return (
    <li className="invitation">
      <div className="invitation__main">
        <p className="invitation__email">{invitation.email}</p>
        <p className="member__meta">
          {t.cop.invitedAs(t.common.rolesLower[invitation.role])} · {t.cop.expires(format.date(invitation.expiresAt))}
        </p>
      </div>
      <div className="member__actions" role="group" aria-label={t.cop.memberActions(invitation.email)}>
        <Button variant="secondary" busy={busy === 'resend'} busyLabel={t.cop.inviteSubmitting} onClick={during('resend', onResend)}>
          {t.cop.resend}
        </Button>
        <ConfirmAction
          triggerLabel={t.cop.revoke}
          question={t.cop.revokeQuestion(invitation.email)}
          confirmLabel={t.cop.revokeYes}
          cancelLabel={t.common.cancel}
          busy={busy === 'revoke'}
          busyLabel={t.common.saving}
          onConfirm={during('revoke', onRevoke)}
        />
      </div>
    </li>
  );
}
