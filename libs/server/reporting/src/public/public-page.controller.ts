import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PublicSpending, PublicTenantPage } from '@sinergi/contracts';
import { CurrentTenant, Public, TenantRequestContext } from '@sinergi/server/core';
import { DashboardQueryDto } from '../reporting.controller';
import { PublicPageService } from './public-page.service';

/** A region's public page and yearly spending, for everyone, when the region publishes them (else 404). */
@ApiTags('public')
@Public()
@Controller('public/t/:tenant')
export class PublicPageController {
  constructor(private readonly pages: PublicPageService) {}

  @Get('page')
  @ApiOkResponse({ description: 'Who runs the partnership, the partner media of the year and, when published, the spending; 404 when the region publishes no page' })
  page(@Query() query: DashboardQueryDto, @CurrentTenant() tenant: TenantRequestContext): Promise<PublicTenantPage> {
    return this.pages.page(query.fiscalYear, tenant);
  }

  @Get('spending')
  @ApiOkResponse({ description: 'Paid in the year (by SP2D, at gross) per media type and per outlet; 404 when the region does not publish its spending' })
  spending(@Query() query: DashboardQueryDto, @CurrentTenant() tenant: TenantRequestContext): Promise<PublicSpending> {
    return this.pages.spending(query.fiscalYear, tenant);
  }
}
