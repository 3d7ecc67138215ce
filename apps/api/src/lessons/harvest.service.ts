import { Clock } from '../common/clock.js';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { createHash } from 'node:crypto';
import { BOARD_KEYS, LESSON_MAX_THEMES, LESSON_TEXT_MAX, LESSON_THEME_MAX, REFLECTIEKADER, findElement, findIndicator } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';
import { LOGGER } from '../common/logger.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName } from '../collaboration/document-name.js';
import { normaliseTags } from './lesson-tags.js';

export const HARVEST_JOB = 'lessons.harvest';
export const harvestJobKey = (sessionId: string) => `harvest:${sessionId}`;

/** One harvest entry as read from the board, after cleaning. */
export interface HarvestDraft {
  key: string;
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  authorId: string | null;
  authorName: string | null;
  notes: string[];
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
    for (const step of steps) {
      const doc = await this.collab.snapshot(boardDocumentName(sessionId, step.id));
      try {
        const { drafts, skippedEmpty } = readHarvestBoard(doc, step.id);
        result.skippedEmpty += skippedEmpty;
        for (const draft of drafts) {
          if (await this.insertDraft(tx, session, draft)) result.inserted++;
          else result.alreadyThere++;
        }
      } finally {
        doc.destroy();
      }
    }
    this.logger.info({ sessionId, ...result }, 'harvest read into draft lessons');
    return result;
  }

  private async insertDraft(tx: EntityManager, session: SessionRow, draft: HarvestDraft): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO lessons (community_id, session_id, harvest_entry_id, session_date, method_id, method_name, framework_version,
                            text, element_ids, indicator_ids, themes, author_id, author_name, review_notes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, (SELECT u.id FROM users u WHERE u.id::text = $12), $13, $14, clock_timestamp())
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
        draft.authorId ?? '',
        draft.authorName,
        draft.notes,
      ],
    );
    return rows.length > 0;
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The entries of a harvest board (`lessons`: Y.Array of Y.Map, see contracts/boards.ts), cleaned:
 * empty texts skipped, tags checked against the reflectiekader (unknown ones dropped with a
 * note for the reviewer), themes normalised. Pure: reads the document, writes nothing.
 */
export function readHarvestBoard(doc: Y.Doc, stepId: string): { drafts: HarvestDraft[]; skippedEmpty: number } {
  const drafts: HarvestDraft[] = [];
  let skippedEmpty = 0;
  const seen = new Set<string>();
  doc.getArray<unknown>(BOARD_KEYS.lessons).forEach((item) => {
    const entry = (item instanceof Y.Map ? item.toJSON() : item) as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object') return;
    const rawText = (str(entry['text']) ?? '').trim();
    if (rawText.length === 0) {
      skippedEmpty++;
      return;
    }
    const notes: string[] = [];
    let text = rawText;
    if (text.length > LESSON_TEXT_MAX) {
      text = text.slice(0, LESSON_TEXT_MAX);
      notes.push(`De tekst was langer dan ${LESSON_TEXT_MAX} tekens en is ingekort.`);
    }
    const elementIds: string[] = [];
    for (const id of strings(entry['elementIds'])) {
      if (findElement(id)) elementIds.push(id);
      else notes.push(`Onbekend werkzaam element "${id.slice(0, 80)}" weggelaten.`);
    }
    const indicatorIds: string[] = [];
    for (const id of strings(entry['indicatorIds'])) {
      if (findIndicator(id)) indicatorIds.push(id);
      else notes.push(`Onbekende indicator "${id.slice(0, 120)}" weggelaten.`);
    }
    const themes = [...new Set(strings(entry['themes']).map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2 && t.length <= LESSON_THEME_MAX))].slice(0, LESSON_MAX_THEMES);
    const rawId = str(entry['id'])?.trim();
    const entryId = rawId && rawId.length <= 200 ? rawId : `sha256-${createHash('sha256').update(`${rawText}\u0000${String(entry['createdAt'] ?? '')}`).digest('hex').slice(0, 32)}`;
    const key = `${stepId}:${entryId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const tags = normaliseTags(elementIds, indicatorIds);
    drafts.push({
      key,
      text,
      elementIds: tags.elementIds,
      indicatorIds: tags.indicatorIds,
      themes,
      authorId: str(entry['authorId']),
      authorName: str(entry['authorName'])?.slice(0, 120) ?? null,
      notes,
    });
  });
  return { drafts, skippedEmpty };
}
