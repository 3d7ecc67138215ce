import { BACKGROUNDS, BACKGROUND_LABELS, ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, YOUTH_CARE_REGIONS, regionOptionLabel, updateProfileSchema, type MeView } from '@mao/domain';
import { useState } from 'react';
import { api } from '../api';
import { useAuth, useMe } from '../auth';
import { useErrorText, useLocale, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { Alert, Button, LiveStatus, Select, TextField } from '../ui';

interface ProfileValues extends Record<string, string> {
  name: string;
  background: string;
  organisation: string;
  regionId: string;
  gemeente: string;
  organisationType: string;
}

function valuesOf(me: MeView): ProfileValues {
  return {
    name: me.name,
    background: me.background ?? '',
    organisation: me.organisation ?? '',
    regionId: me.regionId ?? '',
    gemeente: me.gemeente ?? '',
    organisationType: me.organisationType ?? '',
  };
}

export function ProfileForm() {
  const t = useT();
  const q = t.questions.profile;
  const { locale } = useLocale();
  const errorText = useErrorText();
  const me = useMe();
  const { setMe } = useAuth();
  const [status, setStatus] = useState<string | null>(null);

  /** Only what changed is sent; the api treats every field as optional. */
  const toInput = (values: ProfileValues) => {
    const current = valuesOf(me);
    const changes: Record<string, string | null> = {};
    if (values.name.trim() !== current.name) changes.name = values.name;
    if (values.background !== current.background && values.background) changes.background = values.background;
    if (values.organisation.trim() !== current.organisation) changes.organisation = values.organisation;
    // Region, gemeente and organisation type may be cleared again: empty is sent as null.
    for (const key of ['regionId', 'gemeente', 'organisationType'] as const) {
      if (values[key].trim() !== current[key]) changes[key] = values[key].trim() === '' ? null : values[key];
    }
    return changes;
  };

  const form = useForm({
    initial: valuesOf(me),
    schema: updateProfileSchema,
    toInput,
    onSubmit: async (changes) => {
      setStatus(null);
      const updated = await api.me.update(changes);
      setMe(updated);
      setStatus(t.account.profileSaved);
    },
  });

  const nothingChanged = form.errors._form !== undefined;

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(event)} ref={form.formRef}>
      <LiveStatus message={nothingChanged ? t.account.nothingChanged : status} tone={nothingChanged ? 'info' : 'success'} />
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <TextField label={t.common.name} autoComplete="name" required {...form.text('name')} />
      <TextField label={t.common.email} hint={t.account.emailHint} type="email" value={me.email} readOnly />
      <Select
        label={t.common.background}
        hint={t.common.backgroundHint}
        placeholder={me.background ? undefined : t.common.chooseBackground}
        options={BACKGROUNDS.map((background) => ({ value: background, label: BACKGROUND_LABELS[background][locale] }))}
        {...form.text('background')}
      />
      <TextField
        label={t.common.organisation}
        hint={t.common.organisationHint}
        optionalText={t.common.optional}
        autoComplete="organization"
        {...form.text('organisation')}
      />
      <Select
        label={q.organisationType}
        optionalText={t.common.optional}
        placeholder={q.chooseOrganisationType}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ORGANISATION_TYPE_LABELS[type][locale] }))}
        {...form.text('organisationType')}
      />
      <Select
        label={q.region}
        hint={q.regionHint}
        optionalText={t.common.optional}
        placeholder={q.chooseRegion}
        options={YOUTH_CARE_REGIONS.map((region) => ({ value: region.id, label: regionOptionLabel(region) }))}
        {...form.text('regionId')}
      />
      <TextField label={q.gemeente} hint={q.gemeenteHint} optionalText={t.common.optional} autoComplete="address-level2" {...form.text('gemeente')} />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={t.common.saving}>
          {t.common.save}
        </Button>
      </div>
    </form>
  );
}
