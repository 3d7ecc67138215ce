import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { calendarTokenSchema, type CalendarFeedView } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionMailer } from './session-mailer.service.js';
import { SessionsService } from './sessions.service.js';
import { parseMailbox, sessionCalendar } from './session-ics.js';

/** How far back a feed reaches; older sessions drop out of subscribed calendars' refreshes. */
const FEED_PAST_DAYS = 90;

/**
 * Personal calendar feeds (webcal subscription) and single-session .ics downloads. The feed's
 * secret token is the permission; only its hash is stored, so the URL is shown once, when
 * created or rotated. Feeds carry titles, times, agenda and links — never casus text.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly mailer: SessionMailer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** My feed; created on first use, when the URL is returned (later calls return url: null). */
  async mine(user: UserEntity): Promise<CalendarFeedView> {
    const existing = await this.feeds.findOne({ where: { userId: user.id } });
    if (existing) return { active: true, createdAt: existing.createdAt.toISOString(), url: null };
    return this.rotate(user);
  }

  /** Revokes the current URL (if any) and returns a new one. */
  async rotate(user: UserEntity): Promise<CalendarFeedView> {
    const token = newSecretToken();
    const saved = await this.feeds.manager.transaction(async (tx) => {
      // One rotation per person at a time: two at once would both delete, then both insert.
      await tx.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      await tx.delete(CalendarFeedEntity, { userId: user.id });
      const feed = await tx.save(CalendarFeedEntity, tx.create(CalendarFeedEntity, { userId: user.id, tokenHash: hashToken(token) }));
      await this.audit.record({ actorId: user.id, action: 'calendar_feed.rotated', subjectType: 'user', subjectId: user.id }, tx);
      return feed;
    });
    return { active: true, createdAt: saved.createdAt.toISOString(), url: this.feedUrl(token) };
  }

  async revoke(user: UserEntity): Promise<void> {
    await this.feeds.delete({ userId: user.id });
    await this.audit.record({ actorId: user.id, action: 'calendar_feed.revoked', subjectType: 'user', subjectId: user.id });
  }

  /** The feed for a token: my sessions in all my CoPs, except those I said no to; each written window as its own (free) event. */
  async feed(token: string, now = this.clock.now()): Promise<string> {
    if (!calendarTokenSchema.safeParse(token).success) throw new DomainError('not_found');
    const feed = await this.feeds.findOne({ where: { tokenHash: hashToken(token) } });
    if (!feed) throw new DomainError('not_found');
    const user = await this.feeds.manager.query(`SELECT id FROM users WHERE id = $1 AND deleted_at IS NULL`, [feed.userId]);
    if (user.length === 0) throw new DomainError('not_found');
    const rows: Array<{ id: string; community_name: string }> = await this.feeds.manager.query(
      `SELECT s.id, c.name AS community_name
         FROM sessions s
         JOIN memberships m ON m.community_id = s.community_id AND m.user_id = $1
         JOIN communities c ON c.id = s.community_id
         LEFT JOIN session_participants p ON p.session_id = s.id AND p.user_id = $1
        WHERE s.starts_at > $2::timestamptz - make_interval(days => $3)
          AND (p.rsvp IS NULL OR p.rsvp <> 'no')
        ORDER BY s.starts_at`,
      [feed.userId, now, FEED_PAST_DAYS],
    );
    const entities = rows.length ? await this.feeds.manager.findBy(SessionEntity, rows.map((r) => ({ id: r.id }))) : [];
    const names = new Map(rows.map((r) => [r.id, r.community_name]));
    return sessionCalendar({
      method: null,
      name: 'Intervisie — mijn sessies',
      organizer: parseMailbox(this.config.mailFrom),
      windowEvents: true,
      sessions: entities.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((s) => this.mailer.icsSession(s, names.get(s.id) ?? '', feed.userId)),
    });
  }

  /** One session as a downloadable .ics (METHOD:PUBLISH, same UID and SEQUENCE as the invitations, plus one event per written window). */
  async sessionIcs(user: UserEntity, sessionId: string): Promise<string> {
    const { session, community } = await this.sessions.load(user, sessionId);
    return sessionCalendar({
      method: 'PUBLISH',
      name: 'Intervisie',
      organizer: parseMailbox(this.config.mailFrom),
      sessions: [this.mailer.icsSession(session, community.name, user.id)],
      windowEvents: true,
    });
  }

  private feedUrl(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }
}
