import { createMongoAbility, MongoAbility, RawRuleOf } from '@casl/ability';
import type { AbilityRule, Permission, TenantAction, TenantSubject } from '@sinergi/contracts';

export type TenantAbility = MongoAbility<[TenantAction, TenantSubject]>;

/** The CASL rules of a member: the union of their roles' permissions. */
export function abilityRules(roles: string[], definitions: Map<string, Permission[]>): AbilityRule[] {
  const seen = new Set<string>();
  const rules: AbilityRule[] = [];
  for (const role of roles) {
    for (const { action, subject } of definitions.get(role) ?? []) {
      const key = `${action}:${subject}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push({ action, subject });
    }
  }
  return rules;
}

export function tenantAbility(rules: AbilityRule[]): TenantAbility {
  return createMongoAbility<[TenantAction, TenantSubject]>(rules as RawRuleOf<TenantAbility>[]);
}
