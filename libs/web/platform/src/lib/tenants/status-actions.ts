import type { TenantStatus } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';

export type StatusAction = {
  id: 'suspend' | 'resume' | 'archive';
  target: TenantStatus;
  label: TranslationKey;
  confirmTitle: TranslationKey;
  confirmMessage: TranslationKey;
  destructive: boolean;
};

const SUSPEND: StatusAction = {
  id: 'suspend',
  target: 'suspended',
  label: 'tenants.action.suspend',
  confirmTitle: 'tenants.confirm.suspendTitle',
  confirmMessage: 'tenants.confirm.suspendMessage',
  destructive: true,
};

const RESUME: StatusAction = {
  id: 'resume',
  target: 'active',
  label: 'tenants.action.resume',
  confirmTitle: 'tenants.confirm.resumeTitle',
  confirmMessage: 'tenants.confirm.resumeMessage',
  destructive: false,
};

const ARCHIVE: StatusAction = {
  id: 'archive',
  target: 'archived',
  label: 'tenants.action.archive',
  confirmTitle: 'tenants.confirm.archiveTitle',
  confirmMessage: 'tenants.confirm.archiveMessage',
  destructive: true,
};

/** What a platform admin may do with a tenant in each status. */
export const ACTIONS_BY_STATUS: Readonly<Record<TenantStatus, readonly StatusAction[]>> = {
  active: [SUSPEND, ARCHIVE],
  suspended: [RESUME, ARCHIVE],
  archived: [RESUME],
};
