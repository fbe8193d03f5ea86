import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Permission, TenantRoleDefinition } from '@sinergi/contracts';
import { RedisClients, TenantDatabase, TenantHandle } from '@sinergi/server/core';
import { TenantRoleEntity } from './tenant-role.entity';

const CHANNEL = 'roles-changed';
const TTL_MS = 60_000;

/**
 * A tenant's role definitions, read on every tenant request to build abilities: cached per
 * tenant, dropped on every instance when the tenant changes its roles.
 */
@Injectable()
export class RoleCatalogue implements OnModuleInit {
  private readonly cache = new Map<string, { roles: TenantRoleDefinition[]; expiresAt: number }>();

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly redis: RedisClients,
  ) {}

  onModuleInit(): void {
    this.redis.subscribe(CHANNEL, (tenantId) => this.cache.delete(tenantId));
  }

  async definitions(tenant: TenantHandle): Promise<TenantRoleDefinition[]> {
    const cached = this.cache.get(tenant.id);
    if (cached && cached.expiresAt > Date.now()) return cached.roles;
    const rows = await this.tenantDb.run(tenant, () =>
      this.tenantDb.repository(TenantRoleEntity).find({ order: { builtin: 'DESC', name: 'ASC' } }),
    );
    const roles = rows.map((row) => ({ name: row.name, label: row.label, builtin: row.builtin, permissions: row.permissions }));
    if (this.cache.size > 5_000) this.cache.clear();
    this.cache.set(tenant.id, { roles, expiresAt: Date.now() + TTL_MS });
    return roles;
  }

  async permissionsByRole(tenant: TenantHandle): Promise<Map<string, Permission[]>> {
    return new Map((await this.definitions(tenant)).map((role) => [role.name, role.permissions]));
  }

  async announceChange(tenantId: string): Promise<void> {
    this.cache.delete(tenantId);
    await this.redis.publish(CHANNEL, tenantId).catch(() => undefined);
  }
}
