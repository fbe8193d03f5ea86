import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';
import { tenantGuard } from '@sinergi/web/ui';

/** `/t/:tenant/dashboard`, `/approvals`, `/claims`, `/payments`, `/budget`, `/taxes`, `/approval-chains`, `/registers`, `/documents`: children of the tenant area. */
export const BILLING_ROUTES: Routes = [
  {
    path: 'dashboard',
    title: 'billing.title.dashboard' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Report')],
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  {
    path: 'approvals',
    title: 'billing.title.approvals' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Approval')],
    loadComponent: () => import('./approvals/approvals.page').then((m) => m.ApprovalsPage),
  },
  {
    path: 'claims',
    title: 'billing.title.claims' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Claim')],
    loadComponent: () => import('./claims/claims.page').then((m) => m.ClaimsPage),
  },
  {
    path: 'claims/:id',
    title: 'billing.title.claim' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Claim')],
    loadComponent: () => import('./claims/claim.page').then((m) => m.ClaimPage),
  },
  {
    path: 'payments',
    title: 'billing.title.payments' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Payment')],
    loadComponent: () => import('./payments/payments.page').then((m) => m.PaymentsPage),
  },
  {
    path: 'budget',
    title: 'billing.title.budget' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Budget')],
    loadComponent: () => import('./settings/budget.page').then((m) => m.BudgetPage),
  },
  {
    path: 'taxes',
    title: 'billing.title.taxes' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'TaxSettings')],
    loadComponent: () => import('./settings/taxes.page').then((m) => m.TaxesPage),
  },
  {
    path: 'approval-chains',
    title: 'billing.title.chains' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'ApprovalChain')],
    loadComponent: () => import('./settings/approval-chains.page').then((m) => m.ApprovalChainsPage),
  },
  {
    path: 'registers',
    title: 'billing.title.registers' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Report')],
    loadComponent: () => import('./registers/registers.page').then((m) => m.RegistersPage),
  },
  {
    path: 'documents',
    title: 'billing.title.documents' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Report')],
    loadComponent: () => import('./documents/documents.page').then((m) => m.DocumentsPage),
  },
];
