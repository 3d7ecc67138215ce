import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateReportInput, HideReportedInput, ReportStatus, ReportView, ReportableContent } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { LessonsService } from '../lessons/lessons.service.js';
import { PlatformAccessService } from '../questions/platform-access.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { contentHiddenMail } from './admin-mails.js';

interface ReportRow {
  id: string;
  content_type: ReportableContent;
  content_id: string;
  reason: string;
  reporter_name: string | null;
  status: ReportStatus;
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

/** Where reported content is, who wrote it and what it says; null when it no longer exists. */
interface ContentFacts {
  text: string;
  authorId: string | null;
  authorName: string;
  link: string;
}

/**
 * Reported content: members report a question, an answer, a reflection or a lesson they can
 * see; administrators work the queue and hide it with a reason (mailed to the author) or
 * dismiss the report. Hiding: questions and answers get `hidden_at` (gone for everyone but
 * administrators), a reflection `hidden_at` (left out of the lesson page), a lesson is withdrawn
 * (status 'discarded', as a reviewer's discard). Every decision is audited.
 */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly access: PlatformAccessService,
    private readonly lessons: LessonsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  /** Anyone who can see the content may report it: Vraag en advies members for questions and answers, readers of the lesson for lessons and reflections. */
  async report(user: UserEntity, input: CreateReportInput): Promise<{ id: string }> {
    await this.assertCanSee(user, input.contentType, input.contentId);
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO content_reports (content_type, content_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (content_type, content_id, reporter_id) WHERE status = 'open' DO NOTHING RETURNING id`,
      [input.contentType, input.contentId, user.id, input.reason, this.clock.now()],
    );
    if (!inserted[0]) throw new DomainError('conflict', 'Je hebt dit al gemeld; een beheerder bekijkt het.');
    return { id: inserted[0].id };
  }

  async list(user: UserEntity, status: ReportStatus | undefined): Promise<ReportView[]> {
    await this.access.require(user, 'admin.moderate');
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT r.id, r.content_type, r.content_id, r.reason, u.name AS reporter_name, r.status, r.decision_reason, r.created_at, r.decided_at
         FROM content_reports r LEFT JOIN users u ON u.id = r.reporter_id WHERE r.status = $1 ORDER BY r.created_at, r.id LIMIT 200`,
      [status ?? 'open'],
    );
    const views: ReportView[] = [];
    for (const row of rows) {
      const facts = await this.facts(row.content_type, row.content_id);
      views.push({
        id: row.id,
        contentType: row.content_type,
        contentId: row.content_id,
        content: facts ? { text: facts.text, authorName: facts.authorName, link: facts.link } : null,
        reason: row.reason,
        reporterName: row.reporter_name ?? 'verwijderd lid',
        status: row.status,
        decisionReason: row.decision_reason,
        createdAt: row.created_at.toISOString(),
        decidedAt: row.decided_at?.toISOString() ?? null,
      });
    }
    return views;
  }

  /** Hides the content, closes every open report about it, and tells the author why by mail. */
  async hide(admin: UserEntity, reportId: string, input: HideReportedInput): Promise<{ mailed: boolean }> {
    await this.access.require(admin, 'admin.moderate');
    const report = await this.openReport(reportId);
    const facts = await this.facts(report.content_type, report.content_id);
    if (!facts) throw new DomainError('not_found', 'De gemelde inhoud bestaat niet meer.');
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      switch (report.content_type) {
        case 'question':
          await tx.query(`UPDATE advice_questions SET hidden_at = $2, hidden_reason = $3 WHERE id = $1`, [report.content_id, now, input.reason]);
          break;
        case 'answer':
          await tx.query(`UPDATE advice_answers SET hidden_at = $2, hidden_reason = $3 WHERE id = $1`, [report.content_id, now, input.reason]);
          break;
        case 'reflection':
          await tx.query(`UPDATE lesson_reflections SET hidden_at = $2, hidden_reason = $3 WHERE id = $1`, [report.content_id, now, input.reason]);
          break;
        case 'lesson':
          await tx.query(`UPDATE lessons SET status = 'discarded', review_notes = array_append(review_notes, $2), updated_at = $3 WHERE id = $1`, [
            report.content_id,
            `Verborgen door een beheerder na een melding: ${input.reason}`,
            now,
          ]);
          break;
      }
      await tx.query(`UPDATE content_reports SET status = 'hidden', decided_by = $3, decided_at = $4, decision_reason = $5 WHERE content_type = $1 AND content_id = $2 AND status = 'open'`, [
        report.content_type,
        report.content_id,
        admin.id,
        now,
        input.reason,
      ]);
      await this.audit.record({ actorId: admin.id, action: 'admin.content_hidden', subjectType: report.content_type, subjectId: report.content_id, details: { reportId, authorId: facts.authorId } }, tx);
    });
    const author: Array<{ email: string; name: string }> = facts.authorId
      ? await this.dataSource.query(`SELECT email, name FROM users WHERE id = $1 AND deleted_at IS NULL`, [facts.authorId])
      : [];
    if (!author[0]) return { mailed: false };
    await this.mail.send(contentHiddenMail({ to: author[0].email, name: author[0].name, contentType: report.content_type, reason: input.reason, link: `${this.config.publicUrl}${facts.link}` }));
    return { mailed: true };
  }

  async dismiss(admin: UserEntity, reportId: string): Promise<void> {
    await this.access.require(admin, 'admin.moderate');
    const report = await this.openReport(reportId);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE content_reports SET status = 'dismissed', decided_by = $2, decided_at = $3 WHERE id = $1`, [reportId, admin.id, this.clock.now()]);
      await this.audit.record({ actorId: admin.id, action: 'admin.report_dismissed', subjectType: report.content_type, subjectId: report.content_id, details: { reportId } }, tx);
    });
  }

  private async openReport(id: string): Promise<ReportRow> {
    const rows: ReportRow[] = await this.dataSource.query(`SELECT r.*, NULL AS reporter_name FROM content_reports r WHERE r.id = $1`, [id]);
    const report = rows[0];
    if (!report) throw new DomainError('not_found');
    if (report.status !== 'open') throw new DomainError('conflict', 'Over deze melding is al besloten.');
    return report;
  }

  private async assertCanSee(user: UserEntity, type: ReportableContent, id: string): Promise<void> {
    if (type === 'question' || type === 'answer') {
      const relation = await this.access.require(user, 'content.report');
      const table = type === 'question' ? 'advice_questions' : 'advice_answers';
      const rows: Array<{ hidden_at: Date | null; question_hidden: Date | null }> = await this.dataSource.query(
        type === 'question'
          ? `SELECT hidden_at, hidden_at AS question_hidden FROM ${table} WHERE id = $1`
          : `SELECT a.hidden_at, q.hidden_at AS question_hidden FROM advice_answers a JOIN advice_questions q ON q.id = a.question_id WHERE a.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row || ((row.hidden_at || row.question_hidden) && relation !== 'admin')) throw new DomainError('not_found');
      return;
    }
    const lessonId =
      type === 'lesson'
        ? id
        : ((await this.dataSource.query(`SELECT lesson_id FROM lesson_reflections WHERE id = $1 AND hidden_at IS NULL`, [id])) as Array<{ lesson_id: string }>)[0]?.lesson_id;
    if (!lessonId) throw new DomainError('not_found');
    // Throws 404 when the lesson (and so its reflections) is not visible to this person.
    const lesson = await this.lessons.detail(user, lessonId);
    if (type === 'reflection' && !lesson.reflections.some((r) => r.id === id)) throw new DomainError('not_found');
  }

  private async facts(type: ReportableContent, id: string): Promise<ContentFacts | null> {
    const queries: Record<ReportableContent, string> = {
      question: `SELECT q.title || E'\\n\\n' || q.situation || E'\\n\\n' || q.ask AS text, q.author_id, u.name AS author_name, '/vragen/' || q.id AS link
                   FROM advice_questions q LEFT JOIN users u ON u.id = q.author_id WHERE q.id = $1`,
      answer: `SELECT a.text, a.author_id, u.name AS author_name, '/vragen/' || a.question_id AS link FROM advice_answers a LEFT JOIN users u ON u.id = a.author_id WHERE a.id = $1`,
      reflection: `SELECT r.text, r.author_id, r.author_name, '/lessen/' || r.lesson_id AS link FROM lesson_reflections r WHERE r.id = $1`,
      lesson: `SELECT l.text, l.author_id, coalesce(l.author_name, 'onbekend') AS author_name, '/lessen/' || l.id AS link FROM lessons l WHERE l.id = $1`,
    };
    const rows: Array<{ text: string; author_id: string | null; author_name: string | null; link: string }> = await this.dataSource.query(queries[type], [id]);
    const row = rows[0];
    return row ? { text: row.text, authorId: row.author_id, authorName: row.author_name ?? 'verwijderd lid', link: row.link } : null;
  }
}
