export { BudgetModule } from './budget.module';
export { BudgetService, validateBudget } from './budget.service';
export type { BudgetRef, CommitInput } from './budget.service';
import { BUDGET_TENANT_ENTITIES } from './budget.entities';

/** Tenant tables of this module, for the data source's entity list. */
export const BUDGET_ENTITIES = BUDGET_TENANT_ENTITIES;
