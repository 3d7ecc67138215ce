import { BACKGROUNDS, BACKGROUND_LABELS, ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, YOUTH_CARE_REGIONS, regionOptionLabel, createJoinRequestSchema, type CreateJoinRequestInput } from '@mao/domain';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { useAuth } from '../auth';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, PageTitle, Section, Select, TextArea, TextField } from '../ui';
import { questionsApi } from './api';

/** What someone who has not joined Vraag en advies sees: the request-to-join form, or that it is pending. */
export function JoinPanel({ pending, rejected, onSent }: { pending: boolean; rejected: boolean; onSent: () => void }) {
  const q = useT().questions;
  if (pending) {
    return (
      <Section title={q.pendingTitle}>
        <p>{q.pendingText}</p>
      </Section>
    );
  }
  return (
    <Section title={q.joinTitle} intro={rejected ? q.rejectedText : q.outsiderText}>
      <JoinForm withEmail={false} onSent={onSent} />
    </Section>
  );
}

/** `/vraag-en-advies/aanmelden`: the public request-to-join form (logged-in people go to /vragen). */
export function JoinPage() {
  const t = useT();
  const q = t.questions;
  const { me } = useAuth();
  const [sent, setSent] = useState(false);
  if (me) return <Navigate to="/vragen" replace />;
  return (
    <div className="page page--narrow">
      <PageTitle title={q.joinTitle} siteName={t.common.appName} lead={q.joinIntro} />
      {sent ? (
        <Alert tone="success">{q.joinSent}</Alert>
      ) : (
        <div className="card">
          <JoinForm withEmail onSent={() => setSent(true)} />
        </div>
      )}
    </div>
  );
}

interface JoinValues extends Record<string, string> {
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  background: string;
  regionId: string;
  motivation: string;
}

function JoinForm({ withEmail, onSent }: { withEmail: boolean; onSent: () => void }) {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const errorText = useErrorText();
  const { me } = useAuth();
  const form = useForm<JoinValues, CreateJoinRequestInput>({
    initial: {
      name: me?.name ?? '',
      email: '',
      organisation: me?.organisation ?? '',
      organisationType: me?.organisationType ?? '',
      background: me?.background ?? '',
      regionId: me?.regionId ?? '',
      motivation: '',
    },
    schema: createJoinRequestSchema,
    toInput: (values) => ({
      name: values.name,
      ...(withEmail ? { email: values.email } : {}),
      organisation: values.organisation,
      ...(values.organisationType ? { organisationType: values.organisationType } : {}),
      background: values.background,
      regionId: values.regionId,
      ...(values.motivation.trim() ? { motivation: values.motivation } : {}),
    }),
    onSubmit: async (input) => {
      await questionsApi.requestToJoin(input);
      onSent();
    },
  });
  return (
    <form className="form" noValidate ref={form.formRef} onSubmit={(event) => void form.handleSubmit(event)}>
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <TextField label={t.common.name} autoComplete="name" required {...form.text('name')} />
      {withEmail && <TextField label={t.common.email} hint={q.joinEmailHint} type="email" autoComplete="email" required {...form.text('email')} />}
      <TextField label={t.common.organisation} autoComplete="organization" required {...form.text('organisation')} />
      <Select
        label={q.profile.organisationType}
        optionalText={t.common.optional}
        placeholder={q.profile.chooseOrganisationType}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ORGANISATION_TYPE_LABELS[type][locale] }))}
        {...form.text('organisationType')}
      />
      <Select
        label={t.common.background}
        hint={t.common.backgroundHint}
        placeholder={t.common.chooseBackground}
        required
        options={BACKGROUNDS.map((background) => ({ value: background, label: BACKGROUND_LABELS[background][locale] }))}
        {...form.text('background')}
      />
      <Select
        label={q.profile.region}
        hint={q.profile.regionHint}
        placeholder={q.profile.chooseRegion}
        required
        options={YOUTH_CARE_REGIONS.map((region) => ({ value: region.id, label: regionOptionLabel(region) }))}
        {...form.text('regionId')}
      />
      <TextArea label={q.joinMotivation} hint={q.joinMotivationHint} optionalText={t.common.optional} rows={3} {...form.text('motivation')} />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={q.joinSubmitting}>
          {q.joinSubmit}
        </Button>
      </div>
    </form>
  );
}
