export { AuditModule } from './audit.module';
export { AuditTrail } from './audit-trail.service';
export type { AuditActor, AuditRecord } from './audit-trail.service';
export { AuditQueryDto } from './audit.dto';
export { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash';
import { PlatformAuditEntryEntity, TenantAuditEntryEntity } from './audit-entry.entity';
export { PlatformAuditEntryEntity, TenantAuditEntryEntity };
export const AUDIT_ENTITIES = [TenantAuditEntryEntity, PlatformAuditEntryEntity];
