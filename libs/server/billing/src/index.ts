export { BillingModule } from './billing.module';
export { ClaimService } from './claims/claim.service';
export { TaxSettingsService, STARTING_TAX_SETTINGS } from './taxes/tax-settings.service';
export { computeClaimTaxes } from './taxes/claim-taxes';
import { BILLING_TENANT_ENTITIES } from './entities/billing.entities';

/** Tenant tables of this module, for the data source's entity list. */
export const BILLING_ENTITIES = BILLING_TENANT_ENTITIES;
