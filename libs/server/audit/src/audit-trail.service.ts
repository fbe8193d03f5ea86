import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditQuery, AuditVerification, Page } from '@sinergi/contracts';
import { pageOf, pageWindow, TenantDatabase, TenantHandle } from '@sinergi/server/core';
import { Between, DataSource, EntityManager, FindOptionsWhere, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { AuditEntryRow, PlatformAuditEntryEntity, TenantAuditEntryEntity } from './audit-entry.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export type AuditActor = { id: string | null; name: string; ip?: string | null; onBehalfOf?: { id: string; name: string } | null };

export type AuditRecord = {
  action: string;
  subject: { type: string; id?: string | null };
  details?: Record<string, unknown>;
};

const PLATFORM_CHAIN_LOCK = 7_731_002;
const VERIFY_BATCH = 1000;

/**
 * Who did what, to what, when, from where, and on whose delegation: one append-only, hash-chained
 * trail per tenant (in its schema) and one for the platform. Writers of one trail are serialised
 * (an advisory lock for the length of their transaction) so the chain has no forks.
 */
@Injectable()
export class AuditTrail {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenantDb: TenantDatabase,
  ) {}

  /** Inside the current tenant unit of work: lands or rolls back with the change it records. */
  async record(actor: AuditActor, record: AuditRecord): Promise<void> {
    const manager = this.tenantDb.manager();
    await manager.query('select pg_advisory_xact_lock(hashtext(current_schema()))');
    await this.append(manager.getRepository(TenantAuditEntryEntity), actor, record);
  }

  /** For changes made outside a tenant unit of work (platform-held tenant data): its own unit. */
  async recordFor(tenant: TenantHandle, actor: AuditActor, record: AuditRecord): Promise<void> {
    await this.tenantDb.run(tenant, () => this.record(actor, record));
  }

  /** Into the platform trail, inside the caller's platform transaction (or its own). */
  async recordPlatform(actor: AuditActor, record: AuditRecord, manager?: EntityManager): Promise<void> {
    const write = async (m: EntityManager) => {
      await m.query('select pg_advisory_xact_lock($1)', [PLATFORM_CHAIN_LOCK]);
      await this.append(m.getRepository(PlatformAuditEntryEntity), actor, record);
    };
    if (manager) await write(manager);
    else await this.dataSource.transaction(write);
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.page(this.tenantDb.repository(TenantAuditEntryEntity), query);
  }

  async listPlatform(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.page(this.dataSource.getRepository(PlatformAuditEntryEntity), query);
  }

  async verify(tenant: TenantHandle): Promise<AuditVerification> {
    return this.tenantDb.run(tenant, () => this.verifyChain(this.tenantDb.repository(TenantAuditEntryEntity)));
  }

  async verifyPlatform(): Promise<AuditVerification> {
    return this.verifyChain(this.dataSource.getRepository(PlatformAuditEntryEntity));
  }

  private async append(repository: Repository<AuditEntryRow>, actor: AuditActor, record: AuditRecord): Promise<void> {
    const last = await repository.find({ select: { hash: true }, order: { id: 'DESC' }, take: 1 });
    const entry = {
      occurredAt: new Date(),
      actorId: actor.id,
      actorName: actor.name,
      onBehalfOfId: actor.onBehalfOf?.id ?? null,
      onBehalfOfName: actor.onBehalfOf?.name ?? null,
      action: record.action,
      subjectType: record.subject.type,
      subjectId: record.subject.id ?? null,
      details: record.details ?? {},
      ip: actor.ip ?? null,
      prevHash: last[0]?.hash ?? GENESIS_HASH,
    };
    // jsonb details: TypeORM's deep-partial type cannot see through Record<string, unknown>.
    await repository.insert({ ...entry, hash: auditHash(entry) } as Parameters<typeof repository.insert>[0]);
  }

  private async verifyChain(repository: Repository<AuditEntryRow>): Promise<AuditVerification> {
    let previous = GENESIS_HASH;
    let count = 0;
    let afterId = '0';
    for (;;) {
      const rows = await repository
        .createQueryBuilder('entry')
        .where('entry.id > :afterId', { afterId })
        .orderBy('entry.id', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const row of rows) {
        count++;
        if (row.prevHash !== previous) {
          return { entries: count, valid: false, firstBrokenId: row.id, problem: 'an entry before this one was removed or changed' };
        }
        if (auditHash(row) !== row.hash) {
          return { entries: count, valid: false, firstBrokenId: row.id, problem: 'this entry was changed after it was written' };
        }
        previous = row.hash;
      }
      if (rows.length < VERIFY_BATCH) return { entries: count, valid: true, firstBrokenId: null, problem: null };
      afterId = rows[rows.length - 1]!.id;
    }
  }

  private async page(repository: Repository<AuditEntryRow>, query: AuditQuery): Promise<Page<AuditEntry>> {
    const { page, pageSize, offset } = pageWindow(query);
    const where: FindOptionsWhere<AuditEntryRow> = {};
    if (query.action) where.action = query.action;
    if (query.actorId) where.actorId = query.actorId;
    if (query.from && query.to) where.occurredAt = Between(new Date(query.from), new Date(query.to));
    else if (query.from) where.occurredAt = MoreThanOrEqual(new Date(query.from));
    else if (query.to) where.occurredAt = LessThanOrEqual(new Date(query.to));
    const [rows, total] = await repository.findAndCount({ where, order: { id: 'DESC' }, skip: offset, take: pageSize });
    return pageOf(rows.map(toEntry), page, pageSize, total);
  }
}

function toEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: { id: row.actorId, name: row.actorName },
    onBehalfOf: row.onBehalfOfId ? { id: row.onBehalfOfId, name: row.onBehalfOfName ?? '' } : null,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    details: row.details,
    ip: row.ip,
    hash: row.hash,
  };
}
