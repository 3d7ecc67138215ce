import { can, type MethodEntryView } from '@mao/domain';
import {
  formatClockTime,
  plannedAgenda,
  ROLE_LABELS,
  ROLES,
  STEP_KIND_IDS,
  STEP_KINDS,
  totalMinutes,
  validateMethod,
  type Method,
  type MethodProblem,
  type MethodStep,
  type StepKind,
} from '@mao/intervisie-method';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, request } from '../api';
import { useLocale, useT } from '../i18n';
import { LoadFailedPage } from '../shared/LoadFailedPage';
import { useResource } from '../shared/useResource';
import { Button, Checkbox, Loading, LiveStatus, PageTitle, Select, TextArea, TextField } from '../ui';
import { localToIso, wallClock } from '../sessions/time';
import { copyOf, moveStep, moveStepTo, newStep, nextVersionOf, problemsByPath, removeStep, takesFromOptions, type MethodDraft } from './method-draft';
import './methods.css';

type Entry = MethodEntryView<Method>;

const methodsApi = {
  builtIn: (signal?: AbortSignal) => request<Entry[]>('GET', '/api/methods', undefined, { signal }),
  ofCommunity: (id: string, signal?: AbortSignal) => request<Entry[]>('GET', `/api/communities/${encodeURIComponent(id)}/methods`, undefined, { signal }),
  versions: (id: string, methodId: string, signal?: AbortSignal) =>
    request<Entry[]>('GET', `/api/communities/${encodeURIComponent(id)}/methods/${encodeURIComponent(methodId)}/versions`, undefined, { signal }),
  shared: (signal?: AbortSignal) => request<Entry[]>('GET', '/api/methods/shared', undefined, { signal }),
  setShared: (id: string, methodId: string, shared: boolean) =>
    request<Entry>(shared ? 'PUT' : 'DELETE', `/api/communities/${encodeURIComponent(id)}/methods/${encodeURIComponent(methodId)}/shared`, shared ? {} : undefined),
  publish: (id: string, method: MethodDraft, basedOn: string | null) =>
    request<Entry>('POST', `/api/communities/${encodeURIComponent(id)}/methods${basedOn ? `?basedOn=${encodeURIComponent(basedOn)}` : ''}`, method),
};

/**
 * `/cops/:id/methodes` — the method studio: built-in and CoP methods side by side; a facilitator
 * copies a built-in method or takes the CoP's own, edits it (texts, group size, steps from the
 * step-kind vocabulary, their order, time, writers, drafts and what they take from earlier steps),
 * sees the agenda and what each role sees, and publishes a new version. The method schema of
 * @mao/intervisie-method checks the draft as it is edited — the api's own rules — and the api's
 * keyed problems are shown at their fields in the current language.
 */
export function MethodStudioPage() {
  const { id = '' } = useParams();
  const t = useT();
  const m = t.methods;
  const localized = useLocalizedText();
  const community = useResource((signal) => api.communities.get(id, signal), [id]);
  const builtIn = useResource((signal) => methodsApi.builtIn(signal), []);
  const ours = useResource((signal) => methodsApi.ofCommunity(id, signal), [id]);
  const shared = useResource((signal) => methodsApi.shared(signal), []);
  // The method being edited, and the shared version it was copied from (for the attribution).
  const [editing, setEditing] = useState<{ draft: MethodDraft; basedOn: string | null } | null>(null);
  const draft = editing?.draft ?? null;
  const setDraft = (next: MethodDraft | null, basedOn: string | null = null) => setEditing(next ? { draft: next, basedOn } : null);
  const [status, setStatus] = useState<string | null>(null);
  const back = (
    <p className="breadcrumb">
      <Link to={`/cops/${id}`}>{m.backToCommunity}</Link>
    </p>
  );
  const resources = [community, builtIn, ours, shared];
  if (resources.some((resource) => resource.status === 'loading')) return <Loading label={t.common.loading} />;
  const failed = resources.find((resource) => resource.status === 'error');
  if (failed?.status === 'error') return <LoadFailedPage error={failed.error} notFoundTitle={m.notFound} errorTitle={m.loadError} onRetry={() => resources.forEach((r) => r.reload())} back={back} />;
  if (community.status !== 'ready' || builtIn.status !== 'ready' || ours.status !== 'ready' || shared.status !== 'ready') return null;
  const fromOthers = shared.data.filter((entry) => entry.communityId !== id);
  const toggleShared = async (entry: Entry) => {
    try {
      const next = await methodsApi.setShared(id, entry.method.id, !entry.sharedAt);
      ours.update((list) => list.map((item) => (item.method.id === next.method.id ? next : item)));
      setStatus(next.sharedAt ? m.sharedNow(localized(next.method.name)) : m.unsharedNow(localized(next.method.name)));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : m.publishFailed);
    }
  };
  const mayEdit = can(community.data.myRole ?? 'none', 'methods.create');
  const takenIds = new Set([...builtIn.data, ...ours.data].map((entry) => entry.method.id));

  const entryRow = (entry: Entry, actions: Array<{ label: string; onClick: () => void }>, key = `${entry.source}-${entry.method.id}`) => (
    <li key={key} className="method-entry">
      <div>
        <p className="method-entry__name">{localized(entry.method.name)}</p>
        <p className="muted method-entry__facts">
          {m.steps(entry.method.steps.length)} · {m.minutes(entry.totalMinutes)}
          {entry.source === 'custom' && ` · ${m.version(entry.method.version)}`}
          {entry.communityId === id && entry.sharedAt && ` · ${m.isShared}`}
        </p>
        {entry.basedOn && <p className="muted method-entry__facts">{m.basedOn(localized(entry.basedOn.methodName), entry.basedOn.communityName, entry.basedOn.version)}</p>}
        {entry.communityId !== id && entry.sharedBy && <p className="muted method-entry__facts">{m.sharedBy(entry.sharedBy.communityName)}</p>}
      </div>
      {actions.length > 0 && (
        <div className="button-row button-row--tight">
          {actions.map((action) => (
            <Button key={action.label} variant="secondary" onClick={action.onClick}>
              {action.label}
            </Button>
          ))}
        </div>
      )}
    </li>
  );

  return (
    <div className="page method-studio">
      {back}
      <PageTitle title={m.pageTitle(community.data.name)} siteName={t.common.appName} lead={m.intro} />
      <LiveStatus message={status} />
      {!mayEdit && <p className="muted">{m.onlyFacilitators}</p>}
      {draft ? (
        <MethodEditor
          communityId={id}
          initial={draft}
          basedOn={editing?.basedOn ?? null}
          isCopy={!ours.data.some((entry) => entry.method.id === draft.id)}
          onCancel={() => setDraft(null)}
          onPublished={(entry) => {
            ours.update((list) => [...list.filter((item) => item.method.id !== entry.method.id), entry]);
            setDraft(null);
            setStatus(m.published(localized(entry.method.name), entry.method.version));
          }}
        />
      ) : (
        <div className="method-studio__lists">
          <section aria-labelledby="methods-ours">
            <h2 id="methods-ours">{m.ours}</h2>
            {ours.data.length === 0 ? (
              <p className="muted">{m.noneOurs}</p>
            ) : (
              <ul className="method-list">
                {ours.data.map((entry) =>
                  entryRow(
                    entry,
                    mayEdit
                      ? [
                          { label: m.edit(localized(entry.method.name)), onClick: () => setDraft(nextVersionOf(entry.method)) },
                          { label: entry.sharedAt ? m.unshare(localized(entry.method.name)) : m.share(localized(entry.method.name)), onClick: () => void toggleShared(entry) },
                        ]
                      : [],
                  ),
                )}
              </ul>
            )}
          </section>
          <section aria-labelledby="methods-builtin">
            <h2 id="methods-builtin">{m.builtIn}</h2>
            <ul className="method-list">{builtIn.data.map((entry) => entryRow(entry, mayEdit ? [{ label: m.copy(localized(entry.method.name)), onClick: () => setDraft(copyOf(entry.method, takenIds)) }] : []))}</ul>
          </section>
          <section aria-labelledby="methods-shared">
            <h2 id="methods-shared">{m.fromOthers}</h2>
            {fromOthers.length === 0 ? (
              <p className="muted">{m.noneShared}</p>
            ) : (
              <ul className="method-list">
                {fromOthers.map((entry) =>
                  entryRow(entry, mayEdit ? [{ label: m.copy(localized(entry.method.name)), onClick: () => setDraft(copyOf(entry.method, takenIds), entry.versionId ?? null) }] : [], `shared-${entry.versionId}`),
                )}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function useLocalizedText() {
  const { locale } = useLocale();
  return (text: { nl: string; en: string } | undefined) => (text ? text[locale] || text.nl : '');
}

interface MethodEditorProps {
  communityId: string;
  initial: MethodDraft;
  /** The shared version (of another CoP) this is a copy of. */
  basedOn: string | null;
  isCopy: boolean;
  onCancel: () => void;
  onPublished: (entry: Entry) => void;
}

function MethodEditor({ communityId, initial, basedOn, isCopy, onCancel, onPublished }: MethodEditorProps) {
  const t = useT();
  const m = t.methods;
  const { locale } = useLocale();
  const localized = useLocalizedText();
  const formId = useId();
  const [draft, setDraft] = useState<MethodDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverProblems, setServerProblems] = useState<MethodProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<StepKind>('advice-round');
  const [start, setStart] = useState('19:30');
  const [dragged, setDragged] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const versions = useResource(
    (signal) => (isCopy ? Promise.resolve([] as Entry[]) : methodsApi.versions(communityId, initial.id, signal)),
    [communityId, initial.id, isCopy],
  );

  // The same schema as the api: problems show as the draft changes, once publishing was tried.
  const validation = useMemo(() => validateMethod(draft), [draft]);
  const problems = serverProblems ?? (validation.ok ? [] : validation.problems);
  const byPath = problemsByPath(submitted ? problems : []);
  const errorAt = (path: string) => byPath.get(path)?.map((problem) => problem.message[locale]).join(' ') || undefined;

  const change = (next: MethodDraft) => {
    setDraft(next);
    setServerProblems(null);
  };
  const setStep = (index: number, patch: Partial<MethodStep>) => change({ ...draft, steps: draft.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!validation.ok) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      onPublished(await methodsApi.publish(communityId, draft, basedOn));
    } catch (error) {
      const details = error instanceof ApiError ? (error.details as { problems?: MethodProblem[] } | undefined) : undefined;
      if (details?.problems) setServerProblems(details.problems);
      else setFailure(error instanceof ApiError ? error.message : m.publishFailed);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const startMs = previewStart(start);
  const agenda = validation.ok ? plannedAgenda(validation.method, startMs) : [];

  return (
    <form className="method-editor" onSubmit={(event) => void publish(event)} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{m.editorTitle(localized(draft.name))}</h2>
      <p className="muted">{m.editorIntro}</p>
      <div ref={summaryRef} tabIndex={-1} className="method-editor__summary">
        {submitted && problems.length > 0 && (
          <div className="alert alert--error" role="alert">
            <div className="alert__body">
              <p className="alert__title">{m.problemsTitle(problems.length)}</p>
              <ul>
                {problems.map((problem, index) => (
                  <li key={`${problem.path}-${problem.code}-${index}`}>{problem.message[locale]}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {failure && (
          <div className="alert alert--error" role="alert">
            <div className="alert__body">
              <p>{failure}</p>
            </div>
          </div>
        )}
      </div>

      <fieldset className="method-editor__group">
        <legend>{localized(draft.name) || m.fields.nameNl}</legend>
        {isCopy && <TextField label={m.fields.id} hint={m.fields.idHint} value={draft.id} error={errorAt('id')} onChange={(event) => change({ ...draft, id: event.target.value })} />}
        <div className="method-editor__pair">
          <TextField label={m.fields.nameNl} value={draft.name.nl} error={errorAt('name.nl')} onChange={(event) => change({ ...draft, name: { ...draft.name, nl: event.target.value } })} />
          <TextField label={m.fields.nameEn} value={draft.name.en} error={errorAt('name.en')} onChange={(event) => change({ ...draft, name: { ...draft.name, en: event.target.value } })} />
        </div>
        <div className="method-editor__pair">
          <TextArea label={m.fields.descriptionNl} rows={3} value={draft.description.nl} error={errorAt('description.nl')} onChange={(event) => change({ ...draft, description: { ...draft.description, nl: event.target.value } })} />
          <TextArea label={m.fields.descriptionEn} rows={3} value={draft.description.en} error={errorAt('description.en')} onChange={(event) => change({ ...draft, description: { ...draft.description, en: event.target.value } })} />
        </div>
        <div className="method-editor__pair">
          <TextArea label={m.fields.whenToUseNl} rows={2} value={draft.whenToUse.nl} error={errorAt('whenToUse.nl')} onChange={(event) => change({ ...draft, whenToUse: { ...draft.whenToUse, nl: event.target.value } })} />
          <TextArea label={m.fields.whenToUseEn} rows={2} value={draft.whenToUse.en} error={errorAt('whenToUse.en')} onChange={(event) => change({ ...draft, whenToUse: { ...draft.whenToUse, en: event.target.value } })} />
        </div>
        <div className="method-editor__pair method-editor__pair--short">
          <TextField label={m.fields.minGroupSize} type="number" inputMode="numeric" value={String(draft.minGroupSize)} error={errorAt('minGroupSize')} onChange={(event) => change({ ...draft, minGroupSize: Number(event.target.value) })} />
          <TextField label={m.fields.maxGroupSize} type="number" inputMode="numeric" value={String(draft.maxGroupSize)} error={errorAt('maxGroupSize')} onChange={(event) => change({ ...draft, maxGroupSize: Number(event.target.value) })} />
        </div>
      </fieldset>

      <h3>{m.stepsTitle}</h3>
      {errorAt('steps') && <p className="field__error">{errorAt('steps')}</p>}
      <ol className="method-steps">
        {draft.steps.map((step, index) => {
          const title = localized(step.title) || step.id;
          const at = (field: string) => errorAt(`steps[${index}].${field}`);
          const kind = STEP_KINDS[step.kind];
          return (
            <li
              key={`${step.id}-${index}`}
              className={['method-step', dragged === index ? 'method-step--dragged' : null].filter(Boolean).join(' ')}
              // Dragging is the mouse's way; the buttons below do the same by keyboard.
              draggable
              onDragStart={(event) => {
                setDragged(index);
                if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (dragged !== null) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged !== null && dragged !== index) change({ ...draft, steps: moveStepTo(draft.steps, dragged, index) });
                setDragged(null);
              }}
              onDragEnd={() => setDragged(null)}
            >
              <fieldset>
                <legend>{m.step.label(index + 1, title)}</legend>
                <p className="muted">{m.step.kind(localized(kind?.label))}</p>
                <div className="method-editor__pair">
                  <TextField label={m.step.titleNl} value={step.title.nl} error={at('title.nl')} onChange={(event) => setStep(index, { title: { ...step.title, nl: event.target.value } })} />
                  <TextField label={m.step.titleEn} value={step.title.en} error={at('title.en')} onChange={(event) => setStep(index, { title: { ...step.title, en: event.target.value } })} />
                </div>
                <TextField
                  label={m.step.timebox}
                  type="number"
                  inputMode="numeric"
                  className="field--short"
                  value={String(step.timeboxMinutes)}
                  error={at('timeboxMinutes')}
                  onChange={(event) => setStep(index, { timeboxMinutes: Number(event.target.value) })}
                />
                <fieldset className="method-step__writers">
                  <legend>{m.step.writers}</legend>
                  {at('writers') && <p className="field__error">{at('writers')}</p>}
                  {ROLES.map((role) => (
                    <Checkbox
                      key={role}
                      label={localized(ROLE_LABELS[role])}
                      checked={step.writers.includes(role)}
                      onChange={(event) => setStep(index, { writers: event.target.checked ? [...step.writers, role] : step.writers.filter((writer) => writer !== role) })}
                    />
                  ))}
                </fieldset>
                {kind?.supportsPrivateDrafts && (
                  <Checkbox label={m.step.privateDrafts} checked={step.privateDrafts} error={at('privateDrafts')} onChange={(event) => setStep(index, { privateDrafts: event.target.checked })} />
                )}
                <Select
                  label={m.step.takesFrom}
                  value={step.takesFrom ?? ''}
                  error={at('takesFrom')}
                  onChange={(event) => setStep(index, { takesFrom: event.target.value || null })}
                  options={[
                    { value: '', label: m.step.takesNothing },
                    ...takesFromOptions(draft.steps, index).map((option) => ({ value: option.value, label: option.step ? localized(option.step.title) : m.step.takesCase })),
                  ]}
                />
                <div className="button-row button-row--tight method-step__actions">
                  <Button variant="secondary" aria-label={m.step.moveUp(title)} disabled={index === 0} onClick={() => change({ ...draft, steps: moveStep(draft.steps, index, -1) })}>
                    <ArrowUp size={18} aria-hidden="true" />
                  </Button>
                  <Button variant="secondary" aria-label={m.step.moveDown(title)} disabled={index === draft.steps.length - 1} onClick={() => change({ ...draft, steps: moveStep(draft.steps, index, 1) })}>
                    <ArrowDown size={18} aria-hidden="true" />
                  </Button>
                  <Button variant="quiet" aria-label={m.step.remove(title)} onClick={() => change({ ...draft, steps: removeStep(draft.steps, index) })}>
                    <Trash2 size={18} aria-hidden="true" />
                  </Button>
                </div>
                <details className="method-step__roles">
                  <summary>{m.whoSees}</summary>
                  {(['facilitator', 'presenter', 'participants'] as const).map((role) => (
                    <div key={role} className="method-editor__pair">
                      <TextArea
                        label={`${m.roles[role]} (${m.nl})`}
                        rows={2}
                        value={step.instructions[role].nl}
                        error={at(`instructions.${role}.nl`)}
                        onChange={(event) => setStep(index, { instructions: { ...step.instructions, [role]: { ...step.instructions[role], nl: event.target.value } } })}
                      />
                      <TextArea
                        label={`${m.roles[role]} (${m.en})`}
                        rows={2}
                        value={step.instructions[role].en}
                        error={at(`instructions.${role}.en`)}
                        onChange={(event) => setStep(index, { instructions: { ...step.instructions, [role]: { ...step.instructions[role], en: event.target.value } } })}
                      />
                    </div>
                  ))}
                </details>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="method-editor__add">
        <Select label={m.addStepKind} value={newKind} onChange={(event) => setNewKind(event.target.value as StepKind)} options={STEP_KIND_IDS.map((kind) => ({ value: kind, label: localized(STEP_KINDS[kind].label) }))} />
        <Button variant="secondary" onClick={() => change({ ...draft, steps: [...draft.steps, newStep(newKind, new Set(draft.steps.map((step) => step.id)))] })}>
          {m.addStep}
        </Button>
      </div>

      <section className="method-preview" aria-labelledby={`${formId}-preview`}>
        <h3 id={`${formId}-preview`}>{m.preview}</h3>
        <TextField label={m.previewStart} type="time" className="field--short" value={start} onChange={(event) => setStart(event.target.value)} />
        {validation.ok && (
          <>
            <p className="muted">{m.previewTotal(totalMinutes(validation.method))}</p>
            <ol className="agenda">
              {agenda.map((item) => (
                <li key={item.stepId} className="agenda__item">
                  <span className="agenda__time">
                    {formatClockTime(item.startsAt)}–{formatClockTime(item.endsAt)}
                  </span>
                  <span className="agenda__title">{localized(item.title)}</span>
                  <span className="agenda__minutes muted">{m.minutes(item.timeboxMinutes)}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {!isCopy && versions.status === 'ready' && versions.data.length > 0 && (
        <section className="method-history" aria-labelledby={`${formId}-history`}>
          <h3 id={`${formId}-history`}>{m.history}</h3>
          <ul>
            {versions.data.map((entry) => (
              <li key={entry.method.version}>{m.historyEntry(entry.method.version, entry.createdBy?.name ?? '—', entry.createdAt ? new Date(entry.createdAt).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam' }) : '')}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="button-row">
        <Button type="submit" busy={busy} busyLabel={m.publishing}>
          {m.publish}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {m.cancel}
        </Button>
      </div>
    </form>
  );
}

/** The preview's start: today at HH:MM on the sessions' wall clock (only the clock times matter). */
function previewStart(time: string): number {
  const today = wallClock(Date.now()).date;
  const result = localToIso(today, time);
  return result.ok ? result.epochMs : Date.now();
}
