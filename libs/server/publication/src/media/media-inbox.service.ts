import { Injectable } from '@nestjs/common';
import { MediaInboxOrder, OrderStatus, OrderSummary, Page } from '@sinergi/contracts';
import { TenantDatabase } from '@sinergi/server/core';
import { CompanyTenants } from '@sinergi/server/partnership';
import { OrderEntity } from '../entities/publication.entities';
import { toOrderSummary } from '../orders/order-views';

/**
 * One inbox for a press company across every region it works with: in each linked active tenant the
 * newest orders (only as many as the page needs), merged newest first.
 */
@Injectable()
export class MediaInboxService {
  constructor(
    private readonly companyTenants: CompanyTenants,
    private readonly tenantDb: TenantDatabase,
  ) {}

  inbox(companyId: string, query: { status?: OrderStatus[]; page?: number; pageSize?: number }): Promise<Page<MediaInboxOrder>> {
    return this.companyTenants.mergedPage<OrderSummary>(
      companyId,
      query,
      async (limit) => {
        const qb = this.tenantDb.repository(OrderEntity).createQueryBuilder('o').where('o.company_id = :companyId', { companyId });
        if (query.status?.length) qb.andWhere('o.status in (:...status)', { status: query.status });
        const [rows, total] = await qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC').limit(limit).getManyAndCount();
        return { items: rows.map(toOrderSummary), total };
      },
      (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
      'inbox',
    );
  }
}
