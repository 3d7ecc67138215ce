import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  communityId?: string | null;
  /** Ids and counts only — never case text or other personal content. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Records inside the caller's transaction when one is given, so the audit and the change commit together. */
  async record(entry: AuditRecord, tx?: EntityManager): Promise<void> {
    const target = tx ? tx.getRepository(AuditEntryEntity) : this.entries;
    await target.insert({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      communityId: entry.communityId ?? null,
      details: entry.details ?? {},
    });
  }

  findForActor(actorId: string): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: { actorId }, order: { id: 'ASC' } });
  }
}
