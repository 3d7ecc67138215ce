import { Clock } from '../common/clock.js';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { createHash } from 'node:crypto';
import { BOARD_KEYS, LESSON_MAX_THEMES, LESSON_TEXT_MAX, LESSON_THEME_MAX, MAX_BOARD_TEXT, REFLECTIEKADER, findElement, findIndicator, readBoard } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';
import { LOGGER } from '../common/logger.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName } from '../collaboration/document-name.js';
import { normaliseTags } from './lesson-tags.js';
import { privacyNote } from './harvest-privacy.js';

export const HARVEST_JOB = 'lessons.harvest';
export const harvestJobKey = (sessionId: string) => `harvest:${sessionId}`;

/** One harvest entry as read from the board, after cleaning; its owner is the user id its key starts with. */
export interface HarvestBoardEntry {
  key: string;
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  ownerId: string;
  notes: string[];
}

/** A draft lesson to insert: the entry with its author as the server knows them (or no one). */
export interface HarvestDraft extends Omit<HarvestBoardEntry, 'ownerId'> {
  authorId: string | null;
  authorName: string | null;
}

export interface HarvestResult {
  inserted: number;
  alreadyThere: number;
  skippedEmpty: number;
}

interface SessionRow {
  id: string;
  community_id: string;
  status: string;
  starts_at: Date;
  method_id: string;
  method_snapshot: Method;
}

/**
 * From harvest board to draft lessons.
 *
 * Idempotency: closing a session enqueues ONE persisted job with the dedupe key
 * `harvest:<sessionId>` (UNIQUE in `jobs`), and every draft carries the key of its harvest
 * entry (UNIQUE (session_id, harvest_entry_id) in `lessons`, inserted with ON CONFLICT DO
 * NOTHING). The job's handler runs inside the job's claim transaction, so the drafts and the
 * job's `done` status commit together: a crash in the middle rolls back both, and the job is
 * still pending for the next run. Closing twice, a second process, or a retry can therefore
 * neither duplicate nor lose a lesson.
 *
 * When the listener sees `session_ended` it enqueues the job and runs it at once (claiming this
 * one job with the runner's SKIP LOCKED rule); if that fails, the job runner's poll retries it
 * with backoff. At start-up, closed sessions without a harvest job get one (a crash between
 * closing and enqueueing loses nothing either).
 *
 * Authors: the board is read with the domain's `readBoard` (layout 2). A lesson's author is the
 * user id its entry's key starts with — the collaboration server lets only that person write
 * under it — and the name is the users table's, never anything written in the document. An
 * owner who is not one of the session's people gets no author (see `harvest`).
 */
@Injectable()
export class HarvestService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly live: LiveSessionsService,
    private readonly collab: CollabServer,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(HARVEST_JOB, (context) => this.runJob(context));
    this.live.addListener({
      onStateChanged: (session, events) => {
        if (!events.some((event) => event.type === 'session_ended')) return;
        void this.sessionClosed(session.id).catch((error: unknown) =>
          this.logger.error({ sessionId: session.id, err: error instanceof Error ? error.message : String(error) }, 'harvest after close failed; the job runner retries it'),
        );
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO jobs (kind, run_at, payload, dedupe_key)
       SELECT $1, $2::timestamptz, jsonb_build_object('sessionId', s.id), 'harvest:' || s.id
         FROM sessions s
        WHERE s.status = 'closed' AND s.method_snapshot->'steps' @> '[{"kind":"harvest"}]'::jsonb
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [HARVEST_JOB, this.clock.now()],
    );
    if (rows.length > 0) this.logger.info({ jobs: rows.length }, 'harvest jobs enqueued for closed sessions');
  }

  /** Called when a session closes: enqueue (idempotent) and run now. */
  async sessionClosed(sessionId: string): Promise<HarvestResult | null> {
    await this.jobs.enqueue({ kind: HARVEST_JOB, runAt: this.clock.now(), payload: { sessionId }, dedupeKey: harvestJobKey(sessionId) });
    return this.runNow(sessionId);
  }

  /**
   * Claims this session's pending harvest job and runs it in the claim transaction. Returns null
   * when there is nothing to do (already done, or another process holds it). Throws (and leaves
   * the job pending) when the harvest fails.
   */
  async runNow(sessionId: string): Promise<HarvestResult | null> {
    return this.dataSource.transaction(async (tx) => {
      const [job]: Array<{ id: string }> = await tx.query(`SELECT id FROM jobs WHERE dedupe_key = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [harvestJobKey(sessionId)]);
      if (!job) return null;
      const result = await this.harvest(tx, sessionId);
      await tx.query(`UPDATE jobs SET status = 'done', attempts = attempts + 1, done_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1`, [
        job.id,
        result ? `inserted ${result.inserted}, already there ${result.alreadyThere}, empty ${result.skippedEmpty}` : 'session not closed',
      ]);
      return result;
    });
  }

  private async runJob({ job, tx }: JobContext): Promise<JobOutcome> {
    const sessionId = typeof job.payload['sessionId'] === 'string' ? job.payload['sessionId'] : '';
    const result = await this.harvest(tx, sessionId);
    if (!result) return { status: 'skipped', reason: 'session missing or not closed' };
    return { status: 'done', reason: `inserted ${result.inserted}, already there ${result.alreadyThere}, empty ${result.skippedEmpty}` };
  }

  /** Reads every harvest board of a closed session and inserts the drafts that are not there yet. */
  async harvest(tx: EntityManager, sessionId: string): Promise<HarvestResult | null> {
    const [session]: SessionRow[] = await tx.query(
      `SELECT id, community_id, status, starts_at, method_id, method_snapshot FROM sessions WHERE id = $1 AND status = 'closed'`,
      [sessionId],
    );
    if (!session) return null;
    const result: HarvestResult = { inserted: 0, alreadyThere: 0, skippedEmpty: 0 };
    const steps = (session.method_snapshot.steps ?? []).filter((step) => step.kind === 'harvest');
    const entries: HarvestBoardEntry[] = [];
    for (const step of steps) {
      const doc = await this.collab.snapshot(boardDocumentName(sessionId, step.id));
      try {
        const read = readHarvestBoard(doc, step.id);
        result.skippedEmpty += read.skippedEmpty;
        entries.push(...read.entries);
      } finally {
        doc.destroy();
      }
    }
    const authors = await this.authorsOf(tx, session.id, [...new Set(entries.map((entry) => entry.ownerId))]);
    for (const { ownerId, ...entry } of entries) {
      const author = authors.get(ownerId);
      // An owner who is not (or no longer) one of the session's people — a participant who
      // withdrew, a deleted account, an id that never took part — is attributed to no one: the
      // lesson is kept (what the group harvested is not lost) without an author, and the
      // reviewer is told why. Never the document's word for who wrote it: boards hold no names.
      const draft: HarvestDraft = author
        ? { ...entry, authorId: author.id, authorName: author.name }
        : { ...entry, authorId: null, authorName: null, notes: [...entry.notes, 'De schrijver van deze les doet niet (meer) mee aan deze bijeenkomst; de les staat daarom zonder auteur.'] };
      if (await this.insertDraft(tx, session, draft)) result.inserted++;
      else result.alreadyThere++;
    }
    this.logger.info({ sessionId, ...result }, 'harvest read into draft lessons');
    return result;
  }

  /**
   * The session's people among these user ids, with their names from the users table: those who
   * said yes or maybe, the facilitator and the presenter (as the live roster counts them), with
   * an account that still exists.
   */
  private async authorsOf(tx: EntityManager, sessionId: string, userIds: string[]): Promise<Map<string, { id: string; name: string }>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await tx.query(
      `SELECT u.id, u.name FROM users u
        WHERE u.id::text = ANY($2::text[]) AND u.deleted_at IS NULL
          AND u.id IN (
            SELECT user_id FROM session_participants WHERE session_id = $1 AND rsvp IN ('yes', 'maybe')
            UNION SELECT facilitator_id FROM sessions WHERE id = $1 AND facilitator_id IS NOT NULL
            UNION SELECT presenter_id FROM sessions WHERE id = $1 AND presenter_id IS NOT NULL)`,
      [sessionId, userIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async insertDraft(tx: EntityManager, session: SessionRow, draft: HarvestDraft): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO lessons (community_id, session_id, harvest_entry_id, session_date, method_id, method_name, framework_version,
                            text, element_ids, indicator_ids, themes, author_id, author_name, review_notes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, clock_timestamp())
       ON CONFLICT (session_id, harvest_entry_id) DO NOTHING RETURNING id`,
      [
        session.community_id,
        session.id,
        draft.key,
        session.starts_at,
        session.method_id,
        session.method_snapshot.name?.nl ?? session.method_id,
        REFLECTIEKADER.version,
        draft.text,
        draft.elementIds,
        draft.indicatorIds,
        draft.themes,
        draft.authorId,
        draft.authorName,
        draft.notes,
      ],
    );
    return rows.length > 0;
  }
}

/**
 * The entries of a harvest board (layout 2: `lessonsByAuthor`, "<userId>/<lessonId>" → entry,
 * read with the domain's `readBoard` like every other reader), cleaned for review: entries that
 * read as nothing (blank text, a key without an owner) counted as skipped, tags checked against
 * the reflectiekader (unknown ones dropped with a note for the reviewer), themes normalised.
 * Each entry's key is its board key under the step, so a retry finds it again and one person's
 * entry can never take another's place. The privacy guard runs on every text and what it finds
 * is noted for the reviewer (kinds and count, see harvest-privacy.ts); publishing stays refused
 * while an identifying detail is in the text. Pure: reads the document, writes nothing.
 */
export function readHarvestBoard(doc: Y.Doc, stepId: string): { entries: HarvestBoardEntry[]; skippedEmpty: number } {
  const raw = doc.getMap<unknown>(BOARD_KEYS.lessons).toJSON() as Record<string, unknown>;
  const { lessons } = readBoard({ lessonsByAuthor: raw });
  const entries: HarvestBoardEntry[] = [];
  for (const lesson of lessons) {
    const notes: string[] = [];
    // readBoard cuts at the board's limit; the reviewer hears when that (or the lesson's limit) cut something.
    const text = lesson.text.trim().slice(0, LESSON_TEXT_MAX);
    const rawText = (raw[lesson.key] as { text?: unknown } | undefined)?.text;
    if (typeof rawText === 'string' && rawText.trim().length > text.length) notes.push(`De tekst was langer dan ${Math.min(MAX_BOARD_TEXT, LESSON_TEXT_MAX)} tekens en is ingekort.`);
    const elementIds: string[] = [];
    for (const id of lesson.elementIds) {
      if (findElement(id)) elementIds.push(id);
      else notes.push(`Onbekend werkzaam element "${id.slice(0, 80)}" weggelaten.`);
    }
    const indicatorIds: string[] = [];
    for (const id of lesson.indicatorIds) {
      if (findIndicator(id)) indicatorIds.push(id);
      else notes.push(`Onbekende indicator "${id.slice(0, 120)}" weggelaten.`);
    }
    const themes = [...new Set(lesson.themes.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2 && t.length <= LESSON_THEME_MAX))].slice(0, LESSON_MAX_THEMES);
    const key = lesson.key.length <= 200 ? `${stepId}:${lesson.key}` : `${stepId}:sha256-${createHash('sha256').update(lesson.key).digest('hex').slice(0, 32)}`;
    const tags = normaliseTags(elementIds, indicatorIds);
    // The guard on the board's text: the reviewer sees what it found before reading the draft.
    const privacy = privacyNote(text, [], 'harvest');
    if (privacy) notes.push(privacy);
    entries.push({ key, text, elementIds: tags.elementIds, indicatorIds: tags.indicatorIds, themes, ownerId: lesson.authorId, notes });
  }
  return { entries, skippedEmpty: Object.keys(raw).length - lessons.length };
}
