import { Injectable, Logger } from '@nestjs/common';
import type { Page } from '@sinergi/contracts';
import { mergePage, type PageSlice, pageWindow, TenantDatabase } from '@sinergi/server/core';
import { DossierService } from '@sinergi/server/media';
import { TenantRegistry } from '@sinergi/server/tenancy';

export type CompanyTenant = { slug: string; name: string };

/** What one tenant contributes to a merged page: its first `limit` rows in the page's order, and its total. */
export type TenantSlice<T> = PageSlice<T>;

/**
 * A press company's view across every region it works with: a short unit of work in each linked
 * active tenant (never a query naming another tenant's schema). Used by the media inbox of orders,
 * the claims list and the partnership summary, so each of them walks the tenants the same way.
 */
@Injectable()
export class CompanyTenants {
  private readonly logger = new Logger('CompanyTenants');

  constructor(
    private readonly dossiers: DossierService,
    private readonly registry: TenantRegistry,
    private readonly tenantDb: TenantDatabase,
  ) {}

  /**
   * `work` in each active tenant the company is linked with (in the order it first applied), or only
   * in the one named by `onlySlug`. A tenant whose unit of work fails is logged and left out, so one
   * region out of order (e.g. mid-migration) does not empty the others.
   */
  async each<T>(companyId: string, work: (tenant: CompanyTenant) => Promise<T>, options: { onlySlug?: string; what: string }): Promise<{ tenant: CompanyTenant; value: T }[]> {
    const tenantIds = await this.dossiers.linkedTenantIds(companyId);
    const summaries = await this.registry.summariesByIds(tenantIds);
    const results: { tenant: CompanyTenant; value: T }[] = [];
    for (const tenantId of tenantIds) {
      const summary = summaries.get(tenantId);
      if (!summary || (options.onlySlug && summary.slug !== options.onlySlug)) continue;
      const resolved = await this.registry.resolve(summary.slug);
      if (!resolved || resolved.status !== 'active') continue;
      try {
        results.push({ tenant: summary, value: await this.tenantDb.run(resolved.handle, () => work(summary)) });
      } catch (error) {
        this.logger.error(`${options.what} of ${companyId}: ${summary.slug} skipped: ${(error as Error).message}`);
      }
    }
    return results;
  }

  /**
   * One page merged from every tenant: each gives its first offset + pageSize rows in the page's
   * order (so the page is exact whatever the spread), the rows are merged with `compare` (which must
   * sort as each tenant's query does) and the page cut out; the total is the sum of the tenants'.
   */
  async mergedPage<T>(
    companyId: string,
    query: { page?: number; pageSize?: number; tenant?: string },
    slice: (limit: number) => Promise<TenantSlice<T>>,
    compare: (a: T, b: T) => number,
    what: string,
  ): Promise<Page<T & { tenant: CompanyTenant }>> {
    const { pageSize, offset } = pageWindow(query);
    const slices = await this.each(companyId, () => slice(offset + pageSize), { onlySlug: query.tenant, what });
    return mergePage(
      slices.map(({ tenant, value }) => ({ items: value.items.map((item) => ({ ...item, tenant })), total: value.total })),
      compare,
      query,
    );
  }
}
