import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AbilityRule, Permission, TenantRoleDefinition } from '@sinergi/contracts';
import { ReadThroughCache, RedisClients, TenantDatabase, TenantHandle } from '@sinergi/server/core';
import { abilityRules, TenantAbility, tenantAbility } from './ability.factory';

const CHANNEL = 'roles-changed';
const TTL_MS = 60_000;

export type ActiveDelegation = { role: string; fromUserId: string; fromName: string; toUserId: string };

/** What a set of roles may do in a tenant. */
export type RoleSetAccess = { rules: AbilityRule[]; ability: TenantAbility; requiresSecondFactor: boolean };

type SharedAbilities = Map<string, { rules: AbilityRule[]; ability: TenantAbility }>;

const ROLES_SQL = `select name, label, builtin, permissions, requires_totp as "requiresTotp" from roles order by builtin desc, name`;
const DELEGATIONS_IN_FORCE_SQL = `select role, from_user_id as "fromUserId", from_name as "fromName", to_user_id as "toUserId"
    from delegations
   where revoked_at is null and (now() at time zone 'Asia/Jakarta')::date between starts_on and ends_on`;

const NO_DELEGATIONS: readonly ActiveDelegation[] = Object.freeze([]);

/**
 * One tenant's role definitions and the delegations in force, as cached: what a role set may do is
 * worked out once per set and kept here, so a request's ability check is a lookup.
 */
export class TenantRoles {
  readonly permissionsByRole: Map<string, Permission[]>;
  // By the roles array itself (the membership cache hands out the same array request after
  // request), then by the sorted names for any other array holding the same set.
  private readonly byArray = new WeakMap<readonly string[], RoleSetAccess>();
  private readonly bySet = new Map<string, RoleSetAccess>();

  constructor(
    readonly definitions: TenantRoleDefinition[],
    private readonly delegations: ActiveDelegation[],
    private readonly shared: SharedAbilities,
  ) {
    this.permissionsByRole = new Map(definitions.map((role) => [role.name, role.permissions]));
  }

  /** Delegations in force today (WIB) that hand a role to this user. */
  delegationsTo(userId: string): readonly ActiveDelegation[] {
    if (this.delegations.length === 0) return NO_DELEGATIONS;
    return this.delegations.filter((delegation) => delegation.toUserId === userId);
  }

  /** The CASL rules and ability of a member with these roles, and whether they need a second factor. */
  accessOf(roles: readonly string[]): RoleSetAccess {
    const known = this.byArray.get(roles);
    if (known) return known;
    const key = [...roles].sort().join(',');
    let access = this.bySet.get(key);
    if (!access) {
      const rules = abilityRules([...roles], this.permissionsByRole);
      // One built ability per distinct rule set, whichever tenant it came from: most tenants keep
      // the built-in roles, so 552 tenants would otherwise hold 552 identical copies of each.
      const fingerprint = JSON.stringify(rules);
      let built = this.shared.get(fingerprint);
      if (!built) {
        if (this.shared.size > 2_000) this.shared.clear();
        built = { rules, ability: tenantAbility(rules) };
        this.shared.set(fingerprint, built);
      }
      const requiresSecondFactor = this.definitions.some((role) => role.requiresTotp && roles.includes(role.name));
      access = { rules: built.rules, ability: built.ability, requiresSecondFactor };
      this.bySet.set(key, access);
    }
    this.byArray.set(roles, access);
    return access;
  }
}

/**
 * A tenant's role definitions, read on every tenant request to build abilities: cached per
 * tenant, dropped on every instance when the tenant changes its roles.
 */
@Injectable()
export class RoleCatalogue implements OnModuleInit {
  private readonly sharedAbilities: SharedAbilities = new Map();
  /** By tenant id; loading needs the tenant's handle, which the caller passes along. */
  private readonly cache = new ReadThroughCache<TenantRoles, TenantHandle>({
    ttlMs: TTL_MS,
    maxEntries: 5_000,
    load: (_, tenant) => this.load(tenant),
    // A refresh started by a request's guard or handler gets its own unit of work, not the request's.
    inBackground: (start) => this.tenantDb.outsideUnitOfWork(start),
  });

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly redis: RedisClients,
  ) {}

  onModuleInit(): void {
    this.redis.subscribe(CHANNEL, (tenantId) => this.cache.forget(tenantId));
  }

  /** The tenant's roles, from the cache or the tenant's schema. */
  of(tenant: TenantHandle): Promise<TenantRoles> {
    return this.cache.get(tenant.id, tenant);
  }

  /** What `of` would answer from the cache, without waiting: undefined when it must read the tenant's schema. */
  cached(tenant: TenantHandle): TenantRoles | undefined {
    return this.cache.peek(tenant.id, tenant);
  }

  async definitions(tenant: TenantHandle): Promise<TenantRoleDefinition[]> {
    return (await this.of(tenant)).definitions;
  }

  /** Delegations in force today (WIB) that hand a role to this user. */
  async delegationsTo(tenant: TenantHandle, userId: string): Promise<readonly ActiveDelegation[]> {
    return (await this.of(tenant)).delegationsTo(userId);
  }

  /** Whether any of these roles demands a second factor in this tenant. */
  async requiresSecondFactor(tenant: TenantHandle, roles: string[]): Promise<boolean> {
    return (await this.of(tenant)).accessOf(roles).requiresSecondFactor;
  }

  async permissionsByRole(tenant: TenantHandle): Promise<Map<string, Permission[]>> {
    return (await this.of(tenant)).permissionsByRole;
  }

  /** The CASL rules and ability of a member with these roles in this tenant. */
  async abilityOf(tenant: TenantHandle, roles: string[]): Promise<{ rules: AbilityRule[]; ability: TenantAbility }> {
    return (await this.of(tenant)).accessOf(roles);
  }

  async announceChange(tenantId: string): Promise<void> {
    this.cache.forget(tenantId);
    await this.redis.publish(CHANNEL, tenantId).catch(() => undefined);
  }

  private async load(tenant: TenantHandle): Promise<TenantRoles> {
    // Read-only and constant: both statements go to the tenant's schema in one round trip, and every
    // tenant's catalogue is read again each TTL (on a large fleet, several times a second).
    const [roles, active] = await this.tenantDb.run(
      tenant,
      () => {
        const manager = this.tenantDb.manager();
        return Promise.all([
          manager.query(ROLES_SQL) as Promise<TenantRoleDefinition[]>,
          manager.query(DELEGATIONS_IN_FORCE_SQL) as Promise<ActiveDelegation[]>,
        ]);
      },
      { readOnly: true },
    );
    return new TenantRoles(roles, active, this.sharedAbilities);
  }
}
