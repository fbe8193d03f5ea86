import { Injectable } from '@nestjs/common';
import { ClaimableProof, IssuedDocument, OutletSpendRow, OverdueProofRow, Page, RegisterFilter } from '@sinergi/contracts';
import { AppException, containsPattern, type PageSlice, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { In } from 'typeorm';
import { OrderEntity, ProofEntity } from './entities/publication.entities';
import { daysBetween } from './orders/deadline';
import { OrderService } from './orders/order.service';
import { AWAITING_PROOF } from './orders/order-transitions';

const BILLING: RequestActor = { id: null, name: 'system:billing', ip: null };
const BATCH = 1000;

type RegisterCell = string | number | null;

/**
 * What billing and reporting use of publication, in the caller's tenant unit of work: proofs a
 * company may claim, the claim and payment marks on orders, spend and overdue figures, registers.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly orders: OrderService,
  ) {}

  /**
   * The order letters (surat pesanan) for the documents register: the first `limit` newest (issued
   * date, then when numbered, then number: the register's order; cancelled ones keep their number)
   * and how many match. `q` is part of the number, the outlet or the company.
   */
  async issuedDocuments(filter: { fiscalYear?: number; q?: string }, limit: number): Promise<PageSlice<IssuedDocument>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.fiscalYear) where.push(`fiscal_year = $${params.push(filter.fiscalYear)}`);
    const like = containsPattern(filter.q);
    if (like) where.push(`(number ilike $${params.push(like)} or outlet_name ilike $${params.length} or company_name ilike $${params.length})`);
    // An order letter is dated the day it is issued (WIB), which is when its row was created.
    const rows = (await this.tenantDb.manager().query(
      `select id, number, fiscal_year, to_char(created_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as issued_on, created_at, outlet_name, company_name,
              count(*) over ()::int as total
         from orders ${where.length ? `where ${where.join(' and ')}` : ''}
        order by (created_at at time zone 'Asia/Jakarta')::date desc, date_trunc('milliseconds', created_at) desc, number collate "C"
        limit $${params.push(limit)}`,
      params,
    )) as { id: string; number: string; fiscal_year: number; issued_on: string; created_at: Date; outlet_name: string; company_name: string; total: number }[];
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        kind: 'order',
        number: row.number,
        fiscalYear: row.fiscal_year,
        issuedOn: row.issued_on,
        issuedAt: new Date(row.created_at).toISOString(),
        outletName: row.outlet_name,
        companyName: row.company_name,
        objectType: 'order',
        objectId: row.id,
        downloadPath: `/orders/${row.id}/pdf`,
      })),
    };
  }

  /**
   * The accepted, unclaimed proofs of this company among ids, all of one agreement (outlet), rows
   * locked until the caller's commit. Anything else is refused with 422 CLAIM_PROOFS_INVALID naming
   * each bad id and why.
   */
  async claimableProofs(companyId: string, proofIds: string[]): Promise<ClaimableProof[]> {
    const ids = [...new Set(proofIds)];
    if (ids.length === 0) throw new AppException('CLAIM_PROOFS_INVALID', undefined, [{ field: 'proofIds', message: 'no proofs given' }]);
    const manager = this.tenantDb.manager();
    const proofs = await manager.getRepository(ProofEntity).findBy({ id: In(ids) });
    const orders = await this.orders.lockMany(proofs.map((p) => p.orderId));
    const orderOf = new Map(orders.map((o) => [o.id, o]));
    const problems: { field: string; message: string; proofId: string }[] = [];
    const good: { proof: ProofEntity; order: OrderEntity }[] = [];
    for (const id of ids) {
      const proof = proofs.find((p) => p.id === id);
      const order = proof ? orderOf.get(proof.orderId) : undefined;
      const bad = (message: string) => problems.push({ field: 'proofIds', message: `${id}: ${message}`, proofId: id });
      if (!proof || !order) bad('not found in this region');
      else if (order.companyId !== companyId) bad("another company's proof");
      else if (order.status === 'claimed' || order.status === 'paid') bad(`already claimed (${order.status})`);
      else if (proof.status !== 'accepted' || order.status !== 'proof-accepted') bad(`not accepted (proof ${proof.status}, order ${order.status})`);
      else good.push({ proof, order });
    }
    const first = good[0];
    for (const { proof, order } of good.slice(1)) {
      if (order.agreementId !== first!.order.agreementId) {
        problems.push({ field: 'proofIds', message: `${proof.id}: another outlet than the others (${order.outletName}, not ${first!.order.outletName})`, proofId: proof.id });
      }
    }
    if (problems.length) throw new AppException('CLAIM_PROOFS_INVALID', undefined, problems);
    return good.map(({ proof, order }) => ({
      proofId: proof.id,
      orderId: order.id,
      orderNumber: order.number,
      fiscalYear: order.fiscalYear,
      agreementId: order.agreementId,
      companyId: order.companyId,
      outletId: order.outletId,
      outletName: order.outletName,
      mediaType: order.mediaType,
      productCode: order.productCode,
      productName: order.productName,
      quantity: order.quantity,
      unitPrice: order.unitPrice,
      amount: order.amount,
      publishedOn: proof.publishedOn ?? todayInJakarta(proof.submittedAt),
    }));
  }

  /** Orders → claimed (from proof-accepted only; 409 INVALID_TRANSITION otherwise). */
  async markClaimed(orderIds: string[], claimId: string, actor: RequestActor = BILLING): Promise<void> {
    for (const order of await this.lockAll(orderIds)) {
      order.claimId = claimId;
      await this.orders.move(order, 'claim', actor, { claimId });
    }
  }

  /** A withdrawn or cancelled claim: its orders go back to proof-accepted, free to be claimed again. */
  async unmarkClaimed(orderIds: string[], actor: RequestActor = BILLING): Promise<void> {
    for (const order of await this.lockAll(orderIds)) {
      const claimId = order.claimId;
      order.claimId = null;
      await this.orders.move(order, 'unclaim', actor, { claimId });
    }
  }

  async markPaid(orderIds: string[], actor: RequestActor = BILLING): Promise<void> {
    for (const order of await this.lockAll(orderIds)) await this.orders.move(order, 'pay', actor, { claimId: order.claimId });
  }

  /**
   * The dashboard's part of publication in ONE statement (its round trips are its cost):
   * - per outlet: orders (not declined or cancelled), what they commit (not released, not paid) and
   *   what is paid, from the running totals per outlet (order_outlet_totals, kept by triggers on
   *   orders in the writer's transaction): one row per outlet instead of every order of the year;
   * - orders whose proof is late (locked, or past the deadline and not locked yet), longest overdue
   *   first: a page and the total.
   */
  async dashboardFigures(fiscalYear: number, overdue: { page?: number; pageSize?: number }): Promise<{ spendPerOutlet: OutletSpendRow[]; overdueProofs: Page<OverdueProofRow> }> {
    const { page, pageSize, offset } = pageWindow(overdue);
    const today = todayInJakarta();
    // Locked, or awaiting a proof past its deadline; written so that orders_late_idx (the locked and
    // awaiting orders of a year in deadline order, covering the page's columns) answers it alone.
    const late = `fiscal_year = $1 and status = any ($2::varchar[]) and (status = 'locked' or proof_deadline < $3::date)`;
    const [row] = (await this.tenantDb.manager().query(
      `select (select coalesce(json_agg(s), '[]') from (
                 select outlet_id as "outletId", outlet_name as "outletName", media_type as "mediaType", orders, committed, paid
                   from order_outlet_totals where fiscal_year = $1 and all_orders > 0 order by committed desc, outlet_name) s) as spend,
              (select count(*)::int from orders where ${late}) as overdue_total,
              (select coalesce(json_agg(o), '[]') from (
                 select id as "orderId", number as "orderNumber", outlet_id as "outletId", outlet_name as "outletName", media_type as "mediaType", status,
                        proof_deadline::text as "proofDeadline", amount
                   from orders where ${late} order by proof_deadline, id offset $4 limit $5) o) as overdue`,
      [fiscalYear, ['locked', ...AWAITING_PROOF], today, offset, pageSize],
    )) as { spend: OutletSpendRow[]; overdue_total: number; overdue: Omit<OverdueProofRow, 'daysOverdue'>[] }[];
    return {
      spendPerOutlet: row!.spend,
      overdueProofs: pageOf(
        row!.overdue.map((o) => ({ ...o, daysOverdue: Math.max(daysBetween(o.proofDeadline, today), 0) })),
        page,
        pageSize,
        row!.overdue_total,
      ),
    };
  }

  /** Register rows in batches of 1,000 (keyset on the order number's creation order), for Excel. */
  async *registerRows(kind: 'orders' | 'proofs', filter: RegisterFilter): AsyncIterable<Record<string, RegisterCell>[]> {
    const manager = this.tenantDb.manager();
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const params: unknown[] = [filter.fiscalYear];
      const where = ['o.fiscal_year = $1'];
      const dateColumn = kind === 'orders' ? 'o.created_at' : 'p.submitted_at';
      if (filter.from) where.push(`(${dateColumn} at time zone 'Asia/Jakarta')::date >= $${params.push(filter.from)}`);
      if (filter.to) where.push(`(${dateColumn} at time zone 'Asia/Jakarta')::date <= $${params.push(filter.to)}`);
      if (filter.outletId) where.push(`o.outlet_id = $${params.push(filter.outletId)}`);
      if (filter.mediaType) where.push(`o.media_type = $${params.push(filter.mediaType)}`);
      if (after) where.push(`(o.created_at, o.id) > ($${params.push(after.at)}, $${params.push(after.id)})`);
      const rows = (await manager.query(
        `select o.id, o.number, o.created_at, o.company_name, o.outlet_name, o.media_type, o.tier, o.product_name, o.quantity, o.unit_price,
                o.amount, o.title, o.publish_from::text, o.publish_until::text, o.proof_deadline::text, o.status,
                p.id as proof_id, p.status as proof_status, p.round, p.published_on::text, p.submitted_at, p.reviewed_at, p.reviewed_by, p.link_checks
           from orders o ${kind === 'proofs' ? 'join' : 'left join'} proofs p on p.order_id = o.id
          where ${where.join(' and ')} order by o.created_at, o.id limit ${BATCH}`,
        params,
      )) as Record<string, unknown>[];
      if (rows.length === 0) return;
      yield rows.map((r) => (kind === 'orders' ? orderRegisterRow(r) : proofRegisterRow(r)));
      const last = rows[rows.length - 1]!;
      after = { at: last['created_at'] as Date, id: last['id'] as string };
      if (rows.length < BATCH) return;
    }
  }

  private async lockAll(orderIds: string[]): Promise<OrderEntity[]> {
    const ids = [...new Set(orderIds)];
    const rows = await this.orders.lockMany(ids);
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such order.', id: 'Pesanan tidak ditemukan.' }, missing.map((id) => ({ field: 'orderIds', message: id })));
    return rows;
  }
}

const isoDate = (value: unknown) => (value instanceof Date ? todayInJakarta(value) : typeof value === 'string' ? value.slice(0, 10) : null);

function orderRegisterRow(r: Record<string, unknown>): Record<string, RegisterCell> {
  return {
    number: r['number'] as string,
    issuedOn: isoDate(r['created_at']),
    company: r['company_name'] as string,
    outlet: r['outlet_name'] as string,
    mediaType: r['media_type'] as string,
    tier: r['tier'] as string,
    product: r['product_name'] as string,
    quantity: r['quantity'] as number,
    unitPrice: Number(r['unit_price']),
    amount: Number(r['amount']),
    title: r['title'] as string,
    publishFrom: isoDate(r['publish_from']),
    publishUntil: isoDate(r['publish_until']),
    proofDeadline: isoDate(r['proof_deadline']),
    status: r['status'] as string,
  };
}

function proofRegisterRow(r: Record<string, unknown>): Record<string, RegisterCell> {
  const checks = (r['link_checks'] as { verdict: string }[] | null) ?? [];
  return {
    orderNumber: r['number'] as string,
    outlet: r['outlet_name'] as string,
    mediaType: r['media_type'] as string,
    product: r['product_name'] as string,
    amount: Number(r['amount']),
    proofStatus: r['proof_status'] as string,
    round: r['round'] as number,
    publishedOn: isoDate(r['published_on']),
    submittedOn: isoDate(r['submitted_at']),
    reviewedOn: isoDate(r['reviewed_at']),
    reviewedBy: (r['reviewed_by'] as string | null) ?? null,
    linkCheck: checks.map((c) => c.verdict).join(', ') || null,
    orderStatus: r['status'] as string,
  };
}
