import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, Tenant, TenantQuery, TenantSort, TenantStatus } from '@sinergi/contracts';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  RequestActor,
  pageOf,
  pageWindow,
  ReadThroughCache,
  RedisClients,
  tenantHandle,
  TenantHandle,
} from '@sinergi/server/core';
import { AuditTrail } from '@sinergi/server/audit';
import type { TenantDirectory } from '@sinergi/server/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { RegionEntity } from '../entities/region.entity';
import { TenantEntity } from '../entities/tenant.entity';
import { sortOrders } from '../http/sort-orders';
import { escapeLike } from '../regions/region-catalogue.service';

/** Published on every change of a tenant's row, so every API instance drops its cached copy. */
export const TENANT_CHANGED_CHANNEL = 'tenant-changed';

export type ResolvedTenant = { handle: TenantHandle; name: string; status: TenantStatus };

/**
 * The tenant registry. Resolving a slug is on every tenant request's path, so results are cached
 * in process; a change is announced over Redis pub/sub and takes effect everywhere within a
 * moment (the TTL bounds staleness should a message be lost).
 */
@Injectable()
export class TenantRegistry implements TenantDirectory, OnModuleInit {
  private readonly cache: ReadThroughCache<ResolvedTenant | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly redis: RedisClients,
    private readonly audit: AuditTrail,
  ) {
    this.cache = new ReadThroughCache({ ttlMs: config.tenantCacheTtlSeconds * 1000, maxEntries: 10_000, load: (slug) => this.read(slug) });
  }

  onModuleInit(): void {
    this.redis.subscribe(TENANT_CHANGED_CHANNEL, (slug) => this.cache.forget(slug));
  }

  /** The tenant behind a slug (any status), or null. */
  resolve(slug: string): Promise<ResolvedTenant | null> {
    return this.cache.get(slug, undefined);
  }

  /**
   * What resolve would answer from the cache, without waiting: undefined when it must ask the
   * database. The tenant guard's path on nearly every request (no promise, no await).
   */
  cached(slug: string): ResolvedTenant | null | undefined {
    return this.cache.peek(slug, undefined);
  }

  private async read(slug: string): Promise<ResolvedTenant | null> {
    // A constant statement: the find builder cost more CPU than the query (refreshed per tenant per TTL).
    const [row] = (await this.dataSource.query(RESOLVE_SQL, [slug])) as Pick<TenantEntity, 'id' | 'slug' | 'name' | 'status' | 'schemaName' | 'dbRole'>[];
    return row ? toResolved(row) : null;
  }

  /** Handles for every tenant (any status), for fleet work such as migrations. */
  async allHandles(): Promise<(ResolvedTenant & { schemaVersion: number })[]> {
    const rows = await this.dataSource.getRepository(TenantEntity).find({ order: { regionCode: 'ASC' } });
    return rows.map((row) => ({ ...toResolved(row), schemaVersion: row.schemaVersion }));
  }

  async slugsByIds(tenantIds: string[]): Promise<Map<string, string>> {
    if (tenantIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(TenantEntity)
      .find({ where: { id: In(tenantIds) }, select: { id: true, slug: true } });
    return new Map(rows.map((row) => [row.id, row.slug]));
  }

  async summariesByIds(tenantIds: string[]): Promise<Map<string, { slug: string; name: string }>> {
    if (tenantIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(TenantEntity)
      .find({ where: { id: In(tenantIds) }, select: { id: true, slug: true, name: true } });
    return new Map(rows.map((row) => [row.id, { slug: row.slug, name: row.name }]));
  }

  async get(slug: string): Promise<Tenant> {
    const [tenant] = await this.query({ slug }, 0, 1);
    if (!tenant) throw new AppException('TENANT_NOT_FOUND');
    return tenant;
  }

  async list(query: TenantQuery): Promise<Page<Tenant>> {
    const { page, pageSize, offset } = pageWindow(query);
    const [items, total] = await Promise.all([this.query(query, offset, pageSize), this.count(query)]);
    return pageOf(items, page, pageSize, total);
  }

  async setStatus(slug: string, status: TenantStatus, actor: RequestActor): Promise<Tenant> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(TenantEntity)
        .createQueryBuilder()
        .update()
        .set({ status, statusChangedAt: () => 'now()' })
        .where('slug = :slug and status <> :status', { slug, status })
        .execute();
      if (!result.affected) {
        await this.get(slug); // 404 when the tenant does not exist
        throw new AppException('TENANT_STATUS_UNCHANGED');
      }
      await this.audit.recordPlatform(actor, { action: `tenant.${status}`, subject: { type: 'Tenant', id: slug } }, manager);
    });
    await this.announceChange(slug);
    return this.get(slug);
  }

  async setSchemaVersion(tenantId: string, version: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(TenantEntity).update({ id: tenantId }, { schemaVersion: version });
  }

  async announceChange(slug: string): Promise<void> {
    this.cache.forget(slug);
    await this.redis.publish(TENANT_CHANGED_CHANNEL, slug).catch(() => undefined);
  }

  private filtered(query: TenantQuery & { slug?: string }) {
    const builder = this.dataSource
      .getRepository(TenantEntity)
      .createQueryBuilder('tenant')
      .innerJoin(RegionEntity, 'region', 'region.code = tenant.region_code');
    if (query.slug) builder.andWhere('tenant.slug = :slug', { slug: query.slug });
    if (query.status) builder.andWhere('tenant.status = :status', { status: query.status });
    if (query.q) {
      builder.andWhere('(tenant.name ilike :q or tenant.slug ilike :q or tenant.region_code like :prefix)', {
        q: `%${escapeLike(query.q)}%`,
        prefix: `${escapeLike(query.q)}%`,
      });
    }
    return builder;
  }

  private count(query: TenantQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  private async query(query: TenantQuery & { slug?: string }, offset: number, limit: number): Promise<Tenant[]> {
    const order = TENANT_ORDER[query.sort ?? 'regionCode'];
    const rows = await this.filtered(query)
      .select([
        'tenant.slug as slug',
        'tenant.region_code as "regionCode"',
        'tenant.name as name',
        'region.level as level',
        'region.province_name as "provinceName"',
        'tenant.status as status',
        'tenant.schema_version as "schemaVersion"',
        'tenant.created_at as "createdAt"',
        'tenant.status_changed_at as "statusChangedAt"',
      ])
      .orderBy(order.column, order.direction)
      // Unique, so pages neither repeat nor skip a tenant (not re-added when it is the sort itself).
      .addOrderBy(order.column === 'tenant.region_code' ? 'tenant.slug' : 'tenant.region_code', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawMany<Omit<Tenant, 'createdAt' | 'statusChangedAt'> & { createdAt: Date; statusChangedAt: Date }>();
    return rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      statusChangedAt: row.statusChangedAt.toISOString(),
    }));
  }
}

const TENANT_ORDER = sortOrders<TenantSort>({
  regionCode: 'tenant.region_code',
  name: 'tenant.name',
  slug: 'tenant.slug',
  status: 'tenant.status',
  schemaVersion: 'tenant.schema_version',
  createdAt: 'tenant.created_at',
});

const RESOLVE_SQL = `select id, slug, name, status, schema_name as "schemaName", db_role as "dbRole" from platform.tenants where slug = $1`;

function toResolved(row: Pick<TenantEntity, 'id' | 'slug' | 'name' | 'status' | 'schemaName' | 'dbRole'>): ResolvedTenant {
  return {
    handle: tenantHandle({ id: row.id, slug: row.slug, schema: row.schemaName, role: row.dbRole }),
    name: row.name,
    status: row.status,
  };
}
