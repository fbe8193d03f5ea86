import type { Routes } from '@angular/router';
import type { TranslationKey } from '@sinergi/web/i18n';
import { tenantGuard } from '@sinergi/web/ui';

/** `/t/:tenant/orders`, `/orders/new`, `/orders/:id`, `/publication-settings`: children of the tenant area. */
export const PUBLICATION_ROUTES: Routes = [
  {
    path: 'orders',
    title: 'orders.title.list' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Order')],
    loadComponent: () => import('./orders/orders.page').then((m) => m.OrdersPage),
  },
  {
    path: 'orders/new',
    title: 'orders.title.new' satisfies TranslationKey,
    canActivate: [tenantGuard('create', 'Order')],
    loadComponent: () => import('./orders/order-new.page').then((m) => m.OrderNewPage),
  },
  {
    path: 'orders/:id',
    title: 'orders.title.detail' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'Order')],
    loadComponent: () => import('./orders/order.page').then((m) => m.OrderPage),
  },
  {
    path: 'publication-settings',
    title: 'orders.title.settings' satisfies TranslationKey,
    canActivate: [tenantGuard('read', 'PublicationSettings')],
    loadComponent: () => import('./settings/publication-settings.page').then((m) => m.PublicationSettingsPage),
  },
];
