import type { ApprovalActionKind, ApprovalFacts, ApprovalInstanceStep, ApprovalKind, ApprovalStatus, ApprovalStep } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant's approval chain for one kind; every save is a new version (rows are never changed). */
@Entity({ name: 'approval_chains' })
export class ApprovalChainEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: ApprovalKind;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) steps!: ApprovalStep[];
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** One subject running through a chain version; the resolved steps are frozen on it. */
@Entity({ name: 'approval_instances' })
export class ApprovalInstanceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: ApprovalKind;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'subject_label', type: 'text' }) subjectLabel!: string;
  @Column({ name: 'chain_id', type: 'uuid' }) chainId!: string;
  @Column({ name: 'chain_version', type: 'integer' }) chainVersion!: number;
  @Column({ type: 'varchar', length: 12 }) status!: ApprovalStatus;
  @Column({ type: 'jsonb' }) steps!: ApprovalInstanceStep[];
  @Column({ type: 'jsonb' }) facts!: ApprovalFacts;
  @Column({ name: 'step_index', type: 'integer', nullable: true }) stepIndex!: number | null;
  @Column({ name: 'step_role', type: 'varchar', length: 60, nullable: true }) currentRole!: string | null;
  @Column({ type: 'integer' }) round!: number;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true }) submittedById!: string | null;
  @Column({ name: 'submitted_by_name', type: 'text' }) submittedByName!: string;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'step_since', type: 'timestamptz', nullable: true }) stepSince!: Date | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'return_note', type: 'text', nullable: true }) returnNote!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** The append-only history of an instance; the idempotency key makes a retried decision a no-op. */
@Entity({ name: 'approval_actions' })
export class ApprovalActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @Column({ type: 'integer' }) round!: number;
  @Column({ name: 'step_key', type: 'varchar', length: 40, nullable: true }) stepKey!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) role!: string | null;
  @Column({ type: 'varchar', length: 12 }) action!: ApprovalActionKind;
  @Column({ name: 'to_submitter', type: 'boolean', default: false }) toSubmitter!: boolean;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_name', type: 'text' }) actorName!: string;
  @Column({ name: 'on_behalf_of_id', type: 'uuid', nullable: true }) onBehalfOfId!: string | null;
  @Column({ name: 'on_behalf_of_name', type: 'text', nullable: true }) onBehalfOfName!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: true }) requestHash!: string | null;
  @Column({ name: 'resulting_version', type: 'integer' }) resultingVersion!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}

/** Reminders already sent: one per instance, round, step and kind, however often the job runs. */
@Entity({ name: 'approval_reminders' })
export class ApprovalReminderEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'uuid' }) instanceId!: string;
  @PrimaryColumn({ type: 'integer' }) round!: number;
  @PrimaryColumn({ name: 'step_key', type: 'varchar', length: 40 }) stepKey!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) reminder!: 'due-soon' | 'overdue';
  @Column({ type: 'integer' }) recipients!: number;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt!: Date;
}

export const WORKFLOW_TENANT_ENTITIES = [ApprovalChainEntity, ApprovalInstanceEntity, ApprovalActionEntity, ApprovalReminderEntity];
