import { RegionLevel, TenantStatus } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The tenant registry: one row per onboarded region, the only source of schema and role names. */
@Entity({ schema: 'platform', name: 'tenants' })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: TenantStatus;

  @Column({ name: 'schema_name', type: 'varchar', length: 63 })
  schemaName!: string;

  @Column({ name: 'db_role', type: 'varchar', length: 63 })
  dbRole!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  @Column({ name: 'template_from_tenant_id', type: 'uuid', nullable: true })
  templateFromTenantId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;
}

export type TenantWithRegion = TenantEntity & { level: RegionLevel; provinceName: string };
