import { Injectable } from '@nestjs/common';
import type { ApprovalInstance, BillingDocument, BillingDocumentKind, IssuedDocument, TaxReceipt } from '@sinergi/contracts';
import { AppException, containsPattern, type PageSlice, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { BillingDocumentsRenderer, ClaimDocumentBase, DocumentNumbering } from '@sinergi/server/documents';
import { DossierService } from '@sinergi/server/media';
import { AgreementService, PartnershipConfigurationService } from '@sinergi/server/partnership';
import { FileStorage } from '@sinergi/server/storage';
import { ClaimDocumentEntity, ClaimEntity, ClaimLineEntity } from '../entities/billing.entities';
import { ppnRateLabel, TaxSettingsService } from '../taxes/tax-settings.service';

/**
 * The numbered PDFs of a claim: BA serah terima when the chain approves it, kwitansi and BA
 * pembayaran when it is paid. Numbers come from DocumentNumbering in the same transaction (a rollback
 * gives them back); files are stored by content hash and served only through the claim's own rows.
 */
@Injectable()
export class ClaimDocumentsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly numbering: DocumentNumbering,
    private readonly renderer: BillingDocumentsRenderer,
    private readonly storage: FileStorage,
    private readonly configurations: PartnershipConfigurationService,
    private readonly agreements: AgreementService,
    private readonly dossiers: DossierService,
    private readonly taxes: TaxSettingsService,
  ) {}

  async issueHandoverMinutes(claim: ClaimEntity, instance: ApprovalInstance, issuedOn: string): Promise<BillingDocument> {
    const base = await this.base(claim, 'handover-minutes', issuedOn);
    const labels = new Map(instance.steps.map((step) => [step.key, step.label]));
    const approvals = instance.actions
      .filter((action) => action.round === instance.round && action.action === 'approve')
      .map((action) => ({
        step: (action.stepKey && labels.get(action.stepKey)) ?? action.role ?? '',
        by: action.actor.name,
        on: todayInJakarta(new Date(action.at)),
        onBehalfOf: action.onBehalfOf?.name ?? null,
      }));
    const pdf = await this.renderer.renderHandoverMinutes({ ...base, approvals });
    return this.keep(claim.id, 'handover-minutes', base.number, issuedOn, pdf);
  }

  async issuePaymentDocuments(
    claim: ClaimEntity,
    payment: { sp2dNumber: string; sp2dDate: string; amount: number; taxReceipts: TaxReceipt[] },
    issuedOn: string,
  ): Promise<BillingDocument[]> {
    const treasurer = { name: null, nip: null, position: 'Bendahara Pengeluaran' };
    const receiptBase = await this.base(claim, 'receipt', issuedOn);
    const receipt = await this.renderer.renderReceipt({ ...receiptBase, treasurer, sp2d: { number: payment.sp2dNumber, date: payment.sp2dDate } });
    const minutesBase = await this.base(claim, 'payment-minutes', issuedOn);
    const handover = await this.tenantDb.repository(ClaimDocumentEntity).findOneBy({ claimId: claim.id, kind: 'handover-minutes' });
    const minutes = await this.renderer.renderPaymentMinutes({
      ...minutesBase,
      treasurer,
      handoverNumber: handover?.number ?? null,
      sp2d: { number: payment.sp2dNumber, date: payment.sp2dDate, amount: payment.amount },
      taxReceipts: payment.taxReceipts.map((r) => ({ kind: r.kind, ntpn: r.ntpn, billingCode: r.billingCode ?? null, amount: r.amount, paidOn: r.paidOn })),
    });
    return [await this.keep(claim.id, 'receipt', receiptBase.number, issuedOn, receipt), await this.keep(claim.id, 'payment-minutes', minutesBase.number, issuedOn, minutes)];
  }

  async list(claimId: string): Promise<BillingDocument[]> {
    const rows = await this.tenantDb.repository(ClaimDocumentEntity).find({ where: { claimId }, order: { createdAt: 'ASC' } });
    return rows.map(toDocument);
  }

  /**
   * The claims' numbered documents of `kinds` for the documents register: the first `limit` newest
   * (date on the document, then when numbered, kind, number: the register's order) and how many
   * match. `q` is part of the number, the outlet or the company; the year is the claim's.
   */
  async issuedDocuments(filter: { kinds: readonly BillingDocumentKind[]; fiscalYear?: number; q?: string }, limit: number): Promise<PageSlice<IssuedDocument>> {
    if (filter.kinds.length === 0) return { items: [], total: 0 };
    const params: unknown[] = [filter.kinds];
    const where = ['d.kind = any ($1::varchar[])'];
    if (filter.fiscalYear) where.push(`c.fiscal_year = $${params.push(filter.fiscalYear)}`);
    const like = containsPattern(filter.q);
    if (like) where.push(`(d.number ilike $${params.push(like)} or c.outlet_name ilike $${params.length} or c.company_name ilike $${params.length})`);
    const rows = (await this.tenantDb.manager().query(
      `select d.claim_id, d.kind, d.number, c.fiscal_year, to_char(d.issued_on, 'YYYY-MM-DD') as issued_on, d.created_at, c.outlet_name, c.company_name,
              count(*) over ()::int as total
         from claim_documents d join claims c on c.id = d.claim_id
        where ${where.join(' and ')}
        order by d.issued_on desc, date_trunc('milliseconds', d.created_at) desc, d.kind collate "C", d.number collate "C"
        limit $${params.push(limit)}`,
      params,
    )) as { claim_id: string; kind: BillingDocumentKind; number: string; fiscal_year: number; issued_on: string; created_at: Date; outlet_name: string; company_name: string; total: number }[];
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        kind: row.kind,
        number: row.number,
        fiscalYear: row.fiscal_year,
        issuedOn: row.issued_on,
        issuedAt: new Date(row.created_at).toISOString(),
        outletName: row.outlet_name,
        companyName: row.company_name,
        objectType: 'claim',
        objectId: row.claim_id,
        downloadPath: `/claims/${row.claim_id}/documents/${row.kind}`,
      })),
    };
  }

  /** The stored PDF of a claim's document; 404 when the claim has no such document (yet). */
  async open(claim: ClaimEntity, kind: BillingDocumentKind) {
    const row = await this.tenantDb.repository(ClaimDocumentEntity).findOneBy({ claimId: claim.id, kind });
    if (!row) {
      throw new AppException('RESOURCE_NOT_FOUND', { en: 'This claim has no such document yet.', id: 'Tagihan ini belum memiliki dokumen tersebut.' }, [
        { field: 'kind', message: `no ${kind} for claim ${claim.number} (status ${claim.status})` },
      ]);
    }
    return { name: `${row.number.replace(/[^\w.-]+/g, '-')}.pdf`, file: await this.storage.open(row.fileHash) };
  }

  private async base(claim: ClaimEntity, kind: BillingDocumentKind, issuedOn: string): Promise<ClaimDocumentBase> {
    const configuration = await this.configurations.require(claim.fiscalYear);
    const { number } = await this.numbering.next(kind, claim.fiscalYear, { unit: configuration.unitCode, issuedOn });
    const [snapshot, agreement, lines, settings] = await Promise.all([
      this.dossiers.snapshot(claim.companyId),
      this.agreements.get(claim.agreementId).catch(() => null),
      this.tenantDb.repository(ClaimLineEntity).find({ where: { claimId: claim.id, active: true }, order: { position: 'ASC' } }),
      this.taxes.byId(claim.taxSettingsId),
    ]);
    const company = snapshot.company;
    const pemred = snapshot.people.find((p) => p.position === 'pemimpin-redaksi');
    const bank = company.bankName && company.bankAccountNumber ? { name: company.bankName, accountNumber: company.bankAccountNumber, holder: company.bankAccountHolder ?? company.legalName } : null;
    return {
      number,
      issuedOn,
      letterhead: { ...configuration.letterhead, logoPng: null },
      fiscalYear: claim.fiscalYear,
      institution: configuration.owningUnit,
      official: configuration.agreementSignatory,
      media: {
        representative: pemred?.name ?? company.legalName,
        position: pemred ? 'Pemimpin Redaksi' : 'Penanggung Jawab',
        companyLegalName: company.legalName,
        companyAddress: company.address,
        npwp: claim.taxes.hasNpwp ? company.npwp : null,
        bank,
      },
      outlet: { name: claim.outletName, mediaType: claim.mediaType },
      claim: { number: claim.number, submittedOn: todayInJakarta(claim.submittedAt), agreementNumber: agreement?.number ?? null },
      lines: lines.map((l) => ({ orderNumber: l.orderNumber, productName: l.productName, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, publishedOn: l.publishedOn })),
      taxes: claim.taxes,
      ppnRateLabel: ppnRateLabel(settings),
    };
  }

  private async keep(claimId: string, kind: BillingDocumentKind, number: string, issuedOn: string, pdf: Buffer): Promise<BillingDocument> {
    const stored = await this.storage.store(pdf, `${number.replace(/[^\w.-]+/g, '-')}.pdf`);
    const repo = this.tenantDb.repository(ClaimDocumentEntity);
    const row = await repo.save(repo.create({ claimId, kind, number, issuedOn, fileHash: stored.hash }));
    return toDocument(row);
  }
}

function toDocument(row: ClaimDocumentEntity): BillingDocument {
  return { kind: row.kind, number: row.number, issuedOn: row.issuedOn };
}
