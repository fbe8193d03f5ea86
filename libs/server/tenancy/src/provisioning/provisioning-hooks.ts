import type { EntityManager } from 'typeorm';

/**
 * Steps of provisioning, in order. Tests inject a failure after any of them (through
 * PROVISIONING_HOOKS) to prove that nothing is left behind.
 */
export const PROVISIONING_STEPS = ['registry', 'role', 'schema', 'migrations', 'configuration', 'admin'] as const;
export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

export type ProvisioningHooks = { afterStep?(step: ProvisioningStep, slug: string): Promise<void> | void };

export const PROVISIONING_HOOKS = Symbol('PROVISIONING_HOOKS');

/**
 * Starts a new tenant's configuration from another tenant's published pack (`template.fromTenant`).
 * The partnership module provides it; provisioning calls it inside its one transaction, so a
 * failure leaves nothing behind. `prepare` runs before the transaction (platform reads).
 */
export type TenantConfigurationSeeder = {
  prepare(templateTenantId: string): Promise<SeedPlan | null>;
  /** Inside the new tenant (its schema, its role). */
  applyInTenant(manager: EntityManager, plan: SeedPlan, tenant: { name: string; regionCode: string }): Promise<void>;
  /** Back on the platform side, same transaction. */
  applyInPlatform(manager: EntityManager, plan: SeedPlan, tenantId: string, actorName: string): Promise<void>;
};
export type SeedPlan = { packId: string; [key: string]: unknown };

export const TENANT_CONFIGURATION_SEEDER = Symbol('TENANT_CONFIGURATION_SEEDER');
