import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MarkNotificationsReadInput, NotificationKind, NotificationListView, NotificationView } from '@mao/domain';
import { Clock } from '../common/clock.js';
import type { UserEntity } from '../users/user.entity.js';
import { ensureSettings, HomeService, type WaitingItems } from './home.service.js';

interface Candidate {
  key: string;
  kind: NotificationKind;
  communityId: string;
  title: string;
  link: string;
  createdAt: Date;
}

const LIST_LIMIT = 50;
const LESSON_CANDIDATES = 20;

/** The waiting items as notifications, each with a stable key (one notification per thing, ever). */
export function candidatesOf(items: WaitingItems, now: Date): Candidate[] {
  const at = (iso: string | null) => (iso ? new Date(iso) : now);
  return [
    ...items.sessions
      .filter((s) => s.role === 'participant' && s.rsvp === null && s.status === 'scheduled')
      .map((s): Candidate => ({ key: `rsvp:${s.id}`, kind: 'session_rsvp', communityId: s.communityId, title: s.title, link: `/sessies/${s.id}`, createdAt: now })),
    ...items.casusToWrite.map((s): Candidate => ({ key: `casus:${s.id}`, kind: 'casus_to_write', communityId: s.communityId, title: s.title, link: `/sessies/${s.id}/casus`, createdAt: now })),
    ...items.harvestToReview.map(
      (h): Candidate => ({ key: `harvest:${h.sessionId}`, kind: 'harvest_to_review', communityId: h.communityId, title: h.title, link: `/sessies/${h.sessionId}/oogst`, createdAt: at(h.closedAt) }),
    ),
    ...items.agreementsDue.map(
      (a): Candidate => ({ key: `agreement:${a.id}:${a.dueDate}`, kind: 'agreement_due', communityId: a.communityId, title: a.what, link: `/cops/${a.communityId}/afspraken`, createdAt: now }),
    ),
    ...items.proposalsToVote.map(
      (p): Candidate => ({ key: `proposal:${p.id}`, kind: 'proposal_to_vote', communityId: p.communityId, title: p.title, link: `/voorstellen/${p.id}`, createdAt: at(p.createdAt) }),
    ),
    ...items.newLessons.latest.map(
      (l): Candidate => ({ key: `lesson:${l.id}`, kind: 'new_lesson', communityId: l.communityId, title: l.snippet, link: `/lessen/${l.id}`, createdAt: at(l.publishedAt) }),
    ),
  ];
}

/**
 * The in-app notification list: the same events as the home page, kept per person so that they
 * can be read. Each time the list (or its count in the header) is asked for, the waiting items
 * are computed and new ones are stored (`item_key` is unique per person: a thing is notified
 * once); a stored actionable notification whose item is no longer waiting (casus written, RSVP
 * given, agreement done or let go, proposal supported or scheduled, harvest reviewed) is marked resolved and stops
 * counting as unread. New lessons count from a week before the person's first visit.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly home: HomeService,
    private readonly clock: Clock,
  ) {}

  async list(user: UserEntity): Promise<NotificationListView> {
    await this.sync(user);
    const rows: Array<{
      id: string;
      kind: NotificationKind;
      title: string;
      community_name: string | null;
      link: string;
      created_at: Date;
      read_at: Date | null;
      resolved_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, c.name AS community_name, n.link, n.created_at, n.read_at, n.resolved_at
         FROM notifications n LEFT JOIN communities c ON c.id = n.community_id
        WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id LIMIT ${LIST_LIMIT}`,
      [user.id],
    );
    const items = rows.map(
      (r): NotificationView => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        communityName: r.community_name,
        link: r.link,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at ? r.read_at.toISOString() : null,
        resolved: r.resolved_at !== null,
      }),
    );
    return { items, unread: await this.unreadCount(user.id) };
  }

  async count(user: UserEntity): Promise<{ unread: number }> {
    await this.sync(user);
    return { unread: await this.unreadCount(user.id) };
  }

  async markRead(user: UserEntity, input: MarkNotificationsReadInput): Promise<{ unread: number }> {
    const now = this.clock.now();
    if (input.all) await this.dataSource.query(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, [user.id, now]);
    // Only one's own: ids of other people's notifications simply match nothing.
    else await this.dataSource.query(`UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`, [user.id, input.ids ?? [], now]);
    return { unread: await this.unreadCount(user.id) };
  }

  private async unreadCount(userId: string): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL AND resolved_at IS NULL`, [userId])) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  /** Stores new waiting items, resolves those no longer waiting, revives those waiting again. */
  async sync(user: UserEntity): Promise<void> {
    const now = this.clock.now();
    await ensureSettings(this.dataSource.manager, user.id, now);
    const [settings] = (await this.dataSource.query(`SELECT notifications_since FROM home_settings WHERE user_id = $1`, [user.id])) as Array<{ notifications_since: Date }>;
    const items = await this.home.waiting(user, now, settings?.notifications_since ?? now, LESSON_CANDIDATES);
    const candidates = candidatesOf(items, now);
    const keys = candidates.map((c) => c.key);
    await this.dataSource.transaction(async (tx) => {
      if (candidates.length > 0) {
        await tx.query(
          `INSERT INTO notifications (user_id, item_key, kind, community_id, title, link, created_at)
           SELECT $1, c.key, c.kind, c.community_id, c.title, c.link, c.created_at
             FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[]) AS c(key, kind, community_id, title, link, created_at)
           ON CONFLICT (user_id, item_key) DO UPDATE SET resolved_at = NULL, title = EXCLUDED.title WHERE notifications.resolved_at IS NOT NULL`,
          [
            user.id,
            keys,
            candidates.map((c) => c.kind),
            candidates.map((c) => c.communityId),
            candidates.map((c) => c.title),
            candidates.map((c) => c.link),
            candidates.map((c) => c.createdAt),
          ],
        );
      }
      // New lessons stay until read; an open step until it closes or you contributed (the session clock resolves it);
      // everything else is done when it no longer waits.
      await tx.query(
        `UPDATE notifications SET resolved_at = $3
          WHERE user_id = $1 AND resolved_at IS NULL AND kind NOT IN ('new_lesson', 'step_open') AND NOT (item_key = ANY($2::text[]))`,
        [user.id, keys, now],
      );
    });
  }
}
