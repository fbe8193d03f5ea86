import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorDetail, Payment, RecordPaymentRequest, TaxReceipt, TaxReceiptKind } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { BudgetService } from '@sinergi/server/budget';
import { formatRupiah } from '@sinergi/server/documents';
import { PublicationService } from '@sinergi/server/publication';
import { ClaimEntity, ClaimLineEntity, PaymentEntity } from '../entities/billing.entities';
import { ClaimDocumentsService } from '../claims/claim-documents.service';
import { ClaimNotices } from '../claims/claim-notices';
import { assertMove } from '../claims/claim-state';
import { assertVersion, ClaimService, toPayment } from '../claims/claim.service';

export const IDEMPOTENCY_KEY_PATTERN = /^[\w.:-]{8,200}$/;

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
