import { MigrationInterface, QueryRunner } from 'typeorm';

const LABELS: Record<string, string> = {
  admin: 'Administrator',
  verifier: 'Verifikator',
  'publication-operator': 'Operator publikasi',
  'approving-official': 'Pejabat penyetuju',
  treasurer: 'Bendahara',
  auditor: 'Auditor',
};

// Frozen as they were when this migration was written: later migrations add grants for new subjects.
const grants = (...pairs: string[]) => pairs.map((pair) => ({ action: pair.split(':')[0], subject: pair.split(':')[1] }));
const crud = (subject: string) => ['read', 'create', 'update', 'delete'].map((action) => `${action}:${subject}`);
const ROLE_PERMISSIONS: Record<string, { action: string | undefined; subject: string | undefined }[]> = {
  admin: grants(...crud('TenantProfile'), ...crud('Member'), ...crud('Role'), ...crud('Delegation'), 'read:AuditEntry'),
  verifier: grants('read:TenantProfile'),
  'publication-operator': grants('read:TenantProfile'),
  'approving-official': grants('read:TenantProfile'),
  treasurer: grants('read:TenantProfile'),
  auditor: grants('read:TenantProfile', 'read:Member', 'read:Role', 'read:Delegation', 'read:AuditEntry'),
};
const BUILTIN_TENANT_ROLES = Object.keys(ROLE_PERMISSIONS);

/** The tenant's roles and their permissions: the built-in ones, and room for its own. */
export class TenantRoles1763900000001 implements MigrationInterface {
  name = 'TenantRoles1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table roles (
        name varchar(60) primary key check (name ~ '^[a-z][a-z0-9-]{1,59}$'),
        label text not null,
        builtin boolean not null default false,
        permissions jsonb not null default '[]',
        updated_at timestamptz not null default now()
      )`);
    // One statement for all of them: this runs in every tenant's provisioning.
    await queryRunner.query(
      `insert into roles (name, label, builtin, permissions)
       select name, label, true, permissions from unnest($1::varchar[], $2::text[], $3::jsonb[]) as t(name, label, permissions)`,
      [
        [...BUILTIN_TENANT_ROLES],
        BUILTIN_TENANT_ROLES.map((role) => LABELS[role]),
        BUILTIN_TENANT_ROLES.map((role) => JSON.stringify(ROLE_PERMISSIONS[role])),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table roles');
  }
}
