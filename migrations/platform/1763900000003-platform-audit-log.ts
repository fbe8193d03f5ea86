import { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_LOG_DDL } from '../audit-log.ddl';

/** The platform's own audit trail (tenants onboarded, suspended, archived; fleet operations). */
export class PlatformAuditLog1763900000003 implements MigrationInterface {
  name = 'PlatformAuditLog1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_LOG_DDL('platform.audit_log', 'platform.audit_log_append_only'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table platform.audit_log; drop function platform.audit_log_append_only()');
  }
}
