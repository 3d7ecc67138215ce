import { QUESTION_DOMAINS, REFLECTIEKADER, createQuestionSchema, type CreateQuestionInput, type QuestionDomain } from '@mao/domain';
import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useLocale, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useForm } from '../shared/useForm';
import { useGuardedFields } from '../shared/useGuardedFields';
import { Alert, Button, Checkbox, PageTitle, TextField } from '../ui';
import { questionsApi } from './api';

/** The free-text fields the privacy guard checks. */
const GUARDED = ['title', 'situation', 'ask'] as const;

type Values = { title: string; situation: string; ask: string; themes: string; outsideRegionOnly: boolean } & Record<`domain_${QuestionDomain}`, boolean> & Record<`element_${string}`, boolean>;

/**
 * `/vragen/nieuw`: a question (title, situation, what you ask), checked by the privacy guard as
 * you type like a casus (direct identifiers must go, a name can be marked as not identifying,
 * places are warnings), tagged with werkzame elementen and themes, aimed at domains, optionally
 * only for people from outside the asker's region.
 */
export function AskQuestionPage() {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const me = useMe();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const domainsId = useId();
  const initial = { title: '', situation: '', ask: '', themes: '', outsideRegionOnly: false } as Values;
  const form = useForm<Values, CreateQuestionInput>({
    initial,
    schema: createQuestionSchema,
    // Read when submitting, by then `guarded` holds what the writer accepted.
    toInput: (values): unknown => {
      return {
        title: values.title,
        situation: values.situation,
        ask: values.ask,
        domains: QUESTION_DOMAINS.filter((domain) => values[`domain_${domain}`]),
        elementIds: REFLECTIEKADER.elements.filter((element) => values[`element_${element.id}`]).map((element) => element.id),
        themes: values.themes
          .split(',')
          .map((theme) => theme.trim())
          .filter((theme) => theme !== ''),
        outsideRegionOnly: values.outsideRegionOnly,
        acceptedFindings: guarded.acceptedFindings,
      };
    },
    onSubmit: async (input) => {
      const created = await questionsApi.ask(input);
      navigate(`/vragen/${created.id}`, { state: flashState({ kind: 'success', message: q.created }) });
    },
  });
  const guarded = useGuardedFields(form, GUARDED);

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/vragen">{q.backToList}</Link>
      </p>
      <PageTitle title={q.askTitle} siteName={t.common.appName} lead={q.askIntro} />
      {me.regionId === null && (
        <Alert tone="info">
          {q.noRegionWarning} <Link to="/account">{q.toProfile}</Link>
        </Alert>
      )}
      <form className="form card" noValidate ref={form.formRef} onSubmit={guarded.onSubmit}>
        {guarded.heldBack > 0 && <Alert tone="error">{q.privacyBlocked(guarded.heldBack)}</Alert>}
        {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
        <PrivacyField {...guarded.field('title')} label={q.titleLabel} hint={q.titleHint} multiline={false} required />
        <PrivacyField {...guarded.field('situation')} label={q.situationLabel} hint={q.situationHint} required />
        <PrivacyField {...guarded.field('ask')} label={q.askLabel} hint={q.askHint} required />
        <fieldset className="checkbox-group" aria-describedby={form.errors.domains ? `${domainsId}-error` : undefined}>
          <legend>{q.domainsLegend}</legend>
          {form.errors.domains && (
            <p className="field__error" id={`${domainsId}-error`}>
              {form.errors.domains}
            </p>
          )}
          {QUESTION_DOMAINS.map((domain) => (
            <Checkbox
              key={domain}
              name={`domain_${domain}`}
              label={q.domains[domain]}
              checked={Boolean(form.values[`domain_${domain}`])}
              aria-invalid={form.errors.domains ? true : undefined}
              onChange={(event) => form.setValue(`domain_${domain}`, event.target.checked)}
            />
          ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{q.elementsLegend}</legend>
          {REFLECTIEKADER.elements.map((element) => (
            <Checkbox
              key={element.id}
              label={`${element.number}. ${element.label[locale]}`}
              checked={Boolean(form.values[`element_${element.id}`])}
              onChange={(event) => form.setValue(`element_${element.id}`, event.target.checked)}
            />
          ))}
        </fieldset>
        <TextField label={q.themesLabel} hint={q.themesHint} optionalText={t.common.optional} {...form.text('themes')} />
        <Checkbox
          label={
            <>
              {q.outsideRegionLabel}
              <span className="checkbox__hint">{q.outsideRegionHint}</span>
            </>
          }
          checked={form.values.outsideRegionOnly}
          onChange={(event) => form.setValue('outsideRegionOnly', event.target.checked)}
        />
        <div className="button-row">
          <Button type="submit" busy={form.submitting} busyLabel={q.submitting}>
            {q.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}
