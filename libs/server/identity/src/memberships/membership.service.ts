import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadThroughCache, RedisClients } from '@sinergi/server/core';
import { Membership } from '@sinergi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MediaMembershipEntity } from '../entities/media-membership.entity';
import { TenantMembershipEntity } from '../entities/tenant-membership.entity';
import { TENANT_DIRECTORY, TenantDirectory } from './tenant-directory.port';

const MEMBERSHIP_CHANGED = 'membership-changed';
const CACHE_TTL_MS = 30_000;

const MAX_CACHED = 50_000;
const TENANT_ROLES_SQL = 'select roles from platform.tenant_memberships where user_id = $1 and tenant_id = $2';

/**
 * Staff memberships. Every tenant request asks "which roles has this user here?", so answers are
 * cached briefly in process and dropped on every instance when a membership changes.
 */
@Injectable()
export class MembershipService {
  /** By `userId:tenantId`, the key the change announcements carry; the load gets both ids as its hint. */
  private readonly cache = new ReadThroughCache<string[] | null, { userId: string; tenantId: string }>({
    ttlMs: CACHE_TTL_MS,
    maxEntries: MAX_CACHED,
    load: (_, { userId, tenantId }) => this.readTenantRoles(userId, tenantId),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TENANT_DIRECTORY) private readonly tenants: TenantDirectory,
    private readonly redis: RedisClients,
  ) {
    this.redis.subscribe(MEMBERSHIP_CHANGED, (key) => this.cache.forget(key));
  }

  /** The user's roles in the tenant, or null when the user is not staff there. */
  tenantRoles(userId: string, tenantId: string): Promise<string[] | null> {
    return this.cache.get(`${userId}:${tenantId}`, { userId, tenantId });
  }

  /** What tenantRoles would answer from the cache, without waiting: undefined when it must ask the database. */
  cachedTenantRoles(userId: string, tenantId: string): string[] | null | undefined {
    return this.cache.peek(`${userId}:${tenantId}`, { userId, tenantId });
  }

  private async readTenantRoles(userId: string, tenantId: string): Promise<string[] | null> {
    // A constant statement rather than a find: asked again per user and tenant every TTL.
    const [row] = (await this.dataSource.query(TENANT_ROLES_SQL, [userId, tenantId])) as { roles: string[] }[];
    return row ? row.roles : null;
  }

  /**
   * Within the caller's transaction. Once it commits, the caller announces the change
   * (announceChange) unless the tenant is brand new and so cannot be cached anywhere yet.
   */
  async grantTenantRoles(manager: EntityManager, userId: string, tenantId: string, roles: string[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TenantMembershipEntity)
      .values({ userId, tenantId, roles })
      .orUpdate(['roles'], ['user_id', 'tenant_id'])
      .execute();
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    const [rows, media] = await Promise.all([
      this.dataSource.getRepository(TenantMembershipEntity).find({ where: { userId } }),
      this.mediaMembershipsOf(userId),
    ]);
    const slugs = await this.tenants.slugsByIds(rows.map((row) => row.tenantId));
    const tenantMemberships = rows.flatMap((row): Membership[] => {
      const tenant = slugs.get(row.tenantId);
      return tenant ? [{ kind: 'tenant', tenant, roles: row.roles }] : [];
    });
    return [...tenantMemberships, ...media.map((m): Membership => ({ kind: 'media', mediaCompanyId: m.companyId, roles: m.roles }))];
  }

  mediaMembershipsOf(userId: string): Promise<MediaMembershipEntity[]> {
    return this.dataSource.getRepository(MediaMembershipEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** A press company's people (identity owns people and memberships; the media module asks here). */
  companyMembers(companyId: string): Promise<{ userId: string; email: string; name: string; roles: string[]; invited: boolean }[]> {
    return this.dataSource.query(
      `select u.id as "userId", u.email, u.name, m.roles, (u.password_hash is null) as invited
       from platform.media_memberships m join platform.users u on u.id = m.user_id
       where m.company_id = $1 order by lower(u.name)`,
      [companyId],
    );
  }

  async isCompanyMember(manager: EntityManager, userId: string, companyId: string): Promise<boolean> {
    return manager.getRepository(MediaMembershipEntity).existsBy({ userId, companyId });
  }

  async grantMediaRoles(manager: EntityManager, userId: string, companyId: string, roles: string[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MediaMembershipEntity)
      .values({ userId, companyId, roles })
      .orUpdate(['roles'], ['user_id', 'company_id'])
      .execute();
  }

  async announceChange(userId: string, tenantId: string): Promise<void> {
    const key = `${userId}:${tenantId}`;
    this.cache.forget(key);
    // Other instances drop their copy; if Redis is down their cache expires within the TTL anyway.
    await this.redis.publish(MEMBERSHIP_CHANGED, key).catch(() => undefined);
  }
}
