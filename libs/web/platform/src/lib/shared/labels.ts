import type { RegionLevel, TenantStatus } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';

export const LEVEL_LABEL: Readonly<Record<RegionLevel, TranslationKey>> = {
  provinsi: 'level.provinsi',
  kabupaten: 'level.kabupaten',
  kota: 'level.kota',
};

export const STATUS_LABEL: Readonly<Record<TenantStatus, TranslationKey>> = {
  active: 'status.active',
  suspended: 'status.suspended',
  archived: 'status.archived',
};
