import { createProposalSchema, PROPOSAL_KINDS, type CreateProposalInput, type ProposalDetailView, type ProposalKind } from '@mao/domain';
import { useId, useState } from 'react';
import { api } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useT } from '../i18n';
import { usePrivacyCheck } from '../lessons/privacy';
import { useForm } from '../shared/useForm';
import { Alert, Button, Checkbox, Select } from '../ui';

type Values = { kind: ProposalKind; title: string; text: string; theme: string; anonymous: boolean };

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
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const titlePrivacy = usePrivacyCheck(title);
  const textPrivacy = usePrivacyCheck(text);
  const [blocked, setBlocked] = useState(false);
  const blocking = [...titlePrivacy.findings, ...textPrivacy.findings].filter((finding) => finding.severity !== 'warn');

  const form = useForm<Values, CreateProposalInput>({
    initial: { kind: 'theme', title: '', text: '', theme: '', anonymous: false },
    schema: createProposalSchema,
    toInput: (values) => {
      const accepted = [...(titlePrivacy.accepted ?? []), ...(textPrivacy.accepted ?? [])];
      return {
        kind: values.kind,
        title,
        text: text.trim() === '' ? undefined : text,
        theme: values.theme === '' ? null : values.theme,
        anonymous: values.anonymous,
        acceptedFindings: accepted.length > 0 ? [...new Set(accepted)] : undefined,
      };
    },
    onSubmit: async (input) => {
      onCreated(await api.proposals.create(communityId, input));
    },
  });

  return (
    <form
      className="form proposal-form"
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        if (blocking.length > 0) {
          event.preventDefault();
          setBlocked(true);
          form.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
          return;
        }
        setBlocked(false);
        void form.handleSubmit(event);
      }}
    >
      {blocked && blocking.length > 0 && <Alert tone="error">{p.privacyBlocked(blocking.length)}</Alert>}
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
      <PrivacyField
        name="title"
        label={p.titleLabel}
        hint={p.titleHint}
        value={title}
        multiline={false}
        onChange={(value) => {
          setTitle(value);
          form.setValue('title', value);
        }}
        findings={titlePrivacy.findings}
        onAccept={titlePrivacy.accept}
        error={form.errors.title}
        required
      />
      <PrivacyField
        name="text"
        label={p.textLabel}
        hint={p.textHint}
        value={text}
        optionalText={t.common.optional}
        onChange={(value) => {
          setText(value);
          form.setValue('text', value);
        }}
        findings={textPrivacy.findings}
        onAccept={textPrivacy.accept}
        error={form.errors.text}
      />
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
