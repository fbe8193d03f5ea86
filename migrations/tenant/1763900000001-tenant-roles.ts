import { BUILTIN_TENANT_ROLES, DEFAULT_ROLE_PERMISSIONS } from '@sinergi/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';

const LABELS: Record<string, string> = {
  admin: 'Administrator',
  verifier: 'Verifikator',
  'publication-operator': 'Operator publikasi',
  'approving-official': 'Pejabat penyetuju',
  treasurer: 'Bendahara',
  auditor: 'Auditor',
};

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
        BUILTIN_TENANT_ROLES.map((role) => JSON.stringify(DEFAULT_ROLE_PERMISSIONS[role])),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table roles');
  }
}
