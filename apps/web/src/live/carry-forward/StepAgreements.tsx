import { AGREEMENT_LEVELS, type AgreementLevel, type AgreementView } from '@mao/domain';
import { makesAgreements, type MethodStep } from '@mao/intervisie-method';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { AgreementItem, agreementsApi, findingsOf, ServerFindings, todayInNetherlands } from '../../agreements';
import { useErrorText, useT } from '../../i18n';
import { Button, Select, TextArea, TextField } from '../../ui';
import { useRoom } from '../room';

/** How often the live room re-reads the agreements (they change over REST, not on the boards). */
const REFRESH_MS = 10_000;

/**
 * Agreements in the live room. In the terugblik (a check-in step) the CoP's open agreements
 * from earlier sessions, whose status the group updates there; in a step whose method data says
 * it makes agreements, the form for the facilitator and the inbrenger and the agreements this
 * session made so far. Nothing for other steps.
 */
export function StepAgreements({ step }: { step: MethodStep }) {
  if (step.kind === 'check-in') return <TerugblikAgreements />;
  if (makesAgreements(step)) return <MakeAgreements step={step} />;
  return null;
}

function TerugblikAgreements() {
  const messages = useT();
  const t = messages.agreements;
  const { view, sessionId } = useRoom();
  const communityId = view.session.communityId;
  const [list, setList] = useState<AgreementView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const errorText = useErrorText();
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      agreementsApi.forCommunity(communityId, 'active', controller.signal).then(
        (all) => {
          // Keep the ones marked done here in view (with their new status) until the step is left.
          setList((current) => {
            const fresh = all.filter((agreement) => agreement.session.id !== sessionId);
            const kept = (current ?? []).filter((old) => !fresh.some((agreement) => agreement.id === old.id) && (old.status === 'gedaan' || old.status === 'losgelaten'));
            return [...fresh, ...kept];
          });
          setError(null);
        },
        (caught: unknown) => {
          if (!controller.signal.aborted) setError(caught);
        },
      );
    void load();
    // The group updates status together: what someone else changed comes in.
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [communityId, sessionId]);
  const replace = (next: AgreementView) => setList((current) => current?.map((item) => (item.id === next.id ? next : item)) ?? null);
  return (
    <section className="panel live-agreements" aria-labelledby="live-terugblik-title">
      <h3 id="live-terugblik-title" className="panel__title">
        {t.terugblik.title}
      </h3>
      <p className="muted">{t.terugblik.intro}</p>
      {list !== null && list.length > 0 && list.every((agreement) => !agreement.canUpdate) && <p className="muted">{t.terugblik.readOnly}</p>}
      {error !== null && <p role="alert">{errorText(error)}</p>}
      {list === null && error === null && <p className="muted">{messages.common.loading}</p>}
      {list !== null &&
        (list.length === 0 ? (
          <p>{t.terugblik.none}</p>
        ) : (
          <ul className="agreement-list" aria-label={t.terugblik.title}>
            {list.map((agreement) => (
              <AgreementItem key={agreement.id} agreement={agreement} onChange={replace} today={todayInNetherlands()} level={4} />
            ))}
          </ul>
        ))}
      <p>
        <a href={`/cops/${communityId}/afspraken`} target="_blank" rel="noreferrer">
          {t.terugblik.allLink}
        </a>
      </p>
    </section>
  );
}

function MakeAgreements({ step }: { step: MethodStep }) {
  const t = useT().agreements;
  const { view, sessionId, meId } = useRoom();
  const [list, setList] = useState<AgreementView[]>([]);
  const load = useCallback(
    (signal?: AbortSignal) =>
      agreementsApi.forSession(sessionId, signal).then(
        (all) => setList(all),
        () => undefined,
      ),
    [sessionId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    // Agreements are made by the facilitator and the inbrenger over REST: the others see them come in.
    const timer = setInterval(() => void load(controller.signal), REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [load]);
  const mayMake =
    (view.state.facilitatorId === meId || view.state.presenterId === meId) &&
    (view.state.status === 'running' || view.state.status === 'paused') &&
    view.state.currentStepId === step.id;
  const replace = (next: AgreementView) => setList((current) => current.map((item) => (item.id === next.id ? next : item)));
  return (
    <section className="panel live-agreements" aria-labelledby="live-agreements-title">
      <h3 id="live-agreements-title" className="panel__title">
        {t.form.listTitle}
      </h3>
      {mayMake ? <AgreementForm stepId={step.id} onMade={(made) => setList((current) => [...current, made])} /> : <p className="muted">{t.form.onlyRoles}</p>}
      {list.length === 0 ? (
        <p className="muted">{t.form.none}</p>
      ) : (
        <ul className="agreement-list" aria-label={t.form.listTitle}>
          {list.map((agreement) => (
            <AgreementItem key={agreement.id} agreement={agreement} onChange={replace} today={todayInNetherlands()} level={4} hideSource />
          ))}
        </ul>
      )}
    </section>
  );
}

type OwnerKind = 'member' | 'text';

function AgreementForm({ stepId, onMade }: { stepId: string; onMade: (made: AgreementView) => void }) {
  const messages = useT();
  const t = messages.agreements;
  const errorText = useErrorText();
  const { view, sessionId } = useRoom();
  const id = useId();
  const [ownerKind, setOwnerKind] = useState<OwnerKind>('member');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [ownerText, setOwnerText] = useState('');
  const [what, setWhat] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [level, setLevel] = useState<AgreementLevel>('uitvoering');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const findings = findingsOf(error);

  const save = async (acceptedFindings?: string[]) => {
    setBusy(true);
    setMessage('');
    try {
      const made = await agreementsApi.create(sessionId, {
        stepId,
        ...(ownerKind === 'member' ? { ownerUserId: ownerUserId || null } : { ownerText: ownerText.trim() || null }),
        what: what.trim(),
        dueDate: dueDate || null,
        level,
        ...(acceptedFindings ? { acceptedFindings } : {}),
      });
      onMade(made);
      setError(null);
      setWhat('');
      setDueDate('');
      setOwnerText('');
      setMessage(t.form.made);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <form className="agreement-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t.form.title}</h4>
      <p className="muted">{t.form.intro}</p>
      <fieldset>
        <legend>{t.form.ownerKind}</legend>
        {(['member', 'text'] as const).map((kind) => (
          <label key={kind} className="agreement-form__choice">
            <input type="radio" name={`${id}-owner`} value={kind} checked={ownerKind === kind} onChange={() => setOwnerKind(kind)} />
            {kind === 'member' ? t.form.ownerMember : t.form.ownerText}
          </label>
        ))}
      </fieldset>
      {ownerKind === 'member' ? (
        <Select label={t.form.member} value={ownerUserId} required placeholder={t.form.chooseMember} onChange={(event) => setOwnerUserId(event.target.value)} options={view.roster.map((entry) => ({ value: entry.userId, label: entry.name }))} />
      ) : (
        <TextField label={t.form.role} hint={t.form.roleHint} value={ownerText} required maxLength={120} onChange={(event) => setOwnerText(event.target.value)} />
      )}
      <TextArea label={t.form.what} hint={t.form.whatHint} value={what} required rows={3} maxLength={500} onChange={(event) => setWhat(event.target.value)} />
      <div className="agreement-form__row">
        <TextField label={t.form.due} type="date" value={dueDate} optionalText={messages.common.optional} onChange={(event) => setDueDate(event.target.value)} />
        <Select label={t.form.level} value={level} onChange={(event) => setLevel(event.target.value as AgreementLevel)} options={AGREEMENT_LEVELS.map((value) => ({ value, label: t.levels[value] }))} />
      </div>
      {findings ? <ServerFindings findings={findings} busy={busy} onAccept={(matches) => void save(matches)} /> : error ? <p className="field__error" role="alert">{errorText(error)}</p> : null}
      <div className="agreement__update-actions">
        <Button type="submit" busy={busy}>
          {t.form.submit}
        </Button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
    </form>
  );
}
