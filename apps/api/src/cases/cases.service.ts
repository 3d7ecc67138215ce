import { Clock } from '../common/clock.js';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Logger } from 'pino';
import {
  CASE_MAX_TOTAL_CHARACTERS,
  canReadCase,
  canWriteCase,
  caseLength,
  checkCaseFields,
  isSessionOpen,
  type CaseView,
  type SaveCaseDraftInput,
  type UpsertCaseInput,
} from '@mao/domain';
import { LOGGER } from '../common/logger.js';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { SessionsService, type SessionAccessResult } from '../sessions/sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { CaseEntity } from './case.entity.js';
import { rowsOf } from '../jobs/sql.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import { CollabServer } from '../collaboration/collab-server.js';

export const PURGE_SWEEP_JOB = 'case.purge-sweep';
const PURGE_SWEEP_EVERY_MS = 3_600_000;
const sweepKey = (at: Date) => `case-purge-sweep:${new Date(Math.floor(at.getTime() / PURGE_SWEEP_EVERY_MS) * PURGE_SWEEP_EVERY_MS).toISOString()}`;

/** The prefix of every shared document of a session: its step boards and everyone's drafts. */
export const sessionDocumentPrefix = (sessionId: string) => `session.${sessionId}.`;

/**
 * The casus: written by the session's inbrenger, read by the session's facilitator, presenter
 * and confirmed participants only, every read audited, text checked by the privacy guard on
 * every confirming save. Before that it can be a private draft (`saveDraft`): read by its author
 * only, stored with whatever the guard finds (the editor shows the highlights), never shown to
 * anyone else until a clean version is confirmed (`save`). After the CoP's retention period the purge sweep removes everything about it:
 * the casus text, every board and draft of the session (update log, snapshots, queued updates;
 * open sockets close with 4410 `purged`) and the harvest drafts nobody published. What stays
 * is the session's metadata and its published lessons (which passed the guard). Nothing in this
 * file logs or audits case text: audit details and log lines carry ids and counts only.
 */
@Injectable()
export class CasesService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly collab: CollabServer,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PURGE_SWEEP_JOB, (context) => this.sweepJob(context));
  }

  /** Makes sure an hourly purge sweep is planned (one chain, whatever the number of processes). */
  async onApplicationBootstrap(): Promise<void> {
    const now = this.clock.now();
    await this.jobs.enqueue({ kind: PURGE_SWEEP_JOB, runAt: now, dedupeKey: sweepKey(now) });
  }

  /** Confirms the casus: every field, both confirmations and no privacy finding left (422 otherwise). Shared with the participants from now on. */
  async save(user: UserEntity, sessionId: string, input: UpsertCaseInput): Promise<CaseView> {
    const { loaded, characters } = await this.checkWrite(user, sessionId, input);
    const accepted = [...new Set(input.acceptedFindings ?? [])];
    assertNoPrivacyFindings(
      { title: input.title, context: input.context, keyQuestion: input.keyQuestion, tried: input.tried, askOfGroup: input.askOfGroup },
      accepted,
      'De casus',
    );
    await this.write(user, sessionId, { ...input, acceptedFindings: accepted }, 'confirmed', (existing) => ({
      action: !existing ? 'case.created' : existing.status === 'draft' ? 'case.confirmed' : 'case.updated',
      details: { characters, acceptedFindings: accepted.length },
      communityId: loaded.session.communityId,
    }));
    return this.view(await this.cases.findOneByOrFail({ sessionId }));
  }

  /**
   * Saves the casus as a private draft: only its author reads it. Nothing is required yet and
   * the guard does not refuse (the findings are counted in the audit, never their text). Saving
   * a draft over a confirmed casus takes it back: the participants no longer read it until a
   * clean version is confirmed again.
   */
  async saveDraft(user: UserEntity, sessionId: string, input: SaveCaseDraftInput): Promise<CaseView> {
    const { loaded, characters } = await this.checkWrite(user, sessionId, input);
    const accepted = [...new Set(input.acceptedFindings ?? [])];
    const fields = { title: input.title, context: input.context, keyQuestion: input.keyQuestion, tried: input.tried, askOfGroup: input.askOfGroup };
    const findings = checkCaseFields(fields, accepted).filter((finding) => finding.severity !== 'warn').length;
    await this.write(user, sessionId, { ...input, acceptedFindings: accepted }, 'draft', (existing) => ({
      action: existing?.status === 'confirmed' ? 'case.withdrawn_to_draft' : 'case.draft_saved',
      details: { characters, findings, acceptedFindings: accepted.length },
      communityId: loaded.session.communityId,
    }));
    return this.view(await this.cases.findOneByOrFail({ sessionId }));
  }

  /** Only the session's inbrenger, while the session is open, within the length limit. */
  private async checkWrite(user: UserEntity, sessionId: string, input: Pick<UpsertCaseInput, 'title' | 'context' | 'keyQuestion' | 'tried' | 'askOfGroup'>) {
    const loaded = await this.sessions.load(user, sessionId);
    if (!canWriteCase(loaded.session, this.actor(user, loaded))) {
      throw new DomainError('forbidden', 'Alleen de inbrenger van deze sessie schrijft de casus.');
    }
    if (!isSessionOpen(loaded.session.status)) throw new DomainError('session_not_open');
    const characters = caseLength(input);
    if (characters > CASE_MAX_TOTAL_CHARACTERS) throw new DomainError('case_too_long', undefined, { characters, max: CASE_MAX_TOTAL_CHARACTERS });
    return { loaded, characters };
  }

  private async write(
    user: UserEntity,
    sessionId: string,
    input: Omit<UpsertCaseInput, 'anonymisedConfirmed' | 'consentConfirmed'> & { anonymisedConfirmed: boolean; consentConfirmed: boolean; acceptedFindings: string[] },
    status: CaseEntity['status'],
    audit: (existing: CaseEntity | null) => { action: string; details: Record<string, number>; communityId: string },
  ): Promise<void> {
    await this.cases.manager.transaction(async (tx) => {
      const values = {
        authorId: user.id,
        title: input.title,
        context: input.context,
        keyQuestion: input.keyQuestion,
        tried: input.tried,
        askOfGroup: input.askOfGroup,
        anonymisedConfirmed: input.anonymisedConfirmed,
        consentConfirmed: input.consentConfirmed,
        acceptedFindings: input.acceptedFindings,
        status,
        confirmedAt: status === 'confirmed' ? this.clock.now() : null,
      };
      const existing = await tx.findOne(CaseEntity, { where: { sessionId }, lock: { mode: 'pessimistic_write' } });
      if (existing) await tx.update(CaseEntity, { sessionId }, values);
      else await tx.insert(CaseEntity, { sessionId, ...values });
      const entry = audit(existing);
      await this.audit.record({ actorId: user.id, action: entry.action, subjectType: 'session', subjectId: sessionId, communityId: entry.communityId, details: entry.details }, tx);
    });
  }

  async read(user: UserEntity, sessionId: string): Promise<CaseView> {
    const loaded = await this.sessions.load(user, sessionId);
    if (!canReadCase(loaded.session, this.actor(user, loaded))) {
      if (loaded.relation !== 'none' && loaded.rsvp === 'maybe') {
        throw new DomainError('forbidden', 'Je hebt "misschien" geantwoord. Laat weten dat je komt, dan kun je de casus lezen.');
      }
      throw new DomainError('forbidden', 'Alleen de gespreksleider, de inbrenger en de deelnemers die komen lezen de casus.');
    }
    const found = await this.cases.findOne({ where: { sessionId } });
    // A draft is its author's alone: to everyone else there is no casus yet.
    const ownDraft = found?.status === 'draft' && found.authorId === user.id && canWriteCase(loaded.session, this.actor(user, loaded));
    if (!found || (found.status === 'draft' && !ownDraft)) throw new DomainError('not_found', 'Voor deze sessie is nog geen casus bevestigd.');
    if (found.purgedAt) throw new DomainError('case_purged', undefined, { purgedAt: found.purgedAt.toISOString() });
    await this.audit.record({ actorId: user.id, action: 'case.read', subjectType: 'session', subjectId: sessionId, communityId: loaded.session.communityId });
    return this.view(found);
  }

  /**
   * Sets the purge date of a closed session's casus: closed_at + the CoP's retention days.
   * The live room may call this when it closes a session; the sweep does it anyway.
   */
  async schedulePurgeForClosedSessions(tx: EntityManager = this.cases.manager): Promise<number> {
    const rows = rowsOf(await tx.query(
      `UPDATE cases c SET purge_after = s.closed_at + make_interval(days => co.case_retention_days)
         FROM sessions s JOIN communities co ON co.id = s.community_id
        WHERE c.session_id = s.id AND c.purged_at IS NULL AND c.purge_after IS NULL
          AND s.status = 'closed' AND s.closed_at IS NOT NULL
        RETURNING c.session_id`,
    ));
    return rows.length;
  }

  /**
   * Everything about the casus whose retention period has passed: blanks the casus text (the
   * row stays, with `purged_at`), then purges the boards and drafts of every session that is due
   * (see `purgeSessionBoards`). Returns the sessions whose casus text was blanked.
   */
  async purgeDue(now: Date, tx: EntityManager = this.cases.manager): Promise<string[]> {
    await this.schedulePurgeForClosedSessions(tx);
    const rows = rowsOf<{ session_id: string; community_id: string }>(await tx.query(
      `UPDATE cases c SET title = '', context = '', key_question = '', tried = '', ask_of_group = '', accepted_findings = '{}',
              purged_at = $1, updated_at = $1
         FROM sessions s
        WHERE s.id = c.session_id AND c.purged_at IS NULL AND c.purge_after IS NOT NULL AND c.purge_after <= $1
        RETURNING c.session_id, s.community_id`,
      [now],
    ));
    for (const row of rows) {
      await this.audit.record({ actorId: null, action: 'case.purged', subjectType: 'session', subjectId: row.session_id, communityId: row.community_id }, tx);
    }
    if (rows.length > 0) this.logger.info({ purged: rows.length }, 'casus text purged');
    return rows.map((r) => r.session_id);
  }

  /**
   * The boards and drafts of every session whose retention period has passed: a session with a
   * casus goes when its casus does (`purge_after`); one without, `case_retention_days` after it
   * closed (or was cancelled). For each: the collaboration server closes open sockets with 4410
   * `purged` and removes the documents' update log, snapshots and queued updates; harvest drafts
   * nobody published (draft, discarded, merged: board text that never passed review) are
   * deleted; `boards_purged_at` is set, from which every route and socket refuses the boards.
   *
   * The documents are removed before the transaction commits: if it then fails, the next sweep
   * finds the session again and removing is idempotent — never "marked purged but still there".
   * Returns the purged sessions; tell the other processes with `announceBoardsPurged` after commit.
   */
  async purgeSessionBoards(now: Date, tx: EntityManager = this.cases.manager): Promise<string[]> {
    const due = rowsOf<{ id: string; community_id: string }>(await tx.query(
      `SELECT s.id, s.community_id
         FROM sessions s
         JOIN communities co ON co.id = s.community_id
         LEFT JOIN cases c ON c.session_id = s.id
        WHERE s.boards_purged_at IS NULL AND s.status IN ('closed', 'cancelled')
          AND COALESCE(c.purge_after,
                       (CASE WHEN s.status = 'closed' THEN COALESCE(s.closed_at, s.updated_at) ELSE s.updated_at END)
                         + make_interval(days => co.case_retention_days)) <= $1
        ORDER BY s.id
        LIMIT 200
        FOR UPDATE OF s SKIP LOCKED`,
      [now],
    ));
    for (const session of due) {
      await this.collab.purgeDocuments(sessionDocumentPrefix(session.id));
      const lessons = rowsOf(await tx.query(`DELETE FROM lessons WHERE session_id = $1 AND status <> 'published' RETURNING id`, [session.id]));
      await tx.query(`UPDATE sessions SET boards_purged_at = $2 WHERE id = $1`, [session.id, now]);
      await this.audit.record(
        { actorId: null, action: 'session.boards_purged', subjectType: 'session', subjectId: session.id, communityId: session.community_id, details: { unpublishedLessons: lessons.length } },
        tx,
      );
    }
    if (due.length > 0) this.logger.info({ sessions: due.length }, 'session boards purged');
    return due.map((session) => session.id);
  }

  /** After the purge committed: every api process re-reads these sessions and closes what is still open on them (4410 `purged`). */
  async announceBoardsPurged(sessionIds: readonly string[]): Promise<void> {
    for (const sessionId of sessionIds) await this.accessChanges.publish({ kind: 'session-changed', sessionId });
  }

  private async sweepJob({ tx, now }: JobContext): Promise<JobOutcome> {
    await this.purgeDue(now, tx);
    const purged = await this.purgeSessionBoards(now, tx);
    // The next sweep in the chain; the dedupe key makes a second chain impossible.
    const next = new Date(now.getTime() + PURGE_SWEEP_EVERY_MS);
    await this.jobs.enqueue({ kind: PURGE_SWEEP_JOB, runAt: next, dedupeKey: sweepKey(next) }, tx);
    return { status: 'done', afterCommit: purged.length > 0 ? () => this.announceBoardsPurged(purged) : undefined };
  }

  private actor(user: UserEntity, loaded: SessionAccessResult) {
    return { userId: user.id, relation: loaded.relation, isPlatformAdmin: user.isPlatformAdmin, rsvp: loaded.rsvp };
  }

  private async view(entity: CaseEntity): Promise<CaseView> {
    const [author] = entity.authorId ? ((await this.cases.manager.query(`SELECT id, name FROM users WHERE id = $1`, [entity.authorId])) as Array<{ id: string; name: string }>) : [];
    return {
      sessionId: entity.sessionId,
      status: entity.status,
      confirmedAt: entity.confirmedAt ? entity.confirmedAt.toISOString() : null,
      title: entity.title,
      context: entity.context,
      keyQuestion: entity.keyQuestion,
      tried: entity.tried,
      askOfGroup: entity.askOfGroup,
      anonymisedConfirmed: entity.anonymisedConfirmed,
      consentConfirmed: entity.consentConfirmed,
      acceptedFindings: entity.acceptedFindings,
      author: author ? { id: author.id, name: author.name } : null,
      updatedAt: entity.updatedAt.toISOString(),
      purgeAfter: entity.purgeAfter ? entity.purgeAfter.toISOString() : null,
    };
  }
}
