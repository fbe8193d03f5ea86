import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';
import { MediaContextStore } from './media-context.store';

/** `/media/…`: the press company's portal; the app guards it with the media-member guard. */
export const MEDIA_ROUTES: Routes = [
  {
    path: '',
    providers: [MediaContextStore],
    loadComponent: () => import('./media-layout.component').then((m) => m.MediaLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dossier' },
      {
        path: 'dossier',
        title: 'media.title.dossier' satisfies TranslationKey,
        loadComponent: () => import('./dossier/dossier.page').then((m) => m.DossierPage),
      },
      {
        path: 'regions',
        title: 'media.title.regions' satisfies TranslationKey,
        loadComponent: () => import('./regions/regions.page').then((m) => m.RegionsPage),
      },
      {
        path: 'applications',
        title: 'media.title.applications' satisfies TranslationKey,
        loadComponent: () => import('./applications/applications.page').then((m) => m.ApplicationsPage),
      },
      {
        path: 'colleagues',
        title: 'media.title.colleagues' satisfies TranslationKey,
        loadComponent: () => import('./colleagues/colleagues.page').then((m) => m.ColleaguesPage),
      },
      // Orders from every region, proofs, claims and their payment (issue 6).
      {
        path: 'orders',
        title: 'mediaOrders.title.inbox' satisfies TranslationKey,
        loadComponent: () => import('./orders/media-orders.page').then((m) => m.MediaOrdersPage),
      },
      {
        path: 'orders/:tenant/:id',
        title: 'mediaOrders.title.order' satisfies TranslationKey,
        loadComponent: () => import('./orders/media-order.page').then((m) => m.MediaOrderPage),
      },
      {
        path: 'claims',
        title: 'mediaClaims.title' satisfies TranslationKey,
        loadComponent: () => import('./claims/media-claims.page').then((m) => m.MediaClaimsPage),
      },
      {
        path: 'claims/new',
        title: 'mediaClaimsNew.title' satisfies TranslationKey,
        loadComponent: () => import('./claims/new-claim.page').then((m) => m.NewClaimPage),
      },
      {
        path: 'claims/:tenant/:id',
        title: 'mediaClaims.titleOne' satisfies TranslationKey,
        loadComponent: () => import('./claims/media-claim.page').then((m) => m.MediaClaimPage),
      },
    ],
  },
];
