import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AbilityRule, Permission, TenantRoleDefinition } from '@sinergi/contracts';
import { RedisClients, TenantDatabase, TenantHandle } from '@sinergi/server/core';
import { abilityRules, TenantAbility, tenantAbility } from './ability.factory';
import { DelegationEntity } from './delegation.entity';
import { TenantRoleEntity } from './tenant-role.entity';

const CHANNEL = 'roles-changed';
const TTL_MS = 60_000;

export type ActiveDelegation = { role: string; fromUserId: string; fromName: string; toUserId: string };

/**
 * A tenant's role definitions, read on every tenant request to build abilities: cached per
 * tenant, dropped on every instance when the tenant changes its roles.
 */
@Injectable()
export class RoleCatalogue implements OnModuleInit {
  private readonly cache = new Map<string, { roles: TenantRoleDefinition[]; delegations: ActiveDelegation[]; expiresAt: number }>();
  /** Built abilities per tenant and role set: most requests share a handful of role sets. */
  private readonly abilities = new Map<string, { rules: AbilityRule[]; ability: TenantAbility; expiresAt: number }>();
  /**
   * One built ability per distinct rule set, whichever tenant it came from: most tenants keep the
   * built-in roles, so 552 tenants would otherwise hold 552 identical copies of each.
   */
  private readonly sharedAbilities = new Map<string, { rules: AbilityRule[]; ability: TenantAbility }>();

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly redis: RedisClients,
  ) {}

  onModuleInit(): void {
    this.redis.subscribe(CHANNEL, (tenantId) => this.forget(tenantId));
  }

  async definitions(tenant: TenantHandle): Promise<TenantRoleDefinition[]> {
    return (await this.load(tenant)).roles;
  }

  /** Delegations in force today (WIB) that hand a role to this user. */
  async delegationsTo(tenant: TenantHandle, userId: string): Promise<ActiveDelegation[]> {
    return (await this.load(tenant)).delegations.filter((delegation) => delegation.toUserId === userId);
  }

  private async load(tenant: TenantHandle): Promise<{ roles: TenantRoleDefinition[]; delegations: ActiveDelegation[] }> {
    const cached = this.cache.get(tenant.id);
    if (cached && cached.expiresAt > Date.now()) return cached;
    const [rows, delegations] = await this.tenantDb.run(tenant, () =>
      Promise.all([
        this.tenantDb.repository(TenantRoleEntity).find({ order: { builtin: 'DESC', name: 'ASC' } }),
        this.tenantDb
          .repository(DelegationEntity)
          .createQueryBuilder('d')
          .select(['d.role', 'd.fromUserId', 'd.fromName', 'd.toUserId'])
          .where('d.revoked_at is null')
          .andWhere(`(now() at time zone 'Asia/Jakarta')::date between d.starts_on and d.ends_on`)
          .getMany(),
      ]),
    );
    const roles = rows.map((row) => ({
      name: row.name,
      label: row.label,
      builtin: row.builtin,
      permissions: row.permissions,
      requiresTotp: row.requiresTotp,
    }));
    const active = delegations.map((d) => ({ role: d.role, fromUserId: d.fromUserId, fromName: d.fromName, toUserId: d.toUserId }));
    if (this.cache.size > 5_000) this.cache.clear();
    const entry = { roles, delegations: active, expiresAt: Date.now() + TTL_MS };
    this.cache.set(tenant.id, entry);
    return entry;
  }

  private forget(tenantId: string): void {
    this.cache.delete(tenantId);
    for (const key of this.abilities.keys()) if (key.startsWith(`${tenantId}:`)) this.abilities.delete(key);
  }

  /** Whether any of these roles demands a second factor in this tenant. */
  async requiresSecondFactor(tenant: TenantHandle, roles: string[]): Promise<boolean> {
    return (await this.definitions(tenant)).some((role) => role.requiresTotp && roles.includes(role.name));
  }

  async permissionsByRole(tenant: TenantHandle): Promise<Map<string, Permission[]>> {
    return new Map((await this.definitions(tenant)).map((role) => [role.name, role.permissions]));
  }

  /** The CASL rules and ability of a member with these roles in this tenant. */
  async abilityOf(tenant: TenantHandle, roles: string[]): Promise<{ rules: AbilityRule[]; ability: TenantAbility }> {
    const key = `${tenant.id}:${[...roles].sort().join(',')}`;
    const cached = this.abilities.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached;
    const rules = abilityRules(roles, await this.permissionsByRole(tenant));
    const fingerprint = JSON.stringify(rules);
    let shared = this.sharedAbilities.get(fingerprint);
    if (!shared) {
      if (this.sharedAbilities.size > 2_000) this.sharedAbilities.clear();
      shared = { rules, ability: tenantAbility(rules) };
      this.sharedAbilities.set(fingerprint, shared);
    }
    const built = { ...shared, expiresAt: Date.now() + TTL_MS };
    if (this.abilities.size > 20_000) this.abilities.clear();
    this.abilities.set(key, built);
    return built;
  }

  async announceChange(tenantId: string): Promise<void> {
    this.forget(tenantId);
    await this.redis.publish(CHANNEL, tenantId).catch(() => undefined);
  }
}
