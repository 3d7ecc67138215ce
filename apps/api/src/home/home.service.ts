import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { HomeAgreementItem, HomeHarvestItem, HomeLessonItem, HomeProposalItem, HomeSessionItem, HomeSettingsInput, HomeSettingsView, HomeView, ProposalKind, SessionView } from '@mao/domain';
import { Clock } from '../common/clock.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';

const DAY = 86_400_000;
/** A pause longer than this starts a new visit: "new since my last visit" moves on. */
export const VISIT_GAP_MS = 30 * 60_000;
/** A first visit shows the lessons of the last two weeks. */
export const FIRST_VISIT_LOOKBACK_MS = 14 * DAY;
const NEXT_SESSIONS = 5;

/** What is waiting for a person, apart from "since when". Shared by the home page, the notifications and the digest. */
export interface WaitingItems {
  sessions: HomeSessionItem[];
  casusToWrite: HomeSessionItem[];
  harvestToReview: HomeHarvestItem[];
  agreementsDue: HomeAgreementItem[];
  proposalsToVote: HomeProposalItem[];
  newLessons: HomeView['newLessons'];
}

const sessionItem = (s: SessionView): HomeSessionItem => ({
  id: s.id,
  title: s.title,
  communityId: s.communityId,
  communityName: s.communityName,
  startsAt: s.startsAt,
  localDate: s.localDate,
  startClock: s.startClock,
  status: s.status,
  role: s.myRole,
  rsvp: s.myRsvp,
  hasCase: s.hasCase,
  openStep: openStepOf(s),
});

/** The step in writing a running asynchronous or mixed session is at, if any. */
function openStepOf(s: SessionView): HomeSessionItem['openStep'] {
  if (s.status !== 'live' || !s.currentStepId) return null;
  const window = s.windows.find((candidate) => candidate.stepId === s.currentStepId);
  return window ? { title: window.title, closesLabel: window.closesLabel } : null;
}

/**
 * "Wat staat er voor mij klaar": everything here is computed from the data at the moment of
 * asking (no separate event store), so the home page, the notification list and the weekly
 * digest can never disagree about what is waiting. Each query is scoped to the person's
 * memberships; a CoP they left disappears at once.
 *
 * Visits: `home_settings.last_visit_at` is the latest home page load; a load more than 30
 * minutes after it starts a new visit and moves `previous_visit_at` (the "since" of new lessons)
 * to it. Reloading within a visit therefore keeps showing the same new lessons.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async home(user: UserEntity): Promise<HomeView> {
    const now = this.clock.now();
    const previous = await this.recordVisit(user.id, now);
    const items = await this.waiting(user, now, previous ?? new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS), 5);
    return { since: previous ? previous.toISOString() : null, ...items };
  }

  /** Registers a home page load; returns the start of "new since my last visit" (null: first visit). */
  async recordVisit(userId: string, now: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (tx) => {
      await ensureSettings(tx, userId, now);
      const [row] = (await tx.query(`SELECT last_visit_at, previous_visit_at FROM home_settings WHERE user_id = $1 FOR UPDATE`, [userId])) as Array<{
        last_visit_at: Date | null;
        previous_visit_at: Date | null;
      }>;
      let previous = row?.previous_visit_at ?? null;
      const last = row?.last_visit_at ?? null;
      if (last && now.getTime() - last.getTime() > VISIT_GAP_MS) previous = last;
      await tx.query(`UPDATE home_settings SET last_visit_at = $2, previous_visit_at = $3, updated_at = $2 WHERE user_id = $1`, [userId, now, previous]);
      return previous;
    });
  }

  async settings(userId: string): Promise<HomeSettingsView> {
    const [row] = (await this.dataSource.query(`SELECT weekly_digest FROM home_settings WHERE user_id = $1`, [userId])) as Array<{ weekly_digest: boolean }>;
    return { weeklyDigest: row?.weekly_digest ?? false };
  }

  /** Turning the digest on starts counting from now: the first digest is the next weekly moment after this. */
  async updateSettings(userId: string, input: HomeSettingsInput): Promise<HomeSettingsView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      await ensureSettings(tx, userId, now);
      await tx.query(
        `UPDATE home_settings SET digest_since = CASE WHEN $2 AND NOT weekly_digest THEN $3::timestamptz WHEN NOT $2 THEN NULL ELSE digest_since END,
                weekly_digest = $2, updated_at = $3 WHERE user_id = $1`,
        [userId, input.weeklyDigest, now],
      );
    });
    return this.settings(userId);
  }

  /** Everything waiting at `now`; new lessons are those published after `lessonsSince`. */
  async waiting(user: UserEntity, now: Date, lessonsSince: Date, latestLessons: number): Promise<WaitingItems> {
    const upcoming = (await this.sessions.listMine(user, { when: 'upcoming' }, now)).filter((s) => s.status !== 'cancelled' && s.myRole !== null);
    const [harvestToReview, agreementsDue, proposalsToVote, newLessons] = await Promise.all([
      this.harvestToReview(user.id),
      this.agreementsDue(user.id, now),
      this.proposalsToVote(user.id),
      this.newLessons(user.id, lessonsSince, now, latestLessons),
    ]);
    return {
      sessions: upcoming.slice(0, NEXT_SESSIONS).map(sessionItem),
      casusToWrite: upcoming.filter((s) => s.myRole === 'presenter' && s.status === 'scheduled' && !s.hasCase).map(sessionItem),
      harvestToReview,
      agreementsDue,
      proposalsToVote,
      newLessons,
    };
  }

  /** Closed sessions with draft lessons, for their facilitator and the CoP's facilitators (who review them). */
  private async harvestToReview(userId: string): Promise<HomeHarvestItem[]> {
    const rows: Array<{ id: string; title: string; community_id: string; community_name: string; closed_at: Date | null; drafts: number }> = await this.dataSource.query(
      `SELECT s.id, s.title, s.community_id, c.name AS community_name, s.closed_at, count(l.id)::int AS drafts
         FROM lessons l
         JOIN sessions s ON s.id = l.session_id
         JOIN communities c ON c.id = s.community_id
        WHERE l.status = 'draft'
          AND (s.facilitator_id = $1 OR s.community_id IN (SELECT community_id FROM memberships WHERE user_id = $1 AND role = 'facilitator'))
        GROUP BY s.id, c.name
        ORDER BY s.closed_at DESC NULLS LAST, s.id
        LIMIT 20`,
      [userId],
    );
    return rows.map((r) => ({ sessionId: r.id, title: r.title, communityId: r.community_id, communityName: r.community_name, draftCount: r.drafts, closedAt: r.closed_at ? r.closed_at.toISOString() : null }));
  }

  /**
   * Agreements (afspraken, issue 14 part A) for me — as the member named, in a CoP I still
   * belong to — that are open or bezig and due within two weeks of today (Dutch calendar day)
   * or overdue. An agreement without a due date, or owned by a role or organisation as text,
   * is not "due" for anyone.
   */
  private async agreementsDue(userId: string, now: Date): Promise<HomeAgreementItem[]> {
    const rows: Array<{ id: string; what: string; due: string; status: 'open' | 'bezig'; overdue: boolean; community_id: string; community_name: string; session_title: string }> =
      await this.dataSource.query(
        `WITH today AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date AS d)
         SELECT a.id, a.what, to_char(a.due_date, 'YYYY-MM-DD') AS due, a.status, a.due_date < today.d AS overdue,
                a.community_id, c.name AS community_name, s.title AS session_title
           FROM agreements a
           CROSS JOIN today
           JOIN communities c ON c.id = a.community_id
           JOIN sessions s ON s.id = a.session_id
           JOIN memberships m ON m.community_id = a.community_id AND m.user_id = $1
          WHERE a.owner_user_id = $1 AND a.status IN ('open', 'bezig') AND a.due_date IS NOT NULL AND a.due_date <= today.d + 14
          ORDER BY a.due_date, a.id
          LIMIT 20`,
        [userId, now],
      );
    return rows.map((r) => ({ id: r.id, what: r.what, dueDate: r.due, status: r.status, overdue: r.overdue, communityId: r.community_id, communityName: r.community_name, sessionTitle: r.session_title }));
  }

  /** Nieuw proposals in my CoPs that are not mine and that I have not supported yet. */
  private async proposalsToVote(userId: string): Promise<HomeProposalItem[]> {
    const rows: Array<{ id: string; title: string; kind: ProposalKind; theme: string | null; community_id: string; community_name: string; created_at: Date; supports: number }> =
      await this.dataSource.query(
        `SELECT p.id, p.title, p.kind, p.theme, p.community_id, c.name AS community_name, p.created_at,
                (SELECT count(*)::int FROM agenda_proposal_supports ps WHERE ps.proposal_id = p.id) AS supports
           FROM agenda_proposals p
           JOIN memberships m ON m.community_id = p.community_id AND m.user_id = $1
           JOIN communities c ON c.id = p.community_id
          WHERE p.status = 'new' AND p.proposer_id IS DISTINCT FROM $1
            AND NOT EXISTS (SELECT 1 FROM agenda_proposal_supports ps WHERE ps.proposal_id = p.id AND ps.user_id = $1)
          ORDER BY p.created_at DESC, p.id
          LIMIT 20`,
        [userId],
      );
    return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, theme: r.theme, communityId: r.community_id, communityName: r.community_name, supportCount: r.supports, createdAt: r.created_at.toISOString() }));
  }

  /**
   * Lessons published after `since` (and not after `now`) that I may read: those of my CoPs and
   * platform-wide ones. Lessons I published myself are not news to me.
   */
  private async newLessons(userId: string, since: Date, now: Date, latest: number): Promise<HomeView['newLessons']> {
    const visible = `l.status = 'published' AND l.published_at > $2 AND l.published_at <= $3 AND l.published_by IS DISTINCT FROM $1
      AND (l.visibility = 'platform' OR l.community_id IN (SELECT community_id FROM memberships WHERE user_id = $1))`;
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE l.community_id IN (SELECT community_id FROM memberships WHERE user_id = $1))::int AS in_my_cops,
              count(*) FILTER (WHERE l.community_id NOT IN (SELECT community_id FROM memberships WHERE user_id = $1))::int AS on_platform
         FROM lessons l WHERE ${visible}`,
      [userId, since, now],
    )) as Array<{ in_my_cops: number; on_platform: number }>;
    const rows: Array<{ id: string; text: string; community_id: string; community_name: string; visibility: 'community' | 'platform'; mine: boolean; published_at: Date }> = await this.dataSource.query(
      `SELECT l.id, l.text, l.community_id, c.name AS community_name, l.visibility, l.published_at,
              l.community_id IN (SELECT community_id FROM memberships WHERE user_id = $1) AS mine
         FROM lessons l JOIN communities c ON c.id = l.community_id
        WHERE ${visible}
        ORDER BY l.published_at DESC, l.id LIMIT $4`,
      [userId, since, now, latest],
    );
    const lessons: HomeLessonItem[] = rows.map((r) => ({
      id: r.id,
      snippet: snippetOf(r.text),
      communityId: r.community_id,
      communityName: r.community_name,
      visibility: r.visibility,
      fromMyCop: r.mine,
      publishedAt: r.published_at.toISOString(),
    }));
    return { inMyCops: counts?.in_my_cops ?? 0, onPlatform: counts?.on_platform ?? 0, latest: lessons };
  }
}

/** The first 160 characters of a lesson, cut at a word. */
export function snippetOf(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The person's row in home_settings (created on first use; notifications count from a week before). */
export async function ensureSettings(tx: EntityManager, userId: string, now: Date): Promise<void> {
  await tx.query(`INSERT INTO home_settings (user_id, notifications_since, updated_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`, [
    userId,
    new Date(now.getTime() - 7 * DAY),
    now,
  ]);
}
