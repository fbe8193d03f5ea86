import { Injectable } from '@nestjs/common';
import { MediaPartnershipSummary } from '@sinergi/contracts';
import { TenantDatabase } from '@sinergi/server/core';
import { MediaPartnershipSource } from '@sinergi/server/media';
import { CompanyTenants } from './company-tenants.service';
import { ApplicationEntity } from './entities/partnership.entities';

/** A company's partnerships across tenants: one short unit of work in each tenant it applied to. */
@Injectable()
export class PartnershipSourceService implements MediaPartnershipSource {
  constructor(
    private readonly companyTenants: CompanyTenants,
    private readonly tenantDb: TenantDatabase,
  ) {}

  async partnershipsOf(companyId: string): Promise<MediaPartnershipSummary[]> {
    const perTenant = await this.companyTenants.each(
      companyId,
      async () => {
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
      },
      { what: 'partnerships' },
    );
    return perTenant.map(({ tenant, value }) => ({ tenant, applications: value }));
  }
}
