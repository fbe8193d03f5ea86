// The staff screens of claims, approvals, payments, budget, taxes, approval chains, the dashboard and
// the registers, and the claim view the media portal shows too.
export { BILLING_ROUTES } from './lib/billing.routes';
export { ClaimViewComponent } from './lib/claims/claim-view.component';
