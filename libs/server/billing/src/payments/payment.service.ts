import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BillingDocument, ErrorDetail, MediaType, Payment, PaymentList, PaymentQuery, PaymentRow, PaymentSort, RecordPaymentRequest, TaxReceipt, TaxReceiptKind } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { BudgetService } from '@sinergi/server/budget';
import { formatRupiah } from '@sinergi/server/documents';
import { PublicationService } from '@sinergi/server/publication';
import { ClaimEntity, ClaimLineEntity, PaymentEntity } from '../entities/billing.entities';
import { ClaimDocumentsService } from '../claims/claim-documents.service';
import { ClaimNotices } from '../claims/claim-notices';
import { assertMove } from '../claims/claim-state';
import { assertVersion, ClaimService, toPayment } from '../claims/claim.service';

export const IDEMPOTENCY_KEY_PATTERN = /^[\w.:-]{8,200}$/;

/** Each sort with the id as a tie-breaker, so that pages never overlap. */
const LIST_ORDER: Record<PaymentSort, string> = {
  '-sp2dDate': 'p.sp2d_date desc, p.recorded_at desc, p.id',
  sp2dDate: 'p.sp2d_date, p.recorded_at, p.id',
  '-amount': 'p.amount desc, p.sp2d_date desc, p.id',
  amount: 'p.amount, p.sp2d_date, p.id',
};

type PaymentListRow = {
  id: string;
  claim_id: string;
  claim_number: string;
  fiscal_year: number;
  gross: string;
  ppn_withheld: string | null;
  pph23: string | null;
  company_id: string;
  company_name: string;
  outlet_id: string;
  outlet_name: string;
  media_type: MediaType;
  sp2d_number: string;
  sp2d_date: string;
  amount: string;
  recorded_by: string;
  recorded_at: Date;
  documents: BillingDocument[];
};

/** The fields that make a payment what it is (the claim's version is a guard, not part of it). */
export function paymentFingerprint(claimId: string, request: RecordPaymentRequest): string {
  const receipts = [...request.taxReceipts]
    .map((r) => ({ kind: r.kind, ntpn: r.ntpn.trim(), billingCode: r.billingCode?.trim() || null, amount: r.amount, paidOn: r.paidOn }))
    .sort((a, b) => `${a.kind}${a.ntpn}`.localeCompare(`${b.kind}${b.ntpn}`));
  const canonical = JSON.stringify([claimId, request.sp2dNumber.trim(), request.sp2dDate, request.amount, receipts]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Per kind, the receipts must add up to what the claim withholds (and none for a kind withheld at 0). */
export function taxReceiptProblems(receipts: TaxReceipt[], withheld: Record<TaxReceiptKind, number>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const kind of ['ppn', 'pph23'] as const) {
    const given = receipts.filter((r) => r.kind === kind);
    const sum = given.reduce((total, r) => total + r.amount, 0);
    if (sum !== withheld[kind]) {
      const label = kind === 'ppn' ? 'PPN' : 'PPh 23';
      problems.push({
        field: 'taxReceipts',
        message:
          withheld[kind] === 0
            ? `the claim withholds no ${label}, but ${given.length} ${label} receipt(s) of ${sum} were given`
            : `the ${label} receipts add up to ${sum}; the claim withholds ${withheld[kind]}`,
        kind,
        expected: withheld[kind],
        received: sum,
      });
    }
  }
  const ntpns = receipts.map((r) => r.ntpn.trim());
  const repeated = ntpns.filter((n, i) => ntpns.indexOf(n) !== i);
  if (repeated.length) problems.push({ field: 'taxReceipts', message: `the same NTPN appears twice: ${[...new Set(repeated)].join(', ')}` });
  return problems;
}

/**
 * The treasurer's payment of an approved claim (SP2D). One payment settles one claim in full.
 * Idempotent: the claim row is locked first, so a retried or parallel request with the same key
 * waits for the first, then finds its payment and answers it; a unique index on claim_id and on the
 * key keeps a second payment out whatever happens.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly claims: ClaimService,
    private readonly documents: ClaimDocumentsService,
    private readonly budget: BudgetService,
    private readonly publication: PublicationService,
    private readonly notices: ClaimNotices,
    private readonly audit: AuditTrail,
  ) {}

  async record(claimId: string, request: RecordPaymentRequest, idempotencyKey: string | undefined, actor: RequestActor): Promise<Payment> {
    const key = idempotencyKey?.trim() ?? '';
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new AppException(
        'VALIDATION_FAILED',
        { en: 'A payment needs an Idempotency-Key header (8-200 letters, digits, . _ : -).', id: 'Pembayaran memerlukan header Idempotency-Key (8-200 huruf, angka, . _ : -).' },
        [{ field: 'Idempotency-Key', message: key ? 'malformed' : 'missing' }],
      );
    }
    const manager = this.tenantDb.manager();
    const claim = await this.claims.lockedClaim(manager, claimId);
    const fingerprint = paymentFingerprint(claim.id, request);
    const repo = manager.getRepository(PaymentEntity);
    const earlier = await repo.findOneBy({ idempotencyKey: key });
    if (earlier) {
      if (earlier.claimId !== claim.id || earlier.requestHash !== fingerprint) {
        throw new AppException('IDEMPOTENCY_KEY_REUSED', undefined, [{ field: 'Idempotency-Key', message: 'this key recorded another payment' }]);
      }
      return toPayment(earlier);
    }
    if (claim.status === 'paid') {
      const paid = await repo.findOneBy({ claimId: claim.id });
      throw new AppException(
        'INVALID_TRANSITION',
        { en: 'This claim has already been paid.', id: 'Tagihan ini sudah dibayar.' },
        [{ field: 'status', message: `paid by SP2D ${paid?.sp2dNumber ?? '?'} of ${paid?.sp2dDate ?? '?'}`, status: 'paid', paymentId: paid?.id ?? null }],
      );
    }
    assertMove(claim.status, 'paid');
    assertVersion(claim, request.version);
    this.checkAmounts(claim, request);

    const lines = await manager.getRepository(ClaimLineEntity).find({ where: { claimId: claim.id, active: true }, order: { position: 'ASC' } });
    const payment = await repo.save(
      repo.create({
        claimId: claim.id,
        idempotencyKey: key,
        requestHash: fingerprint,
        sp2dNumber: request.sp2dNumber.trim(),
        sp2dDate: request.sp2dDate,
        amount: request.amount,
        taxReceipts: request.taxReceipts.map((r) => ({ kind: r.kind, ntpn: r.ntpn.trim(), billingCode: r.billingCode?.trim() || null, amount: r.amount, paidOn: r.paidOn })),
        recordedBy: actor.name,
      }),
    );
    // Each order's reservation becomes spending, at the order's gross, on the SP2D date.
    const perOrder = new Map<string, number>();
    for (const line of lines) perOrder.set(line.orderId, (perOrder.get(line.orderId) ?? 0) + line.amount);
    for (const [orderId, amount] of perOrder) await this.budget.realise({ type: 'order', id: orderId }, { amount, on: request.sp2dDate });
    await this.publication.markPaid([...perOrder.keys()], actor);

    claim.status = 'paid';
    claim.paidAt = new Date();
    await this.claims.bump(manager, claim);
    const issued = await this.documents.issuePaymentDocuments(claim, payment, todayInJakarta());
    await this.audit.record(actor, {
      action: 'payment.recorded',
      subject: { type: 'Payment', id: payment.id },
      details: {
        claimId: claim.id,
        claimNumber: claim.number,
        sp2dNumber: payment.sp2dNumber,
        sp2dDate: payment.sp2dDate,
        amount: payment.amount,
        taxReceipts: payment.taxReceipts,
        realised: Object.fromEntries(perOrder),
        documents: issued.map((d) => d.number),
      },
    });
    await this.audit.record(actor, { action: 'claim.paid', subject: { type: 'Claim', id: claim.id }, details: { number: claim.number, paymentId: payment.id } });
    await this.notices.paid(claim, payment);
    return toPayment(payment);
  }

  /**
   * The staff list of payments: one page, and the count and sum of the whole filtered set. Names are
   * the claim's (frozen at submission, as the claims list shows them).
   */
  async list(query: PaymentQuery): Promise<PaymentList> {
    if (query.from && query.to && query.from > query.to) {
      throw new AppException('VALIDATION_FAILED', { en: 'The start date lies after the end date.', id: 'Tanggal awal melewati tanggal akhir.' }, [
        { field: 'from', message: `from (${query.from}) must not lie after to (${query.to})` },
      ]);
    }
    const { page, pageSize, offset } = pageWindow(query);
    const params: unknown[] = [];
    const where: string[] = ['true'];
    const add = (sql: string, value: unknown) => {
      const placeholder = `$${params.push(value)}`;
      where.push(sql.replaceAll('?', () => placeholder));
    };
    if (query.fiscalYear) add('c.fiscal_year = ?', query.fiscalYear);
    if (query.from) add('p.sp2d_date >= ?', query.from);
    if (query.to) add('p.sp2d_date <= ?', query.to);
    if (query.outletId) add('c.outlet_id = ?', query.outletId);
    const text = query.q?.trim();
    if (text) add('(p.sp2d_number ilike ? or c.number ilike ? or c.outlet_name ilike ? or c.company_name ilike ?)', `%${text.replace(/[%_\\]/g, '\\$&')}%`);
    const from = `from payments p join claims c on c.id = p.claim_id where ${where.join(' and ')}`;
    const manager = this.tenantDb.manager();
    const [totals] = (await manager.query(`select count(*)::int as count, coalesce(sum(p.amount), 0)::bigint as amount ${from}`, params)) as { count: number; amount: string }[];
    const rows: PaymentListRow[] = await manager.query(
      `select p.id, p.claim_id, c.number as claim_number, c.fiscal_year, c.gross, c.taxes->>'ppnWithheld' as ppn_withheld, c.taxes->>'pph23' as pph23,
              c.company_id, c.company_name, c.outlet_id, c.outlet_name, c.media_type,
              p.sp2d_number, p.sp2d_date::text as sp2d_date, p.amount, p.recorded_by, p.recorded_at,
              coalesce((select json_agg(json_build_object('kind', d.kind, 'number', d.number, 'issuedOn', d.issued_on::text) order by d.created_at)
                          from claim_documents d where d.claim_id = p.claim_id), '[]'::json) as documents
         ${from}
        order by ${LIST_ORDER[query.sort ?? '-sp2dDate']}
        limit ${pageSize} offset ${offset}`,
      params,
    );
    return { items: rows.map(toPaymentRow), page, pageSize, total: totals?.count ?? 0, totals: { count: totals?.count ?? 0, amount: Number(totals?.amount ?? 0) } };
  }

  private checkAmounts(claim: ClaimEntity, request: RecordPaymentRequest): void {
    const figures = { amount: request.amount, net: claim.net, gross: claim.gross, ppnWithheld: claim.taxes.ppnWithheld, pph23: claim.taxes.pph23 };
    if (request.amount > claim.net) {
      throw new AppException(
        'PAYMENT_EXCEEDS_CLAIM',
        { en: `The payment (${request.amount}) is larger than the claim's net amount (${claim.net}).`, id: `Pembayaran (${formatRupiah(request.amount)}) melebihi jumlah bersih tagihan (${formatRupiah(claim.net)}).` },
        [{ field: 'amount', message: `at most ${claim.net}`, ...figures }],
      );
    }
    if (request.amount < claim.net) {
      throw new AppException(
        'PAYMENT_AMOUNT_MISMATCH',
        { en: `One payment settles the claim in full: pay its net amount (${claim.net}), not ${request.amount}.`, id: `Satu pembayaran melunasi tagihan: bayarkan jumlah bersihnya (${formatRupiah(claim.net)}), bukan ${formatRupiah(request.amount)}.` },
        [{ field: 'amount', message: `must be ${claim.net}`, ...figures }],
      );
    }
    const problems = taxReceiptProblems(request.taxReceipts, { ppn: claim.taxes.ppnWithheld, pph23: claim.taxes.pph23 });
    if (request.sp2dDate > todayInJakarta()) problems.push({ field: 'sp2dDate', message: 'an SP2D date cannot lie in the future' });
    for (const [index, receipt] of request.taxReceipts.entries()) {
      if (receipt.paidOn > todayInJakarta()) problems.push({ field: `taxReceipts[${index}].paidOn`, message: 'a deposit date cannot lie in the future' });
    }
    if (problems.length) {
      throw new AppException('VALIDATION_FAILED', { en: 'The tax receipts do not match the claim.', id: 'Bukti setor pajak tidak sesuai dengan tagihan.' }, problems);
    }
  }
}

function toPaymentRow(row: PaymentListRow): PaymentRow {
  return {
    id: row.id,
    claim: { id: row.claim_id, number: row.claim_number, fiscalYear: row.fiscal_year, gross: Number(row.gross), ppnWithheld: Number(row.ppn_withheld ?? 0), pph23: Number(row.pph23 ?? 0) },
    company: { id: row.company_id, legalName: row.company_name },
    outlet: { id: row.outlet_id, name: row.outlet_name, mediaType: row.media_type },
    sp2dNumber: row.sp2d_number,
    sp2dDate: row.sp2d_date,
    amount: Number(row.amount),
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at).toISOString(),
    documents: row.documents,
  };
}
