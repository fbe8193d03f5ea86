import type { MigrationInterface } from 'typeorm';
import { PlatformInitial1763900000000 } from './platform/1763900000000-platform-initial';
import { PlatformOutbox1763900000001 } from './platform/1763900000001-platform-outbox';
import { PlatformPasswordResets1763900000002 } from './platform/1763900000002-platform-password-resets';
import { PlatformAuditLog1763900000003 } from './platform/1763900000003-platform-audit-log';
import { PlatformTotp1763900000004 } from './platform/1763900000004-platform-totp';
import { PlatformMedia1763900000005 } from './platform/1763900000005-platform-media';
import { PlatformCompanyInvitations1763900000006 } from './platform/1763900000006-platform-company-invitations';
import { PlatformMediaDossier1763900000007 } from './platform/1763900000007-platform-media-dossier';
import { PlatformConfigurationPacks1763900000008 } from './platform/1763900000008-platform-configuration-packs';
import { PlatformPublishedCalls1763900000009 } from './platform/1763900000009-platform-published-calls';
import { PlatformTenantOutbox1763900000010 } from './platform/1763900000010-platform-tenant-outbox';
import { PlatformTenantRoleHolders1763900000011 } from './platform/1763900000011-platform-tenant-role-holders';
import { PlatformRoleHoldersCachedPlan1763900000012 } from './platform/1763900000012-platform-role-holders-cached-plan';
import { TenantInitial1763900000000 } from './tenant/1763900000000-tenant-initial';
import { TenantRoles1763900000001 } from './tenant/1763900000001-tenant-roles';
import { TenantAuditLog1763900000002 } from './tenant/1763900000002-tenant-audit-log';
import { TenantRolesTotp1763900000003 } from './tenant/1763900000003-tenant-roles-totp';
import { TenantDelegations1763900000004 } from './tenant/1763900000004-tenant-delegations';
import { TenantDocumentNumbers1763900000005 } from './tenant/1763900000005-tenant-document-numbers';
import { TenantPartnership1763900000006 } from './tenant/1763900000006-tenant-partnership';
import { TenantBudget1763900000007 } from './tenant/1763900000007-tenant-budget';
import { TenantWorkflow1763900000008 } from './tenant/1763900000008-tenant-workflow';
import { TenantPublication1763900000009 } from './tenant/1763900000009-tenant-publication';
import { TenantBilling1763900000010 } from './tenant/1763900000010-tenant-billing';
import { TenantOrderFigures1763900000011 } from './tenant/1763900000011-tenant-order-figures';
import { TenantPublicPage1763900000012 } from './tenant/1763900000012-tenant-public-page';
import { TenantSensitiveDocuments1763900000014 } from './tenant/1763900000014-tenant-sensitive-documents';
import { TenantListFigures1763900000015 } from './tenant/1763900000015-tenant-list-figures';

export type MigrationClass = new () => MigrationInterface;

/** Applied in order to the `platform` schema. Append only. */
export const PLATFORM_MIGRATIONS: MigrationClass[] = [
  PlatformInitial1763900000000,
  PlatformOutbox1763900000001,
  PlatformPasswordResets1763900000002,
  PlatformAuditLog1763900000003,
  PlatformTotp1763900000004,
  PlatformMedia1763900000005,
  PlatformCompanyInvitations1763900000006,
  PlatformMediaDossier1763900000007,
  PlatformConfigurationPacks1763900000008,
  PlatformPublishedCalls1763900000009,
  PlatformTenantOutbox1763900000010,
  PlatformTenantRoleHolders1763900000011,
  PlatformRoleHoldersCachedPlan1763900000012,
];

/** Applied in order to every tenant schema; a tenant's schema version is how many it has. Append only. */
export const TENANT_MIGRATIONS: MigrationClass[] = [
  TenantInitial1763900000000,
  TenantRoles1763900000001,
  TenantAuditLog1763900000002,
  TenantRolesTotp1763900000003,
  TenantDelegations1763900000004,
  TenantDocumentNumbers1763900000005,
  TenantPartnership1763900000006,
  TenantBudget1763900000007,
  TenantWorkflow1763900000008,
  TenantPublication1763900000009,
  TenantBilling1763900000010,
  TenantOrderFigures1763900000011,
  TenantPublicPage1763900000012,
  TenantSensitiveDocuments1763900000014,
  TenantListFigures1763900000015,
];
