import { createProposalSchema, PROPOSAL_KINDS, type CreateProposalInput, type ProposalDetailView, type ProposalKind } from '@mao/domain';
import { useId } from 'react';
import { api } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { useGuardedFields } from '../shared/useGuardedFields';
import { Alert, Button, Checkbox, Select } from '../ui';

type Values = { kind: ProposalKind; title: string; text: string; theme: string; anonymous: boolean };
/** The free-text fields the privacy guard checks. */
const GUARDED = ['title', 'text'] as const;

/**
 * A new agenda proposal: a theme or a casus question, a short title and explanation (both
 * privacy-checked as you type, as on the server: direct identifiers must go, a name may be
 * marked as not identifying), one of the CoP's themes, and whether to hide my name from the
 * other members.
 */
export function ProposalForm({ communityId, themes, onCreated }: { communityId: string; themes: readonly string[]; onCreated: (proposal: ProposalDetailView) => void }) {
  const t = useT();
  const p = t.proposals;
  const errorText = useErrorText();
  const kindId = useId();
  const form = useForm<Values, CreateProposalInput>({
    initial: { kind: 'theme', title: '', text: '', theme: '', anonymous: false },
    schema: createProposalSchema,
    // Read when submitting, by then `guarded` holds what the writer accepted.
    toInput: (values): unknown => ({
      kind: values.kind,
      title: values.title,
      text: values.text.trim() === '' ? undefined : values.text,
      theme: values.theme === '' ? null : values.theme,
      anonymous: values.anonymous,
      acceptedFindings: guarded.acceptedFindings,
    }),
    onSubmit: async (input) => {
      onCreated(await api.proposals.create(communityId, input));
    },
  });
  const guarded = useGuardedFields(form, GUARDED);

  return (
    <form className="form proposal-form" noValidate ref={form.formRef} onSubmit={guarded.onSubmit}>
      {guarded.heldBack > 0 && <Alert tone="error">{p.privacyBlocked(guarded.heldBack)}</Alert>}
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <fieldset className="proposal-form__kind">
        <legend>{p.kindLabel}</legend>
        {PROPOSAL_KINDS.map((kind) => (
          <div className="radio" key={kind}>
            <input type="radio" id={`${kindId}-${kind}`} name="kind" value={kind} checked={form.values.kind === kind} onChange={() => form.setValue('kind', kind)} />
            <label htmlFor={`${kindId}-${kind}`}>{p.kinds[kind]}</label>
          </div>
        ))}
      </fieldset>
      <PrivacyField {...guarded.field('title')} label={p.titleLabel} hint={p.titleHint} multiline={false} required />
      <PrivacyField {...guarded.field('text')} label={p.textLabel} hint={p.textHint} optionalText={t.common.optional} />
      {themes.length > 0 ? (
        <Select label={p.themeLabel} optionalText={t.common.optional} options={themes.map((theme) => ({ value: theme, label: theme }))} placeholder={p.noTheme} {...form.text('theme')} />
      ) : (
        <p className="muted">{p.noThemes}</p>
      )}
      <Checkbox
        label={
          <>
            {p.anonymousLabel}
            <span className="checkbox__hint">{p.anonymousHint}</span>
          </>
        }
        checked={form.values.anonymous}
        onChange={(event) => form.setValue('anonymous', event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={p.submitting}>
          {p.submit}
        </Button>
      </div>
    </form>
  );
}
