import { createMongoAbility, ForcedSubject, MongoAbility, RawRuleOf } from '@casl/ability';
import {
  AbilityRule,
  DerivedTenantSubject,
  MEDIA_ROLE_PERMISSIONS,
  MediaAbilityRule,
  MediaAction,
  MediaRole,
  MediaSubject,
  Permission,
  SENSITIVE_DOCUMENT_FIELDS,
  SENSITIVE_DOCUMENTS,
  TenantAction,
  TenantSubject,
} from '@sinergi/contracts';

export type TenantAbility = MongoAbility<[TenantAction, TenantSubject | ForcedSubject<DerivedTenantSubject>]>;
export type MediaAbility = MongoAbility<[MediaAction, MediaSubject | ForcedSubject<MediaSubject>]>;

/**
 * The CASL rules of a member: the union of their roles' permissions, plus the field rules that
 * follow from them (what of an applicant's documents they may see).
 */
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
  // Staff see an applicant's dossier only through its application, and the documents carrying an
  // account number or a NIK only with the permission for them (UU 27/2022: the least personal data).
  if (seen.has('read:Application')) {
    rules.push({ action: 'read', subject: 'ApplicationDocument' });
    for (const [documentType, needed] of Object.entries(SENSITIVE_DOCUMENTS)) {
      if (seen.has(`read:${needed}`)) continue;
      rules.push({ action: 'read', subject: 'ApplicationDocument', fields: [...SENSITIVE_DOCUMENT_FIELDS], conditions: { documentType }, inverted: true });
    }
  }
  return rules;
}

/** Built abilities by their rules: the rules come from a cache, so the request handlers find the same ability. */
const builtAbilities = new WeakMap<object, TenantAbility | MediaAbility>();

export function tenantAbility(rules: AbilityRule[]): TenantAbility {
  const cached = builtAbilities.get(rules) as TenantAbility | undefined;
  if (cached) return cached;
  const ability = createMongoAbility<TenantAbility>(rules as RawRuleOf<TenantAbility>[]);
  builtAbilities.set(rules, ability);
  return ability;
}

export type MediaMembershipRoles = { companyId: string; roles: string[] };

/** The CASL rules of a press company's people: each role's permissions, bound to that company. */
export function mediaAbilityRules(memberships: MediaMembershipRoles[]): MediaAbilityRule[] {
  const rules: MediaAbilityRule[] = [];
  for (const { companyId, roles } of memberships) {
    const actions = new Map<MediaSubject, Set<MediaAction>>();
    for (const role of roles) {
      for (const { action, subject } of MEDIA_ROLE_PERMISSIONS[role as MediaRole] ?? []) {
        const set = actions.get(subject) ?? new Set<MediaAction>();
        for (const a of action) set.add(a);
        actions.set(subject, set);
      }
    }
    for (const [subject, set] of actions) {
      rules.push({ action: [...set], subject, conditions: subject === 'MediaCompany' ? { id: companyId } : { companyId } });
    }
  }
  return rules;
}

export function mediaAbility(rules: MediaAbilityRule[]): MediaAbility {
  const cached = builtAbilities.get(rules) as MediaAbility | undefined;
  if (cached) return cached;
  const ability = createMongoAbility<MediaAbility>(rules as RawRuleOf<MediaAbility>[]);
  builtAbilities.set(rules, ability);
  return ability;
}

/** Built media abilities per membership set (company and roles): most people have one or two. */
const mediaAbilities = new Map<string, { rules: MediaAbilityRule[]; ability: MediaAbility }>();

export function cachedMediaAbility(memberships: MediaMembershipRoles[]): { rules: MediaAbilityRule[]; ability: MediaAbility } {
  const key = memberships.map((m) => `${m.companyId}:${[...m.roles].sort().join(',')}`).sort().join(';');
  const cached = mediaAbilities.get(key);
  if (cached) return cached;
  const rules = mediaAbilityRules(memberships);
  const built = { rules, ability: mediaAbility(rules) };
  if (mediaAbilities.size > 20_000) mediaAbilities.clear();
  mediaAbilities.set(key, built);
  return built;
}
