import { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_LOG_DDL } from '../audit-log.ddl';

/** The tenant's audit trail: append-only (a trigger refuses changes) and hash-chained. */
export class TenantAuditLog1763900000002 implements MigrationInterface {
  name = 'TenantAuditLog1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_LOG_DDL('audit_log', 'audit_log_append_only'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table audit_log; drop function audit_log_append_only()');
  }
}
