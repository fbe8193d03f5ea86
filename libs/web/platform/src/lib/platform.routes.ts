import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatStepperIntl } from '@angular/material/stepper';
import type { TranslationKey } from '@sinergi/web/i18n';
import { TranslatedPaginatorIntl, TranslatedStepperIntl } from '@sinergi/web/ui';

/** The platform admin console; lazy-loaded and guarded by the app (`platformAdminGuard`). */
export const PLATFORM_ROUTES: Routes = [
  {
    path: '',
    providers: [
      { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      { provide: MatStepperIntl, useClass: TranslatedStepperIntl },
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'tenants' },
      {
        path: 'regions',
        title: 'title.regions' satisfies TranslationKey,
        loadComponent: () => import('./regions/region-list.page').then((m) => m.RegionListPage),
      },
      {
        path: 'tenants',
        title: 'title.tenants' satisfies TranslationKey,
        loadComponent: () => import('./tenants/tenant-list.page').then((m) => m.TenantListPage),
      },
      {
        path: 'tenants/new',
        title: 'title.onboard' satisfies TranslationKey,
        loadComponent: () =>
          import('./onboarding/tenant-onboarding.page').then((m) => m.TenantOnboardingPage),
      },
      {
        path: 'operations',
        title: 'title.operations' satisfies TranslationKey,
        loadComponent: () => import('./operations/operations.page').then((m) => m.OperationsPage),
      },
    ],
  },
];
