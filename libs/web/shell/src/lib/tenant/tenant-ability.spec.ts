import { DEFAULT_ROLE_PERMISSIONS, type AbilityRule } from '@sinergi/contracts';
import { canWith as canCheck } from '@sinergi/web/ui';
import { TENANT_PAGES, allowedPages, landingPath, memberActions } from './tenant-ability';

const rulesOf = (role: keyof typeof DEFAULT_ROLE_PERMISSIONS): AbilityRule[] =>
  DEFAULT_ROLE_PERMISSIONS[role].map(({ action, subject }) => ({ action, subject }));

describe('tenant ability', () => {
  it('allows what the rules grant and nothing else', () => {
    const can = canCheck([{ action: 'read', subject: 'Member' }]);
    expect(can('read', 'Member')).toBe(true);
    expect(can('create', 'Member')).toBe(false);
    expect(can('read', 'AuditEntry')).toBe(false);
  });

  it('allows nothing without rules', () => {
    const can = canCheck([]);
    expect(can('read', 'TenantProfile')).toBe(false);
    expect(allowedPages(can)).toEqual([]);
  });

  it('understands rules with several actions or subjects, and inverted rules', () => {
    const can = canCheck([
      { action: ['read', 'update'], subject: ['Member', 'Role'] },
      { action: 'update', subject: 'Role', inverted: true },
    ]);
    expect(can('update', 'Member')).toBe(true);
    expect(can('read', 'Role')).toBe(true);
    expect(can('update', 'Role')).toBe(false);
    expect(can('delete', 'Member')).toBe(false);
  });

  it('gives an admin every member action and both pages', () => {
    const can = canCheck(rulesOf('admin'));
    expect(memberActions(can)).toEqual({ invite: true, changeRoles: true, remove: true });
    expect(allowedPages(can).map((page) => page.path)).toEqual([
      'dashboard',
      ...['members', 'roles', 'delegations', 'audit', 'configuration', 'applications', 'announcements', 'agreements', 'packs'],
      // Issue 6 (orders, claims, approvals, budget, …).
      ...['orders', 'approvals', 'claims', 'payments', 'budget', 'taxes', 'approval-chains', 'publication-settings', 'registers'],
      'documents',
      'profile',
    ]);
  });

  it('lets an auditor read both pages but change nothing', () => {
    const can = canCheck(rulesOf('auditor'));
    expect(memberActions(can)).toEqual({ invite: false, changeRoles: false, remove: false });
    expect(allowedPages(can).map((page) => page.path)).toEqual([
      'dashboard',
      ...['members', 'roles', 'delegations', 'audit', 'configuration', 'applications', 'announcements', 'agreements', 'packs'],
      // Issue 6 (orders, claims, approvals, budget, …).
      ...['orders', 'approvals', 'claims', 'payments', 'budget', 'taxes', 'approval-chains', 'publication-settings', 'registers'],
      'documents',
      'profile',
    ]);
  });

  it('shows a verifier no staff or audit page, only the partnership pages the role reads', () => {
    expect(allowedPages(canCheck(rulesOf('verifier'))).map((page) => page.path)).toEqual([
      'configuration',
      'applications',
      'announcements',
      'profile',
    ]);
  });

  it('shows a treasurer the agreements and the pages of the money: orders, approvals, claims, payments, budget, taxes, reports', () => {
    expect(allowedPages(canCheck(rulesOf('treasurer'))).map((page) => page.path)).toEqual([
      'dashboard',
      'agreements',
      'orders',
      'approvals',
      'claims',
      'payments',
      'budget',
      'taxes',
      'registers',
      'documents',
      'profile',
    ]);
  });

  it('shows only the audit page to who may read only audit entries', () => {
    const can = canCheck([{ action: 'read', subject: 'AuditEntry' }]);
    expect(allowedPages(can)).toEqual([TENANT_PAGES.find((page) => page.path === 'audit')]);
  });

  it('lands on the dashboard who may read it, else on the first page they may open, else on the overview', () => {
    expect(landingPath(canCheck(rulesOf('admin')))).toBe('dashboard');
    expect(landingPath(canCheck(rulesOf('treasurer')))).toBe('dashboard');
    expect(landingPath(canCheck(rulesOf('verifier')))).toBe('configuration');
    expect(landingPath(canCheck([{ action: 'read', subject: 'AuditEntry' }]))).toBe('audit');
    expect(landingPath(canCheck([]))).toBe('overview');
  });
});
