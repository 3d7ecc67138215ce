import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  LESSON_COUNT_CAP,
  LESSON_PAGE_DEFAULT,
  LESSON_TEXT_MAX,
  REFLECTIEKADER,
  findPrivacyIssues,
  type DiscardLessonInput,
  type LessonDetail,
  type LessonFilters,
  type LessonListQuery,
  type LessonPage,
  type MergeLessonsInput,
  type PublishLessonInput,
  type ReflectiekaderOverview,
  type SessionHarvestView,
  type UpdateLessonInput,
  type Background,
  type OrganisationType,
} from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { Params, filterSql, loadScope, normaliseSearch, visibleSql, type LessonScope } from './lesson-query.js';
import { LESSON_VIEW_COLUMNS, LESSON_VIEW_FROM, reflectionAuthorSql, toLessonView, type LessonRow } from './lesson-rows.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';
import { ANGLE_STANDINS, headlineOptions, newHighlightMarkers, safeSnippet } from './snippet.js';
import { ActionPerspectivesService } from './action-perspectives.service.js';
import { harvestJobKey } from './harvest.service.js';
import { fillMonths, normaliseTags } from './lesson-tags.js';
import { mergedAccepted, withPrivacyNote } from './harvest-privacy.js';

interface LessonAccessRow extends LessonRow {
  session_facilitator_id: string | null;
}

/**
 * The lessons library: listing with filters and Dutch full-text search, a lesson in context,
 * the reflectiekader overview, and the facilitator's review (edit, merge, publish, discard).
 *
 * Visibility (see `visibleSql`): published CoP lessons for that CoP's members, published
 * platform lessons for everyone logged in, drafts for reviewers only: the CoP's facilitators
 * (`lessons.review`) and the session's own facilitator. Someone who may not see a lesson gets
 * 404, exactly as if it did not exist.
 */
@Injectable()
export class LessonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly perspectives: ActionPerspectivesService,
  ) {}

  scopeOf(user: UserEntity): Promise<LessonScope> {
    return loadScope(this.dataSource.manager, user);
  }

  /* -------------------------------------------------------------- library */

  async list(user: UserEntity, query: LessonListQuery): Promise<LessonPage> {
    const scope = await this.scopeOf(user);
    const limit = query.limit ?? LESSON_PAGE_DEFAULT;
    const offset = query.offset ?? 0;
    const status = query.status ?? 'published';
    const search = normaliseSearch(query.q);
    const params = new Params();
    const where = [visibleSql(scope, params, status), ...filterSql(query, params)];

    if (!search) {
      const countParams = [...params.values];
      const sql = `SELECT ${LESSON_VIEW_COLUMNS} FROM ${LESSON_VIEW_FROM}
        WHERE ${where.join(' AND ')}
        ORDER BY l.session_date DESC, l.id DESC LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
      const [rows, count] = await Promise.all([
        this.dataSource.query(sql, params.values) as Promise<LessonRow[]>,
        this.count(where, countParams),
      ]);
      return { items: rows.map((row) => toLessonView(row, { reviewer: status === 'draft' })), ...count, limit, offset };
    }

    const q = params.add(search);
    where.push(`l.search @@ websearch_to_tsquery('dutch', ${q})`);
    const countParams = [...params.values];
    const markers = newHighlightMarkers();
    // Rank and page first; the (costly) headline is computed for the page only.
    const sql = `
      WITH page AS (
        SELECT l.id, ts_rank(l.search, websearch_to_tsquery('dutch', ${q})) AS rank, l.session_date
          FROM lessons l
         WHERE ${where.join(' AND ')}
         ORDER BY rank DESC, l.session_date DESC, l.id DESC
         LIMIT ${params.add(limit)} OFFSET ${params.add(offset)})
      SELECT ${LESSON_VIEW_COLUMNS}, page.rank,
             ts_headline('dutch', translate(l.text, '<>', ${params.add(ANGLE_STANDINS)}), websearch_to_tsquery('dutch', ${q}), ${params.add(headlineOptions(markers))}) AS headline
        FROM page JOIN ${LESSON_VIEW_FROM} ON l.id = page.id
       ORDER BY page.rank DESC, page.session_date DESC, l.id DESC`;
    const [rows, count] = await Promise.all([
      this.dataSource.query(sql, params.values) as Promise<Array<LessonRow & { rank: number; headline: string }>>,
      this.count(where, countParams),
    ]);
    return {
      items: rows.map((row) => toLessonView(row, { reviewer: status === 'draft', snippet: safeSnippet(row.headline, markers), rank: Number(row.rank) })),
      ...count,
      limit,
      offset,
    };
  }

  /**
   * Counts matches up to LESSON_COUNT_CAP + 1 only: an exact count of a broad search visits every
   * matching row (tens of thousands for a common word), which would double the cost of the page.
   */
  private async count(where: string[], values: unknown[]): Promise<{ total: number; totalIsLowerBound: boolean }> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM lessons l WHERE ${where.join(' AND ')} LIMIT ${LESSON_COUNT_CAP + 1}) x`,
      values,
    );
    const n = row?.n ?? 0;
    return n > LESSON_COUNT_CAP ? { total: LESSON_COUNT_CAP, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
  }

  /** Every visible lesson matching the filters (for exports), in library order; at most `max` + 1 rows. */
  async rowsFor(user: UserEntity, filters: LessonFilters, max: number): Promise<LessonRow[]> {
    const scope = await this.scopeOf(user);
    const params = new Params();
    const where = [visibleSql(scope, params, filters.status ?? 'published'), ...filterSql(filters, params)];
    const search = normaliseSearch(filters.q);
    const order = search ? `ts_rank(l.search, websearch_to_tsquery('dutch', ${params.add(search)})) DESC, ` : '';
    if (search) where.push(`l.search @@ websearch_to_tsquery('dutch', $${params.values.length})`);
    return this.dataSource.query(
      `SELECT ${LESSON_VIEW_COLUMNS} FROM ${LESSON_VIEW_FROM} WHERE ${where.join(' AND ')}
        ORDER BY ${order}l.session_date DESC, l.id DESC LIMIT ${params.add(max + 1)}`,
      params.values,
    );
  }

  async overview(user: UserEntity, filters: LessonFilters): Promise<ReflectiekaderOverview> {
    const scope = await this.scopeOf(user);
    const params = new Params();
    const where = [visibleSql(scope, params, filters.status ?? 'published'), ...filterSql(filters, params)];
    const search = normaliseSearch(filters.q);
    if (search) where.push(`l.search @@ websearch_to_tsquery('dutch', ${params.add(search)})`);
    const [row]: Array<{
      total: number;
      elements: Array<{ key: string; n: number }>;
      indicators: Array<{ key: string; n: number }>;
      without: Array<{ key: string; n: number }>;
      months: Array<{ month: string; key: string | null; n: number }>;
    }> = await this.dataSource.query(
      `WITH f AS MATERIALIZED (
         SELECT l.element_ids, l.indicator_ids, to_char(l.session_date AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month
           FROM lessons l WHERE ${where.join(' AND ')})
       SELECT (SELECT count(*)::int FROM f) AS total,
         (SELECT coalesce(json_agg(x), '[]') FROM (SELECT e AS key, count(*)::int AS n FROM f, unnest(f.element_ids) e GROUP BY e) x) AS elements,
         (SELECT coalesce(json_agg(x), '[]') FROM (SELECT i AS key, count(*)::int AS n FROM f, unnest(f.indicator_ids) i GROUP BY i) x) AS indicators,
         (SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT e AS key, count(*)::int AS n FROM f, unnest(f.element_ids) e
             WHERE NOT EXISTS (SELECT 1 FROM unnest(f.indicator_ids) i WHERE split_part(i, '.', 1) = e) GROUP BY e) x) AS without,
         (SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT f.month, e AS key, count(*)::int AS n FROM f LEFT JOIN LATERAL unnest(f.element_ids) e ON true GROUP BY f.month, e) x) AS months`,
      params.values,
    );
    const count = (list: Array<{ key: string; n: number }> | undefined, key: string) => list?.find((x) => x.key === key)?.n ?? 0;
    const monthTotals = new Map<string, { total: number; byElement: Record<string, number> }>();
    for (const cell of row?.months ?? []) {
      const entry = monthTotals.get(cell.month) ?? { total: 0, byElement: {} };
      monthTotals.set(cell.month, entry);
      if (cell.key) entry.byElement[cell.key] = cell.n;
    }
    // Lessons per month (not per tag): a lesson with two elements counts once in `total`.
    const monthCounts: Array<{ month: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(l.session_date AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, count(*)::int AS n FROM lessons l WHERE ${where.join(' AND ')} GROUP BY 1`,
      params.values,
    );
    for (const { month, n } of monthCounts) {
      const entry = monthTotals.get(month) ?? { total: 0, byElement: {} };
      entry.total = n;
      monthTotals.set(month, entry);
    }
    return {
      frameworkVersion: REFLECTIEKADER.version,
      total: row?.total ?? 0,
      elements: REFLECTIEKADER.elements.map((element) => ({
        elementId: element.id,
        count: count(row?.elements, element.id),
        indicators: element.indicators.map((indicator) => ({ indicatorId: indicator.id, count: count(row?.indicators, indicator.id) })),
        withoutIndicator: count(row?.without, element.id),
      })),
      months: fillMonths([...monthTotals.keys()]).map((month) => ({ month, total: monthTotals.get(month)?.total ?? 0, byElement: monthTotals.get(month)?.byElement ?? {} })),
    };
  }

  async detail(user: UserEntity, lessonId: string): Promise<LessonDetail> {
    const scope = await this.scopeOf(user);
    const row = await this.loadVisible(scope, lessonId);
    const reviewer = this.isReviewer(scope, row);
    const reflectable = row.status === 'published' && (row.visibility === 'platform' || scope.isPlatformAdmin || scope.memberOf.includes(row.community_id));
    const reflections: Array<{ id: string; author_name: string; text: string; created_at: Date; background: Background | null; organisation_type: OrganisationType | null; region_id: string | null; profile_shown: boolean }> =
      row.status === 'published'
        ? await this.dataSource.query(
            // The writer's domain, organisation type and region go with the name (issue 17): not for a hidden name or a deleted account.
            `SELECT r.id, ${reflectionAuthorSql('$2::text')} AS author_name, r.text, r.created_at, u.background, u.organisation_type, u.region_id,
                    (u.id IS NOT NULL AND u.deleted_at IS NULL AND ${reflectionAuthorSql('$2::text')} = r.author_name) AS profile_shown
               FROM lesson_reflections r LEFT JOIN users u ON u.id = r.author_id WHERE r.lesson_id = $1 AND r.hidden_at IS NULL ORDER BY r.created_at, r.id`,
            [lessonId, row.visibility],
          )
        : [];
    const detail: LessonDetail = {
      ...toLessonView(row, { reviewer }),
      reflections: reflections.map((r) => ({
        id: r.id,
        authorName: r.author_name,
        text: r.text,
        createdAt: r.created_at.toISOString(),
        ...(r.profile_shown ? { author: { background: r.background, organisationType: r.organisation_type, regionId: r.region_id } } : {}),
      })),
      actionPerspectives: await this.perspectives.forLesson(scope, lessonId),
      mergedIntoId: row.merged_into_id,
      can: { review: reviewer, reflect: reflectable },
    };
    if (reviewer) detail.privacyFindings = findPrivacyIssues(row.text, { acceptedMatches: row.accepted_findings });
    return detail;
  }

  /** The lessons of one session: everything for reviewers, the published ones for the CoP's members. */
  async forSession(user: UserEntity, sessionId: string): Promise<SessionHarvestView> {
    const [session]: Array<{ id: string; community_id: string; facilitator_id: string }> = await this.dataSource.query(
      `SELECT id, community_id, facilitator_id FROM sessions WHERE id = $1`,
      [sessionId],
    );
    if (!session) throw new DomainError('not_found');
    await this.access.require(user, session.community_id, 'lessons.view');
    const scope = await this.scopeOf(user);
    const reviewer = this.reviews(scope, session.community_id, session.facilitator_id);
    const rows: LessonRow[] = await this.dataSource.query(
      `SELECT ${LESSON_VIEW_COLUMNS} FROM ${LESSON_VIEW_FROM} WHERE l.session_id = $1 ${reviewer ? '' : `AND l.status = 'published'`}
        ORDER BY l.created_at, l.id`,
      [sessionId],
    );
    const [job]: Array<{ done_at: Date | null }> = await this.dataSource.query(`SELECT done_at FROM jobs WHERE dedupe_key = $1 AND status = 'done'`, [harvestJobKey(sessionId)]);
    return { sessionId, harvestedAt: job?.done_at ? job.done_at.toISOString() : null, lessons: rows.map((row) => toLessonView(row, { reviewer })) };
  }

  /* --------------------------------------------------------------- review */

  async update(user: UserEntity, lessonId: string, input: UpdateLessonInput): Promise<LessonDetail> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lockForReview(tx, user, lessonId);
      if (row.status !== 'draft' && row.status !== 'published') throw new DomainError('lesson_wrong_status', 'Alleen concepten en gepubliceerde lessen kun je bewerken.');
      const accepted = [...new Set([...row.accepted_findings, ...(input.acceptedFindings ?? [])])];
      const text = input.text ?? row.text;
      if (input.text !== undefined || input.acceptedFindings !== undefined) assertNoPrivacyFindings({ text }, accepted, 'De les');
      const tags = normaliseTags(input.elementIds ?? row.element_ids, input.indicatorIds ?? row.indicator_ids);
      if (row.status === 'published' && tags.elementIds.length === 0) throw new DomainError('validation_failed', 'Een gepubliceerde les hoort bij minstens één werkzaam element.');
      // A changed text (or accepted list) gets a fresh privacy note; the old one spoke of the old text.
      const notes = input.text !== undefined || input.acceptedFindings !== undefined ? withPrivacyNote(row.review_notes, text, accepted, 'edit') : row.review_notes;
      await tx.query(
        `UPDATE lessons SET text = $2, element_ids = $3, indicator_ids = $4, themes = $5, accepted_findings = $6, review_notes = $7, updated_at = now() WHERE id = $1`,
        [lessonId, text, tags.elementIds, tags.indicatorIds, input.themes ? [...new Set(input.themes)] : row.themes, accepted, notes],
      );
      await this.audit.record({ actorId: user.id, action: 'lesson.updated', subjectType: 'lesson', subjectId: lessonId, communityId: row.community_id, details: { fields: Object.keys(input) } }, tx);
    });
    return this.detail(user, lessonId);
  }

  async merge(user: UserEntity, lessonId: string, input: MergeLessonsInput): Promise<LessonDetail> {
    if (input.otherId === lessonId) throw new DomainError('lessons_not_mergeable', 'Een les kan niet met zichzelf worden samengevoegd.');
    await this.dataSource.transaction(async (tx) => {
      // Lock both in id order, so two reviewers merging crosswise cannot deadlock.
      const [first, second] = [lessonId, input.otherId].sort();
      const a = await this.lockForReview(tx, user, first as string);
      const b = await this.lockForReview(tx, user, second as string);
      const keep = a.id === lessonId ? a : b;
      const other = a.id === lessonId ? b : a;
      if (keep.status !== 'draft' || other.status !== 'draft' || keep.session_id === null || keep.session_id !== other.session_id) throw new DomainError('lessons_not_mergeable');
      const text = `${keep.text}\n\n${other.text}`;
      if (text.length > LESSON_TEXT_MAX) {
        throw new DomainError('validation_failed', `Samen zijn deze lessen langer dan ${LESSON_TEXT_MAX.toLocaleString('nl-NL')} tekens. Kort er eerst een in.`);
      }
      const tags = normaliseTags([...keep.element_ids, ...other.element_ids], [...keep.indicator_ids, ...other.indicator_ids]);
      // The guard runs on the merged text: what either draft's reviewer accepted holds only where
      // it was accepted, and the note says what the merged text holds (publishing still refuses it).
      const accepted = mergedAccepted({ text: keep.text, accepted: keep.accepted_findings }, { text: other.text, accepted: other.accepted_findings });
      const notes = withPrivacyNote([...new Set([...keep.review_notes, ...other.review_notes])], text, accepted, 'merge');
      const authors = [...new Set([keep.author_name, other.author_name].filter((name): name is string => !!name))].join(', ');
      await tx.query(
        `UPDATE lessons SET text = $2, element_ids = $3, indicator_ids = $4, themes = $5, accepted_findings = $6, review_notes = $7, author_name = $8, updated_at = now() WHERE id = $1`,
        [
          keep.id,
          text,
          tags.elementIds,
          tags.indicatorIds,
          [...new Set([...keep.themes, ...other.themes])],
          accepted,
          notes,
          authors || null,
        ],
      );
      await tx.query(`UPDATE lessons SET status = 'merged', merged_into_id = $2, updated_at = now() WHERE id = $1`, [other.id, keep.id]);
      await this.audit.record(
        { actorId: user.id, action: 'lesson.merged', subjectType: 'lesson', subjectId: keep.id, communityId: keep.community_id, details: { mergedId: other.id, privacyFindings: findPrivacyIssues(text, { acceptedMatches: accepted }).length } },
        tx,
      );
    });
    return this.detail(user, lessonId);
  }

  async publish(user: UserEntity, lessonId: string, input: PublishLessonInput): Promise<LessonDetail> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lockForReview(tx, user, lessonId);
      if (row.status !== 'draft' && row.status !== 'published') throw new DomainError('lesson_wrong_status', 'Alleen een concept of een gepubliceerde les kun je (opnieuw) publiceren.');
      if (row.element_ids.length === 0) throw new DomainError('validation_failed', 'Koppel de les aan minstens één werkzaam element voordat je hem publiceert.');
      const accepted = [...new Set([...row.accepted_findings, ...(input.acceptedFindings ?? [])])];
      assertNoPrivacyFindings({ text: row.text }, accepted, 'De les');
      await tx.query(
        `UPDATE lessons SET status = 'published', visibility = $2, accepted_findings = $3, published_at = COALESCE(published_at, now()), published_by = COALESCE(published_by, $4), updated_at = now() WHERE id = $1`,
        [lessonId, input.visibility, accepted, user.id],
      );
      await this.audit.record({ actorId: user.id, action: 'lesson.published', subjectType: 'lesson', subjectId: lessonId, communityId: row.community_id, details: { visibility: input.visibility } }, tx);
    });
    return this.detail(user, lessonId);
  }

  async discard(user: UserEntity, lessonId: string, input: DiscardLessonInput): Promise<LessonDetail> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lockForReview(tx, user, lessonId);
      if (row.status !== 'draft' && row.status !== 'published') throw new DomainError('lesson_wrong_status', 'Deze les is al verwijderd of samengevoegd.');
      await tx.query(`UPDATE lessons SET status = 'discarded', updated_at = now() WHERE id = $1`, [lessonId]);
      await this.audit.record(
        { actorId: user.id, action: 'lesson.discarded', subjectType: 'lesson', subjectId: lessonId, communityId: row.community_id, details: { wasPublished: row.status === 'published', reason: input.reason ? 'given' : 'none' } },
        tx,
      );
    });
    return this.detail(user, lessonId);
  }

  /* -------------------------------------------------------------- helpers */

  /** Loads a lesson the user may see, or 404. */
  async loadVisible(scope: LessonScope, lessonId: string, tx: EntityManager = this.dataSource.manager): Promise<LessonAccessRow> {
    const [row]: LessonAccessRow[] = await tx.query(`SELECT ${LESSON_VIEW_COLUMNS}, s.facilitator_id AS session_facilitator_id FROM ${LESSON_VIEW_FROM} WHERE l.id = $1`, [lessonId]);
    if (!row || !this.maySee(scope, row)) throw new DomainError('not_found');
    return row;
  }

  maySee(scope: LessonScope, row: LessonAccessRow): boolean {
    if (row.status === 'published' && (row.visibility === 'platform' || scope.isPlatformAdmin || scope.memberOf.includes(row.community_id))) return true;
    return this.isReviewer(scope, row);
  }

  isReviewer(scope: LessonScope, row: Pick<LessonAccessRow, 'community_id' | 'session_facilitator_id'>): boolean {
    return this.reviews(scope, row.community_id, row.session_facilitator_id);
  }

  private reviews(scope: LessonScope, communityId: string, sessionFacilitatorId: string | null): boolean {
    if (scope.isPlatformAdmin || scope.reviewerOf.includes(communityId)) return true;
    return sessionFacilitatorId === scope.userId && scope.memberOf.includes(communityId);
  }

  /** Locks the lesson for a review action: 404 when invisible, 403 for a member who may see but not review it. */
  private async lockForReview(tx: EntityManager, user: UserEntity, lessonId: string): Promise<LessonAccessRow> {
    await tx.query(`SELECT id FROM lessons WHERE id = $1 FOR UPDATE`, [lessonId]);
    const scope = await this.scopeOf(user);
    const row = await this.loadVisible(scope, lessonId, tx);
    if (!this.isReviewer(scope, row)) throw new DomainError('forbidden', 'Alleen de gespreksleider van de sessie en de gespreksleiders van de CoP beoordelen lessen.');
    return row;
  }
}
