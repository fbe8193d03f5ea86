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
    ],
  },
];
