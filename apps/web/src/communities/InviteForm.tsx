import { COMMUNITY_ROLES, createInvitationSchema, type InvitationView } from '@mao/domain';
import { useState } from 'react';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, LiveStatus, Select, TextField } from '../ui';

export function InviteForm({ communityId, onInvited }: { communityId: string; onInvited: (invitation: InvitationView) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initial: { email: '', role: 'member' },
    schema: createInvitationSchema,
    onSubmit: async (input) => {
      setSentTo(null);
      const invitation = await api.communities.invite(communityId, input);
      onInvited(invitation);
      form.reset();
      setSentTo(invitation.email);
      form.formRef.current?.querySelector<HTMLInputElement>('input[type="email"]')?.focus();
    },
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      <LiveStatus message={sentTo ? t.cop.invited(sentTo) : null} />
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <div className="form-row">
        <TextField label={t.common.email} type="email" autoComplete="off" required className="field--grow" {...form.text('email')} />
        <Select
          label={t.cop.inviteRole}
          options={COMMUNITY_ROLES.map((role) => ({ value: role, label: t.common.roles[role] }))}
          {...form.text('role')}
        />
      </div>
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={t.cop.inviteSubmitting}>
          {t.cop.inviteSubmit}
        </Button>
      </div>
    </form>
  );
}
