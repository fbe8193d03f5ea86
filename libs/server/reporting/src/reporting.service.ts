import { Injectable } from '@nestjs/common';
import { FACT_FIELDS, MediaType, RegisterKind, RegisterQuery, TenantDashboard } from '@sinergi/contracts';
import { BudgetService } from '@sinergi/server/budget';
import { ClaimService } from '@sinergi/server/billing';
import { AppException, TenantRequestContext } from '@sinergi/server/core';
import { formatTanggal, RegisterRow, writeRegisterWorkbook } from '@sinergi/server/documents';
import { RoleCatalogue } from '@sinergi/server/identity';
import { PartnershipConfigurationService } from '@sinergi/server/partnership';
import { PublicationService } from '@sinergi/server/publication';
import { ApprovalWorkflow } from '@sinergi/server/workflow';
import type { Writable } from 'node:stream';
import { REGISTER_COLUMNS } from './register-columns';

/**
 * What the tenant's figures add up to: the staff dashboard and the Excel registers for the SPJ.
 * Owns no table: it reads through the services of budget, publication, workflow and billing.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly budgets: BudgetService,
    private readonly publication: PublicationService,
    private readonly claims: ClaimService,
    private readonly workflow: ApprovalWorkflow,
    private readonly roles: RoleCatalogue,
    private readonly configurations: PartnershipConfigurationService,
  ) {}

  async dashboard(fiscalYear: number, tenant: TenantRequestContext, userId: string): Promise<TenantDashboard> {
    // One connection, one statement per module (the sums from running totals), issued together: in
    // the route's read-only unit of work they go in one message, so a dashboard costs one round trip.
    // The role names come from the role catalogue's cache: the holders of every role are asked
    // with the rest rather than in a round trip of their own once the waiting roles are known.
    const roleNames = (await this.roles.definitions(tenant.handle)).map((role) => role.name);
    const [{ summary: budget, absorption }, { spendPerOutlet, overdueProofs }, approvalsWaiting] = await Promise.all([
      this.budgets.dashboardFigures(fiscalYear),
      this.publication.dashboardFigures(fiscalYear, { page: 1, pageSize: 10 }),
      this.workflow.waitingByOfficial(roleNames),
    ]);
    const delegated = await this.roles.delegationsTo(tenant.handle, userId);
    const myRoles = new Set([...tenant.roles, ...delegated.map((d) => d.role)]);
    // What waits on me is what waits on any of my roles: the per-role counts above already hold it.
    const approvalsWaitingOnMe = approvalsWaiting.filter((row) => myRoles.has(row.role)).reduce((sum, row) => sum + row.count, 0);
    return { fiscalYear, budget, absorption, spendPerOutlet, overdueProofs, approvalsWaiting, approvalsWaitingOnMe };
  }

  /** Streams the register as .xlsx into `output`; resolves with the number of rows written. */
  async register(kind: RegisterKind, query: RegisterQuery, tenantName: string, output: Writable): Promise<number> {
    if (query.from && query.to && query.to < query.from) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'to', message: 'to must not be before from' }]);
    }
    const configuration = await this.configurations.current(query.fiscalYear);
    const { title, columns } = REGISTER_COLUMNS[kind];
    const period = query.from || query.to ? `${query.from ? formatTanggal(query.from) : '…'} s.d. ${query.to ? formatTanggal(query.to) : '…'}` : `Tahun Anggaran ${query.fiscalYear}`;
    const heading = [
      configuration?.letterhead.governmentName ?? tenantName.toUpperCase(),
      configuration?.letterhead.unitName ?? '',
      `${title} — ${period}`,
      ...(query.mediaType ? [`Jenis media: ${mediaTypeLabel(query.mediaType)}`] : []),
    ].filter(Boolean);
    const rows: AsyncIterable<RegisterRow[]> = kind === 'orders' || kind === 'proofs' ? this.publication.registerRows(kind, query) : this.claims.registerRows(kind, query);
    const [count] = await writeRegisterWorkbook(output, [{ title, heading, columns, rows }], { creator: 'Sinergi' });
    return count!;
  }
}

function mediaTypeLabel(type: MediaType): string {
  const field = FACT_FIELDS['outlet.mediaType'] as { valueLabels?: Record<string, { id: string }> };
  return field.valueLabels?.[type]?.id ?? type;
}
