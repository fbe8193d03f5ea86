import type { BudgetRevisionKind, MediaType } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** bigint columns come back from pg as strings; rupiah amounts stay far below 2^53. */
const rupiah = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity({ name: 'budget_revisions' })
export class BudgetRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'varchar', length: 10 }) kind!: BudgetRevisionKind;
  @Column({ name: 'document_number', type: 'text', nullable: true }) documentNumber!: string | null;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn!: string;
  @Column({ type: 'bigint', transformer: rupiah }) total!: number;
  @Column({ name: 'by_media_type', type: 'jsonb', nullable: true }) byMediaType!: Partial<Record<MediaType, number>> | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

export type CommitmentStatus = 'committed' | 'realised' | 'released';

/** What one order holds of the pagu: committed when ordered, realised when paid, released if it falls through. */
@Entity({ name: 'budget_commitments' })
export class BudgetCommitmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ name: 'ref_type', type: 'varchar', length: 20 }) refType!: string;
  @Column({ name: 'ref_id', type: 'uuid' }) refId!: string;
  @Column({ name: 'outlet_id', type: 'uuid', nullable: true }) outletId!: string | null;
  @Column({ type: 'bigint', transformer: rupiah }) amount!: number;
  @Column({ type: 'varchar', length: 10 }) status!: CommitmentStatus;
  @Column({ name: 'committed_at', type: 'timestamptz', default: () => 'now()' }) committedAt!: Date;
  @Column({ name: 'realised_on', type: 'date', nullable: true }) realisedOn!: string | null;
  @Column({ name: 'realised_amount', type: 'bigint', nullable: true, transformer: rupiah }) realisedAmount!: number | null;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt!: Date | null;
}

/**
 * Running totals of the commitments per year, media type, status and month realised (0 while not
 * realised): written only by triggers on budget_commitments (tenant migration 1763900000011), in
 * the same transaction as each change; read for the budget's figures.
 */
@Entity({ name: 'budget_totals' })
export class BudgetTotalEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @PrimaryColumn({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @PrimaryColumn({ type: 'varchar', length: 10 }) status!: CommitmentStatus;
  @PrimaryColumn({ name: 'realised_month', type: 'smallint' }) realisedMonth!: number;
  @Column({ type: 'integer' }) commitments!: number;
  @Column({ type: 'bigint', transformer: rupiah }) amount!: number;
  @Column({ name: 'realised_amount', type: 'bigint', transformer: rupiah }) realisedAmount!: number;
}

export const BUDGET_TENANT_ENTITIES = [BudgetRevisionEntity, BudgetCommitmentEntity, BudgetTotalEntity];
