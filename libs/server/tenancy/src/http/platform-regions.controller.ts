import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page, Region } from '@sinergi/contracts';
import { PlatformAdminOnly } from '@sinergi/server/core';
import { RegionCatalogueService } from '../regions/region-catalogue.service';
import { RegionQueryDto } from './tenant.dto';

@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/regions')
export class PlatformRegionsController {
  constructor(private readonly regions: RegionCatalogueService) {}

  @Get()
  @ApiOkResponse({ description: 'The Kemendagri catalogue (552 regions) with the tenant of each, paginated' })
  list(@Query() query: RegionQueryDto): Promise<Page<Region>> {
    return this.regions.list(query);
  }
}
