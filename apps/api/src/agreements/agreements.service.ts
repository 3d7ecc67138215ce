import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import {
  ACTIVE_AGREEMENT_STATUSES,
  can,
  isSessionFacilitator,
  isSessionPresenter,
  mayUpdateAgreement,
  SESSION_TIMEZONE,
  type AgreementLevel,
  type AgreementListQuery,
  type AgreementStatus,
  type AgreementView,
  type CreateAgreementInput,
  type UpdateAgreementInput,
} from '@mao/domain';
import { makesAgreements } from '@mao/intervisie-method';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { MailService } from '../mail/mail.service.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { agreementReminderMail } from './agreement-mails.js';

export const AGREEMENT_REMINDER_JOB = 'agreement.reminder';
/** The reminder goes this many days before the due date, at 09:00 Dutch time (or at once when that has passed). */
export const REMINDER_DAYS_BEFORE = 3;
const REMINDER_HOUR = 9;

export interface AgreementRow {
  id: string;
  community_id: string;
  session_id: string;
  session_title: string;
  session_starts_at: Date;
  session_facilitator_id: string;
  session_presenter_id: string | null;
  method_steps: Array<{ id: string; title: { nl: string; en: string } }> | null;
  step_id: string;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_text: string | null;
  what: string;
  due_date: string | null;
  level: AgreementLevel;
  status: AgreementStatus;
  note: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_AGREEMENTS = `
  SELECT a.id, a.community_id, a.session_id, s.title AS session_title, s.starts_at AS session_starts_at,
         s.facilitator_id AS session_facilitator_id, s.presenter_id AS session_presenter_id,
         s.method_snapshot->'steps' AS method_steps, a.step_id,
         a.owner_user_id, u.name AS owner_name, a.owner_text, a.what, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
         a.level, a.status, a.note, a.created_at, a.updated_at
    FROM agreements a
    JOIN sessions s ON s.id = a.session_id
    LEFT JOIN users u ON u.id = a.owner_user_id`;

/** Active first (open, bezig), then by due date (none last), then oldest first. */
const ORDER = `ORDER BY (a.status IN ('open', 'bezig')) DESC, a.due_date ASC NULLS LAST, a.created_at, a.id`;

/** A member's name, or the role or organisation as written ("verwijderd lid" after an account was deleted). */
export function ownerLabel(row: Pick<AgreementRow, 'owner_user_id' | 'owner_name' | 'owner_text'>): string {
  return row.owner_text ?? row.owner_name ?? 'verwijderd lid';
}

/** `2027-02-01` → "maandag 1 februari 2027" / "Monday 1 February 2027". */
export function humanDay(isoDay: string, locale: 'nl' | 'en'): string {
  return DateTime.fromISO(isoDay, { zone: SESSION_TIMEZONE }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('cccc d LLLL yyyy');
}

/**
 * Agreements (afspraken), issue 14. Made during the live session, in a step whose method data
 * says it makes agreements (`agreements: true`), by the session's facilitator or inbrenger;
 * privacy-guarded like every text about a case (direct identifiers refused, a name only when
 * marked as not identifying). They belong to the CoP: its members list them, the owner, the
 * CoP's facilitators and the session's facilitator and inbrenger update status and note, also in
 * the terugblik of the next session. One reminder mail before the due date, as a persisted job
 * (dedupe key per agreement and due date: exactly one, also across restarts and processes).
 */
@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommunityAccessService,
    private readonly sessions: SessionsService,
    private readonly live: LiveSessionsService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(AGREEMENT_REMINDER_JOB, (context) => this.remind(context));
  }

  async create(user: UserEntity, sessionId: string, input: CreateAgreementInput): Promise<AgreementView> {
    const { session } = await this.sessions.load(user, sessionId);
    if (!isSessionFacilitator(session, user.id) && !isSessionPresenter(session, user.id)) throw new DomainError('forbidden', 'Alleen de gespreksleider en de inbrenger leggen afspraken vast.');
    const live = await this.live.get(sessionId);
    const running = live && live.scheduleStatus === 'live' && (live.state.status === 'running' || live.state.status === 'paused');
    const step = live?.method.steps.find((candidate) => candidate.id === input.stepId);
    if (!running || !step || live.state.currentStepId !== step.id || !makesAgreements(step)) throw new DomainError('agreement_step_closed');
    if (input.ownerUserId) {
      const relation = await this.access.relationOf(input.ownerUserId, session.communityId);
      if (relation === 'none') throw new DomainError('not_a_member', undefined, { field: 'ownerUserId' });
    }
    assertNoPrivacyFindings({ what: input.what, ...(input.ownerText ? { ownerText: input.ownerText } : {}) }, input.acceptedFindings ?? [], 'De afspraak');
    const id = await this.dataSource.transaction(async (tx) => {
      const [row]: Array<{ id: string }> = await tx.query(
        `INSERT INTO agreements (community_id, session_id, step_id, owner_user_id, owner_text, what, due_date, level, created_by, updated_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $10) RETURNING id`,
        [session.communityId, sessionId, step.id, input.ownerUserId ?? null, input.ownerText ?? null, input.what, input.dueDate ?? null, input.level, user.id, this.clock.now()],
      );
      if (!row) throw new Error('agreement insert returned nothing');
      if (input.dueDate) await this.planReminder(tx, row.id, input.dueDate);
      await this.audit.record(
        { actorId: user.id, action: 'agreement.created', subjectType: 'agreement', subjectId: row.id, communityId: session.communityId, details: { sessionId, stepId: step.id, level: input.level } },
        tx,
      );
      return row.id;
    });
    return this.get(user, id);
  }

  async get(user: UserEntity, agreementId: string): Promise<AgreementView> {
    const row = await this.row(agreementId);
    const actor = await this.actorIn(user, row.community_id);
    return this.view(row, actor);
  }

  async listForCommunity(user: UserEntity, communityId: string, query: AgreementListQuery): Promise<AgreementView[]> {
    const actor = await this.actorIn(user, communityId);
    const statuses = query.status === 'active' ? [...ACTIVE_AGREEMENT_STATUSES] : query.status ? [query.status] : null;
    const rows: AgreementRow[] = await this.dataSource.query(`${SELECT_AGREEMENTS} WHERE a.community_id = $1 AND ($2::text[] IS NULL OR a.status = ANY($2::text[])) ${ORDER}`, [
      communityId,
      statuses,
    ]);
    return rows.map((row) => this.view(row, actor));
  }

  /** The agreements a session made (its summary); members of the CoP may read them. */
  async listForSession(user: UserEntity, sessionId: string): Promise<AgreementView[]> {
    const { session } = await this.sessions.load(user, sessionId);
    const actor = await this.actorIn(user, session.communityId);
    return (await this.rowsOfSession(this.dataSource.manager, sessionId)).map((row) => this.view(row, actor));
  }

  rowsOfSession(manager: EntityManager, sessionId: string): Promise<AgreementRow[]> {
    return manager.query(`${SELECT_AGREEMENTS} WHERE a.session_id = $1 ORDER BY a.created_at, a.id`, [sessionId]);
  }

  async update(user: UserEntity, agreementId: string, input: UpdateAgreementInput): Promise<AgreementView> {
    const row = await this.row(agreementId);
    const actor = await this.actorIn(user, row.community_id);
    if (!this.mayUpdate(row, actor)) throw new DomainError('forbidden', 'Alleen wie de afspraak uitvoert en de gespreksleiders werken een afspraak bij.');
    if (input.note) assertNoPrivacyFindings({ note: input.note }, input.acceptedFindings ?? [], 'De toelichting');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE agreements SET status = COALESCE($2, status), note = CASE WHEN $3::boolean THEN $4 ELSE note END, updated_by = $5, updated_at = $6 WHERE id = $1`,
        [agreementId, input.status ?? null, input.note !== undefined, input.note || null, user.id, this.clock.now()],
      );
      await this.audit.record(
        { actorId: user.id, action: 'agreement.updated', subjectType: 'agreement', subjectId: agreementId, communityId: row.community_id, details: { status: input.status ?? null, note: input.note !== undefined } },
        tx,
      );
    });
    return this.view(await this.row(agreementId), actor);
  }

  /** Plans the one reminder for this due date: REMINDER_DAYS_BEFORE days before at 09:00 Dutch time, or now when that passed. */
  private async planReminder(tx: EntityManager, agreementId: string, dueDate: string): Promise<void> {
    const planned = DateTime.fromISO(dueDate, { zone: SESSION_TIMEZONE }).minus({ days: REMINDER_DAYS_BEFORE }).set({ hour: REMINDER_HOUR }).toJSDate();
    const now = this.clock.now();
    const endOfDue = DateTime.fromISO(dueDate, { zone: SESSION_TIMEZONE }).endOf('day').toJSDate();
    if (endOfDue.getTime() <= now.getTime()) return;
    await this.jobs.enqueue(
      { kind: AGREEMENT_REMINDER_JOB, runAt: planned.getTime() > now.getTime() ? planned : now, payload: { agreementId, dueDate }, dedupeKey: `agreement-reminder:${agreementId}:${dueDate}` },
      tx,
    );
  }

  /** The reminder job: still active, same due date, not past it; to the owner, or (a role or organisation) the session's facilitator. */
  private async remind({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const agreementId = typeof job.payload['agreementId'] === 'string' ? job.payload['agreementId'] : '';
    const [row]: Array<AgreementRow & { community_name: string }> = await tx.query(
      `SELECT x.*, c.name AS community_name FROM (${SELECT_AGREEMENTS} WHERE a.id = $1) x JOIN communities c ON c.id = x.community_id`,
      [agreementId],
    );
    if (!row) return { status: 'skipped', reason: 'agreement deleted' };
    if (!ACTIVE_AGREEMENT_STATUSES.includes(row.status)) return { status: 'skipped', reason: `agreement ${row.status}` };
    if (!row.due_date || row.due_date !== job.payload['dueDate']) return { status: 'skipped', reason: 'due date changed' };
    if (DateTime.fromISO(row.due_date, { zone: SESSION_TIMEZONE }).endOf('day').toJSDate().getTime() <= now.getTime()) return { status: 'skipped', reason: 'due date passed' };
    const recipientId = row.owner_user_id ?? row.session_facilitator_id;
    const [recipient]: Array<{ name: string; email: string }> = await tx.query(
      `SELECT u.name, u.email FROM users u JOIN memberships m ON m.user_id = u.id AND m.community_id = $2 WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [recipientId, row.community_id],
    );
    if (!recipient) return { status: 'skipped', reason: 'recipient not a member' };
    const mail = agreementReminderMail({
      to: recipient.email,
      name: recipient.name,
      communityName: row.community_name,
      sessionTitle: row.session_title,
      what: row.what,
      ownerLabel: ownerLabel(row),
      forOwner: row.owner_user_id !== null,
      dueNl: humanDay(row.due_date, 'nl'),
      dueEn: humanDay(row.due_date, 'en'),
      level: row.level,
      link: `${this.config.publicUrl}/cops/${row.community_id}/afspraken`,
    });
    return { status: 'done', afterCommit: () => this.mail.send(mail) };
  }

  private async row(agreementId: string): Promise<AgreementRow> {
    const [row]: AgreementRow[] = await this.dataSource.query(`${SELECT_AGREEMENTS} WHERE a.id = $1`, [agreementId]);
    if (!row) throw new DomainError('not_found');
    return row;
  }

  /**
   * The asking person in this CoP: a non-member gets 404. "Facilitator" for agreements: a CoP
   * facilitator (or platform administrator), or whoever leads a live session of this CoP right now
   * (the terugblik: the group updates status there, through its facilitator).
   */
  private async actorIn(user: UserEntity, communityId: string): Promise<{ userId: string; isCommunityFacilitator: boolean }> {
    const { relation } = await this.access.require(user, communityId, 'agreements.view');
    let isCommunityFacilitator = can(relation, 'agreements.manage', user.isPlatformAdmin);
    if (!isCommunityFacilitator) {
      const [leads]: unknown[] = await this.dataSource.query(`SELECT 1 FROM sessions WHERE community_id = $1 AND facilitator_id = $2 AND status = 'live' LIMIT 1`, [communityId, user.id]);
      isCommunityFacilitator = Boolean(leads);
    }
    return { userId: user.id, isCommunityFacilitator };
  }

  private mayUpdate(row: AgreementRow, actor: { userId: string; isCommunityFacilitator: boolean }): boolean {
    return mayUpdateAgreement({ ownerUserId: row.owner_user_id, sessionFacilitatorId: row.session_facilitator_id, sessionPresenterId: row.session_presenter_id }, actor);
  }

  view(row: AgreementRow, actor: { userId: string; isCommunityFacilitator: boolean }): AgreementView {
    const step = (row.method_steps ?? []).find((candidate) => candidate.id === row.step_id);
    return {
      id: row.id,
      communityId: row.community_id,
      session: { id: row.session_id, title: row.session_title, date: DateTime.fromJSDate(row.session_starts_at, { zone: SESSION_TIMEZONE }).toISODate() ?? '' },
      step: { id: row.step_id, title: step?.title ?? { nl: row.step_id, en: row.step_id } },
      owner: row.owner_text !== null ? { kind: 'text', text: row.owner_text } : { kind: 'member', userId: row.owner_user_id ?? '', name: row.owner_name ?? 'verwijderd lid' },
      what: row.what,
      dueDate: row.due_date,
      level: row.level,
      status: row.status,
      note: row.note,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      canUpdate: this.mayUpdate(row, actor),
    };
  }
}
