import type { TranslationKey } from '@sinergi/web/i18n';
import type { IconName } from '../icons/icon.component';

export type NavItem = {
  path: string;
  label: TranslationKey;
  icon: IconName;
  /** Active only on this exact path (so `/platform/tenants` is not active on `/new`). */
  exact: boolean;
};

export const PLATFORM_NAV: readonly NavItem[] = [
  { path: '/platform/tenants', label: 'nav.tenants', icon: 'tenants', exact: true },
  { path: '/platform/tenants/new', label: 'nav.onboard', icon: 'add', exact: true },
  { path: '/platform/regions', label: 'nav.regions', icon: 'regions', exact: false },
  { path: '/platform/operations', label: 'nav.operations', icon: 'operations', exact: false },
];

export const MEMBER_NAV: readonly NavItem[] = [
  { path: '/workspace', label: 'nav.workspace', icon: 'workspace', exact: true },
];

/** The media portal, for members of a press company. */
export const MEDIA_NAV: readonly NavItem[] = [
  { path: '/media/dossier', label: 'media.nav.dossier', icon: 'dossier', exact: false },
  { path: '/media/regions', label: 'media.nav.regions', icon: 'regions', exact: false },
  { path: '/media/applications', label: 'media.nav.applications', icon: 'applications', exact: false },
  { path: '/media/orders', label: 'mediaOrders.nav.orders', icon: 'applications', exact: false },
  { path: '/media/claims', label: 'mediaOrders.nav.claims', icon: 'applications', exact: false },
];
