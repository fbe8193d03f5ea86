import { Injectable } from '@nestjs/common';
import {
  Agreement,
  CreateOrderRequest,
  DistributionRow,
  Order,
  OrderQuery,
  OrderStatus,
  OrderSummary,
  Page,
  RELEASED_ORDER_STATUSES,
} from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { BudgetService } from '@sinergi/server/budget';
import { AppException, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { DocumentNumbering, OrderRenderer } from '@sinergi/server/documents';
import { DossierService } from '@sinergi/server/media';
import { AgreementService, PartnershipConfigurationService } from '@sinergi/server/partnership';
import { FileStorage } from '@sinergi/server/storage';
import { randomUUID } from 'node:crypto';
import { Brackets, EntityManager, In } from 'typeorm';
import { OrderEntity, OrderEventEntity, OrderFileEntity, ProofEntity } from '../entities/publication.entities';
import { PublicationSettingsService } from '../settings/publication-settings.service';
import { isIsoDate, proofDeadline } from './deadline';
import { OrderNotices } from './order-notices';
import { AWAITING_PROOF, OrderAction, transition } from './order-transitions';
import { OrderSummaryRow, orderSummaryOf, SUMMARY_COLUMNS, toOrder } from './order-views';
import { isPriceRefusal, orderAmount, resolvePrice } from './pricing';

export const orderNotFound = () => new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such order.', id: 'Pesanan tidak ditemukan.' });
const rp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
const RELEASED = [...RELEASED_ORDER_STATUSES];
const MEDIA_ACTIONS = new Set(['order.accept', 'order.decline', 'order.submit-proof', 'proof.file-uploaded']);

/** Who may see an order: the tenant's staff (no scope) or one press company (its own orders only). */
export type OrderScope = { companyId: string } | undefined;

/**
 * Orders (surat pesanan): checked in a fixed order (agreement, block, overdue proofs, product, price,
 * the agreement's ceiling, the budget), priced and frozen, numbered, rendered on the letterhead,
 * stored and mailed; then accepted or declined by the media, or cancelled by staff before that.
 */
@Injectable()
export class OrderService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly settings: PublicationSettingsService,
    private readonly agreements: AgreementService,
    private readonly configurations: PartnershipConfigurationService,
    private readonly budget: BudgetService,
    private readonly numbering: DocumentNumbering,
    private readonly renderer: OrderRenderer,
    private readonly storage: FileStorage,
    private readonly dossiers: DossierService,
    private readonly notices: OrderNotices,
    private readonly audit: AuditTrail,
  ) {}

  async create(request: CreateOrderRequest, actor: RequestActor): Promise<Order> {
    const today = todayInJakarta();
    const title = request.material.title.trim();
    const body = request.material.body.trim();
    const dates = [
      ...(!isIsoDate(request.publishFrom) ? [{ field: 'publishFrom', message: 'a date YYYY-MM-DD' }] : []),
      ...(!isIsoDate(request.publishUntil) ? [{ field: 'publishUntil', message: 'a date YYYY-MM-DD' }] : []),
    ];
    if (dates.length) throw new AppException('VALIDATION_FAILED', undefined, dates);
    if (request.publishUntil < request.publishFrom) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'publishUntil', message: 'must not be before publishFrom' }]);
    if (request.publishFrom < today) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'publishFrom', message: `an order is issued before publication: from today (${today}) on` }]);
    const fiscalYear = Number(request.publishFrom.slice(0, 4));
    if (Number(request.publishUntil.slice(0, 4)) !== fiscalYear) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'publishUntil', message: `the window must lie within one fiscal year (${fiscalYear})` }]);
    }

    // 1. An agreement in force over the whole window.
    const agreement = await this.agreements.get(request.agreementId).catch((error: unknown) => {
      if (error instanceof AppException && error.code === 'RESOURCE_NOT_FOUND') return null;
      throw error;
    });
    const agreementProblem = !agreement
      ? 'there is no such agreement in this region'
      : agreement.status !== 'active'
        ? `agreement ${agreement.number} is ${agreement.status}`
        : request.publishFrom < agreement.startsOn || request.publishUntil > agreement.endsOn
          ? `agreement ${agreement.number} runs from ${agreement.startsOn} to ${agreement.endsOn}; the window ${request.publishFrom}..${request.publishUntil} is not inside it`
          : null;
    if (agreementProblem || !agreement) throw new AppException('AGREEMENT_REQUIRED', undefined, [{ field: 'agreementId', message: agreementProblem ?? 'no agreement' }]);

    // 2. Not blocked today.
    const block = await this.agreements.activeBlock(agreement.outlet.id, today);
    if (block) {
      throw new AppException('OUTLET_BLOCKED', undefined, [{ field: 'agreementId', message: `${agreement.outlet.name} is blocked since ${block.startsOn}: ${block.reason}`, blockId: block.id }]);
    }

    // 3. No overdue proofs while the region's rule is on.
    const settings = await this.settings.require(fiscalYear);
    if (settings.blockOutletsWithOverdueProofs) {
      const overdue = await this.overdueOrders(agreement.outlet.id, fiscalYear, today);
      if (overdue.length) {
        throw new AppException(
          'OUTLET_HAS_OVERDUE_PROOFS',
          undefined,
          overdue.map((o) => ({ field: 'agreementId', message: `order ${o.number} (${o.status}) had its proof due by ${o.proofDeadline}`, orderId: o.id })),
        );
      }
    }

    // 4-5. The product for the outlet's media type, and its price.
    const price = resolvePrice(settings, { id: agreement.id, tier: agreement.tier, mediaType: agreement.outlet.mediaType }, request.productCode);
    if (isPriceRefusal(price)) {
      if (price.reason === 'no-price') throw new AppException('PRICE_NOT_FOUND', undefined, [{ field: 'productCode', message: price.message, tier: agreement.tier }]);
      throw new AppException('VALIDATION_FAILED', { en: 'This product is not sold for this outlet.', id: 'Produk ini tidak tersedia untuk media tersebut.' }, [
        { field: 'productCode', message: price.message },
      ]);
    }
    const amount = orderAmount(price.unitPrice, request.quantity);
    if (amount === null) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'quantity', message: 'the amount is too large' }]);
    const form = settings.proofForms.find((f) => f.mediaType === agreement.outlet.mediaType)!;

    // 6. The agreement's ceiling; orders of one agreement are serialised so two cannot both fit.
    const manager = this.tenantDb.manager();
    await manager.query(`select pg_advisory_xact_lock(hashtext('order-agreement'), hashtext($1))`, [agreement.id]);
    if (agreement.ceiling !== null) {
      const ordered = await this.orderedOn(manager, agreement.id);
      if (ordered + amount > agreement.ceiling) {
        const available = Math.max(agreement.ceiling - ordered, 0);
        throw new AppException(
          'AGREEMENT_CEILING_EXCEEDED',
          {
            en: `This order of ${rp(amount)} would overrun the agreement's ceiling of ${rp(agreement.ceiling)}: ${rp(ordered)} is already ordered, ${rp(available)} is left.`,
            id: `Pesanan senilai ${rp(amount)} melebihi nilai maksimal perjanjian ${rp(agreement.ceiling)}: sudah dipesan ${rp(ordered)}, sisa ${rp(available)}.`,
          },
          [{ field: 'amount', message: `ordered ${ordered} + requested ${amount} > ceiling ${agreement.ceiling}`, ceiling: agreement.ceiling, ordered, requested: amount, available }],
        );
      }
    }

    // 7. The budget, in this same transaction.
    const id = randomUUID();
    await this.budget.commit({ fiscalYear, mediaType: agreement.outlet.mediaType, amount, outletId: agreement.outlet.id, ref: { type: 'order', id } });

    const configuration = await this.configurations.require(fiscalYear);
    const { number } = await this.numbering.next('order', fiscalYear, { unit: configuration.unitCode, issuedOn: today });
    const snapshot = await this.dossiers.snapshot(agreement.company.id);
    const outlet = snapshot.outlets.find((o) => o.id === agreement.outlet.id);
    const deadline = proofDeadline(request.publishUntil, form.deadlineDays);
    const pdf = await this.renderer.renderOrder({
      number,
      issuedOn: today,
      letterhead: { ...configuration.letterhead, logoPng: null },
      fiscalYear,
      signatory: { ...configuration.agreementSignatory, institution: configuration.owningUnit },
      media: {
        companyLegalName: snapshot.company.legalName,
        companyAddress: snapshot.company.address,
        outletName: agreement.outlet.name,
        mediaType: agreement.outlet.mediaType,
        url: outlet?.url ?? null,
      },
      agreement: { number: agreement.number, signedOn: null },
      product: price.product,
      quantity: request.quantity,
      unitPrice: price.unitPrice,
      amount,
      material: { title, body },
      window: { from: request.publishFrom, until: request.publishUntil },
      proofDeadline: deadline,
      proofFields: form.fields.map((f) => f.label.id),
    });
    const stored = await this.storage.store(pdf, `${fileName(number)}.pdf`);
    const repo = manager.getRepository(OrderEntity);
    await repo.insert({
      id,
      number,
      fiscalYear,
      agreementId: agreement.id,
      companyId: agreement.company.id,
      companyName: agreement.company.legalName,
      outletId: agreement.outlet.id,
      outletName: agreement.outlet.name,
      mediaType: agreement.outlet.mediaType,
      tier: agreement.tier,
      productCode: price.product.code,
      productName: price.product.name,
      productKind: price.product.kind,
      unit: price.product.unit,
      quantity: request.quantity,
      unitPrice: price.unitPrice,
      priceSource: price.source,
      amount,
      title,
      body,
      publishFrom: request.publishFrom,
      publishUntil: request.publishUntil,
      proofDeadline: deadline,
      status: 'issued',
      settingsVersion: settings.version,
      documentHash: stored.hash,
      createdBy: actor.name,
    });
    const row = await repo.findOneByOrFail({ id });
    await this.record(row, 'order.issued', actor, { number, amount, unitPrice: price.unitPrice, priceSource: price.source, quantity: request.quantity, settingsVersion: settings.version });
    await this.notices.orderIssued(row);
    return this.get(id);
  }

  /**
   * A page of orders and the total in ONE statement (one round trip), with only the columns of a
   * summary (never the material's body). Text search is one LIKE over `search_text` (number, title
   * and outlet name, lowercased by the database), answered from the index.
   */
  async list(query: OrderQuery): Promise<Page<OrderSummary>> {
    const { page, pageSize, offset } = pageWindow(query);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (query.fiscalYear) where.push(`fiscal_year = ${param(query.fiscalYear)}`);
    if (query.status?.length) where.push(`status = any (${param(query.status)}::varchar[])`);
    if (query.outletId) where.push(`outlet_id = ${param(query.outletId)}`);
    if (query.companyId) where.push(`company_id = ${param(query.companyId)}`);
    if (query.mediaType) where.push(`media_type = ${param(query.mediaType)}`);
    if (query.productCode) where.push(`product_code = ${param(query.productCode)}`);
    if (query.publishFrom) where.push(`publish_until >= ${param(query.publishFrom)}::date`);
    if (query.publishTo) where.push(`publish_from <= ${param(query.publishTo)}::date`);
    if (query.q?.trim()) where.push(`search_text like lower(${param(`%${query.q.trim().replace(/[%_\\]/g, '\\$&')}%`)})`);
    const column = { createdAt: 'created_at', publishFrom: 'publish_from', amount: 'amount', number: 'number' }[query.sort ?? 'createdAt'];
    const direction = query.direction ?? (query.sort && query.sort !== 'createdAt' ? 'asc' : 'desc');
    const filter = where.length ? `where ${where.join(' and ')}` : '';
    const order = (alias: string) => `${alias}${column} ${direction === 'asc' ? 'asc' : 'desc'}, ${alias}id asc`;
    // Filtered by year, statuses and media type only (how the list is mostly opened), the total is
    // a sum over the running counts per year, status and media type (order_status_totals, kept by
    // triggers on orders; the same column names, so the same conditions); else a count.
    const fromTotals = !(query.outletId || query.companyId || query.productCode || query.publishFrom || query.publishTo || query.q?.trim());
    const counted = fromTotals ? 'coalesce(sum(orders), 0)::int as total from order_status_totals' : 'count(*)::int as total from orders';
    // The page's ids come from an index alone (orders_list_filter_idx covers filters and sort
    // keys, or the index of the sort order), then only those rows are read.
    const rows = (await this.tenantDb.manager().query(
      `with page as (select id from orders ${filter} order by ${order('')} offset ${param(offset)} limit ${param(pageSize)})
       select t.total, ${SUMMARY_COLUMNS}
         from (select ${counted} ${filter}) t
         left join (page join orders o on o.id = page.id) on true
        order by ${order('o.')}`,
      params,
    )) as (OrderSummaryRow & { total: number })[];
    const total = rows[0]?.total ?? 0;
    return pageOf(
      rows.filter((row) => row.id !== null).map(orderSummaryOf),
      page,
      pageSize,
      total,
    );
  }

  /** One order with its files, proof and history; a company sees only its own (404 otherwise). */
  async get(id: string, scope?: OrderScope): Promise<Order> {
    const manager = this.tenantDb.manager();
    const row = await manager.getRepository(OrderEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw orderNotFound();
    const files = await manager.getRepository(OrderFileEntity).find({ where: { orderId: id }, order: { uploadedAt: 'ASC' } });
    const proof = await manager.getRepository(ProofEntity).findOneBy({ orderId: id });
    const events = await manager.getRepository(OrderEventEntity).find({ where: { orderId: id }, order: { id: 'ASC' } });
    // The media see what happened, not which official did it (staff e-mail addresses stay in the region).
    if (scope) for (const event of events) if (!MEDIA_ACTIONS.has(event.action) && !event.actor.startsWith('system:')) event.actor = 'staff';
    return toOrder(row, { files, proof, events });
  }

  async pdf(id: string, scope?: OrderScope) {
    const row = await this.tenantDb.repository(OrderEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw orderNotFound();
    return { name: `${fileName(row.number)}.pdf`, file: await this.storage.open(row.documentHash) };
  }

  /** A file of the order (material or proof), only through the order it belongs to. */
  async file(id: string, fileId: string, scope?: OrderScope) {
    const row = await this.tenantDb.repository(OrderEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw orderNotFound();
    const file = await this.tenantDb.repository(OrderFileEntity).findOneBy({ id: fileId, orderId: id });
    if (!file) throw new AppException('FILE_NOT_FOUND');
    return { name: file.name, file: await this.storage.open(file.hash) };
  }

  /** Staff attach material (images, PDF) while the media have not published yet. */
  async addMaterial(id: string, upload: { buffer: Buffer; originalname: string }, actor: RequestActor): Promise<Order> {
    const order = await this.lock(id);
    if (!['issued', 'accepted'].includes(order.status)) {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'status', message: `material can be added while the order is issued or accepted, not ${order.status}` }]);
    }
    const stored = await this.storage.store(upload.buffer, upload.originalname);
    await this.tenantDb
      .manager()
      .createQueryBuilder()
      .insert()
      .into(OrderFileEntity)
      .values({ orderId: id, purpose: 'material', hash: stored.hash, name: stored.originalName, size: stored.size, contentType: stored.contentType, uploadedBy: actor.name })
      .orIgnore()
      .execute();
    await this.bump(order, order.status);
    await this.record(order, 'order.material-added', actor, { name: stored.originalName, hash: stored.hash });
    return this.get(id);
  }

  /** Staff withdraw an order the media have not accepted yet; its budget is released. */
  async cancel(id: string, version: number, reason: string, actor: RequestActor): Promise<Order> {
    const order = await this.lock(id, undefined, version);
    await this.move(order, 'cancel', actor, { reason });
    await this.budget.release({ type: 'order', id });
    return this.get(id);
  }

  async accept(companyId: string, id: string, actor: RequestActor): Promise<Order> {
    const order = await this.lock(id, { companyId });
    await this.move(order, 'accept', actor, {});
    return this.get(id, { companyId });
  }

  async decline(companyId: string, id: string, reason: string, actor: RequestActor): Promise<Order> {
    const order = await this.lock(id, { companyId });
    order.declineReason = reason.trim();
    await this.move(order, 'decline', actor, { reason: order.declineReason });
    await this.budget.release({ type: 'order', id });
    return this.get(id, { companyId });
  }

  /**
   * Fair distribution: each outlet with an agreement in force in the year (today), its tier, how
   * many orders it got and what they are worth so far, and whether a new order would be refused.
   */
  async distribution(fiscalYear: number, sort: 'spend' | 'orders' | 'outlet' | 'tier' = 'spend', direction: 'asc' | 'desc' = 'asc'): Promise<DistributionRow[]> {
    const today = todayInJakarta();
    const agreements: Agreement[] = [];
    for (let page = 1; ; page++) {
      const batch = await this.agreements.list({ fiscalYear, page, pageSize: 200 });
      agreements.push(...batch.items);
      if (batch.items.length < 200) break;
    }
    const inForce = agreements.filter((a) => a.status === 'active' && a.startsOn <= `${fiscalYear}-12-31` && a.endsOn >= `${fiscalYear}-01-01`);
    const stats = (await this.tenantDb.manager().query(
      `select agreement_id,
              count(*) filter (where status not in ('declined', 'cancelled'))::int as orders,
              coalesce(sum(amount) filter (where status <> all($2::varchar[])), 0)::bigint as spend,
              coalesce(sum(amount) filter (where status = 'paid'), 0)::bigint as paid,
              count(*) filter (where status = any($3::varchar[]) and proof_deadline < $4)::int as overdue,
              count(*) filter (where status = 'locked')::int as locked
         from orders where fiscal_year = $1 group by agreement_id`,
      [fiscalYear, RELEASED, [...AWAITING_PROOF], today],
    )) as { agreement_id: string; orders: number; spend: string; paid: string; overdue: number; locked: number }[];
    const byAgreement = new Map(stats.map((s) => [s.agreement_id, s]));
    const rule = (await this.settings.current(fiscalYear))?.blockOutletsWithOverdueProofs ?? false;
    const rows: DistributionRow[] = [];
    for (const agreement of inForce) {
      const s = byAgreement.get(agreement.id);
      const blocked = (await this.agreements.activeBlock(agreement.outlet.id, today)) !== null;
      const overdueProofs = s?.overdue ?? 0;
      const lockedOrders = s?.locked ?? 0;
      rows.push({
        agreementId: agreement.id,
        outlet: agreement.outlet,
        company: agreement.company,
        tier: agreement.tier,
        ceiling: agreement.ceiling,
        orders: s?.orders ?? 0,
        spend: Number(s?.spend ?? 0),
        paid: Number(s?.paid ?? 0),
        overdueProofs,
        lockedOrders,
        blocked,
        refusal: blocked ? 'OUTLET_BLOCKED' : rule && overdueProofs + lockedOrders > 0 ? 'OUTLET_HAS_OVERDUE_PROOFS' : null,
      });
    }
    const key = {
      spend: (r: DistributionRow) => r.spend,
      orders: (r: DistributionRow) => r.orders,
      outlet: (r: DistributionRow) => r.outlet.name.toLowerCase(),
      tier: (r: DistributionRow) => r.tier,
    }[sort];
    const sign = direction === 'desc' ? -1 : 1;
    return rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.outlet.name.localeCompare(b.outlet.name)) * sign;
    });
  }

  // --- shared with the proof side ----------------------------------------------------------------

  /** The order, row-locked for this transaction; 404 outside the scope; 409 STALE_VERSION when given one that moved on. */
  async lock(id: string, scope?: OrderScope, version?: number): Promise<OrderEntity> {
    const row = await this.tenantDb
      .repository(OrderEntity)
      .findOne({ where: scope ? { id, companyId: scope.companyId } : { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw orderNotFound();
    if (version !== undefined && row.version !== version) {
      throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `the order is at version ${row.version}, not ${version}` }]);
    }
    return row;
  }

  /** Applies an action of the state machine (409 INVALID_TRANSITION otherwise), with history and audit. */
  async move(order: OrderEntity, action: OrderAction, actor: RequestActor, details: Record<string, unknown>): Promise<OrderStatus> {
    const from = order.status;
    const to = transition(from, action);
    await this.bump(order, to);
    await this.record(order, `order.${actionName(action)}`, actor, { from, to, ...details });
    return to;
  }

  async bump(order: OrderEntity, status: OrderStatus): Promise<void> {
    order.status = status;
    order.version += 1;
    order.updatedAt = new Date();
    await this.tenantDb.repository(OrderEntity).update(
      { id: order.id },
      { status, version: order.version, updatedAt: order.updatedAt, declineReason: order.declineReason, claimId: order.claimId },
    );
  }

  async record(order: OrderEntity, action: string, actor: RequestActor, details: Record<string, unknown>): Promise<void> {
    await this.tenantDb.manager().query('insert into order_events (order_id, actor, action, details) values ($1, $2, $3, $4)', [order.id, actor.name, action, JSON.stringify(details)]);
    await this.audit.record(actor, { action, subject: { type: 'Order', id: order.id }, details: { number: order.number, ...details } });
  }

  /** Orders of an outlet in the year whose proof is late (locked, or past the deadline and not yet locked). */
  async overdueOrders(outletId: string, fiscalYear: number, today: string): Promise<OrderEntity[]> {
    return this.tenantDb
      .repository(OrderEntity)
      .createQueryBuilder('o')
      .where('o.outlet_id = :outletId and o.fiscal_year = :fiscalYear', { outletId, fiscalYear })
      .andWhere(new Brackets((w) => w.where(`o.status = 'locked'`).orWhere('o.status in (:...awaiting) and o.proof_deadline < :today', { awaiting: [...AWAITING_PROOF], today })))
      .orderBy('o.proof_deadline', 'ASC')
      .limit(20)
      .getMany();
  }

  private async orderedOn(manager: EntityManager, agreementId: string): Promise<number> {
    const [row] = (await manager.query(`select coalesce(sum(amount), 0)::bigint as total from orders where agreement_id = $1 and status <> all($2::varchar[])`, [
      agreementId,
      RELEASED,
    ])) as { total: string }[];
    return Number(row!.total);
  }

  /** For billing: orders by id in this tenant (locked). */
  async lockMany(ids: string[]): Promise<OrderEntity[]> {
    if (ids.length === 0) return [];
    return this.tenantDb.repository(OrderEntity).find({ where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }
}

function actionName(action: OrderAction): string {
  return action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function fileName(number: string): string {
  return number.replace(/[^\w.-]+/g, '-');
}
