import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import type { TranslationKey } from '@sinergi/web/i18n';
import { TranslatedPaginatorIntl, tenantGuard } from '@sinergi/web/ui';
import { TenantLayoutComponent } from './tenant-layout.component';
import { BILLING_SECTIONS, PARTNERSHIP_SECTIONS, PUBLICATION_SECTIONS, sectionIn, tenantPrefetchMatch } from './tenant-sections';
import { tenantContextGuard, tenantLandingGuard } from './tenant.guards';

/** `/t/:tenant/…`: the staff console of one tenant; the app guards it with `authGuard`. */
export const TENANT_ROUTES: Routes = [
  {
    path: '',
    canMatch: [tenantPrefetchMatch],
    canActivate: [tenantContextGuard],
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    // Eager within this lazy chunk: every tenant page needs it, and a lazy one is one more round trip after the guards.
    component: TenantLayoutComponent,
    children: [
      {
        // The landing page: the dashboard for who may read it, else the first page the user may open.
        path: '',
        pathMatch: 'full',
        canActivate: [tenantLandingGuard],
        children: [],
      },
      {
        path: 'overview',
        title: 'title.tenantOverview' satisfies TranslationKey,
        loadComponent: () => import('./overview/tenant-overview.page').then((m) => m.TenantOverviewPage),
      },
      {
        path: 'members',
        title: 'title.members' satisfies TranslationKey,
        canActivate: [tenantGuard('read', 'Member')],
        loadComponent: () => import('./members/member-list.page').then((m) => m.MemberListPage),
      },
      {
        path: 'roles',
        title: 'title.roles' satisfies TranslationKey,
        canActivate: [tenantGuard('read', 'Role')],
        loadComponent: () => import('./roles/role-list.page').then((m) => m.RoleListPage),
      },
      {
        path: 'delegations',
        title: 'title.delegations' satisfies TranslationKey,
        canActivate: [tenantGuard('read', 'Delegation')],
        loadComponent: () => import('./delegations/delegation-list.page').then((m) => m.DelegationListPage),
      },
      {
        path: 'profile',
        title: 'title.tenantProfile' satisfies TranslationKey,
        canActivate: [tenantGuard('read', 'TenantProfile')],
        loadComponent: () => import('./profile/tenant-profile.page').then((m) => m.TenantProfilePage),
      },
      {
        path: 'audit',
        title: 'title.audit' satisfies TranslationKey,
        canActivate: [tenantGuard('read', 'AuditEntry')],
        loadComponent: () => import('./audit/audit-log.page').then((m) => m.AuditLogPage),
      },
      {
        // The partnership cycle's staff screens (libs/web/partnership: configuration, applications,
        // announcements, agreements, packs); each page checks its ability.
        path: '',
        canMatch: [sectionIn(PARTNERSHIP_SECTIONS)],
        loadChildren: () => import('@sinergi/web/partnership').then((m) => m.PARTNERSHIP_ROUTES),
      },
      {
        // Orders, proofs and publication settings (libs/web/publication); each page checks its ability.
        path: '',
        canMatch: [sectionIn(PUBLICATION_SECTIONS)],
        loadChildren: () => import('@sinergi/web/publication').then((m) => m.PUBLICATION_ROUTES),
      },
      {
        // Dashboard, approvals, claims, payments, budget, taxes, chains, registers (libs/web/billing).
        path: '',
        canMatch: [sectionIn(BILLING_SECTIONS)],
        loadChildren: () => import('@sinergi/web/billing').then((m) => m.BILLING_ROUTES),
      },
    ],
  },
];
