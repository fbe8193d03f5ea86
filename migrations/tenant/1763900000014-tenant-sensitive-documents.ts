import { MigrationInterface, QueryRunner } from 'typeorm';

// Who may read the applicant documents carrying an account number or a NIK (frozen here; a
// tenant's own roles are its business): the verifier checks them, the treasurer pays into the
// account, the auditor reads everything.
const GRANTS: Record<string, string[]> = {
  verifier: ['read:BankAccount', 'read:PersonalIdentity'],
  treasurer: ['read:BankAccount'],
  auditor: ['read:BankAccount', 'read:PersonalIdentity'],
};

/** Field-level rules on applicants' bank books and KTPs: the permissions that open them. */
export class TenantSensitiveDocuments1763900000014 implements MigrationInterface {
  name = 'TenantSensitiveDocuments1763900000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `update roles r set permissions = (
         select coalesce(jsonb_agg(distinct p), '[]'::jsonb) from jsonb_array_elements(r.permissions || g.extra) p)
       from (select name, extra from unnest($1::varchar[], $2::jsonb[]) as t(name, extra)) g
       where r.name = g.name and r.builtin`,
      [
        Object.keys(GRANTS),
        Object.values(GRANTS).map((pairs) => JSON.stringify(pairs.map((pair) => ({ action: pair.split(':')[0], subject: pair.split(':')[1] })))),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `update roles set permissions = (
         select coalesce(jsonb_agg(p), '[]'::jsonb) from jsonb_array_elements(permissions) p
          where p->>'subject' not in ('BankAccount', 'PersonalIdentity'))
       where builtin`,
    );
  }
}
