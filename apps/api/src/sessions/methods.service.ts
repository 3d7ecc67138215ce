import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { BUILT_IN_METHODS, findBuiltInMethod, totalMinutes, validateMethod, type Method } from '@mao/intervisie-method';
import type { MethodEntryView } from '@mao/domain';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { CommunityMethodEntity } from './community-method.entity.js';
import { rowsOf } from '../jobs/sql.js';

export interface ResolvedMethod {
  method: Method;
  source: 'builtin' | 'custom';
}

/** The built-in methods and a CoP's own methods (validated by the method library). */
@Injectable()
export class MethodsService {
  constructor(
    @InjectRepository(CommunityMethodEntity) private readonly methods: Repository<CommunityMethodEntity>,
    private readonly access: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  listBuiltIn(): MethodEntryView<Method>[] {
    return BUILT_IN_METHODS.map((method) => ({ source: 'builtin', totalMinutes: totalMinutes(method), method }));
  }

  async listForCommunity(user: UserEntity, communityId: string): Promise<MethodEntryView<Method>[]> {
    await this.access.require(user, communityId, 'methods.view');
    const rows: Array<{ id: string }> = await this.methods.manager.query(
      `SELECT DISTINCT ON (method_id) id FROM community_methods WHERE community_id = $1 ORDER BY method_id, version DESC`,
      [communityId],
    );
    const entities = rows.length ? await this.methods.findBy(rows.map((r) => ({ id: r.id }))) : [];
    return this.views(entities.sort((a, b) => a.method.name.nl.localeCompare(b.method.name.nl, 'nl')));
  }

  /**
   * Adds a CoP method, or a new version of one (the version must go up). Scheduled sessions that
   * use it get the new definition; live and past sessions keep the copy they ran with.
   */
  async create(user: UserEntity, communityId: string, body: unknown, basedOn: string | null = null): Promise<MethodEntryView<Method>> {
    await this.access.require(user, communityId, 'methods.create');
    // A copy of another CoP's shared method names its origin; only a version that is shared counts.
    if (basedOn !== null && !(await this.methods.exists({ where: { id: basedOn, sharedAt: Not(IsNull()) } }))) {
      throw new DomainError('unknown_method', undefined, { basedOn });
    }
    const validation = validateMethod(body);
    if (!validation.ok) throw new DomainError('invalid_method', undefined, { problems: validation.problems });
    const method = validation.method;
    if (findBuiltInMethod(method.id)) {
      throw new DomainError('method_exists', undefined, { id: method.id, builtIn: true });
    }
    const entity = await this.methods.manager.transaction(async (tx) => {
      // Serialise versions of one method within the CoP.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`community-method:${communityId}:${method.id}`]);
      const [latest] = await tx.query(`SELECT max(version) AS v FROM community_methods WHERE community_id = $1 AND method_id = $2`, [communityId, method.id]);
      const latestVersion = (latest as { v: number | null }).v;
      if (latestVersion !== null && method.version <= latestVersion) {
        throw new DomainError('method_exists', undefined, { id: method.id, latestVersion });
      }
      const saved = await tx.save(CommunityMethodEntity, tx.create(CommunityMethodEntity, { communityId, methodId: method.id, version: method.version, method, createdBy: user.id, basedOn }));
      const refreshed = rowsOf(await tx.query(
        `UPDATE sessions SET method_snapshot = $3, updated_at = now()
          WHERE community_id = $1 AND method_source = 'custom' AND method_id = $2 AND status = 'scheduled' RETURNING id`,
        [communityId, method.id, JSON.stringify(method)],
      ));
      await this.audit.record(
        { actorId: user.id, action: 'method.created', subjectType: 'community_method', subjectId: saved.id, communityId, details: { methodId: method.id, version: method.version, sessionsRefreshed: refreshed.length } },
        tx,
      );
      return saved;
    });
    return (await this.views([entity]))[0] as MethodEntryView<Method>;
  }

  /**
   * Shares the current version of one of the CoP's methods with the platform (other CoPs may copy
   * it, with attribution), or stops sharing it (every version).
   */
  async setShared(user: UserEntity, communityId: string, methodId: string, shared: boolean): Promise<MethodEntryView<Method>> {
    await this.access.require(user, communityId, 'methods.create');
    const latest = await this.methods.findOne({ where: { communityId, methodId }, order: { version: 'DESC' } });
    if (!latest) throw new DomainError('unknown_method', undefined, { methodId });
    await this.methods.manager.transaction(async (tx) => {
      await tx.update(CommunityMethodEntity, { communityId, methodId }, { sharedAt: null });
      if (shared) await tx.update(CommunityMethodEntity, { id: latest.id }, { sharedAt: this.clock.now() });
      await this.audit.record(
        { actorId: user.id, action: shared ? 'method.shared' : 'method.unshared', subjectType: 'community_method', subjectId: latest.id, communityId, details: { methodId, version: latest.version } },
        tx,
      );
    });
    const fresh = await this.methods.findOneByOrFail({ id: latest.id });
    return (await this.views([fresh]))[0] as MethodEntryView<Method>;
  }

  /** The methods CoPs share with the platform (the shared version of each), for every signed-in person. */
  async listShared(): Promise<MethodEntryView<Method>[]> {
    const entities = await this.methods.find({ where: { sharedAt: Not(IsNull()) } });
    const views = await this.views(entities);
    return views.sort((a, b) => a.method.name.nl.localeCompare(b.method.name.nl, 'nl'));
  }

  /** Every version of one of the CoP's methods, newest first (the method studio's history). */
  async versions(user: UserEntity, communityId: string, methodId: string): Promise<MethodEntryView<Method>[]> {
    await this.access.require(user, communityId, 'methods.view');
    const entities = await this.methods.find({ where: { communityId, methodId }, order: { version: 'DESC' } });
    if (entities.length === 0) throw new DomainError('unknown_method', undefined, { methodId });
    return this.views(entities);
  }

  /** A method by id for a CoP: built-in first, then the CoP's latest version. */
  async resolve(communityId: string, methodId: string, tx?: EntityManager): Promise<ResolvedMethod> {
    const builtIn = findBuiltInMethod(methodId);
    if (builtIn) return { method: builtIn, source: 'builtin' };
    const manager = tx ?? this.methods.manager;
    const custom = await manager.findOne(CommunityMethodEntity, { where: { communityId, methodId }, order: { version: 'DESC' } });
    if (!custom) throw new DomainError('unknown_method', undefined, { methodId });
    return { method: custom.method, source: 'custom' };
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.methods.manager.query(`SELECT id, name FROM users WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Views of CoP method rows, with their makers' names, the sharing CoP and what they were copied from. */
  private async views(entities: CommunityMethodEntity[]): Promise<MethodEntryView<Method>[]> {
    const names = await this.names(entities.map((e) => e.createdBy).filter((id): id is string => id !== null));
    const communityIds = [...new Set(entities.map((e) => e.communityId))];
    const communities = new Map(
      communityIds.length === 0
        ? []
        : (rowsOf(await this.methods.manager.query(`SELECT id, name FROM communities WHERE id = ANY($1)`, [communityIds])) as Array<{ id: string; name: string }>).map((r) => [r.id, r.name] as const),
    );
    const originIds = [...new Set(entities.map((e) => e.basedOn).filter((id): id is string => id !== null))];
    const origins = new Map(
      originIds.length === 0
        ? []
        : (
            rowsOf(
              await this.methods.manager.query(
                `SELECT m.id, m.version, m.method->'name' AS name, c.name AS community FROM community_methods m JOIN communities c ON c.id = m.community_id WHERE m.id = ANY($1)`,
                [originIds],
              ),
            ) as Array<{ id: string; version: number; name: { nl: string; en: string }; community: string }>
          ).map((r) => [r.id, r] as const),
    );
    return entities.map((entity) => {
      const origin = entity.basedOn ? origins.get(entity.basedOn) : undefined;
      return {
        source: 'custom',
        totalMinutes: totalMinutes(entity.method),
        method: entity.method,
        communityId: entity.communityId,
        createdBy: entity.createdBy ? { id: entity.createdBy, name: names.get(entity.createdBy) ?? '' } : null,
        createdAt: entity.createdAt.toISOString(),
        versionId: entity.id,
        sharedAt: entity.sharedAt ? entity.sharedAt.toISOString() : null,
        sharedBy: entity.sharedAt ? { communityId: entity.communityId, communityName: communities.get(entity.communityId) ?? '' } : null,
        basedOn: origin ? { communityName: origin.community, methodName: origin.name, version: origin.version } : null,
      };
    });
  }
}
