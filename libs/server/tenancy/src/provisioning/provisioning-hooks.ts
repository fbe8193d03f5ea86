/**
 * Steps of provisioning, in order. Tests inject a failure after any of them (through
 * PROVISIONING_HOOKS) to prove that nothing is left behind.
 */
export const PROVISIONING_STEPS = ['registry', 'role', 'schema', 'migrations', 'configuration', 'admin'] as const;
export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

export type ProvisioningHooks = { afterStep?(step: ProvisioningStep, slug: string): Promise<void> | void };

export const PROVISIONING_HOOKS = Symbol('PROVISIONING_HOOKS');
