import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, IsNull, type EntityManager, type Repository } from 'typeorm';
import type { MeView, PlatformUserView, SetPlatformRoleInput, UpdateProfileInput } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import { AuditService } from '../audit/audit.service.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { BOARD_KEYS, readBoard, type PollVote } from '@mao/domain';
import { CollabServer } from '../collaboration/collab-server.js';
import { parseDocumentName } from '../collaboration/document-name.js';
import { UserEntity } from './user.entity.js';
import { bind, DELETED_NAME, PERSONAL_DATA, PERSONAL_DOCUMENTS, SESSIONS_TAKEN_PART_IN } from './personal-data.js';
import { toMeView } from './me-view.js';

/** One board or draft document's entries of mine, in the export. */
interface BoardEntriesExport {
  sessionId: string;
  stepId: string;
  draft: boolean;
  cards: Array<{ key: string; text: string; createdAt: number; column?: string; temperature?: string; hidden: boolean }>;
  lessons: Array<{ key: string; text: string; elementIds: string[]; indicatorIds: string[]; themes: string[]; createdAt: number }>;
  reactions: Array<{ cardKey: string; reaction: string }>;
  vote: PollVote | null;
  /** Cards (of the step this board takes from) the inbrenger marked as speaking to them. */
  marks: Array<{ cardKey: string }>;
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
    private readonly clock: Clock,
    private readonly collab: CollabServer,
  ) {}

  me(user: UserEntity): MeView {
    return toMeView(user, this.config.communityCreators);
  }

  async updateProfile(user: UserEntity, input: UpdateProfileInput): Promise<MeView> {
    await this.users.update({ id: user.id }, input);
    const updated = await this.users.findOneByOrFail({ id: user.id });
    return this.me(updated);
  }

  /**
   * Everything the platform holds about me, as one JSON document (AVG art. 15 and 20): every
   * section of the personal-data registry (`personal-data.ts`) plus my entries on the boards
   * and drafts of the sessions I took part in.
   */
  async exportPersonalData(user: UserEntity): Promise<Record<string, unknown>> {
    const values = { userId: user.id, email: user.email, name: user.name };
    const sections: Record<string, unknown> = {};
    for (const table of PERSONAL_DATA) {
      for (const section of table.export) {
        const rows: unknown[] = await this.users.manager.query(...bind(section.sql, values));
        sections[section.key] = section.single ? (rows[0] ?? null) : rows;
      }
    }
    return { exportedAt: this.clock.now().toISOString(), profile: sections['profile'], ...sections, [PERSONAL_DOCUMENTS.export]: await this.boardEntries(user.id) };
  }

  /** My cards, harvest lessons, reactions, poll votes and marks, per board or draft document (names are never in boards). */
  private async boardEntries(userId: string): Promise<BoardEntriesExport[]> {
    const names: Array<{ document_name: string }> = await this.users.manager.query(
      ...bind(
        `SELECT DISTINCT document_name FROM (SELECT document_name FROM collab_snapshots UNION ALL SELECT document_name FROM collab_updates) d
          WHERE document_name LIKE 'session.%' AND split_part(document_name, '.', 2) IN (SELECT session_id::text FROM (${SESSIONS_TAKEN_PART_IN}) s)
          ORDER BY document_name`,
        { userId },
      ),
    );
    const result: BoardEntriesExport[] = [];
    for (const { document_name: name } of names) {
      const parsed = parseDocumentName(name);
      if (!parsed || (parsed.kind === 'draft' && parsed.ownerId !== userId)) continue;
      const doc = await this.collab.snapshot(name);
      try {
        const board = readBoard({
          cardsByAuthor: doc.getMap(BOARD_KEYS.cards).toJSON(),
          lessonsByAuthor: doc.getMap(BOARD_KEYS.lessons).toJSON(),
          reactionsByAuthor: doc.getMap(BOARD_KEYS.reactions).toJSON(),
          votesByAuthor: doc.getMap(BOARD_KEYS.votes).toJSON(),
          marksByAuthor: doc.getMap(BOARD_KEYS.marks).toJSON(),
          arrangement: doc.getMap(BOARD_KEYS.arrangement).toJSON(),
          moderation: doc.getMap(BOARD_KEYS.moderation).toJSON(),
        });
        const entries: BoardEntriesExport = {
          sessionId: parsed.sessionId,
          stepId: parsed.stepId,
          draft: parsed.kind === 'draft',
          cards: board.cards.filter((card) => card.authorId === userId).map(({ key, text, createdAt, column, temperature, hidden }) => ({ key, text, createdAt, column, temperature, hidden })),
          lessons: board.lessons.filter((lesson) => lesson.authorId === userId).map(({ key, text, elementIds, indicatorIds, themes, createdAt }) => ({ key, text, elementIds, indicatorIds, themes, createdAt })),
          reactions: board.cards.filter((card) => card.reactions[userId]).map((card) => ({ cardKey: card.key, reaction: card.reactions[userId] as string })),
          vote: board.votes[userId] ?? null,
          marks: board.marks.filter((mark) => mark.authorId === userId).map(({ cardKey }) => ({ cardKey })),
        };
        if (entries.cards.length || entries.lessons.length || entries.reactions.length || entries.vote || entries.marks.length) result.push(entries);
      } finally {
        doc.destroy();
      }
    }
    return result;
  }

  /**
   * Sessions that have not happened yet let go of a deleted member: their RSVPs go, a casus
   * they wrote for an upcoming session is deleted, they stop being its inbrenger, and a
   * session they would have led passes to another facilitator of the CoP — or is cancelled
   * when the CoP has none.
   */
  private async releaseUpcomingSessions(tx: EntityManager, userId: string): Promise<void> {
    const upcoming = `SELECT id FROM sessions WHERE status = 'scheduled'`;
    await tx.query(`DELETE FROM session_participants WHERE user_id = $1 AND session_id IN (${upcoming})`, [userId]);
    await tx.query(`DELETE FROM cases WHERE author_id = $1 AND session_id IN (${upcoming})`, [userId]);
    await tx.query(`UPDATE sessions SET presenter_id = NULL, updated_at = now() WHERE presenter_id = $1 AND status = 'scheduled'`, [userId]);
    const led: Array<{ id: string; community_id: string; presenter_id: string | null }> = await tx.query(
      `SELECT id, community_id, presenter_id FROM sessions WHERE facilitator_id = $1 AND status = 'scheduled'`,
      [userId],
    );
    for (const session of led) {
      const [successor] = await tx.query(
        `SELECT user_id FROM memberships WHERE community_id = $1 AND role = 'facilitator' AND user_id <> $2 AND user_id IS DISTINCT FROM $3 ORDER BY joined_at LIMIT 1`,
        [session.community_id, userId, session.presenter_id],
      );
      if (successor) {
        await tx.query(`UPDATE sessions SET facilitator_id = $2, updated_at = now() WHERE id = $1`, [session.id, successor.user_id]);
      } else {
        await tx.query(`UPDATE sessions SET status = 'cancelled', updated_at = now() WHERE id = $1`, [session.id]);
      }
      await this.audit.record({ actorId: null, action: successor ? 'session.facilitator_replaced_on_account_deletion' : 'session.cancelled_on_account_deletion', subjectType: 'session', subjectId: session.id, communityId: session.community_id }, tx);
    }
  }

  /**
   * Deletes the account: the personal-data registry (`personal-data.ts`) is run in one
   * transaction — logins, tokens, feed and memberships go, the account row keeps only its id,
   * every stored copy of the name becomes "verwijderd lid" and the address leaves the
   * invitations. Contributions (lessons, reflections, action perspectives, board entries) stay,
   * shown as "verwijderd lid". First, a CoP never loses its last facilitator (the
   * longest-standing member takes over) and upcoming sessions let go of the person.
   */
  async deleteAccount(user: UserEntity): Promise<void> {
    await this.users.manager.transaction(async (tx) => {
      const facilitated = await tx.find(MembershipEntity, { where: { userId: user.id, role: 'facilitator' } });
      for (const membership of facilitated) {
        const others = await tx.query(
          `SELECT user_id, role FROM memberships WHERE community_id = $1 AND user_id <> $2 ORDER BY (role = 'facilitator') DESC, joined_at ASC LIMIT 1`,
          [membership.communityId, user.id],
        );
        const successor = others[0] as { user_id: string; role: string } | undefined;
        if (successor && successor.role !== 'facilitator') {
          await tx.update(MembershipEntity, { communityId: membership.communityId, userId: successor.user_id }, { role: 'facilitator' });
          await this.audit.record({ actorId: null, action: 'membership.promoted_on_account_deletion', subjectType: 'user', subjectId: successor.user_id, communityId: membership.communityId }, tx);
        }
      }
      await this.releaseUpcomingSessions(tx, user.id);
      // The address and name as they were: the registry's statements find rows through them.
      const [current]: Array<{ email: string; name: string }> = await tx.query(`SELECT email, name FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      const values = { userId: user.id, email: current?.email ?? user.email, name: current?.name ?? user.name, deletedName: DELETED_NAME, deletedAt: this.clock.now() };
      for (const table of PERSONAL_DATA) {
        for (const statement of table.deletion) await tx.query(...bind(statement, values));
      }
      await this.audit.record({ actorId: user.id, action: 'user.deleted', subjectType: 'user', subjectId: user.id }, tx);
    });
    await this.accessChanges.publish({ kind: 'user-sessions-ended', userId: user.id });
  }

  /** Which of these user ids belong to a deleted account (boards show their entries as "verwijderd lid"). */
  async deletedAmong(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string }> = await this.users.manager.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NOT NULL ORDER BY id`, [[...new Set(ids)]]);
    return rows.map((row) => row.id);
  }

  /* ------------------------------------------------ platform administration */

  /** Accounts matching part of an address or name (platform administrators only). */
  async listForAdmin(admin: UserEntity, q: string | undefined): Promise<PlatformUserView[]> {
    assertPlatformAdmin(admin);
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    const rows = await this.users.find({
      where: pattern ? [{ email: ILike(pattern), deletedAt: IsNull() }, { name: ILike(pattern), deletedAt: IsNull() }] : { deletedAt: IsNull() },
      order: { email: 'ASC' },
      take: 50,
    });
    return rows.map(toPlatformUserView);
  }

  /** Grants or takes back a platform role ('gespreksleider': may create CoPs). */
  async setPlatformRole(admin: UserEntity, userId: string, input: SetPlatformRoleInput): Promise<PlatformUserView> {
    assertPlatformAdmin(admin);
    const target = await this.users.findOne({ where: { id: userId, deletedAt: IsNull() } });
    if (!target) throw new DomainError('not_found');
    if (target.platformRole !== input.platformRole) {
      await this.users.update({ id: userId }, { platformRole: input.platformRole });
      await this.audit.record({ actorId: admin.id, action: 'user.platform_role_changed', subjectType: 'user', subjectId: userId, details: { platformRole: input.platformRole } });
      target.platformRole = input.platformRole;
    }
    return toPlatformUserView(target);
  }
}

function assertPlatformAdmin(user: UserEntity): void {
  if (!user.isPlatformAdmin) throw new DomainError('forbidden');
}

export function toPlatformUserView(user: UserEntity): PlatformUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    platformRole: user.platformRole,
    regionId: user.regionId,
    organisation: user.organisation,
    adviceMemberSince: user.adviceMemberSince?.toISOString() ?? null,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
