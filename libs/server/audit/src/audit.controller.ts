import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, AuditVerification, Page } from '@sinergi/contracts';
import { Can, CurrentTenant, PlatformAdminOnly, TenantRequestContext, WithoutTenantTransaction } from '@sinergi/server/core';
import { AuditTrail } from './audit-trail.service';
import { AuditQueryDto } from './audit.dto';

@ApiTags('tenant')
@ApiBearerAuth()
@Controller('t/:tenant/audit')
export class TenantAuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Can('read', 'AuditEntry')
  @ApiOkResponse({ description: "The tenant's audit trail, newest first, filterable by action, actor and period" })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }

  @Get('verification')
  @Can('read', 'AuditEntry')
  @WithoutTenantTransaction()
  @ApiOkResponse({ description: 'Whether the hash chain is whole (a changed or removed entry breaks it)' })
  verify(@CurrentTenant() tenant: TenantRequestContext): Promise<AuditVerification> {
    return this.audit.verify(tenant.handle);
  }
}

@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/audit')
export class PlatformAuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.listPlatform(query);
  }
}
