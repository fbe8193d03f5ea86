import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MEDIA_TYPES, type MediaType, REGISTER_KINDS, type RegisterKind, TenantDashboard } from '@sinergi/contracts';
import { AppException, Can, CurrentActor, CurrentTenant, ReadsOnly, RequestActor, TenantRequestContext } from '@sinergi/server/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { ReportingService } from './reporting.service';

export class DashboardQueryDto {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
}

export class RegisterQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'From this date (WIB), inclusive' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-03-31', description: 'Up to this date (WIB), inclusive' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() outletId?: string;
  @ApiPropertyOptional({ enum: MEDIA_TYPES }) @IsOptional() @IsIn(MEDIA_TYPES) mediaType?: MediaType;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('t/:tenant')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('dashboard')
  @Can('read', 'Report')
  @ReadsOnly()
  @ApiOkResponse({ description: 'Budget absorption by month and media type, spend per outlet, overdue proofs, approvals waiting per official' })
  dashboard(@Query() query: DashboardQueryDto, @CurrentTenant() tenant: TenantRequestContext, @CurrentActor() actor: RequestActor): Promise<TenantDashboard> {
    return this.reporting.dashboard(query.fiscalYear, tenant, actor.id!);
  }

  @Get('registers/:kind')
  @Can('read', 'Report')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: `An Excel register for the SPJ (${REGISTER_KINDS.join(', ')}), per period, outlet and media type` })
  async register(
    @Param('kind') kind: string,
    @Query() query: RegisterQueryDto,
    @CurrentTenant() tenant: TenantRequestContext,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const registerKind = kind.replace(/\.xlsx$/, '') as RegisterKind;
    if (!REGISTER_KINDS.includes(registerKind)) {
      throw new AppException('RESOURCE_NOT_FOUND', { en: `There is no register "${kind}".`, id: `Register "${kind}" tidak ada.` }, [
        { field: 'kind', message: `one of ${REGISTER_KINDS.join(', ')}` },
      ]);
    }
    // Written whole before the first byte is sent (a year's register is a few MB at most), so an
    // error midway still answers with the one error shape instead of a truncated file.
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await this.reporting.register(registerKind, query, tenant.name, sink);
    const name = `${registerKind}-${tenant.handle.slug}-${query.fiscalYear}${query.from ? `-${query.from}` : ''}${query.to ? `-${query.to}` : ''}.xlsx`;
    response.header('content-type', XLSX).header('content-disposition', `attachment; filename="${name}"`).send(Buffer.concat(chunks));
  }
}
