import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval chains (versioned per kind), the instances running through them (frozen steps, a version
 * for optimistic locking), their append-only history with idempotency keys, and the reminders sent.
 */
export class TenantWorkflow1763900000008 implements MigrationInterface {
  name = 'TenantWorkflow1763900000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table approval_chains (
        id uuid primary key default gen_random_uuid(),
        kind varchar(20) not null check (kind in ('claim', 'order', 'agreement')),
        version integer not null check (version > 0),
        steps jsonb not null,
        created_by text not null,
        created_at timestamptz not null default now(),
        unique (kind, version)
      );

      create table approval_instances (
        id uuid primary key default gen_random_uuid(),
        kind varchar(20) not null check (kind in ('claim', 'order', 'agreement')),
        subject_id uuid not null,
        subject_label text not null,
        chain_id uuid not null references approval_chains (id),
        chain_version integer not null,
        status varchar(12) not null check (status in ('in-progress', 'approved', 'returned')),
        steps jsonb not null,
        facts jsonb not null,
        step_index integer,
        step_role varchar(60),
        round integer not null default 1 check (round > 0),
        version integer not null default 1,
        submitted_by_id uuid,
        submitted_by_name text not null,
        started_at timestamptz not null default now(),
        step_since timestamptz,
        due_at timestamptz,
        finished_at timestamptz,
        return_note text,
        updated_at timestamptz not null default now(),
        unique (kind, subject_id),
        check ((status = 'in-progress') = (step_index is not null and step_role is not null and due_at is not null))
      );
      -- Inboxes (open items per role, oldest first) and the reminder job (open items by due time).
      create index approval_instances_waiting_idx on approval_instances (step_role, step_since) where status = 'in-progress';
      create index approval_instances_due_idx on approval_instances (due_at) where status = 'in-progress';

      create table approval_actions (
        id uuid primary key default gen_random_uuid(),
        instance_id uuid not null references approval_instances (id),
        round integer not null,
        step_key varchar(40),
        role varchar(60),
        action varchar(12) not null check (action in ('submit', 'approve', 'return', 'resubmit')),
        to_submitter boolean not null default false,
        actor_id uuid,
        actor_name text not null,
        on_behalf_of_id uuid,
        on_behalf_of_name text,
        note text,
        idempotency_key varchar(200),
        request_hash char(64),
        resulting_version integer not null,
        at timestamptz not null default now(),
        check ((idempotency_key is null) = (request_hash is null))
      );
      create unique index approval_actions_idempotency_idx on approval_actions (idempotency_key) where idempotency_key is not null;
      create index approval_actions_instance_idx on approval_actions (instance_id, at);

      create table approval_reminders (
        instance_id uuid not null references approval_instances (id),
        round integer not null,
        step_key varchar(40) not null,
        reminder varchar(10) not null check (reminder in ('due-soon', 'overdue')),
        recipients integer not null,
        sent_at timestamptz not null default now(),
        primary key (instance_id, round, step_key, reminder)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table approval_reminders, approval_actions, approval_instances, approval_chains');
  }
}
