import { Injectable } from '@nestjs/common';
import { MediaPartnershipSummary } from '@sinergi/contracts';
import { TenantDatabase } from '@sinergi/server/core';
import { DossierService, MediaPartnershipSource } from '@sinergi/server/media';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { ApplicationEntity } from './entities/partnership.entities';

/** A company's partnerships across tenants: one short unit of work in each tenant it applied to. */
@Injectable()
export class PartnershipSourceService implements MediaPartnershipSource {
  constructor(
    private readonly dossiers: DossierService,
    private readonly registry: TenantRegistry,
    private readonly tenantDb: TenantDatabase,
  ) {}

  async partnershipsOf(companyId: string): Promise<MediaPartnershipSummary[]> {
    const tenantIds = await this.dossiers.linkedTenantIds(companyId);
    const summaries = await this.registry.summariesByIds(tenantIds);
    const result: MediaPartnershipSummary[] = [];
    for (const tenantId of tenantIds) {
      const summary = summaries.get(tenantId);
      const resolved = summary ? await this.registry.resolve(summary.slug) : null;
      if (!summary || !resolved || resolved.status !== 'active') continue;
      const applications = await this.tenantDb.run(resolved.handle, async () => {
        const rows = await this.tenantDb.repository(ApplicationEntity).find({ where: { companyId }, order: { submittedAt: 'DESC' } });
        const announced = new Set(
          ((await this.tenantDb.manager().query(`select fiscal_year from announcements where kind = 'initial'`)) as { fiscal_year: number }[]).map((r) => r.fiscal_year),
        );
        return rows.map((row) => ({
          id: row.id,
          fiscalYear: row.fiscalYear,
          outletId: row.outletId,
          outletName: row.outletName,
          status: announced.has(row.fiscalYear) || !['tiered', 'ineligible'].includes(row.status) ? row.status : 'verified',
          tier: announced.has(row.fiscalYear) ? row.tier : null,
        }));
      });
      result.push({ tenant: summary, applications });
    }
    return result;
  }
}
