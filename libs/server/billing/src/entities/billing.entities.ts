import type { BillingDocumentKind, ClaimLine, ClaimStatus, ClaimTaxes, MediaType, TaxReceipt } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A fiscal year's tax settings; every save is a new version, a claim keeps the one it used. */
@Entity({ name: 'tax_settings' })
export class TaxSettingsEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'ppn_rate_bp', type: 'integer' }) ppnRateBp!: number;
  @Column({ name: 'ppn_base_numerator', type: 'integer' }) ppnBaseNumerator!: number;
  @Column({ name: 'ppn_base_denominator', type: 'integer' }) ppnBaseDenominator!: number;
  @Column({ name: 'pph23_rate_bp', type: 'integer' }) pph23RateBp!: number;
  @Column({ name: 'pph23_rate_without_npwp_bp', type: 'integer' }) pph23RateWithoutNpwpBp!: number;
  @Column({ name: 'ppn_collection_threshold', type: 'bigint', transformer: bigintNumber }) ppnCollectionThreshold!: number;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** A claim (tagihan): one company's accepted proofs of one agreement, amounts frozen at submission. */
@Entity({ name: 'claims' })
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ name: 'outlet_name', type: 'text' }) outletName!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ name: 'agreement_id', type: 'uuid' }) agreementId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: ClaimStatus;
  @Column({ type: 'bigint', transformer: bigintNumber }) gross!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) net!: number;
  @Column({ type: 'jsonb' }) taxes!: ClaimTaxes;
  @Column({ name: 'tax_settings_id', type: 'uuid' }) taxSettingsId!: string;
  @Column({ type: 'integer', default: 1 }) round!: number;
  @Column({ name: 'return_note', type: 'text', nullable: true }) returnNote!: string | null;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true }) submittedById!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** One proof in a claim, with the amounts of its order as frozen at (re)submission. */
@Entity({ name: 'claim_lines' })
export class ClaimLineEntity implements ClaimLine {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'claim_id', type: 'uuid' }) claimId!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'proof_id', type: 'uuid' }) proofId!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ name: 'order_number', type: 'text' }) orderNumber!: string;
  @Column({ name: 'product_code', type: 'varchar', length: 60 }) productCode!: string;
  @Column({ name: 'product_name', type: 'text' }) productName!: string;
  @Column({ type: 'integer' }) quantity!: number;
  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintNumber }) unitPrice!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) amount!: number;
  @Column({ name: 'published_on', type: 'date' }) publishedOn!: string;
  /** False once the claim is cancelled: the proof may then go into another claim. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
}

/** The payment (SP2D) that settles a claim: at most one per claim, one per idempotency key. */
@Entity({ name: 'payments' })
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'claim_id', type: 'uuid' }) claimId!: string;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 }) idempotencyKey!: string;
  @Column({ name: 'request_hash', type: 'char', length: 64 }) requestHash!: string;
  @Column({ name: 'sp2d_number', type: 'text' }) sp2dNumber!: string;
  @Column({ name: 'sp2d_date', type: 'date' }) sp2dDate!: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) amount!: number;
  @Column({ name: 'tax_receipts', type: 'jsonb' }) taxReceipts!: TaxReceipt[];
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}

/** The numbered PDFs of a claim (BA serah terima, kwitansi, BA pembayaran), stored by content hash. */
@Entity({ name: 'claim_documents' })
export class ClaimDocumentEntity {
  @PrimaryColumn({ name: 'claim_id', type: 'uuid' }) claimId!: string;
  @PrimaryColumn({ type: 'varchar', length: 20 }) kind!: BillingDocumentKind;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'issued_on', type: 'date' }) issuedOn!: string;
  @Column({ name: 'file_hash', type: 'char', length: 64 }) fileHash!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

export const BILLING_TENANT_ENTITIES = [TaxSettingsEntity, ClaimEntity, ClaimLineEntity, PaymentEntity, ClaimDocumentEntity];
