import { Clock } from '../common/clock.js';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LESSON_EXPORT_MAX, type LessonExportQuery } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';
import { DomainError } from '../common/domain-error.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { LessonsService } from './lessons.service.js';
import { LESSON_VIEW_COLUMNS, LESSON_VIEW_FROM, type LessonRow } from './lesson-rows.js';
import { exportFileName, harvestPdf, lessonsCsv, lessonsMarkdown } from './lesson-reports.js';

export interface FileResult {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

/** Exports of the filtered library and the PDF report of one session's harvest. */
@Injectable()
export class LessonReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lessons: LessonsService,
    private readonly access: CommunityAccessService,
    private readonly clock: Clock,
  ) {}

  async export(user: UserEntity, query: LessonExportQuery): Promise<FileResult> {
    const { format, ...filters } = query;
    const rows = await this.lessons.rowsFor(user, filters, LESSON_EXPORT_MAX);
    if (rows.length > LESSON_EXPORT_MAX) {
      throw new DomainError('export_too_large', `Een export bevat hoogstens ${LESSON_EXPORT_MAX.toLocaleString('nl-NL')} lessen. Verfijn de filters.`, { max: LESSON_EXPORT_MAX });
    }
    const now = this.clock.now();
    return format === 'csv'
      ? { fileName: exportFileName('csv', now), contentType: 'text/csv; charset=utf-8', body: lessonsCsv(rows) }
      : { fileName: exportFileName('md', now), contentType: 'text/markdown; charset=utf-8', body: lessonsMarkdown(rows, filters, now) };
  }

  /** Members of the CoP see the published lessons; reviewers also the drafts (marked as such). Never the casus. */
  async harvestReport(user: UserEntity, sessionId: string, options: { compress?: boolean } = {}): Promise<FileResult> {
    const [session]: Array<{ id: string; community_id: string; title: string; starts_at: Date; method_snapshot: Method; method_id: string; facilitator_id: string; facilitator_name: string | null; community_name: string }> =
      await this.dataSource.query(
        `SELECT s.id, s.community_id, s.title, s.starts_at, s.method_snapshot, s.method_id, s.facilitator_id, u.name AS facilitator_name, c.name AS community_name
           FROM sessions s JOIN communities c ON c.id = s.community_id LEFT JOIN users u ON u.id = s.facilitator_id WHERE s.id = $1`,
        [sessionId],
      );
    if (!session) throw new DomainError('not_found');
    await this.access.require(user, session.community_id, 'lessons.view');
    const scope = await this.lessons.scopeOf(user);
    const reviewer = this.lessons.isReviewer(scope, { community_id: session.community_id, session_facilitator_id: session.facilitator_id });
    const rows: LessonRow[] = await this.dataSource.query(
      `SELECT ${LESSON_VIEW_COLUMNS} FROM ${LESSON_VIEW_FROM}
        WHERE l.session_id = $1 AND l.status = ANY($2::text[]) ORDER BY l.created_at, l.id`,
      [sessionId, reviewer ? ['published', 'draft'] : ['published']],
    );
    const body = await harvestPdf(
      { title: session.title, communityName: session.community_name, startsAt: session.starts_at, methodName: session.method_snapshot.name?.nl ?? session.method_id, facilitatorName: session.facilitator_name },
      rows,
      { ...options, now: this.clock.now() },
    );
    const slug = session.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'sessie';
    return { fileName: `oogst-${slug}.pdf`, contentType: 'application/pdf', body };
  }
}
