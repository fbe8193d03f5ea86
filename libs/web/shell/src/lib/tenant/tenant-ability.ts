import type { TenantAction, TenantSubject } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';
import type { CanCheck } from '@sinergi/web/ui';

export type TenantPage = {
  /** Relative to `/t/:tenant`. */
  path: 'members' | 'roles' | 'delegations' | 'audit' | 'configuration' | 'applications' | 'announcements' | 'agreements' | 'packs'
    // Issue 6 (libs/web/publication, libs/web/billing).
    | 'dashboard' | 'orders' | 'approvals' | 'claims' | 'payments' | 'budget' | 'taxes' | 'approval-chains' | 'publication-settings' | 'registers'
    // The register of the numbered documents issued.
    | 'documents'
    // The region's own details and its public page.
    | 'profile';
  label: TranslationKey;
  description: TranslationKey;
  needs: { action: TenantAction; subject: TenantSubject };
};

/** The pages of the tenant area and the permission each needs to be opened; the first allowed is the landing page. */
export const TENANT_PAGES: readonly TenantPage[] = [
  // First: the landing page of the tenant area for whoever may read it.
  {
    path: 'dashboard',
    label: 'tenantArea.nav.issue6Dashboard',
    description: 'tenantArea.overview.issue6DashboardHint',
    needs: { action: 'read', subject: 'Report' },
  },
  {
    path: 'members',
    label: 'tenantArea.nav.members',
    description: 'tenantArea.overview.membersHint',
    needs: { action: 'read', subject: 'Member' },
  },
  {
    path: 'roles',
    label: 'tenantArea.nav.roles',
    description: 'tenantArea.overview.rolesHint',
    needs: { action: 'read', subject: 'Role' },
  },
  {
    path: 'delegations',
    label: 'tenantArea.nav.delegations',
    description: 'tenantArea.overview.delegationsHint',
    needs: { action: 'read', subject: 'Delegation' },
  },
  {
    path: 'audit',
    label: 'tenantArea.nav.audit',
    description: 'tenantArea.overview.auditHint',
    needs: { action: 'read', subject: 'AuditEntry' },
  },
  // The partnership cycle (libs/web/partnership).
  {
    path: 'configuration',
    label: 'tenantArea.nav.partnershipConfiguration',
    description: 'tenantArea.overview.partnershipConfigurationHint',
    needs: { action: 'read', subject: 'PartnershipConfiguration' },
  },
  {
    path: 'applications',
    label: 'tenantArea.nav.partnershipApplications',
    description: 'tenantArea.overview.partnershipApplicationsHint',
    needs: { action: 'read', subject: 'Application' },
  },
  {
    path: 'announcements',
    label: 'tenantArea.nav.partnershipAnnouncements',
    description: 'tenantArea.overview.partnershipAnnouncementsHint',
    needs: { action: 'read', subject: 'Announcement' },
  },
  {
    path: 'agreements',
    label: 'tenantArea.nav.partnershipAgreements',
    description: 'tenantArea.overview.partnershipAgreementsHint',
    needs: { action: 'read', subject: 'Agreement' },
  },
  {
    path: 'packs',
    label: 'tenantArea.nav.partnershipPacks',
    description: 'tenantArea.overview.partnershipPacksHint',
    needs: { action: 'read', subject: 'ConfigurationPack' },
  },
  // Orders, proofs, claims, approvals, payments, budget, taxes (libs/web/publication, libs/web/billing).
  {
    path: 'orders',
    label: 'tenantArea.nav.issue6Orders',
    description: 'tenantArea.overview.issue6OrdersHint',
    needs: { action: 'read', subject: 'Order' },
  },
  {
    path: 'approvals',
    label: 'tenantArea.nav.issue6Approvals',
    description: 'tenantArea.overview.issue6ApprovalsHint',
    needs: { action: 'read', subject: 'Approval' },
  },
  {
    path: 'claims',
    label: 'tenantArea.nav.issue6Claims',
    description: 'tenantArea.overview.issue6ClaimsHint',
    needs: { action: 'read', subject: 'Claim' },
  },
  {
    path: 'payments',
    label: 'tenantArea.nav.issue6Payments',
    description: 'tenantArea.overview.issue6PaymentsHint',
    needs: { action: 'read', subject: 'Payment' },
  },
  {
    path: 'budget',
    label: 'tenantArea.nav.issue6Budget',
    description: 'tenantArea.overview.issue6BudgetHint',
    needs: { action: 'read', subject: 'Budget' },
  },
  {
    path: 'taxes',
    label: 'tenantArea.nav.issue6Taxes',
    description: 'tenantArea.overview.issue6TaxesHint',
    needs: { action: 'read', subject: 'TaxSettings' },
  },
  {
    path: 'approval-chains',
    label: 'tenantArea.nav.issue6Chains',
    description: 'tenantArea.overview.issue6ChainsHint',
    needs: { action: 'read', subject: 'ApprovalChain' },
  },
  {
    path: 'publication-settings',
    label: 'tenantArea.nav.issue6PublicationSettings',
    description: 'tenantArea.overview.issue6PublicationSettingsHint',
    needs: { action: 'read', subject: 'PublicationSettings' },
  },
  {
    path: 'registers',
    label: 'tenantArea.nav.issue6Registers',
    description: 'tenantArea.overview.issue6RegistersHint',
    needs: { action: 'read', subject: 'Report' },
  },
  {
    path: 'documents',
    label: 'tenantArea.nav.documents',
    description: 'tenantArea.overview.documentsHint',
    needs: { action: 'read', subject: 'Report' },
  },
  // Last, so it is nobody's landing page while another page is open to them.
  {
    path: 'profile',
    label: 'tenantArea.nav.profile',
    description: 'tenantArea.overview.profileHint',
    needs: { action: 'read', subject: 'TenantProfile' },
  },
];

/** The pages the user may open. */
export function allowedPages(can: CanCheck): TenantPage[] {
  return TENANT_PAGES.filter((page) => can(page.needs.action, page.needs.subject));
}

/**
 * Where `/t/:tenant` takes the user: the dashboard for who may read it, else the first page they
 * may open, else the overview (their roles, and that no page is open to them yet).
 */
export function landingPath(can: CanCheck): TenantPage['path'] | 'overview' {
  return allowedPages(can)[0]?.path ?? 'overview';
}

/** What a member row offers, by the user's abilities. */
export function memberActions(can: CanCheck): { invite: boolean; changeRoles: boolean; remove: boolean } {
  return {
    invite: can('create', 'Member'),
    changeRoles: can('update', 'Member'),
    remove: can('delete', 'Member'),
  };
}
