import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  canOnPlatform,
  mayAnswerRegionally,
  type CloseQuestionInput,
  type CreateAnswerInput,
  type CreateQuestionData,
  type HarvestAnswerInput,
  type InviteAnswerersInput,
  type PlatformRelation,
  type QuestionDetail,
  type QuestionListQuery,
  type QuestionPage,
  type AnswerView,
  type AnswerCandidateView,
} from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { Params, normaliseSearch } from '../lessons/lesson-query.js';
import { ANGLE_STANDINS, headlineOptions, newHighlightMarkers, safeSnippet } from '../lessons/snippet.js';
import type { UserEntity } from '../users/user.entity.js';
import { PlatformAccessService } from './platform-access.service.js';
import { ANSWER_COLUMNS, QUESTION_COLUMNS, QUESTION_FROM, toAnswerView, toQuestionSummary, type AnswerRow, type QuestionRow } from './question-rows.js';
import { answerInvitationMail } from './question-mails.js';

const PAGE_DEFAULT = 20;

/** SQL: this person may be asked to answer (approved member, makelaar or administrator, active). */
const ADVICE_PARTICIPANT_SQL = `u.deleted_at IS NULL AND u.deactivated_at IS NULL AND (u.advice_member_since IS NOT NULL OR u.is_platform_admin OR u.platform_role = 'makelaar')`;

/**
 * Vraag en advies: asking, answering, marking helpful, harvesting an answer into a CoP's lessons,
 * and the makelaar's matching (invitations by mail, closing). Every use case starts with the
 * platform matrix (`PlatformAccessService.require`). A hidden question (moderation) is gone for
 * everyone but administrators; hidden answers are left out.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly access: PlatformAccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async list(user: UserEntity, query: QuestionListQuery): Promise<QuestionPage> {
    const relation = await this.access.require(user, 'questions.view');
    const params = new Params();
    const where = relation === 'admin' ? ['true'] : ['q.hidden_at IS NULL'];
    switch (query.filter ?? 'all') {
      case 'open':
        where.push(`q.status = 'open'`);
        break;
      case 'unanswered':
        where.push(`q.status = 'open' AND NOT EXISTS (SELECT 1 FROM advice_answers a WHERE a.question_id = q.id AND a.hidden_at IS NULL)`);
        break;
      case 'closed':
        where.push(`q.status = 'closed'`);
        break;
      case 'mine':
        where.push(`q.author_id = ${params.add(user.id)}`);
        break;
      case 'all':
        break;
    }
    if (query.domain) where.push(`${params.add(query.domain)} = ANY(q.domains)`);
    if (query.element) where.push(`${params.add(query.element)} = ANY(q.element_ids)`);
    const search = normaliseSearch(query.q);
    let tsquery: string | null = null;
    if (search) {
      tsquery = `websearch_to_tsquery('dutch', ${params.add(search)})`;
      where.push(`q.search @@ ${tsquery}`);
    }
    const limit = query.limit ?? PAGE_DEFAULT;
    const offset = query.offset ?? 0;
    const whereSql = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM advice_questions q WHERE ${whereSql}`, params.values)) as [{ total: number }];
    const markers = newHighlightMarkers();
    const headline = tsquery
      ? `, ts_headline('dutch', translate(q.ask || ' … ' || q.situation, '<>', ${params.add(ANGLE_STANDINS)}), ${tsquery}, ${params.add(headlineOptions(markers))}) AS headline`
      : '';
    const order = tsquery ? `ts_rank(q.search, ${tsquery}) DESC, q.created_at DESC, q.id` : `q.created_at DESC, q.id`;
    const rows: Array<QuestionRow & { headline?: string }> = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS}${headline} FROM ${QUESTION_FROM} WHERE ${whereSql} ORDER BY ${order} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
    return {
      items: rows.map((row) => ({ ...toQuestionSummary(row), ...(row.headline !== undefined ? { snippet: safeSnippet(row.headline, markers) } : {}) })),
      total,
      limit,
      offset,
    };
  }

  async get(user: UserEntity, id: string): Promise<QuestionDetail> {
    const relation = await this.access.require(user, 'questions.view');
    return this.detail(user, relation, id);
  }

  async ask(user: UserEntity, input: CreateQuestionData): Promise<QuestionDetail> {
    const relation = await this.access.require(user, 'questions.ask');
    const accepted = input.acceptedFindings ?? [];
    assertNoPrivacyFindings({ title: input.title, situation: input.situation, ask: input.ask }, accepted, 'Je vraag');
    const [row] = (await this.dataSource.query(
      `INSERT INTO advice_questions (author_id, region_id, title, situation, ask, element_ids, themes, domains, outside_region_only, accepted_findings, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
      [user.id, user.regionId, input.title, input.situation, input.ask, input.elementIds, [...new Set(input.themes)], input.domains, input.outsideRegionOnly, accepted, this.clock.now()],
    )) as [{ id: string }];
    return this.detail(user, relation, row.id);
  }

  async answer(user: UserEntity, questionId: string, input: CreateAnswerInput): Promise<AnswerView> {
    const relation = await this.access.require(user, 'questions.answer');
    const question = await this.visibleQuestion(relation, questionId);
    if (question.status !== 'open') throw new DomainError('question_closed');
    if (!mayAnswerRegionally(question.outside_region_only, question.region_id, user.regionId)) throw new DomainError('same_region_answer');
    assertNoPrivacyFindings({ text: input.text }, input.acceptedFindings ?? [], 'Je antwoord');
    const [row] = (await this.dataSource.query(
      `INSERT INTO advice_answers (question_id, author_id, region_id, background, organisation_type, text, accepted_findings, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [questionId, user.id, user.regionId, user.background, user.organisationType, input.text, input.acceptedFindings ?? [], this.clock.now()],
    )) as [{ id: string }];
    await this.dataSource.query(`UPDATE advice_questions SET updated_at = $2 WHERE id = $1`, [questionId, this.clock.now()]);
    const [answer] = (await this.dataSource.query(`SELECT ${ANSWER_COLUMNS} FROM advice_answers a LEFT JOIN users u ON u.id = a.author_id WHERE a.id = $1`, [row.id])) as [AnswerRow];
    return toAnswerView(answer, question.region_id);
  }

  /** Only the asker marks (or unmarks) an answer as helpful. */
  async markHelpful(user: UserEntity, questionId: string, answerId: string, helpful: boolean): Promise<AnswerView> {
    const relation = await this.access.require(user, 'questions.view');
    const question = await this.visibleQuestion(relation, questionId);
    if (question.author_id !== user.id) throw new DomainError('forbidden');
    const answer = await this.visibleAnswer(relation, questionId, answerId);
    await this.dataSource.query(`UPDATE advice_answers SET helpful_at = $2 WHERE id = $1`, [answerId, helpful ? this.clock.now() : null]);
    return toAnswerView({ ...answer, helpful_at: helpful ? this.clock.now() : null }, question.region_id);
  }

  /**
   * The answer becomes a draft lesson of the chosen CoP, authored by the answerer, tagged with the
   * question's werkzame elementen and themes. The CoP's facilitators review it like a harvested
   * lesson (edit, tag, publish or discard). An answer is harvested once.
   */
  async harvest(user: UserEntity, questionId: string, answerId: string, input: HarvestAnswerInput): Promise<{ lessonId: string }> {
    const relation = await this.access.require(user, 'questions.harvest');
    const question = await this.visibleQuestion(relation, questionId);
    const answer = await this.visibleAnswer(relation, questionId, answerId);
    if (answer.harvested_lesson_id) throw new DomainError('conflict', 'Dit antwoord is al geoogst als les.');
    const community: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM communities WHERE id = $1`, [input.communityId]);
    if (community.length === 0) throw new DomainError('not_found', 'Deze CoP bestaat niet.');
    const [full] = (await this.dataSource.query(`SELECT element_ids, themes FROM advice_questions WHERE id = $1`, [questionId])) as [{ element_ids: string[]; themes: string[] }];
    const lessonId = await this.dataSource.transaction(async (tx) => {
      const [lesson] = (await tx.query(
        `INSERT INTO lessons (community_id, session_id, harvest_entry_id, session_date, text, element_ids, themes, status, visibility, author_id, author_name, accepted_findings, review_notes, created_at, updated_at)
         VALUES ($1, NULL, $2, $3, $4, $5, $6, 'draft', 'community', $7, $8, $9, $10, $11, $11) RETURNING id`,
        [
          input.communityId,
          `advice-answer:${answerId}`,
          answer.created_at,
          answer.text,
          full.element_ids,
          full.themes,
          answer.author_id,
          answer.author_name,
          [],
          [`Geoogst uit Vraag en advies, antwoord op de vraag "${question.title}".`],
          this.clock.now(),
        ],
      )) as [{ id: string }];
      const claimed: [unknown[], number] = await tx.query(`UPDATE advice_answers SET harvested_lesson_id = $2, harvested_by = $3 WHERE id = $1 AND harvested_lesson_id IS NULL`, [answerId, lesson.id, user.id]);
      if (claimed[1] !== 1) throw new DomainError('conflict', 'Dit antwoord is al geoogst als les.');
      await this.audit.record({ actorId: user.id, action: 'advice.answer_harvested', subjectType: 'advice_answer', subjectId: answerId, communityId: input.communityId, details: { questionId, lessonId: lesson.id } }, tx);
      return lesson.id;
    });
    return { lessonId };
  }

  /** The makelaar asks people (approved members) or the members of CoPs to answer, by mail. */
  async invite(user: UserEntity, questionId: string, input: InviteAnswerersInput): Promise<{ mailed: number; notInVraagEnAdvies: number }> {
    const relation = await this.access.require(user, 'questions.match');
    const question = await this.visibleQuestion(relation, questionId);
    if (question.status !== 'open') throw new DomainError('question_closed');
    const userIds = input.userIds ?? [];
    const communityIds = input.communityIds ?? [];
    const communities: Array<{ id: string; name: string }> = communityIds.length ? await this.dataSource.query(`SELECT id, name FROM communities WHERE id = ANY($1::uuid[])`, [communityIds]) : [];
    if (communities.length !== communityIds.length) throw new DomainError('not_found', 'Een van de CoP’s bestaat niet.');
    const people: Array<{ id: string; name: string; email: string; eligible: boolean }> = userIds.length
      ? await this.dataSource.query(`SELECT u.id, u.name, u.email, (${ADVICE_PARTICIPANT_SQL}) AS eligible FROM users u WHERE u.id = ANY($1::uuid[]) AND u.deleted_at IS NULL`, [userIds])
      : [];
    if (people.length !== userIds.length) throw new DomainError('not_found', 'Een van de mensen bestaat niet.');
    const recipients = new Map<string, { name: string; email: string; via?: string }>();
    let notInVraagEnAdvies = people.filter((p) => !p.eligible).length;
    for (const person of people) if (person.eligible) recipients.set(person.id, { name: person.name, email: person.email });
    for (const community of communities) {
      const members: Array<{ id: string; name: string; email: string; eligible: boolean }> = await this.dataSource.query(
        `SELECT u.id, u.name, u.email, (${ADVICE_PARTICIPANT_SQL}) AS eligible FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND u.deleted_at IS NULL`,
        [community.id],
      );
      for (const member of members) {
        if (!member.eligible) notInVraagEnAdvies += 1;
        else if (!recipients.has(member.id)) recipients.set(member.id, { name: member.name, email: member.email, via: community.name });
      }
    }
    recipients.delete(question.author_id ?? '');
    await this.dataSource.transaction(async (tx) => {
      for (const person of people) await tx.query(`INSERT INTO advice_invitations (question_id, invited_user_id, invited_by, created_at) VALUES ($1, $2, $3, $4)`, [questionId, person.id, user.id, this.clock.now()]);
      for (const community of communities) await tx.query(`INSERT INTO advice_invitations (question_id, invited_community_id, invited_by, created_at) VALUES ($1, $2, $3, $4)`, [questionId, community.id, user.id, this.clock.now()]);
      await this.audit.record({ actorId: user.id, action: 'advice.answerers_invited', subjectType: 'advice_question', subjectId: questionId, details: { userIds, communityIds, mailed: recipients.size } }, tx);
    });
    const link = `${this.config.publicUrl}/vragen/${questionId}`;
    for (const recipient of recipients.values()) {
      await this.mail.send(answerInvitationMail({ to: recipient.email, name: recipient.name, questionTitle: question.title, makelaarName: user.name, note: input.note, link, viaCommunity: recipient.via }));
    }
    return { mailed: recipients.size, notInVraagEnAdvies };
  }

  /** The asker, the makelaar or an administrator closes a question: no more answers. */
  async close(user: UserEntity, questionId: string, input: CloseQuestionInput): Promise<QuestionDetail> {
    const relation = await this.access.require(user, 'questions.view');
    const question = await this.visibleQuestion(relation, questionId);
    const asBureau = canOnPlatform(relation, 'questions.match');
    if (question.author_id !== user.id && !asBureau) throw new DomainError('forbidden');
    if (question.status === 'open') {
      await this.dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE advice_questions SET status = 'closed', closed_at = $2, closed_by = $3, updated_at = $2 WHERE id = $1`, [questionId, this.clock.now(), user.id]);
        if (question.author_id !== user.id) {
          await this.audit.record({ actorId: user.id, action: 'advice.question_closed', subjectType: 'advice_question', subjectId: questionId, details: { withReason: Boolean(input.reason) } }, tx);
        }
      });
    }
    return this.detail(user, relation, questionId);
  }

  /** People the makelaar can invite: approved members (name, domain, region), searched by name or organisation. */
  async candidates(user: UserEntity, q: string | undefined): Promise<AnswerCandidateView[]> {
    await this.access.require(user, 'questions.match');
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : '%';
    return this.dataSource.query(
      `SELECT u.id, u.name, u.background, u.region_id AS "regionId", u.organisation FROM users u
        WHERE ${ADVICE_PARTICIPANT_SQL} AND (u.name ILIKE $1 OR coalesce(u.organisation, '') ILIKE $1) ORDER BY u.name LIMIT 50`,
      [pattern],
    );
  }

  /** CoPs the makelaar can invite (their members who take part in Vraag en advies are mailed). */
  async communities(user: UserEntity): Promise<Array<{ id: string; name: string; memberCount: number }>> {
    await this.access.require(user, 'questions.match');
    return this.dataSource.query(
      `SELECT c.id, c.name, (SELECT count(*) FROM memberships m WHERE m.community_id = c.id)::int AS "memberCount" FROM communities c ORDER BY c.name LIMIT 200`,
    );
  }

  /* ---------------------------------------------------------------- internals */

  private async visibleQuestion(relation: PlatformRelation, id: string): Promise<QuestionRow & { title: string }> {
    const rows: QuestionRow[] = await this.dataSource.query(`SELECT ${QUESTION_COLUMNS} FROM ${QUESTION_FROM} WHERE q.id = $1`, [id]);
    const row = rows[0];
    if (!row || (row.hidden_at && relation !== 'admin')) throw new DomainError('not_found');
    return row;
  }

  private async visibleAnswer(relation: PlatformRelation, questionId: string, answerId: string): Promise<AnswerRow> {
    const rows: AnswerRow[] = await this.dataSource.query(`SELECT ${ANSWER_COLUMNS} FROM advice_answers a LEFT JOIN users u ON u.id = a.author_id WHERE a.id = $1 AND a.question_id = $2`, [answerId, questionId]);
    const row = rows[0];
    if (!row || (row.hidden_at && relation !== 'admin')) throw new DomainError('not_found');
    return row;
  }

  private async detail(user: UserEntity, relation: PlatformRelation, id: string): Promise<QuestionDetail> {
    const row = await this.visibleQuestion(relation, id);
    const [texts] = (await this.dataSource.query(`SELECT situation, ask FROM advice_questions WHERE id = $1`, [id])) as [{ situation: string; ask: string }];
    const answers: AnswerRow[] = await this.dataSource.query(
      `SELECT ${ANSWER_COLUMNS} FROM advice_answers a LEFT JOIN users u ON u.id = a.author_id WHERE a.question_id = $1 ${relation === 'admin' ? '' : 'AND a.hidden_at IS NULL'} ORDER BY a.created_at, a.id`,
      [id],
    );
    const asBureau = canOnPlatform(relation, 'questions.match');
    const isAsker = row.author_id === user.id;
    const regionOk = mayAnswerRegionally(row.outside_region_only, row.region_id, user.regionId);
    const answerBlockedBy = row.status !== 'open' ? 'closed' : regionOk ? null : 'same_region';
    const detail: QuestionDetail = {
      ...toQuestionSummary(row),
      situation: texts.situation,
      ask: texts.ask,
      closedAt: row.closed_at?.toISOString() ?? null,
      answers: answers.map((answer) => toAnswerView(answer, row.region_id)),
      answerBlockedBy,
      can: {
        answer: canOnPlatform(relation, 'questions.answer') && answerBlockedBy === null,
        markHelpful: isAsker,
        close: row.status === 'open' && (isAsker || asBureau),
        match: asBureau && row.status === 'open',
        harvest: canOnPlatform(relation, 'questions.harvest'),
        report: canOnPlatform(relation, 'content.report'),
      },
    };
    if (asBureau) {
      detail.invitations = await this.dataSource.query(
        `SELECT CASE WHEN i.invited_user_id IS NOT NULL THEN 'person' ELSE 'community' END AS kind,
                coalesce(i.invited_user_id, i.invited_community_id) AS id, coalesce(u.name, c.name) AS name, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
           FROM advice_invitations i LEFT JOIN users u ON u.id = i.invited_user_id LEFT JOIN communities c ON c.id = i.invited_community_id
          WHERE i.question_id = $1 ORDER BY i.created_at, i.id`,
        [id],
      );
    }
    return detail;
  }
}
