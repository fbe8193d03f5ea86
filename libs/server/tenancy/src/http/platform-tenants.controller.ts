import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CreateTenantResponse, Page, Tenant } from '@sinergi/contracts';
import { CurrentActor, PlatformAdminOnly, RequestActor } from '@sinergi/server/core';
import { TenantProvisioner } from '../provisioning/tenant-provisioner.service';
import { TenantRegistry } from '../registry/tenant-registry.service';
import { CreateTenantDto, TenantQueryDto, UpdateTenantDto } from './tenant.dto';

@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/tenants')
export class PlatformTenantsController {
  constructor(
    private readonly provisioner: TenantProvisioner,
    private readonly registry: TenantRegistry,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The tenant, active, at the current schema version' })
  @ApiConflictResponse({ description: 'TENANT_EXISTS: the region or the slug is taken' })
  create(@Body() body: CreateTenantDto, @CurrentActor() actor: RequestActor): Promise<CreateTenantResponse> {
    return this.provisioner.provision(body, { actor });
  }

  @Get()
  @ApiOkResponse({ description: 'Tenants with status and schema version, paginated' })
  list(@Query() query: TenantQueryDto): Promise<Page<Tenant>> {
    return this.registry.list(query);
  }

  @Get(':slug')
  get(@Param('slug') slug: string): Promise<Tenant> {
    return this.registry.get(slug);
  }

  @Patch(':slug')
  @ApiOkResponse({ description: 'Suspend, resume or archive; effective on every API instance within seconds' })
  update(@Param('slug') slug: string, @Body() body: UpdateTenantDto, @CurrentActor() actor: RequestActor): Promise<Tenant> {
    return this.registry.setStatus(slug, body.status, actor);
  }
}
