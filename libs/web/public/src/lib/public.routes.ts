import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';

/** `/public/…`: what regions publish, for everyone (no login). */
export const PUBLIC_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'public.calls' satisfies TranslationKey,
    loadComponent: () => import('./public-calls.page').then((m) => m.PublicCallsPage),
  },
  {
    path: ':tenant',
    title: 'public.title' satisfies TranslationKey,
    loadComponent: () => import('./public-page.page').then((m) => m.PublicPagePage),
  },
];
