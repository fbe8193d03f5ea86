import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';
import { tenantGuard } from '@sinergi/web/ui';

/** `/t/:tenant/configuration`, `/applications`, …: children of the tenant area (its layout, tabs and `/me`). */
export const PARTNERSHIP_ROUTES: Routes = [
  {
    path: 'configuration',
    title: 'title.partnershipConfiguration' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'PartnershipConfiguration')],
    loadComponent: () => import('./configuration/configuration.page').then((m) => m.ConfigurationPage),
  },
  {
    path: 'applications',
    title: 'title.partnershipApplications' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Application')],
    loadComponent: () => import('./applications/application-list.page').then((m) => m.ApplicationListPage),
  },
  {
    path: 'applications/:id',
    title: 'title.partnershipApplication' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Application')],
    loadComponent: () => import('./applications/application.page').then((m) => m.ApplicationPage),
  },
  {
    path: 'announcements',
    title: 'title.partnershipAnnouncements' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Announcement')],
    loadComponent: () => import('./announcements/announcements.page').then((m) => m.AnnouncementsPage),
  },
  {
    path: 'agreements',
    title: 'title.partnershipAgreements' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Agreement')],
    loadComponent: () => import('./agreements/agreements.page').then((m) => m.AgreementsPage),
  },
  {
    path: 'packs',
    title: 'title.partnershipPacks' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'ConfigurationPack')],
    loadComponent: () => import('./packs/packs.page').then((m) => m.PacksPage),
  },
];
