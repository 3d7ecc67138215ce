import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { DateTime } from 'luxon';
import {
  BOARD_KEYS,
  findPrivacyIssues,
  hasConfirmedSeat,
  readBoard,
  SESSION_TIMEZONE,
  type BoardCard,
  type SessionSummaryView,
  type SummaryAdviceView,
} from '@mao/domain';
import { stepSource, type Method } from '@mao/intervisie-method';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { LOGGER } from '../common/logger.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName, draftDocumentName } from '../collaboration/document-name.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { MailService } from '../mail/mail.service.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { sessionSummaryMail, type SummaryMailInput } from './agreement-mails.js';
import { AgreementsService, humanDay, ownerLabel, type AgreementRow } from './agreements.service.js';
import { summaryPdf } from './summary-pdf.js';

export const SUMMARY_JOB = 'session.summary';
export const SUMMARY_MAIL_JOB = 'session.summary.mail';
export const summaryJobKey = (sessionId: string) => `summary:${sessionId}`;
/** How long closing waits for the session's harvest before it leaves the summary to the job runner's poll. */
const HARVEST_WAIT_MS = 20_000;

interface SessionRow {
  id: string;
  community_id: string;
  community_name: string;
  title: string;
  status: string;
  starts_at: Date;
  facilitator_id: string;
  presenter_id: string | null;
  method_snapshot: Method;
  boards_purged_at: Date | null;
  live_state: { revealedStepIds?: string[]; presenterId?: string | null } | null;
}

interface AdviceCard extends SummaryAdviceView {
  authorId: string;
}

/** A text goes into a mail only when the privacy guard finds nothing that identifies (places only warn). */
const mailSafe = (text: string) => findPrivacyIssues(text).every((finding) => finding.severity === 'warn');

function boardCards(doc: Y.Doc): BoardCard[] {
  return readBoard({
    cardsByAuthor: doc.getMap(BOARD_KEYS.cards).toJSON(),
    moderation: doc.getMap(BOARD_KEYS.moderation).toJSON(),
  }).cards;
}

/**
 * The summary of a closed session (issue 14): the agreements it made, the advice of the steps its
 * response steps take from with the inbrenger's marks (`marksByAuthor` on the response board,
 * under the inbrenger's id), and the number of harvested lessons waiting for review. Never the
 * casus text.
 *
 * - `GET /api/sessions/:id/summary` for the session's people with a confirmed seat (facilitator,
 *   inbrenger, members who said yes — those who read its boards and casus);
 * - "mijn adviezen" as PDF for the inbrenger;
 * - a summary mail to each participant after closing: a persisted job `session.summary` (dedupe
 *   key `summary:<id>`, enqueued when the live session ends and, at start-up, for closed sessions
 *   without one) fans out one `session.summary.mail` per person (dedupe key per person): at most
 *   once each. It waits (retry with backoff) until the harvest job of the session is done, so the
 *   count of lessons in review is right. Texts with a finding of the privacy guard are left out of
 *   the mail (the mail says how many) — they stay readable on the platform.
 */
@Injectable()
export class SessionSummaryService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly agreements: AgreementsService,
    private readonly live: LiveSessionsService,
    private readonly collab: CollabServer,
    private readonly jobs: JobRunner,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SUMMARY_JOB, (context) => this.fanOut(context));
    this.jobs.register(SUMMARY_MAIL_JOB, (context) => this.sendOne(context));
    this.live.addListener({
      onStateChanged: (session, events) => {
        if (!events.some((event) => event.type === 'session_ended')) return;
        void this.sessionClosed(session.id).catch((error: unknown) =>
          this.logger.error({ sessionId: session.id, err: error instanceof Error ? error.message : String(error) }, 'summary after close failed; the job runner retries it'),
        );
      },
    });
  }

  /**
   * On close: enqueue the summary job (idempotent), and — once the harvest has run — run it and
   * its mails now rather than at the next poll. Each job is claimed with SKIP LOCKED and marked
   * done before its mail goes out, exactly as the job runner does, so the poller and this path
   * never both send a mail. What does not happen here (harvest slow, mail transport down) the
   * runner's poll does later.
   */
  async sessionClosed(sessionId: string): Promise<void> {
    await this.jobs.enqueue({ kind: SUMMARY_JOB, runAt: this.clock.now(), payload: { sessionId }, dedupeKey: summaryJobKey(sessionId) });
    const deadline = Date.now() + HARVEST_WAIT_MS;
    while (Date.now() < deadline) {
      const [harvest]: Array<{ status: string }> = await this.dataSource.query(`SELECT status FROM jobs WHERE dedupe_key = $1`, [`harvest:${sessionId}`]);
      // The harvest enqueues its own job on close too, maybe a moment after this: wait until it exists and has run.
      if (harvest && harvest.status !== 'pending') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.runClaimed(summaryJobKey(sessionId), (context) => this.fanOut(context));
    const mailJobs: Array<{ dedupe_key: string }> = await this.dataSource.query(`SELECT dedupe_key FROM jobs WHERE kind = $1 AND status = 'pending' AND payload->>'sessionId' = $2`, [
      SUMMARY_MAIL_JOB,
      sessionId,
    ]);
    for (const { dedupe_key } of mailJobs) await this.runClaimed(dedupe_key, (context) => this.sendOne(context));
  }

  /** Claims one pending job by its dedupe key (SKIP LOCKED), runs the handler in the claim transaction, marks it, then runs its side effect. */
  private async runClaimed(dedupeKey: string, handler: (context: JobContext) => Promise<JobOutcome>): Promise<void> {
    const now = this.clock.now();
    let outcome: JobOutcome | undefined;
    let claimedId: string | undefined;
    await this.dataSource.transaction(async (tx) => {
      const [row]: Array<{ id: string; kind: string; run_at: Date; payload: Record<string, unknown>; dedupe_key: string; attempts: number; created_at: Date }> = await tx.query(
        `SELECT id, kind, run_at, payload, dedupe_key, attempts, created_at FROM jobs WHERE dedupe_key = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`,
        [dedupeKey],
      );
      if (!row) return;
      claimedId = String(row.id);
      const job = { id: claimedId, kind: row.kind, runAt: row.run_at, payload: row.payload, dedupeKey: row.dedupe_key, status: 'pending' as const, attempts: row.attempts, lockedUntil: null, doneAt: null, lastError: null, createdAt: row.created_at };
      outcome = await handler({ job, tx, now });
      await tx.query(`UPDATE jobs SET status = $2, attempts = attempts + 1, done_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1`, [claimedId, outcome.status, now, outcome.reason ?? null]);
    });
    if (!claimedId || !outcome?.afterCommit) return;
    try {
      await outcome.afterCommit();
    } catch (error) {
      // Not handed over: give the job back to the runner, which retries with backoff.
      await this.dataSource.query(`UPDATE jobs SET status = 'pending', run_at = $2, done_at = NULL, last_error = $3 WHERE id = $1`, [
        claimedId,
        new Date(now.getTime() + 60_000),
        error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
      ]);
      throw error;
    }
  }

  /** Closed sessions without a summary job get one (a crash between closing and enqueueing loses nothing). Only sessions closed after this feature existed. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO jobs (kind, run_at, payload, dedupe_key)
       SELECT $1, $2::timestamptz, jsonb_build_object('sessionId', s.id), 'summary:' || s.id
         FROM sessions s
        WHERE s.status = 'closed' AND s.boards_purged_at IS NULL AND s.closed_at >= $3::timestamptz
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [SUMMARY_JOB, this.clock.now(), new Date('2026-12-01T00:00:00Z')],
    );
  }

  async get(user: UserEntity, sessionId: string): Promise<SessionSummaryView> {
    const session = await this.readableSession(user, sessionId);
    const advice = await this.advice(session);
    const [agreements, lessonsInReview] = await Promise.all([this.agreements.listForSession(user, sessionId), this.lessonsInReview(this.dataSource.manager, sessionId)]);
    return {
      session: this.sessionHeader(session),
      agreements,
      advice: advice.map(({ authorId: _authorId, ...card }) => card),
      lessonsInReview,
      isPresenter: this.presenterOf(session) === user.id,
      boardsPurged: session.boards_purged_at !== null,
    };
  }

  /** "Mijn adviezen": the advice the inbrenger received (marked first) and the agreements, as PDF. Only for the inbrenger. */
  async myAdvicePdf(user: UserEntity, sessionId: string): Promise<{ fileName: string; body: Buffer }> {
    const session = await this.readableSession(user, sessionId);
    if (this.presenterOf(session) !== user.id) throw new DomainError('forbidden', 'Alleen de inbrenger downloadt “mijn adviezen”.');
    const advice = await this.advice(session);
    const agreements = await this.agreements.rowsOfSession(this.dataSource.manager, sessionId);
    const body = await summaryPdf(
      { title: session.title, communityName: session.community_name, startsAt: session.starts_at, presenterName: user.name },
      { advice, agreements: agreements.map((row) => ({ what: row.what, owner: ownerLabel(row), due: row.due_date ? humanDay(row.due_date, 'nl') : null, level: row.level, status: row.status })) },
      { now: this.clock.now() },
    );
    return { fileName: `mijn-adviezen-${DateTime.fromJSDate(session.starts_at, { zone: SESSION_TIMEZONE }).toISODate() ?? 'sessie'}.pdf`, body };
  }

  /** A closed session the user had a confirmed seat in; other members 403, outsiders 404. */
  private async readableSession(user: UserEntity, sessionId: string): Promise<SessionRow> {
    const { session, relation, rsvp } = await this.sessions.load(user, sessionId);
    if (!hasConfirmedSeat(session, { userId: user.id, relation, rsvp })) throw new DomainError('forbidden', 'De samenvatting is voor wie aan de bijeenkomst deelnam.');
    const row = await this.sessionRow(this.dataSource.manager, sessionId);
    if (!row || row.status !== 'closed') throw new DomainError('summary_not_ready');
    return row;
  }

  private async sessionRow(manager: EntityManager, sessionId: string): Promise<SessionRow | undefined> {
    const [row]: SessionRow[] = await manager.query(
      `SELECT s.id, s.community_id, c.name AS community_name, s.title, s.status, s.starts_at, s.facilitator_id, s.presenter_id, s.method_snapshot,
              s.boards_purged_at, s.live_state
         FROM sessions s JOIN communities c ON c.id = s.community_id
        WHERE s.id = $1`,
      [sessionId],
    );
    return row;
  }

  /** The inbrenger as the live session ended (a hand-over in the room wins over the schedule). */
  private presenterOf(session: SessionRow): string | null {
    return session.live_state?.presenterId ?? session.presenter_id;
  }

  private sessionHeader(session: SessionRow): SessionSummaryView['session'] {
    return {
      id: session.id,
      title: session.title,
      date: DateTime.fromJSDate(session.starts_at, { zone: SESSION_TIMEZONE }).toISODate() ?? '',
      communityId: session.community_id,
      communityName: session.community_name,
    };
  }

  private async lessonsInReview(manager: EntityManager, sessionId: string): Promise<number> {
    const [row]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM lessons WHERE session_id = $1 AND status = 'draft'`, [sessionId]);
    return row?.n ?? 0;
  }

  /**
   * The advice of every step a response step takes from: that step's board and (when revealed)
   * its drafts, without cards the facilitator hid, the inbrenger's marks first. Names come from
   * the users table (boards hold none).
   */
  private async advice(session: SessionRow): Promise<AdviceCard[]> {
    if (session.boards_purged_at) return [];
    const method = session.method_snapshot;
    const presenterId = this.presenterOf(session);
    const revealed = new Set(session.live_state?.revealedStepIds ?? []);
    const cards: Array<BoardCard & { marked: boolean }> = [];
    for (const step of method.steps) {
      if (step.kind !== 'presenter-response') continue;
      const source = stepSource(method, step);
      if (source?.kind !== 'step') continue;
      const marked = new Set<string>();
      const response = await this.collab.snapshot(boardDocumentName(session.id, step.id));
      try {
        for (const mark of readBoard({ marksByAuthor: response.getMap(BOARD_KEYS.marks).toJSON() }).marks) if (mark.authorId === presenterId) marked.add(mark.cardKey);
      } finally {
        response.destroy();
      }
      const board = await this.collab.snapshot(boardDocumentName(session.id, source.step.id));
      let hidden: Set<string>;
      try {
        const own = boardCards(board);
        hidden = new Set(own.filter((card) => card.hidden).map((card) => card.key));
        for (const card of own) if (!card.hidden) cards.push({ ...card, marked: marked.has(card.key) });
      } finally {
        board.destroy();
      }
      if (source.step.privateDrafts && revealed.has(source.step.id)) {
        for (const ownerId of await this.participantIds(session)) {
          const draft = await this.collab.snapshot(draftDocumentName(session.id, source.step.id, ownerId));
          try {
            for (const card of boardCards(draft)) if (!hidden.has(card.key) && card.authorId === ownerId) cards.push({ ...card, marked: marked.has(card.key) });
          } finally {
            draft.destroy();
          }
        }
      }
    }
    const names = await this.namesOf([...new Set(cards.map((card) => card.authorId))]);
    return cards
      .sort((a, b) => Number(b.marked) - Number(a.marked) || a.createdAt - b.createdAt || (a.key < b.key ? -1 : 1))
      .map((card) => ({ text: card.text, authorId: card.authorId, authorName: names.get(card.authorId) ?? 'Deelnemer', marked: card.marked }));
  }

  private async participantIds(session: Pick<SessionRow, 'id'>, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT user_id AS id FROM session_participants WHERE session_id = $1 AND rsvp = 'yes'
       UNION SELECT facilitator_id FROM sessions WHERE id = $1
       UNION SELECT presenter_id FROM sessions WHERE id = $1 AND presenter_id IS NOT NULL`,
      [session.id],
    );
    return rows.map((row) => row.id);
  }

  private async namesOf(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(`SELECT id, name FROM users WHERE id::text = ANY($1::text[])`, [userIds]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** One summary job per closed session: waits for the harvest, then one mail job per participant who is still a member. */
  private async fanOut({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const sessionId = typeof job.payload['sessionId'] === 'string' ? job.payload['sessionId'] : '';
    const session = await this.sessionRow(tx, sessionId);
    if (!session || session.status !== 'closed') return { status: 'skipped', reason: 'session missing or not closed' };
    const [harvest]: Array<{ status: string }> = await tx.query(`SELECT status FROM jobs WHERE dedupe_key = $1`, [`harvest:${sessionId}`]);
    // The count of lessons in review is only right once the harvest has run (the runner retries with backoff).
    if (harvest?.status === 'pending') throw new Error('harvest of this session not done yet');
    const members: Array<{ id: string }> = await tx.query(
      `SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.community_id = $2 WHERE u.id::text = ANY($1::text[]) AND u.deleted_at IS NULL`,
      [await this.participantIds(session, tx), session.community_id],
    );
    for (const member of members) {
      await this.jobs.enqueue({ kind: SUMMARY_MAIL_JOB, runAt: now, payload: { sessionId, userId: member.id }, dedupeKey: `${summaryJobKey(sessionId)}:${member.id}` }, tx);
    }
    return { status: 'done', reason: `${members.length} mails` };
  }

  private async sendOne({ job, tx }: JobContext): Promise<JobOutcome> {
    const sessionId = typeof job.payload['sessionId'] === 'string' ? job.payload['sessionId'] : '';
    const userId = typeof job.payload['userId'] === 'string' ? job.payload['userId'] : '';
    const session = await this.sessionRow(tx, sessionId);
    if (!session || session.status !== 'closed') return { status: 'skipped', reason: 'session missing or not closed' };
    const [recipient]: Array<{ name: string; email: string }> = await tx.query(
      `SELECT u.name, u.email FROM users u JOIN memberships m ON m.user_id = u.id AND m.community_id = $2 WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId, session.community_id],
    );
    if (!recipient) return { status: 'skipped', reason: 'no longer a member' };
    const input = await this.mailInput(tx, session, recipient);
    return { status: 'done', afterCommit: () => this.mail.send(sessionSummaryMail(input)) };
  }

  /** What the mail says: only texts the privacy guard passes; how many were left out. */
  private async mailInput(tx: EntityManager, session: SessionRow, recipient: { name: string; email: string }): Promise<SummaryMailInput> {
    const agreementRows: AgreementRow[] = await this.agreements.rowsOfSession(tx, session.id);
    const advice = (await this.advice(session)).filter((card) => card.marked);
    let leftOut = 0;
    const agreements = agreementRows.filter((row) => {
      const safe = mailSafe(row.what) && (row.owner_text === null || mailSafe(row.owner_text));
      if (!safe) leftOut++;
      return safe;
    });
    const markedAdvice = advice.filter((card) => {
      const safe = mailSafe(card.text);
      if (!safe) leftOut++;
      return safe;
    });
    const startsAt = DateTime.fromJSDate(session.starts_at, { zone: SESSION_TIMEZONE });
    return {
      to: recipient.email,
      name: recipient.name,
      communityName: session.community_name,
      sessionTitle: session.title,
      whenNl: startsAt.setLocale('nl-NL').toFormat('cccc d LLLL yyyy'),
      whenEn: startsAt.setLocale('en-GB').toFormat('cccc d LLLL yyyy'),
      agreements: agreements.map((row) => ({
        what: row.what,
        ownerLabel: ownerLabel(row),
        dueNl: row.due_date ? humanDay(row.due_date, 'nl') : null,
        dueEn: row.due_date ? humanDay(row.due_date, 'en') : null,
        level: row.level,
      })),
      markedAdvice: markedAdvice.map((card) => card.text),
      leftOut,
      lessonsInReview: await this.lessonsInReview(tx, session.id),
      link: `${this.config.publicUrl}/sessies/${session.id}/samenvatting`,
    };
  }
}
