import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  ApprovalInstance,
  BillingDocumentKind,
  Claim,
  ClaimableProof,
  ClaimStatus,
  ClaimSummary,
  IssuedDocument,
  MediaType,
  Page,
  RegisterFilter,
  ResubmitClaimRequest,
} from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, type PageSlice, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { DocumentNumbering } from '@sinergi/server/documents';
import { DossierService } from '@sinergi/server/media';
import { PartnershipConfigurationService } from '@sinergi/server/partnership';
import { PublicationService } from '@sinergi/server/publication';
import { ApprovalSubjectHandler, ApprovalWorkflow } from '@sinergi/server/workflow';
import { EntityManager } from 'typeorm';
import { ClaimEntity, ClaimLineEntity, PaymentEntity } from '../entities/billing.entities';
import { computeClaimTaxes } from '../taxes/claim-taxes';
import { TaxSettingsService } from '../taxes/tax-settings.service';
import { ClaimDocumentsService } from './claim-documents.service';
import { ClaimNotices } from './claim-notices';
import { assertMove } from './claim-state';

export type ClaimQuery = {
  fiscalYear?: number;
  status?: ClaimStatus;
  outletId?: string;
  companyId?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

const SORTS: Record<string, [string, 'ASC' | 'DESC']> = {
  submittedAt: ['c.submitted_at', 'ASC'],
  '-submittedAt': ['c.submitted_at', 'DESC'],
  gross: ['c.gross', 'ASC'],
  '-gross': ['c.gross', 'DESC'],
  number: ['c.number', 'ASC'],
  status: ['c.status', 'ASC'],
  outlet: ['c.outlet_name', 'ASC'],
};

const REGISTER_BATCH = 500;

const notFound = () => new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such claim.', id: 'Tagihan tidak ditemukan.' });

/**
 * Claims (tagihan): a press company bundles accepted proofs of one agreement; the amounts and taxes
 * are frozen at submission (and again at a resubmission), the claim runs through the tenant's
 * 'claim' approval chain, and the treasurer pays it (PaymentService).
 */
@Injectable()
export class ClaimService implements OnModuleInit, ApprovalSubjectHandler {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly publication: PublicationService,
    private readonly workflow: ApprovalWorkflow,
    private readonly taxes: TaxSettingsService,
    private readonly dossiers: DossierService,
    private readonly configurations: PartnershipConfigurationService,
    private readonly numbering: DocumentNumbering,
    private readonly documents: ClaimDocumentsService,
    private readonly notices: ClaimNotices,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.workflow.registerSubject('claim', this);
  }

  // --- the media's side -------------------------------------------------------------------------

  async submit(companyId: string, proofIds: string[], actor: RequestActor): Promise<Claim> {
    const proofs = await this.publication.claimableProofs(companyId, unique(proofIds));
    const first = proofs[0];
    if (!first) throw new AppException('CLAIM_PROOFS_INVALID', undefined, [{ field: 'proofIds', message: 'no claimable proof given' }]);
    const frozen = await this.freeze(companyId, proofs);
    const configuration = await this.configurations.require(first.fiscalYear);
    const { number } = await this.numbering.next('claim', first.fiscalYear, { unit: configuration.unitCode });
    const manager = this.tenantDb.manager();
    const repo = manager.getRepository(ClaimEntity);
    const claim = await repo.save(
      repo.create({
        number,
        fiscalYear: first.fiscalYear,
        companyId,
        companyName: frozen.companyName,
        outletId: first.outletId,
        outletName: first.outletName,
        mediaType: first.mediaType,
        agreementId: first.agreementId,
        status: 'submitted',
        gross: frozen.taxes.gross,
        net: frozen.taxes.net,
        taxes: frozen.taxes,
        taxSettingsId: frozen.settingsId,
        round: 1,
        returnNote: null,
        submittedBy: actor.name,
        submittedById: actor.id,
      }),
    );
    await this.writeLines(manager, claim.id, proofs);
    await this.publication.markClaimed(orderIdsOf(proofs), claim.id, actor);
    await this.workflow.start('claim', { id: claim.id, label: number, facts: { amount: claim.gross, mediaType: claim.mediaType } }, actor);
    await this.audit.record(actor, {
      action: 'claim.submitted',
      subject: { type: 'Claim', id: claim.id },
      details: { number, companyId, outletId: claim.outletId, proofIds: proofs.map((p) => p.proofId), gross: claim.gross, net: claim.net, taxSettingsId: frozen.settingsId },
    });
    return this.view(claim, { staff: false });
  }

  /** After a return: the amounts are taken and frozen again (same proofs by default) and a new round starts. */
  async resubmit(companyId: string, id: string, request: ResubmitClaimRequest, actor: RequestActor): Promise<Claim> {
    const manager = this.tenantDb.manager();
    const claim = await this.lockedClaim(manager, id, { companyId });
    assertVersion(claim, request.version);
    assertMove(claim.status, 'submitted');
    const lineRepo = manager.getRepository(ClaimLineEntity);
    const previous = await lineRepo.find({ where: { claimId: claim.id, active: true }, order: { position: 'ASC' } });
    // Let go of the old proofs first, so that the same ones count as claimable again.
    await this.publication.unmarkClaimed(unique(previous.map((l) => l.orderId)), actor);
    const proofs = await this.publication.claimableProofs(companyId, unique(request.proofIds ?? previous.map((l) => l.proofId)));
    const strangers = proofs.filter((p) => p.agreementId !== claim.agreementId);
    if (strangers.length || proofs.length === 0) {
      throw new AppException(
        'CLAIM_PROOFS_INVALID',
        { en: 'A resubmitted claim keeps to the proofs of its own agreement and outlet.', id: 'Tagihan yang diajukan kembali hanya memuat bukti tayang dari perjanjian dan media yang sama.' },
        proofs.length === 0 ? [{ field: 'proofIds', message: 'no proof given' }] : strangers.map((p) => ({ field: 'proofIds', message: `${p.proofId}: another agreement/outlet (${p.outletName}) than the claim's`, proofId: p.proofId })),
      );
    }
    const frozen = await this.freeze(companyId, proofs);
    await lineRepo.delete({ claimId: claim.id });
    await this.writeLines(manager, claim.id, proofs);
    await this.publication.markClaimed(orderIdsOf(proofs), claim.id, actor);
    const before = { gross: claim.gross, net: claim.net, proofIds: previous.map((l) => l.proofId) };
    claim.status = 'submitted';
    claim.gross = frozen.taxes.gross;
    claim.net = frozen.taxes.net;
    claim.taxes = frozen.taxes;
    claim.taxSettingsId = frozen.settingsId;
    claim.round += 1;
    claim.returnNote = null;
    await this.bump(manager, claim);
    await this.workflow.resubmit('claim', claim.id, { amount: claim.gross, mediaType: claim.mediaType }, actor);
    await this.audit.record(actor, {
      action: 'claim.resubmitted',
      subject: { type: 'Claim', id: claim.id },
      details: { number: claim.number, round: claim.round, before, after: { gross: claim.gross, net: claim.net, proofIds: proofs.map((p) => p.proofId) } },
    });
    return this.view(claim, { staff: false });
  }

  /** A returned claim is withdrawn: its proofs can go into another claim. */
  async cancel(companyId: string, id: string, version: number, actor: RequestActor): Promise<Claim> {
    const manager = this.tenantDb.manager();
    const claim = await this.lockedClaim(manager, id, { companyId });
    assertVersion(claim, version);
    assertMove(claim.status, 'cancelled');
    const lines = await manager.getRepository(ClaimLineEntity).findBy({ claimId: claim.id, active: true });
    await manager.getRepository(ClaimLineEntity).update({ claimId: claim.id }, { active: false });
    await this.publication.unmarkClaimed(unique(lines.map((l) => l.orderId)), actor);
    claim.status = 'cancelled';
    claim.cancelledAt = new Date();
    await this.bump(manager, claim);
    await this.audit.record(actor, { action: 'claim.cancelled', subject: { type: 'Claim', id: claim.id }, details: { number: claim.number, proofIds: lines.map((l) => l.proofId) } });
    return this.view(claim, { staff: false });
  }

  async listForCompany(companyId: string, query: ClaimQuery): Promise<Page<ClaimSummary>> {
    return this.list({ ...query, companyId });
  }

  async getForCompany(companyId: string, id: string): Promise<Claim> {
    return this.view(await this.find(id, { companyId }), { staff: false });
  }

  // --- staff ------------------------------------------------------------------------------------

  async list(query: ClaimQuery): Promise<Page<ClaimSummary>> {
    const { page, pageSize, offset } = pageWindow(query);
    const [column, direction] = SORTS[query.sort ?? '-submittedAt'] ?? SORTS['-submittedAt']!;
    const qb = this.tenantDb.repository(ClaimEntity).createQueryBuilder('c').orderBy(column, direction).addOrderBy('c.id').skip(offset).take(pageSize);
    if (query.fiscalYear) qb.andWhere('c.fiscal_year = :fiscalYear', { fiscalYear: query.fiscalYear });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.outletId) qb.andWhere('c.outlet_id = :outletId', { outletId: query.outletId });
    if (query.companyId) qb.andWhere('c.company_id = :companyId', { companyId: query.companyId });
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(toSummary), page, pageSize, total);
  }

  async get(id: string): Promise<Claim> {
    return this.view(await this.find(id), { staff: true });
  }

  /** The claims' numbered documents for the documents register (see ClaimDocumentsService). */
  issuedDocuments(filter: { kinds: readonly BillingDocumentKind[]; fiscalYear?: number; q?: string }, limit: number): Promise<PageSlice<IssuedDocument>> {
    return this.documents.issuedDocuments(filter, limit);
  }

  async document(id: string, kind: BillingDocumentKind, scope?: { companyId: string }) {
    return this.documents.open(await this.find(id, scope), kind);
  }

  // --- the approval chain's callbacks (same transaction as the decision) --------------------------

  async onApproved(subjectId: string, instance: ApprovalInstance, actor: RequestActor): Promise<void> {
    const manager = this.tenantDb.manager();
    const claim = await this.lockedClaim(manager, subjectId);
    assertMove(claim.status, 'approved');
    claim.status = 'approved';
    claim.approvedAt = new Date();
    await this.bump(manager, claim);
    const handover = await this.documents.issueHandoverMinutes(claim, instance, todayInJakarta());
    await this.audit.record(actor, {
      action: 'claim.approved',
      subject: { type: 'Claim', id: claim.id },
      details: { number: claim.number, approvalId: instance.id, round: instance.round, handoverMinutes: handover.number },
    });
  }

  async onReturned(subjectId: string, instance: ApprovalInstance, note: string, actor: RequestActor): Promise<void> {
    const manager = this.tenantDb.manager();
    const claim = await this.lockedClaim(manager, subjectId);
    assertMove(claim.status, 'returned');
    claim.status = 'returned';
    claim.returnNote = note;
    await this.bump(manager, claim);
    const lastReturn = [...instance.actions].reverse().find((a) => a.action === 'return');
    const step = instance.steps.find((s) => s.key === lastReturn?.stepKey);
    await this.notices.returned(claim, note, step?.label ?? lastReturn?.role ?? 'pejabat');
    await this.audit.record(actor, { action: 'claim.returned', subject: { type: 'Claim', id: claim.id }, details: { number: claim.number, note, approvalId: instance.id, round: instance.round } });
  }

  // --- for payments and reporting ---------------------------------------------------------------

  /** The claim row locked for the rest of the transaction (404 outside the scope). */
  async lockedClaim(manager: EntityManager, id: string, scope?: { companyId: string }): Promise<ClaimEntity> {
    const claim = await manager.getRepository(ClaimEntity).findOne({ where: scope ? { id, companyId: scope.companyId } : { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound();
    return claim;
  }

  /** Saves a changed claim with the next version. */
  async bump(manager: EntityManager, claim: ClaimEntity): Promise<void> {
    claim.version += 1;
    claim.updatedAt = new Date();
    await manager.getRepository(ClaimEntity).save(claim);
  }

  /**
   * The claims or payments register for Excel, in batches (keyset pagination, so a year of rows
   * never sits in memory). Claims by submission date, payments by SP2D date; `from`/`to` filter
   * those dates (inclusive).
   */
  async *registerRows(kind: 'claims' | 'payments', filter: RegisterFilter): AsyncIterable<Record<string, string | number | null>[]> {
    const manager = this.tenantDb.manager();
    let after: [string, string] | null = null;
    for (;;) {
      const params: unknown[] = [filter.fiscalYear];
      const where = ['c.fiscal_year = $1'];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      const dateColumn = kind === 'claims' ? "(c.submitted_at at time zone 'Asia/Jakarta')::date" : 'p.sp2d_date';
      if (filter.from) add(`${dateColumn} >= ?`, filter.from);
      if (filter.to) add(`${dateColumn} <= ?`, filter.to);
      if (filter.outletId) add('c.outlet_id = ?', filter.outletId);
      if (filter.mediaType) add('c.media_type = ?', filter.mediaType);
      const keyColumn = kind === 'claims' ? 'c.submitted_at::text' : 'p.sp2d_date::text';
      const idColumn = kind === 'claims' ? 'c.id' : 'p.id';
      if (after) {
        params.push(after[0], after[1]);
        where.push(`(${keyColumn}, ${idColumn}::text) > ($${params.length - 1}, $${params.length})`);
      }
      const sql =
        kind === 'claims'
          ? `select c.id, c.submitted_at::text as k, c.number, (c.submitted_at at time zone 'Asia/Jakarta')::date::text as submitted_on, c.status,
               c.company_name, c.outlet_name, c.media_type, c.round,
               (select count(*) from claim_lines l where l.claim_id = c.id and l.active)::int as proofs,
               c.gross, (c.taxes->>'ppnBase')::bigint as ppn_base, (c.taxes->>'ppn')::bigint as ppn,
               (c.taxes->>'ppnWithheld')::bigint as ppn_withheld, (c.taxes->>'pph23')::bigint as pph23, c.net,
               (c.approved_at at time zone 'Asia/Jakarta')::date::text as approved_on, (c.paid_at at time zone 'Asia/Jakarta')::date::text as paid_on
             from claims c where ${where.join(' and ')}
             order by ${keyColumn}, ${idColumn}::text limit ${REGISTER_BATCH}`
          : `select p.id, p.sp2d_date::text as k, c.number as claim_number, c.company_name, c.outlet_name, c.media_type,
               p.sp2d_number, p.sp2d_date::text as sp2d_date, c.gross, (c.taxes->>'ppnWithheld')::bigint as ppn_withheld,
               (c.taxes->>'pph23')::bigint as pph23, p.amount,
               (select string_agg(r->>'ntpn', ', ') from jsonb_array_elements(p.tax_receipts) r where r->>'kind' = 'ppn') as ppn_ntpn,
               (select string_agg(r->>'ntpn', ', ') from jsonb_array_elements(p.tax_receipts) r where r->>'kind' = 'pph23') as pph23_ntpn,
               p.recorded_by
             from payments p join claims c on c.id = p.claim_id where ${where.join(' and ')}
             order by ${keyColumn}, ${idColumn}::text limit ${REGISTER_BATCH}`;
      const rows: Record<string, string | number | null>[] = await manager.query(sql, params);
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!;
      after = [String(last['k']), String(last['id'])];
      yield rows.map(({ k: _k, ...row }) => normaliseRow(row));
      if (rows.length < REGISTER_BATCH) return;
    }
  }

  /** What was paid in the year per outlet (paid claims, at their gross: what the budget realised). */
  async paidPerOutlet(fiscalYear: number): Promise<{ outletId: string; outlet: string; company: string; mediaType: MediaType; claims: number; paid: number }[]> {
    const rows: { outlet_id: string; outlet: string; company: string; media_type: MediaType; claims: number; paid: string }[] = await this.tenantDb.manager().query(
      `select outlet_id, min(outlet_name) as outlet, min(company_name) as company, min(media_type) as media_type, count(*)::int as claims, sum(gross)::bigint as paid
         from claims where fiscal_year = $1 and status = 'paid' group by outlet_id order by 6 desc, 2`,
      [fiscalYear],
    );
    return rows.map((r) => ({ outletId: r.outlet_id, outlet: r.outlet, company: r.company, mediaType: r.media_type, claims: r.claims, paid: Number(r.paid) }));
  }

  // --- internals --------------------------------------------------------------------------------

  private async find(id: string, scope?: { companyId: string }): Promise<ClaimEntity> {
    const claim = await this.tenantDb.repository(ClaimEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!claim) throw notFound();
    return claim;
  }

  /** Amounts and taxes as of now: tax settings of the year, PKP and NPWP from the company's dossier. */
  private async freeze(companyId: string, proofs: ClaimableProof[]) {
    const fiscalYear = proofs[0]!.fiscalYear;
    const settings = await this.taxes.require(fiscalYear);
    const { company } = await this.dossiers.snapshot(companyId);
    const gross = proofs.reduce((sum, p) => sum + p.amount, 0);
    const taxes = computeClaimTaxes(gross, { pkp: company.pkp, hasNpwp: Boolean(company.npwp?.trim()) }, settings);
    return { taxes, settingsId: settings.id, companyName: company.legalName };
  }

  private async writeLines(manager: EntityManager, claimId: string, proofs: ClaimableProof[]): Promise<void> {
    const repo = manager.getRepository(ClaimLineEntity);
    await repo.insert(
      proofs.map((p, index) => ({
        claimId,
        position: index + 1,
        proofId: p.proofId,
        orderId: p.orderId,
        orderNumber: p.orderNumber,
        productCode: p.productCode,
        productName: p.productName,
        quantity: p.quantity,
        unitPrice: p.unitPrice,
        amount: p.amount,
        publishedOn: p.publishedOn,
        active: true,
      })),
    );
  }

  private async view(claim: ClaimEntity, options: { staff: boolean }): Promise<Claim> {
    const manager = this.tenantDb.manager();
    const [lines, payment, documents, approval, settings] = await Promise.all([
      manager.getRepository(ClaimLineEntity).find({ where: { claimId: claim.id, active: true }, order: { position: 'ASC' } }),
      manager.getRepository(PaymentEntity).findOneBy({ claimId: claim.id }),
      this.documents.list(claim.id),
      options.staff ? this.workflow.forSubject('claim', claim.id) : Promise.resolve(null),
      this.taxes.byId(claim.taxSettingsId),
    ]);
    return {
      ...toSummary(claim),
      lines: (claim.status === 'cancelled' ? await manager.getRepository(ClaimLineEntity).find({ where: { claimId: claim.id }, order: { position: 'ASC' } }) : lines).map((l) => ({
        proofId: l.proofId,
        orderId: l.orderId,
        orderNumber: l.orderNumber,
        productCode: l.productCode,
        productName: l.productName,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        amount: l.amount,
        publishedOn: l.publishedOn,
      })),
      taxes: claim.taxes,
      taxSettings: {
        id: settings.id,
        version: settings.version,
        ppnRateBp: settings.ppnRateBp,
        ppnBaseNumerator: settings.ppnBaseNumerator,
        ppnBaseDenominator: settings.ppnBaseDenominator,
        ppnCollectionThreshold: settings.ppnCollectionThreshold,
      },
      returnNote: claim.returnNote,
      submittedBy: claim.submittedBy,
      documents,
      payment: payment ? toPayment(payment) : null,
      approval,
    };
  }
}

export function toSummary(claim: ClaimEntity): ClaimSummary {
  return {
    id: claim.id,
    number: claim.number,
    fiscalYear: claim.fiscalYear,
    status: claim.status,
    company: { id: claim.companyId, legalName: claim.companyName },
    outlet: { id: claim.outletId, name: claim.outletName, mediaType: claim.mediaType as MediaType },
    agreementId: claim.agreementId,
    gross: claim.gross,
    net: claim.net,
    round: claim.round,
    submittedAt: claim.submittedAt.toISOString(),
    approvedAt: claim.approvedAt?.toISOString() ?? null,
    paidAt: claim.paidAt?.toISOString() ?? null,
    version: claim.version,
  };
}

export function toPayment(row: PaymentEntity) {
  return {
    id: row.id,
    claimId: row.claimId,
    sp2dNumber: row.sp2dNumber,
    sp2dDate: row.sp2dDate,
    amount: row.amount,
    taxReceipts: row.taxReceipts,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function assertVersion(claim: ClaimEntity, expected: number): void {
  if (claim.version !== expected) {
    throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `the claim is at version ${claim.version}, you sent ${expected}`, current: claim.version }]);
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function orderIdsOf(proofs: ClaimableProof[]): string[] {
  return unique(proofs.map((p) => p.orderId));
}

/** bigint columns come back as strings from raw queries: whole rupiah fit in a JS number. */
function normaliseRow(row: Record<string, unknown>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) out[key] = null;
    else if (typeof value === 'number') out[key] = value;
    else if (['gross', 'net', 'ppn_base', 'ppn', 'ppn_withheld', 'pph23', 'amount'].includes(key)) out[key] = Number(value);
    else out[key] = String(value);
  }
  return out;
}
