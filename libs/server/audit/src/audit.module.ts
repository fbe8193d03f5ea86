import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.service';
import { PlatformAuditController, TenantAuditController } from './audit.controller';

/** Global: every module records into the trail through AuditTrail. */
@Global()
@Module({ controllers: [TenantAuditController, PlatformAuditController], providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
