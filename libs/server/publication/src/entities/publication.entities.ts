import type { AgreementRate, LinkCheckResult, MediaType, OrderStatus, Product, ProductKind, ProductUnit, ProofForm, ProofStatus, Rate } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** bigint columns come back from pg as strings; rupiah amounts stay far below 2^53. */
const rupiah = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A tenant's publication settings for a fiscal year; every save is a new version. */
@Entity({ name: 'publication_settings' })
export class PublicationSettingsEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) products!: Product[];
  @Column({ type: 'jsonb' }) rates!: Rate[];
  @Column({ name: 'agreement_rates', type: 'jsonb' }) agreementRates!: AgreementRate[];
  @Column({ name: 'proof_forms', type: 'jsonb' }) proofForms!: ProofForm[];
  @Column({ name: 'block_outlets_with_overdue_proofs', type: 'boolean' }) blockOutletsWithOverdueProofs!: boolean;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** A surat pesanan: what was ordered from which outlet, at a price frozen when it was issued. */
@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'agreement_id', type: 'uuid' }) agreementId!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ name: 'outlet_name', type: 'text' }) outletName!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ type: 'varchar', length: 20 }) tier!: string;
  @Column({ name: 'product_code', type: 'varchar', length: 40 }) productCode!: string;
  @Column({ name: 'product_name', type: 'text' }) productName!: string;
  @Column({ name: 'product_kind', type: 'varchar', length: 20 }) productKind!: ProductKind;
  @Column({ type: 'varchar', length: 12 }) unit!: ProductUnit;
  @Column({ type: 'integer' }) quantity!: number;
  @Column({ name: 'unit_price', type: 'bigint', transformer: rupiah }) unitPrice!: number;
  @Column({ name: 'price_source', type: 'varchar', length: 10 }) priceSource!: 'agreement' | 'tier';
  @Column({ type: 'bigint', transformer: rupiah }) amount!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'publish_from', type: 'date' }) publishFrom!: string;
  @Column({ name: 'publish_until', type: 'date' }) publishUntil!: string;
  @Column({ name: 'proof_deadline', type: 'date' }) proofDeadline!: string;
  @Column({ type: 'varchar', length: 20 }) status!: OrderStatus;
  @Column({ name: 'settings_version', type: 'integer' }) settingsVersion!: number;
  @Column({ name: 'document_hash', type: 'char', length: 64 }) documentHash!: string;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason!: string | null;
  @Column({ name: 'claim_id', type: 'uuid', nullable: true }) claimId!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/** Files of an order: the material staff attach, and the files of the media's proof. */
@Entity({ name: 'order_files' })
export class OrderFileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ type: 'varchar', length: 10 }) purpose!: 'material' | 'proof';
  @Column({ type: 'char', length: 64 }) hash!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ name: 'content_type', type: 'varchar', length: 40 }) contentType!: string;
  @Column({ name: 'uploaded_by', type: 'text' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' }) uploadedAt!: Date;
}

/** What happened to an order, as both sides may see it (the audit trail holds the same, tamper-evident). */
@Entity({ name: 'order_events' })
export class OrderEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ type: 'text' }) actor!: string;
  @Column({ type: 'varchar', length: 40 }) action!: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) details!: Record<string, unknown>;
}

/** The bukti tayang of an order: one row, resubmitted in rounds after a return. */
@Entity({ name: 'proofs' })
export class ProofEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ type: 'varchar', length: 10 }) status!: ProofStatus;
  @Column({ type: 'jsonb' }) fields!: Record<string, string | number>;
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ type: 'integer', default: 1 }) round!: number;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ name: 'reviewed_by', type: 'text', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'link_checks', type: 'jsonb', default: () => `'[]'` }) linkChecks!: LinkCheckResult[];
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/**
 * Running totals of the orders per year and outlet (all orders, orders not declined or cancelled,
 * amounts committed and paid): written only by triggers on orders (tenant migration
 * 1763900000011), in the same transaction as each change; read for spend per outlet.
 */
@Entity({ name: 'order_outlet_totals' })
export class OrderOutletTotalEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @PrimaryColumn({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ name: 'outlet_name', type: 'text' }) outletName!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ name: 'all_orders', type: 'integer' }) allOrders!: number;
  @Column({ type: 'integer' }) orders!: number;
  @Column({ type: 'bigint', transformer: rupiah }) committed!: number;
  @Column({ type: 'bigint', transformer: rupiah }) paid!: number;
}

/**
 * Running counts of the orders per year, status and media type: written only by triggers on orders
 * (tenant migration 1763900000015), in the same transaction as each change; read for the order
 * list's total when it is filtered by nothing else.
 */
@Entity({ name: 'order_status_totals' })
export class OrderStatusTotalEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 20 }) status!: OrderStatus;
  @PrimaryColumn({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ type: 'integer' }) orders!: number;
}

export const PUBLICATION_TENANT_ENTITIES = [PublicationSettingsEntity, OrderEntity, OrderFileEntity, OrderEventEntity, ProofEntity, OrderOutletTotalEntity, OrderStatusTotalEntity];
