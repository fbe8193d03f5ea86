import type { Type } from '@angular/core';
import type { Routes } from '@angular/router';

/** Lazy pages of the shell, each its own chunk: `loadComponent: loadLoginPage`. */
export const loadLoginPage = (): Promise<Type<unknown>> =>
  import('./login/login.page').then((m) => m.LoginPage);

export const loadWorkspacePage = (): Promise<Type<unknown>> =>
  import('./workspace/workspace.page').then((m) => m.WorkspacePage);

export const loadNotFoundPage = (): Promise<Type<unknown>> =>
  import('./not-found/not-found.page').then((m) => m.NotFoundPage);

export const loadInvitationPage = (): Promise<Type<unknown>> =>
  import('./invitation/invitation.page').then((m) => m.InvitationPage);

/** The staff area of one tenant (`/t/:tenant`), its own chunks. */
export const loadTenantRoutes = (): Promise<Routes> =>
  import('./tenant/tenant.routes').then((m) => m.TENANT_ROUTES);
