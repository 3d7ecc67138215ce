import { PLATFORM_ROLES, REPORT_STATUSES, hideReportedSchema, type AdminCommunityView, type AuditEntryView, type PlatformRole, type PlatformUserView, type ReportStatus, type ReportView } from '@mao/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth';
import { useErrorText, useFormat, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, ConfirmAction, Loading, LiveStatus, PageTitle, Section, Select, TextArea, TextField } from '../ui';
import { adminApi } from './api';

/**
 * `/beheer`: the administration and moderation console for platform administrators — people
 * (search, platform role, deactivate), CoPs (facilitators, archive), reported content (hide with
 * a reason that is mailed to the author, or dismiss) and the log of administrator actions.
 */
export function AdminPage() {
  const t = useT();
  const a = t.admin;
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  if (!me.isPlatformAdmin) {
    return (
      <div className="page page--narrow">
        <PageTitle title={a.title} siteName={t.common.appName} />
        <Alert tone="info">{a.notAllowed}</Alert>
      </div>
    );
  }
  return (
    <div className="page">
      <PageTitle title={a.title} siteName={t.common.appName} lead={a.intro} />
      <nav aria-label={a.title} className="admin-nav">
        <ul>
          {(['people', 'communities', 'reports', 'audit'] as const).map((key) => (
            <li key={key}>
              <a href={`#beheer-${key}`}>{a.sections[key]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <LiveStatus message={status} tone="success" />
      <div className="stack">
        <PeopleSection onStatus={setStatus} />
        <CommunitiesSection onStatus={setStatus} />
        <ReportsSection onStatus={setStatus} />
        <AuditSection />
      </div>
    </div>
  );
}

function PeopleSection({ onStatus }: { onStatus: (message: string) => void }) {
  const t = useT();
  const a = t.admin;
  const me = useMe();
  const errorText = useErrorText();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const people = useResource((signal) => adminApi.users(q, signal), [q]);
  const [error, setError] = useState<unknown>(null);
  const replace = (user: PlatformUserView) => people.update((list) => list.map((u) => (u.id === user.id ? user : u)));
  const act = async (work: () => Promise<PlatformUserView>, message: (name: string) => string) => {
    setError(null);
    try {
      const user = await work();
      replace(user);
      onStatus(message(user.name));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Section title={a.sections.people} className="admin-section">
      <span id="beheer-people" className="anchor" />
      <form
        role="search"
        className="admin-search"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setQ(draft.trim());
        }}
      >
        <TextField label={a.searchPeople} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <Button type="submit">{a.search}</Button>
      </form>
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {people.status === 'loading' && <Loading label={t.common.loading} />}
      {people.status === 'error' && <Alert tone="error">{errorText(people.error)}</Alert>}
      {people.status === 'ready' &&
        (people.data.length === 0 ? (
          <p className="empty">{a.noPeople}</p>
        ) : (
          <ul className="admin-list">
            {people.data.map((person) => (
              <li key={person.id} className="admin-row">
                <div>
                  <strong>{person.name}</strong> <span className="muted">{person.email}</span>{' '}
                  {person.isPlatformAdmin && <Badge>{a.administrator}</Badge>} {person.deactivatedAt && <Badge tone="accent">{a.deactivated}</Badge>}
                </div>
                <div className="admin-row__actions">
                  <Select
                    label={a.platformRole}
                    value={person.platformRole ?? ''}
                    placeholder={a.noRole}
                    options={PLATFORM_ROLES.map((role) => ({ value: role, label: a.roles[role] }))}
                    onChange={(event) => void act(() => adminApi.setRole(person.id, (event.target.value || null) as PlatformRole | null), a.roleSaved)}
                  />
                  {person.id !== me.id &&
                    (person.deactivatedAt ? (
                      <Button variant="secondary" onClick={() => void act(() => adminApi.reactivate(person.id), a.reactivatedNotice)}>
                        {a.reactivate}
                      </Button>
                    ) : (
                      <ConfirmAction
                        triggerLabel={a.deactivate}
                        triggerAriaLabel={`${a.deactivate}: ${person.name}`}
                        question={a.deactivateConfirm(person.name)}
                        confirmLabel={a.deactivate}
                        cancelLabel={t.common.cancel}
                        onConfirm={() => act(() => adminApi.deactivate(person.id), a.deactivatedNotice)}
                      />
                    ))}
                </div>
              </li>
            ))}
          </ul>
        ))}
    </Section>
  );
}

function CommunitiesSection({ onStatus }: { onStatus: (message: string) => void }) {
  const t = useT();
  const a = t.admin;
  const errorText = useErrorText();
  const communities = useResource((signal) => adminApi.communities(signal), []);
  const [error, setError] = useState<unknown>(null);
  const replace = (community: AdminCommunityView) => communities.update((list) => list.map((c) => (c.id === community.id ? community : c)));
  return (
    <Section title={a.sections.communities} className="admin-section">
      <span id="beheer-communities" className="anchor" />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {communities.status === 'loading' && <Loading label={t.common.loading} />}
      {communities.status === 'error' && <Alert tone="error">{errorText(communities.error)}</Alert>}
      {communities.status === 'ready' && (
        <ul className="admin-list">
          {communities.data.map((community) => (
            <li key={community.id} className="admin-row admin-row--stacked">
              <div>
                <strong>
                  <Link to={`/cops/${community.id}`}>{community.name}</Link>
                </strong>{' '}
                <span className="muted">{a.members(community.memberCount)}</span> {community.archivedAt && <Badge tone="accent">{a.archived}</Badge>}
                <p className="muted">
                  {a.facilitators}: {community.facilitators.length > 0 ? community.facilitators.map((f) => f.name).join(', ') : a.noFacilitators}
                </p>
              </div>
              <div className="admin-row__actions">
                <AppointFacilitator
                  community={community}
                  onAppointed={(updated, name) => {
                    replace(updated);
                    onStatus(a.appointed(name));
                  }}
                  onError={setError}
                />
                {community.archivedAt ? (
                  <Button
                    variant="secondary"
                    onClick={async () => {
                      try {
                        replace(await adminApi.archive(community.id, false));
                        onStatus(a.unarchivedNotice(community.name));
                      } catch (caught) {
                        setError(caught);
                      }
                    }}
                  >
                    {a.unarchive}
                  </Button>
                ) : (
                  <ConfirmAction
                    triggerLabel={a.archive}
                    triggerAriaLabel={`${a.archive}: ${community.name}`}
                    question={a.archiveConfirm(community.name)}
                    confirmLabel={a.archive}
                    cancelLabel={t.common.cancel}
                    onConfirm={async () => {
                      try {
                        replace(await adminApi.archive(community.id, true));
                        onStatus(a.archivedNotice(community.name));
                      } catch (caught) {
                        setError(caught);
                      }
                    }}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function AppointFacilitator({ community, onAppointed, onError }: { community: AdminCommunityView; onAppointed: (community: AdminCommunityView, name: string) => void; onError: (error: unknown) => void }) {
  const a = useT().admin;
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [userId, setUserId] = useState('');
  const people = useResource((signal) => (open && q.trim().length >= 2 ? adminApi.users(q.trim(), signal) : Promise.resolve([])), [open, q]);
  if (!open) {
    return (
      <Button variant="secondary" aria-label={`${a.appoint}: ${community.name}`} onClick={() => setOpen(true)}>
        {a.appoint}
      </Button>
    );
  }
  const options = people.status === 'ready' ? people.data.filter((p) => !p.deactivatedAt).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })) : [];
  return (
    <form
      className="admin-appoint"
      onSubmit={async (event) => {
        event.preventDefault();
        const person = options.find((o) => o.value === userId);
        if (!person) return;
        try {
          onAppointed(await adminApi.appoint(community.id, userId), person.label);
          setOpen(false);
        } catch (caught) {
          onError(caught);
        }
      }}
    >
      <TextField label={a.appointLabel} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      <Select label={a.appointChoose} value={userId} placeholder={a.appointChoose} options={options} onChange={(event) => setUserId(event.target.value)} />
      <Button type="submit" disabled={!userId}>
        {a.appoint}
      </Button>
    </form>
  );
}

function ReportsSection({ onStatus }: { onStatus: (message: string) => void }) {
  const t = useT();
  const a = t.admin;
  const errorText = useErrorText();
  const [status, setStatus] = useState<ReportStatus>('open');
  const reports = useResource((signal) => adminApi.reports(status, signal), [status]);
  return (
    <Section title={a.sections.reports} className="admin-section">
      <span id="beheer-reports" className="anchor" />
      <Select label={a.reportStatus} value={status} options={REPORT_STATUSES.map((value) => ({ value, label: a.reportStatuses[value] }))} onChange={(event) => setStatus(event.target.value as ReportStatus)} />
      {reports.status === 'loading' && <Loading label={t.common.loading} />}
      {reports.status === 'error' && <Alert tone="error">{errorText(reports.error)}</Alert>}
      {reports.status === 'ready' &&
        (reports.data.length === 0 ? (
          <p className="empty">{a.noReports}</p>
        ) : (
          <ul className="admin-list">
            {reports.data.map((report) => (
              <li key={report.id}>
                <ReportItem
                  report={report}
                  onDecided={(message) => {
                    onStatus(message);
                    reports.update((list) => list.filter((r) => r.id !== report.id));
                  }}
                />
              </li>
            ))}
          </ul>
        ))}
    </Section>
  );
}

function ReportItem({ report, onDecided }: { report: ReportView; onDecided: (message: string) => void }) {
  const t = useT();
  const a = t.admin;
  const format = useFormat();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <article className="card report-item" aria-label={`${a.contentTypes[report.contentType]}: ${report.content?.authorName ?? ''}`}>
      <h3>{a.contentTypes[report.contentType]}</h3>
      {report.content ? (
        <>
          <p className="muted">
            {a.writtenBy(report.content.authorName)} · <Link to={report.content.link}>{a.viewInPlace}</Link>
          </p>
          <blockquote className="pre-line report-item__text">{report.content.text}</blockquote>
        </>
      ) : (
        <p className="muted">{a.contentGone}</p>
      )}
      <p className="muted">{a.reportedBy(report.reporterName, format.date(report.createdAt))}</p>
      <p>
        <strong>{a.reportReason}:</strong> {report.reason}
      </p>
      {report.status !== 'open' ? (
        report.decisionReason && (
          <p>
            <strong>{a.decision}:</strong> {report.decisionReason}
          </p>
        )
      ) : (
        <>
          {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
          <TextArea label={a.hideReason} rows={2} value={reason} error={fieldError} onChange={(event) => setReason(event.target.value)} />
          <div className="button-row">
            <Button
              variant="danger"
              busy={busy}
              onClick={async () => {
                const parsed = hideReportedSchema.shape.reason.safeParse(reason);
                if (!parsed.success) {
                  setFieldError(parsed.error.issues[0]?.message);
                  return;
                }
                setFieldError(undefined);
                setBusy(true);
                setError(null);
                try {
                  const result = await adminApi.hide(report.id, { reason });
                  onDecided(a.hiddenNotice(result.mailed));
                } catch (caught) {
                  setError(caught);
                  setBusy(false);
                }
              }}
            >
              {a.hide}
            </Button>
            <Button
              variant="secondary"
              onClick={async () => {
                try {
                  await adminApi.dismiss(report.id);
                  onDecided(a.dismissedNotice);
                } catch (caught) {
                  setError(caught);
                }
              }}
            >
              {a.dismiss}
            </Button>
          </div>
        </>
      )}
    </article>
  );
}

function AuditSection() {
  const t = useT();
  const a = t.admin;
  const errorText = useErrorText();
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  const [limit, setLimit] = useState(25);
  const audit = useResource((signal) => adminApi.audit(new URLSearchParams({ limit: String(limit), ...(action ? { action } : {}) }).toString(), signal), [action, limit]);
  const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  return (
    <Section title={a.sections.audit} className="admin-section">
      <span id="beheer-audit" className="anchor" />
      <form
        role="search"
        className="admin-search"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setAction(draft.trim());
        }}
      >
        <TextField label={a.auditFilter} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <Button type="submit">{a.search}</Button>
      </form>
      {audit.status === 'loading' && <Loading label={t.common.loading} />}
      {audit.status === 'error' && <Alert tone="error">{errorText(audit.error)}</Alert>}
      {audit.status === 'ready' &&
        (audit.data.items.length === 0 ? (
          <p className="empty">{a.noAudit}</p>
        ) : (
          <div className="table-scroll">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{a.auditWhen}</th>
                  <th scope="col">{a.auditWho}</th>
                  <th scope="col">{a.auditWhat}</th>
                  <th scope="col">{a.auditSubject}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry: AuditEntryView) => (
                  <tr key={entry.id}>
                    <td>{when.format(new Date(entry.at))}</td>
                    <td>{entry.actorName ?? '—'}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>
                      {entry.subjectType} <span className="muted">{entry.subjectId?.slice(0, 8)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {audit.status === 'ready' && audit.data.total > audit.data.items.length && (
        <Button variant="secondary" onClick={() => setLimit((n) => Math.min(200, n + 25))}>
          {a.more}
        </Button>
      )}
    </Section>
  );
}
