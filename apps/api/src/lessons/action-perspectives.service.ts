import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ActionPerspectiveView,
  Background,
  OrganisationType,
  CreateActionPerspectiveInput,
  CreateReflectionInput,
  LinkActionPerspectiveInput,
  ReflectionView,
  WriterProfile,
} from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { loadScope, type LessonScope } from './lesson-query.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';

interface PerspectiveRow {
  id: string;
  title: string;
  text: string;
  community_id: string;
  community_name: string;
  created_by_name: string | null;
  created_at: Date;
  lesson_ids: string[] | null;
  background: Background | null;
  organisation_type: OrganisationType | null;
  region_id: string | null;
  /** The maker's account exists and is not deleted: their profile goes with their name. */
  profile_shown: boolean;
}

/** A published lesson is "reachable" for linking and reflecting when the user may see it. */
const VISIBLE_PUBLISHED = `l.status = 'published' AND (l.visibility = 'platform' OR $2::boolean OR l.community_id = ANY($3::uuid[]))`;

/**
 * Steps 5 and 6 of the learning cycle: members reflect on published lessons, and turn lessons
 * into action perspectives (handelingsperspectieven) in their CoP.
 *
 * Who may reflect: on a CoP lesson, the members of that CoP (`lessons.reflect`); on a
 * platform-wide lesson, everyone logged in (every account came in through a CoP invitation),
 * because platform lessons exist precisely so that other regions can respond to them.
 * Reflections are visible to everyone who sees the lesson.
 *
 * Action perspectives belong to a CoP: its members (`lessons.reflect`) create them and link
 * lessons they can see (their CoP's or platform lessons); only that CoP's members see them.
 */
@Injectable()
export class ActionPerspectivesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommunityAccessService,
    private readonly audit: AuditService,
  ) {}

  async reflect(user: UserEntity, lessonId: string, input: CreateReflectionInput): Promise<ReflectionView> {
    const scope = await loadScope(this.dataSource.manager, user);
    const [lesson]: Array<{ id: string; community_id: string; visibility: string }> = await this.dataSource.query(
      `SELECT l.id, l.community_id, l.visibility FROM lessons l WHERE l.id = $1 AND ${VISIBLE_PUBLISHED}`,
      [lessonId, scope.isPlatformAdmin, scope.memberOf],
    );
    if (!lesson) throw new DomainError('not_found');
    if (lesson.visibility === 'community') await this.access.require(user, lesson.community_id, 'lessons.reflect');
    assertNoPrivacyFindings({ text: input.text }, input.acceptedFindings ?? [], 'De reflectie');
    const [row]: Array<{ id: string; created_at: Date }> = await this.dataSource.transaction(async (tx) => {
      const inserted = await tx.query(`INSERT INTO lesson_reflections (lesson_id, author_id, author_name, text) VALUES ($1, $2, $3, $4) RETURNING id, created_at`, [
        lessonId,
        user.id,
        user.name,
        input.text,
      ]);
      await this.audit.record({ actorId: user.id, action: 'lesson.reflected', subjectType: 'lesson', subjectId: lessonId, communityId: lesson.community_id }, tx);
      return inserted;
    });
    if (!row) throw new Error('reflection insert returned nothing');
    const reflection: ReflectionView = { id: row.id, authorName: user.name, text: input.text, createdAt: row.created_at.toISOString() };
    // As the lesson page will show it: no profile where a platform lesson shows "een ouder" instead of the name.
    if (!(await this.hidesParentName(user, lesson.visibility))) reflection.author = { background: user.background, organisationType: user.organisationType, regionId: user.regionId };
    return reflection;
  }

  private async hidesParentName(user: UserEntity, visibility: string): Promise<boolean> {
    if (visibility !== 'platform' || user.background !== 'ouder') return false;
    const shown: unknown[] = await this.dataSource.query(`SELECT 1 FROM lesson_name_settings WHERE user_id = $1 AND show_on_platform`, [user.id]);
    return shown.length === 0;
  }

  async create(user: UserEntity, communityId: string, input: CreateActionPerspectiveInput): Promise<ActionPerspectiveView> {
    await this.access.require(user, communityId, 'lessons.reflect');
    assertNoPrivacyFindings({ title: input.title, text: input.text }, input.acceptedFindings ?? [], 'Het handelingsperspectief');
    const scope = await loadScope(this.dataSource.manager, user);
    const id = await this.dataSource.transaction(async (tx) => {
      await this.assertLinkable(tx, scope, input.lessonIds);
      const [row]: Array<{ id: string }> = await tx.query(
        `INSERT INTO action_perspectives (community_id, title, text, created_by, created_by_name) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [communityId, input.title, input.text, user.id, user.name],
      );
      if (!row) throw new Error('action perspective insert returned nothing');
      await this.link(tx, row.id, input.lessonIds, user.id);
      await this.audit.record({ actorId: user.id, action: 'action_perspective.created', subjectType: 'action_perspective', subjectId: row.id, communityId, details: { lessons: input.lessonIds.length } }, tx);
      return row.id;
    });
    return this.get(user, id);
  }

  async addLessons(user: UserEntity, perspectiveId: string, input: LinkActionPerspectiveInput): Promise<ActionPerspectiveView> {
    const communityId = await this.communityOf(perspectiveId);
    await this.access.require(user, communityId, 'lessons.reflect');
    const scope = await loadScope(this.dataSource.manager, user);
    await this.dataSource.transaction(async (tx) => {
      await this.assertLinkable(tx, scope, input.lessonIds);
      await this.link(tx, perspectiveId, input.lessonIds, user.id);
      await this.audit.record({ actorId: user.id, action: 'action_perspective.linked', subjectType: 'action_perspective', subjectId: perspectiveId, communityId, details: { lessons: input.lessonIds.length } }, tx);
    });
    return this.get(user, perspectiveId);
  }

  async get(user: UserEntity, perspectiveId: string): Promise<ActionPerspectiveView> {
    const communityId = await this.communityOf(perspectiveId);
    await this.access.require(user, communityId, 'lessons.view');
    const scope = await loadScope(this.dataSource.manager, user);
    const [row] = await this.query(scope, `ap.id = $4`, [perspectiveId]);
    if (!row) throw new DomainError('not_found');
    return row;
  }

  async listForCommunity(user: UserEntity, communityId: string): Promise<ActionPerspectiveView[]> {
    await this.access.require(user, communityId, 'lessons.view');
    const scope = await loadScope(this.dataSource.manager, user);
    return this.query(scope, `ap.community_id = $4`, [communityId]);
  }

  /** The perspectives linked to a lesson that this user may see (those of their own CoPs). */
  forLesson(scope: LessonScope, lessonId: string): Promise<ActionPerspectiveView[]> {
    return this.query(scope, `ap.id IN (SELECT action_perspective_id FROM action_perspective_lessons WHERE lesson_id = $4) AND ($2::boolean OR ap.community_id = ANY($3::uuid[]))`, [lessonId]);
  }

  private async query(scope: LessonScope, condition: string, extra: unknown[]): Promise<ActionPerspectiveView[]> {
    const rows: PerspectiveRow[] = await this.dataSource.query(
      `SELECT ap.id, ap.title, ap.text, ap.community_id, c.name AS community_name, ap.created_by_name, ap.created_at,
              u.background, u.organisation_type, u.region_id, (u.id IS NOT NULL AND u.deleted_at IS NULL) AS profile_shown,
              (SELECT array_agg(apl.lesson_id ORDER BY apl.linked_at, apl.lesson_id) FROM action_perspective_lessons apl JOIN lessons l ON l.id = apl.lesson_id
                WHERE apl.action_perspective_id = ap.id AND $1::uuid IS NOT NULL AND ${VISIBLE_PUBLISHED}) AS lesson_ids
         FROM action_perspectives ap JOIN communities c ON c.id = ap.community_id LEFT JOIN users u ON u.id = ap.created_by
        WHERE ${condition}
        ORDER BY ap.created_at DESC, ap.id`,
      [scope.userId, scope.isPlatformAdmin, scope.memberOf, ...extra],
    );
    return rows.map((row) => {
      const author: WriterProfile | null = row.profile_shown ? { background: row.background, organisationType: row.organisation_type, regionId: row.region_id } : null;
      return {
        id: row.id,
        title: row.title,
        text: row.text,
        community: { id: row.community_id, name: row.community_name },
        createdByName: row.created_by_name,
        ...(author ? { author } : {}),
        createdAt: row.created_at.toISOString(),
        lessonIds: row.lesson_ids ?? [],
      };
    });
  }

  private async communityOf(perspectiveId: string): Promise<string> {
    const [row]: Array<{ community_id: string }> = await this.dataSource.query(`SELECT community_id FROM action_perspectives WHERE id = $1`, [perspectiveId]);
    if (!row) throw new DomainError('not_found');
    return row.community_id;
  }

  /** Every lesson must be published and visible to the user; otherwise 404 naming none of the hidden ones. */
  private async assertLinkable(tx: EntityManager, scope: LessonScope, lessonIds: string[]): Promise<void> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT l.id FROM lessons l WHERE l.id = ANY($1::uuid[]) AND ${VISIBLE_PUBLISHED}`, [lessonIds, scope.isPlatformAdmin, scope.memberOf]);
    if (rows.length !== lessonIds.length) {
      throw new DomainError('not_found', 'Niet alle lessen zijn gevonden. Koppel alleen gepubliceerde lessen die je kunt zien.');
    }
  }

  private async link(tx: EntityManager, perspectiveId: string, lessonIds: string[], userId: string): Promise<void> {
    await tx.query(
      `INSERT INTO action_perspective_lessons (action_perspective_id, lesson_id, linked_by)
       SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING`,
      [perspectiveId, lessonIds, userId],
    );
  }
}
