import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A tenant table (no schema: it resolves to the current tenant's schema inside a tenant
 * transaction, and to nothing outside one). One row: who runs the partnership in this region.
 */
@Entity({ name: 'tenant_profile' })
export class TenantProfileEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ name: 'owning_unit', type: 'text' })
  owningUnit!: string;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ name: 'public_page', type: 'boolean', default: false })
  publicPage!: boolean;

  @Column({ name: 'public_spending', type: 'boolean', default: false })
  publicSpending!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
