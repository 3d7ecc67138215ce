import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { totalMinutes } from '@mao/intervisie-method';
import {
  canManageSession,
  canReadCase,
  canWriteCase,
  type CommunityRelation,
  type RsvpResponse,
  type SessionParticipantView,
  type SessionRole,
  type SessionView,
} from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { UserEntity } from '../users/user.entity.js';
import type { SessionEntity } from './session.entity.js';
import { agendaView, wallClock, windowsView } from './session-time.js';

export const sessionPageUrl = (config: AppConfig, sessionId: string) => `${config.publicUrl}/sessies/${sessionId}`;

/** Builds SessionView for one or many sessions with a fixed number of queries (no N+1). */
@Injectable()
export class SessionViews {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async one(user: UserEntity, session: SessionEntity): Promise<SessionView> {
    const [view] = await this.many(user, [session]);
    return view as SessionView;
  }

  async many(user: UserEntity, sessions: SessionEntity[]): Promise<SessionView[]> {
    if (sessions.length === 0) return [];
    const q = <T>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const sessionIds = sessions.map((s) => s.id);
    const communityIds = [...new Set(sessions.map((s) => s.communityId))];
    const peopleIds = [...new Set(sessions.flatMap((s) => [s.facilitatorId, ...(s.presenterId ? [s.presenterId] : [])]))];
    const [communities, memberCounts, myMemberships, participants, people, cases] = await Promise.all([
      q<{ id: string; name: string }>(`SELECT id, name FROM communities WHERE id = ANY($1)`, [communityIds]),
      q<{ community_id: string; n: number }>(`SELECT community_id, count(*)::int AS n FROM memberships WHERE community_id = ANY($1) GROUP BY community_id`, [communityIds]),
      q<{ community_id: string; role: CommunityRelation }>(`SELECT community_id, role FROM memberships WHERE user_id = $1 AND community_id = ANY($2)`, [user.id, communityIds]),
      q<{ session_id: string; user_id: string; rsvp: RsvpResponse; responded_at: Date; name: string }>(
        `SELECT p.session_id, p.user_id, p.rsvp, p.responded_at, u.name
           FROM session_participants p JOIN users u ON u.id = p.user_id
          WHERE p.session_id = ANY($1) ORDER BY u.name`,
        [sessionIds],
      ),
      q<{ id: string; name: string }>(`SELECT id, name FROM users WHERE id = ANY($1)`, [peopleIds]),
      q<{ session_id: string; status: 'draft' | 'confirmed'; author_id: string | null }>(`SELECT session_id, status, author_id FROM cases WHERE session_id = ANY($1) AND purged_at IS NULL`, [sessionIds]),
    ]);
    const communityName = new Map(communities.map((c) => [c.id, c.name]));
    const memberCount = new Map(memberCounts.map((c) => [c.community_id, c.n]));
    const myRelation = new Map(myMemberships.map((m) => [m.community_id, m.role]));
    const personName = new Map(people.map((p) => [p.id, p.name]));
    const withCase = new Set(cases.filter((c) => c.status === 'confirmed').map((c) => c.session_id));
    // A draft is private: only its author learns that it exists.
    const myDrafts = new Set(cases.filter((c) => c.status === 'draft' && c.author_id === user.id).map((c) => c.session_id));
    const participantsOf = new Map<string, SessionParticipantView[]>();
    for (const p of participants) {
      const list = participantsOf.get(p.session_id) ?? [];
      list.push({ userId: p.user_id, name: p.name, rsvp: p.rsvp, respondedAt: p.responded_at.toISOString() });
      participantsOf.set(p.session_id, list);
    }

    return sessions.map((session) => {
      const list = participantsOf.get(session.id) ?? [];
      const relation: CommunityRelation = myRelation.get(session.communityId) ?? 'none';
      const myRsvp = list.find((p) => p.userId === user.id)?.rsvp ?? null;
      const actor = { userId: user.id, relation, isPlatformAdmin: user.isPlatformAdmin, rsvp: myRsvp };
      const roles = { facilitatorId: session.facilitatorId, presenterId: session.presenterId };
      const method = session.methodSnapshot;
      const members = memberCount.get(session.communityId) ?? 0;
      const count = (r: RsvpResponse) => list.filter((p) => p.rsvp === r).length;
      const start = wallClock(session.startsAt, session.timezone);
      let myRole: SessionRole | null = null;
      if (relation !== 'none') myRole = session.facilitatorId === user.id ? 'facilitator' : session.presenterId === user.id ? 'presenter' : 'participant';
      return {
        id: session.id,
        communityId: session.communityId,
        communityName: communityName.get(session.communityId) ?? '',
        title: session.title,
        method: {
          id: method.id,
          name: { nl: method.name.nl, en: method.name.en },
          version: method.version,
          source: session.methodSource,
          stepCount: method.steps.length,
          totalMinutes: totalMinutes(method),
          minGroupSize: method.minGroupSize,
          maxGroupSize: method.maxGroupSize,
        },
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        durationMinutes: session.durationMinutes,
        timezone: session.timezone,
        localDate: start.date,
        startClock: start.clock,
        endClock: wallClock(session.endsAt, session.timezone).clock,
        facilitator: { id: session.facilitatorId, name: personName.get(session.facilitatorId) ?? '' },
        presenter: session.presenterId ? { id: session.presenterId, name: personName.get(session.presenterId) ?? '' } : null,
        maxParticipants: session.maxParticipants,
        videoUrl: session.videoUrl,
        notes: session.notes,
        status: session.status,
        icsSequence: session.icsSequence,
        participants: list,
        myRsvp,
        myRole,
        canManage: canManageSession(roles, actor),
        canReadCase: canReadCase(roles, actor),
        canWriteCase: canWriteCase(roles, actor),
        agenda: agendaView(method, session.startsAt, session.timezone),
        mode: session.mode,
        windows: windowsView(method, session.stepWindows, session.timezone),
        currentStepId: session.status === 'live' ? ((session.liveState as { currentStepId?: string } | null)?.currentStepId ?? null) : null,
        hasCase: withCase.has(session.id),
        hasCaseDraft: myDrafts.has(session.id) && canWriteCase(roles, actor),
        counts: { yes: count('yes'), no: count('no'), maybe: count('maybe'), noResponse: Math.max(0, members - list.length), members },
        url: sessionPageUrl(this.config, session.id),
        createdAt: session.createdAt.toISOString(),
        updatedAt: session.updatedAt.toISOString(),
      };
    });
  }
}
