import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Columns shared by every audit trail (migrations/audit-log.ddl.ts). */
abstract class AuditColumns {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ name: 'on_behalf_of_id', type: 'uuid', nullable: true })
  onBehalfOfId!: string | null;

  @Column({ name: 'on_behalf_of_name', type: 'text', nullable: true })
  onBehalfOfName!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 60 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}

/** A tenant table: resolves to the current tenant's schema inside its unit of work. */
@Entity({ name: 'audit_log' })
export class TenantAuditEntryEntity extends AuditColumns {}

@Entity({ schema: 'platform', name: 'audit_log' })
export class PlatformAuditEntryEntity extends AuditColumns {}

export type AuditEntryRow = AuditColumns;
