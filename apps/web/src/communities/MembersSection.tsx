import { BACKGROUND_LABELS, type CommunityRole, type MemberView } from '@mao/domain';
import { useState } from 'react';
import { api } from '../api';
import { useMe } from '../auth';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, ConfirmAction, LiveStatus, Loading, Section } from '../ui';

const ROLE_ORDER: Record<CommunityRole, number> = { facilitator: 0, member: 1 };

function byRoleThenName(a: MemberView, b: MemberView): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'nl');
}

export function MembersSection({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const members = useResource((signal) => api.communities.members(communityId, signal), [communityId]);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const run = async (action: () => Promise<string>) => {
    setStatus(null);
    setActionError(null);
    try {
      setStatus(await action());
    } catch (error) {
      setActionError(error);
    }
  };

  const changeRole = (member: MemberView, role: CommunityRole) =>
    run(async () => {
      const updated = await api.communities.changeRole(communityId, member.userId, role);
      members.update((list) => list.map((m) => (m.userId === updated.userId ? updated : m)));
      return t.cop.roleChanged(updated.name, t.common.rolesLower[updated.role]);
    });

  const remove = (member: MemberView) =>
    run(async () => {
      await api.communities.removeMember(communityId, member.userId);
      members.update((list) => list.filter((m) => m.userId !== member.userId));
      return t.cop.removed(member.name);
    });

  return (
    <Section title={t.cop.membersTitle} intro={members.status === 'ready' ? t.cop.membersCount(members.data.length) : undefined}>
      <LiveStatus message={status} />
      {actionError !== null && <Alert tone="error">{errorText(actionError)}</Alert>}
      {members.status === 'loading' && <Loading label={t.common.loading} />}
      {members.status === 'error' && (
        <Alert tone="error">
          <p>{errorText(members.error)}</p>
          <Button variant="secondary" onClick={members.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {members.status === 'ready' && (
        <ul className="member-list">
          {[...members.data].sort(byRoleThenName).map((member) => (
            <MemberItem
              key={member.userId}
              member={member}
              canManage={canManage}
              onChangeRole={(role) => changeRole(member, role)}
              onRemove={() => remove(member)}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

interface MemberItemProps {
  member: MemberView;
  canManage: boolean;
  onChangeRole: (role: CommunityRole) => Promise<void>;
  onRemove: () => Promise<void>;
}

function MemberItem({ member, canManage, onChangeRole, onRemove }: MemberItemProps) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const me = useMe();
  const [busy, setBusy] = useState<'role' | 'remove' | null>(null);
  const isMe = member.userId === me.id;
  const background = member.background ? BACKGROUND_LABELS[member.background][locale] : null;
  const during = (kind: 'role' | 'remove', action: () => Promise<void>) => async () => {
    setBusy(kind);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="member">
      <div className="member__main">
        <p className="member__name">
          <span>{member.name}</span>
          {isMe && <span className="muted"> ({t.common.you})</span>}{' '}
          <Badge tone={member.role === 'facilitator' ? 'accent' : 'neutral'}>{t.common.roles[member.role]}</Badge>
        </p>
        {member.email && <p className="member__meta">{member.email}</p>}
        <p className="member__meta">{[background, member.organisation].filter(Boolean).join(' · ') || t.common.noBackground}</p>
        <p className="member__meta muted">{t.cop.joined(format.date(member.joinedAt))}</p>
      </div>
      {canManage && !isMe && (
        <div className="member__actions" role="group" aria-label={t.cop.memberActions(member.name)}>
          <Button
            variant="secondary"
            busy={busy === 'role'}
            busyLabel={t.common.saving}
            onClick={during('role', () => onChangeRole(member.role === 'facilitator' ? 'member' : 'facilitator'))}
          >
            {member.role === 'facilitator' ? t.cop.makeMember : t.cop.makeFacilitator}
          </Button>
          <ConfirmAction
            triggerLabel={t.cop.remove}
            question={t.cop.removeQuestion(member.name)}
            confirmLabel={t.cop.removeYes}
            cancelLabel={t.common.cancel}
            busy={busy === 'remove'}
            busyLabel={t.common.saving}
            onConfirm={during('remove', onRemove)}
          />
        </div>
      )}
    </li>
  );
}
