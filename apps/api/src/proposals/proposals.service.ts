import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  can,
  type CommunityRelation,
  type CreateProposalCommentInput,
  type CreateProposalInput,
  type ProposalCommentView,
  type ProposalDetailView,
  type ProposalKind,
  type ProposalListQuery,
  type ProposalStatus,
  type ProposalView,
  type SessionStatus,
  type SetProposalStatusInput,
} from '@mao/domain';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { UserEntity } from '../users/user.entity.js';

interface ProposalRow {
  id: string;
  community_id: string;
  proposer_id: string | null;
  proposer_name: string | null;
  kind: ProposalKind;
  title: string;
  text: string;
  theme: string | null;
  anonymous: boolean;
  status: ProposalStatus;
  session_id: string | null;
  session_title: string | null;
  session_starts_at: Date | null;
  session_status: SessionStatus | null;
  support_count: number;
  supported_by_me: boolean;
  comment_count: number;
  created_at: Date;
  status_changed_at: Date;
}

/** One SELECT for list and detail: counts and "supported by me" per proposal. `$1` is the viewer's id. */
const PROPOSAL_SELECT = `
  SELECT p.id, p.community_id, p.proposer_id, u.name AS proposer_name, p.kind, p.title, p.text, p.theme, p.anonymous,
         p.status, p.session_id, s.title AS session_title, s.starts_at AS session_starts_at, s.status AS session_status,
         (SELECT count(*)::int FROM agenda_proposal_supports ps WHERE ps.proposal_id = p.id) AS support_count,
         EXISTS (SELECT 1 FROM agenda_proposal_supports ps WHERE ps.proposal_id = p.id AND ps.user_id = $1) AS supported_by_me,
         (SELECT count(*)::int FROM agenda_proposal_comments pc WHERE pc.proposal_id = p.id) AS comment_count,
         p.created_at, p.status_changed_at
    FROM agenda_proposals p
    LEFT JOIN users u ON u.id = p.proposer_id
    LEFT JOIN sessions s ON s.id = p.session_id`;

/**
 * Agenda proposals: members propose a theme or a casus question for the CoP's agenda, others
 * support it (one support per person: the primary key) and comment, the CoP's facilitators
 * schedule a session from it and mark it besproken. Rights come from the permission matrix
 * (`proposals.*`); an outsider gets 404 for the CoP and for every proposal in it.
 *
 * Anonymity: a proposer may hide their name from the other members. The view then carries
 * `proposer: null` for everyone but the proposer themself and the CoP's facilitators (who must
 * be able to ask about a casus question before it is scheduled). Comments always carry names.
 *
 * Privacy: titles, texts and comments go through the privacy guard (direct identifiers are
 * refused; a name or initials may be marked as not identifying, as in reflections); places warn
 * in the web only. Nothing here logs or audits text: audit entries carry ids.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: UserEntity, communityId: string, query: ProposalListQuery): Promise<ProposalView[]> {
    const { relation } = await this.access.require(user, communityId, 'proposals.view');
    const params: unknown[] = [user.id, communityId];
    const where = ['p.community_id = $2'];
    if (query.theme !== undefined) where.push(`p.theme = $${params.push(query.theme)}`);
    if (query.status !== undefined) where.push(`p.status = $${params.push(query.status)}`);
    const rows: ProposalRow[] = await this.dataSource.query(
      `${PROPOSAL_SELECT} WHERE ${where.join(' AND ')}
        ORDER BY CASE p.status WHEN 'new' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END, support_count DESC, p.created_at DESC, p.id
        LIMIT 500`,
      params,
    );
    return rows.map((row) => this.view(row, user, relation));
  }

  async get(user: UserEntity, proposalId: string): Promise<ProposalDetailView> {
    const { row, relation } = await this.load(user, proposalId, 'proposals.view');
    const comments: Array<{ id: string; author_id: string | null; author_name: string | null; text: string; created_at: Date }> = await this.dataSource.query(
      `SELECT c.id, c.author_id, u.name AS author_name, c.text, c.created_at
         FROM agenda_proposal_comments c LEFT JOIN users u ON u.id = c.author_id
        WHERE c.proposal_id = $1 ORDER BY c.created_at, c.id`,
      [proposalId],
    );
    return {
      ...this.view(row, user, relation),
      comments: comments.map(
        (c): ProposalCommentView => ({
          id: c.id,
          author: { id: c.author_id ?? '', name: c.author_name ?? 'verwijderd lid' },
          text: c.text,
          mine: c.author_id === user.id,
          createdAt: c.created_at.toISOString(),
        }),
      ),
    };
  }

  async create(user: UserEntity, communityId: string, input: CreateProposalInput): Promise<ProposalDetailView> {
    const { community } = await this.access.require(user, communityId, 'proposals.create');
    const theme = input.theme ?? null;
    if (theme !== null && !community.themes.includes(theme)) {
      throw new DomainError('validation_failed', 'Kies een thema van deze CoP.', { problems: [{ path: 'theme', message: 'Kies een thema van deze CoP.' }] });
    }
    const text = input.text ?? '';
    const accepted = [...new Set(input.acceptedFindings ?? [])];
    assertNoPrivacyFindings({ title: input.title, text }, accepted, 'Het voorstel');
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      const [inserted] = (await tx.query(
        `INSERT INTO agenda_proposals (community_id, proposer_id, kind, title, text, theme, anonymous, accepted_findings, created_at, status_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
        [communityId, user.id, input.kind, input.title, text, theme, input.anonymous ?? false, accepted, now],
      )) as Array<{ id: string }>;
      if (!inserted) throw new Error('proposal insert returned nothing');
      await this.audit.record({ actorId: user.id, action: 'proposal.created', subjectType: 'proposal', subjectId: inserted.id, communityId, details: { kind: input.kind } }, tx);
      return inserted.id;
    });
    return this.get(user, id);
  }

  /** One support per person: supporting again changes nothing. Not one's own, and only while nieuw. */
  async support(user: UserEntity, proposalId: string): Promise<ProposalView> {
    const { row } = await this.load(user, proposalId, 'proposals.support');
    if (row.proposer_id === user.id) throw new DomainError('forbidden', 'Je eigen voorstel steun je al door het in te dienen.');
    if (row.status !== 'new') throw new DomainError('conflict', 'Dit voorstel is al ingepland of besproken; steunen kan niet meer.');
    await this.dataSource.query(`INSERT INTO agenda_proposal_supports (proposal_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      proposalId,
      user.id,
      this.clock.now(),
    ]);
    return this.get(user, proposalId);
  }

  async withdrawSupport(user: UserEntity, proposalId: string): Promise<ProposalView> {
    await this.load(user, proposalId, 'proposals.support');
    await this.dataSource.query(`DELETE FROM agenda_proposal_supports WHERE proposal_id = $1 AND user_id = $2`, [proposalId, user.id]);
    return this.get(user, proposalId);
  }

  async comment(user: UserEntity, proposalId: string, input: CreateProposalCommentInput): Promise<ProposalDetailView> {
    const { row } = await this.load(user, proposalId, 'proposals.support');
    assertNoPrivacyFindings({ text: input.text }, input.acceptedFindings ?? [], 'De reactie');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO agenda_proposal_comments (proposal_id, author_id, text, accepted_findings, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        proposalId,
        user.id,
        input.text,
        [...new Set(input.acceptedFindings ?? [])],
        this.clock.now(),
      ]);
      await this.audit.record({ actorId: user.id, action: 'proposal.commented', subjectType: 'proposal', subjectId: proposalId, communityId: row.community_id }, tx);
    });
    return this.get(user, proposalId);
  }

  /**
   * Facilitators: ingepland (with the session made from it — a session of the same CoP),
   * besproken, or back to nieuw. The session stays linked when a scheduled proposal is marked
   * besproken.
   */
  async setStatus(user: UserEntity, proposalId: string, input: SetProposalStatusInput): Promise<ProposalDetailView> {
    const { row } = await this.load(user, proposalId, 'proposals.manage');
    let sessionId = row.session_id;
    if (input.sessionId !== undefined) sessionId = input.sessionId;
    if (input.status === 'new') sessionId = input.sessionId ?? null;
    if (sessionId !== null && sessionId !== row.session_id) {
      const [session] = (await this.dataSource.query(`SELECT community_id FROM sessions WHERE id = $1`, [sessionId])) as Array<{ community_id: string }>;
      // A session of another CoP (or none) is not a valid link; the id's existence elsewhere is not revealed.
      if (!session || session.community_id !== row.community_id) {
        throw new DomainError('validation_failed', 'Kies een sessie van deze CoP.', { problems: [{ path: 'sessionId', message: 'Kies een sessie van deze CoP.' }] });
      }
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE agenda_proposals SET status = $2, session_id = $3, status_changed_at = $4 WHERE id = $1`, [proposalId, input.status, sessionId, this.clock.now()]);
      await this.audit.record(
        { actorId: user.id, action: 'proposal.status', subjectType: 'proposal', subjectId: proposalId, communityId: row.community_id, details: { status: input.status, sessionId } },
        tx,
      );
    });
    return this.get(user, proposalId);
  }

  /** Loads a proposal for someone allowed `action` in its CoP; an outsider gets 404 whether or not it exists. */
  private async load(user: UserEntity, proposalId: string, action: 'proposals.view' | 'proposals.support' | 'proposals.manage', tx?: EntityManager): Promise<{ row: ProposalRow; relation: CommunityRelation }> {
    const [row] = (await (tx ?? this.dataSource.manager).query(`${PROPOSAL_SELECT} WHERE p.id = $2`, [user.id, proposalId])) as ProposalRow[];
    if (!row) throw new DomainError('not_found');
    const { relation } = await this.access.require(user, row.community_id, action);
    return { row, relation };
  }

  private view(row: ProposalRow, user: UserEntity, relation: CommunityRelation): ProposalView {
    const mine = row.proposer_id === user.id;
    const manages = can(relation, 'proposals.manage', user.isPlatformAdmin);
    const showProposer = !row.anonymous || mine || manages;
    return {
      id: row.id,
      communityId: row.community_id,
      kind: row.kind,
      title: row.title,
      text: row.text,
      theme: row.theme,
      status: row.status,
      anonymous: row.anonymous,
      proposer: showProposer && row.proposer_id ? { id: row.proposer_id, name: row.proposer_name ?? 'verwijderd lid' } : null,
      mine,
      supportCount: row.support_count,
      supportedByMe: row.supported_by_me,
      commentCount: row.comment_count,
      session:
        row.session_id && row.session_title && row.session_starts_at && row.session_status
          ? { id: row.session_id, title: row.session_title, startsAt: row.session_starts_at.toISOString(), status: row.session_status }
          : null,
      canSupport: !mine && row.status === 'new' && can(relation, 'proposals.support', user.isPlatformAdmin),
      canManage: manages,
      createdAt: row.created_at.toISOString(),
      statusChangedAt: row.status_changed_at.toISOString(),
    };
  }
}
