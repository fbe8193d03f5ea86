import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';
import {
  ShellLayoutComponent,
  anonymousOnlyGuard,
  authGuard,
  loadInvitationPage,
  loadLoginPage,
  loadNotFoundPage,
  loadTenantRoutes,
  loadWorkspacePage,
  mediaMemberGuard,
  platformAdminGuard,
  redirectHome,
} from '@sinergi/web/shell';

export const APP_ROUTES: Routes = [
  {
    path: '',
    component: ShellLayoutComponent,
    children: [
      {
        path: 'login',
        title: 'title.login' satisfies TranslationKey,
        canMatch: [anonymousOnlyGuard],
        loadComponent: loadLoginPage,
      },
      {
        // The link of an invitation mail: public, also for whoever is signed in in this tab.
        path: 'invitations/:token',
        title: 'title.invitation' satisfies TranslationKey,
        loadComponent: loadInvitationPage,
      },
      { path: '', pathMatch: 'full', redirectTo: redirectHome },
      // The media portal: sign-up and the mailed confirmation link are public; the rest is for press company members.
      {
        path: 'register',
        title: 'media.title.register' satisfies TranslationKey,
        canMatch: [anonymousOnlyGuard],
        loadComponent: () => import('@sinergi/web/media').then((m) => m.loadMediaRegisterPage()),
      },
      {
        path: 'confirm-email/:token',
        title: 'media.title.confirm' satisfies TranslationKey,
        loadComponent: () => import('@sinergi/web/media').then((m) => m.loadConfirmEmailPage()),
      },
      {
        path: 'media',
        canMatch: [mediaMemberGuard],
        loadChildren: () => import('@sinergi/web/media').then((m) => m.MEDIA_ROUTES),
      },
      {
        // What regions publish (their calls, partner media and spending): for everyone.
        path: 'public',
        loadChildren: () => import('@sinergi/web/public').then((m) => m.PUBLIC_ROUTES),
      },
      {
        path: 'workspace',
        title: 'title.workspace' satisfies TranslationKey,
        canActivate: [authGuard],
        loadComponent: loadWorkspacePage,
      },
      {
        // The staff console of one tenant; the pages check the user's abilities there.
        path: 't/:tenant',
        canActivate: [authGuard],
        loadChildren: loadTenantRoutes,
      },
      {
        path: 'platform',
        canMatch: [platformAdminGuard],
        loadChildren: () => import('@sinergi/web/platform').then((m) => m.PLATFORM_ROUTES),
      },
      {
        path: '**',
        title: 'title.notFound' satisfies TranslationKey,
        loadComponent: loadNotFoundPage,
      },
    ],
  },
];
