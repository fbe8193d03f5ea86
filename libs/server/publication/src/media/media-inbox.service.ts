import { Injectable, Logger } from '@nestjs/common';
import { MediaInboxOrder, OrderStatus, Page } from '@sinergi/contracts';
import { pageOf, pageWindow, TenantDatabase } from '@sinergi/server/core';
import { DossierService } from '@sinergi/server/media';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { OrderEntity } from '../entities/publication.entities';
import { toOrderSummary } from '../orders/order-views';

/**
 * One inbox for a press company across every region it works with: a short unit of work in each
 * linked active tenant (newest orders first, only as many as the page needs), merged newest first.
 */
@Injectable()
export class MediaInboxService {
  private readonly logger = new Logger('MediaInbox');

  constructor(
    private readonly dossiers: DossierService,
    private readonly registry: TenantRegistry,
    private readonly tenantDb: TenantDatabase,
  ) {}

  async inbox(companyId: string, query: { status?: OrderStatus[]; page?: number; pageSize?: number }): Promise<Page<MediaInboxOrder>> {
    const { page, pageSize, offset } = pageWindow(query);
    const tenantIds = await this.dossiers.linkedTenantIds(companyId);
    const summaries = await this.registry.summariesByIds(tenantIds);
    const merged: MediaInboxOrder[] = [];
    let total = 0;
    for (const tenantId of tenantIds) {
      const summary = summaries.get(tenantId);
      const resolved = summary ? await this.registry.resolve(summary.slug) : null;
      if (!summary || !resolved || resolved.status !== 'active') continue;
      let rows: OrderEntity[];
      let count: number;
      try {
        ({ rows, count } = await this.tenantDb.run(resolved.handle, async () => {
          const qb = this.tenantDb.repository(OrderEntity).createQueryBuilder('o').where('o.company_id = :companyId', { companyId });
          if (query.status?.length) qb.andWhere('o.status in (:...status)', { status: query.status });
          const [found, n] = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC').limit(offset + pageSize).getManyAndCount();
          return { rows: found, count: n };
        }));
      } catch (error) {
        // One region out of order (e.g. mid-migration) must not empty the inbox of the others.
        this.logger.error(`inbox of ${companyId}: ${summary.slug} skipped: ${(error as Error).message}`);
        continue;
      }
      total += count;
      merged.push(...rows.map((row) => ({ ...toOrderSummary(row), tenant: { slug: summary.slug, name: summary.name } })));
    }
    merged.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    return pageOf(merged.slice(offset, offset + pageSize), page, pageSize, total);
  }
}
