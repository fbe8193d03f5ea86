import type { Permission } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A tenant table: the tenant's roles and what each may do. */
@Entity({ name: 'roles' })
export class TenantRoleEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean' })
  builtin!: boolean;

  @Column({ type: 'jsonb' })
  permissions!: Permission[];

  /** Whoever holds this role must have logged in with a second factor (TOTP). */
  @Column({ name: 'requires_totp', type: 'boolean', default: false })
  requiresTotp!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
