import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MediaClaimSummary, Page } from '@sinergi/contracts';
import { CurrentMediaCompany, ForMediaCompany, MediaCan, MediaCompanyContext } from '@sinergi/server/core';
import { MediaClaimsAcrossTenantsQueryDto } from '../billing.dto';
import { MediaClaimsService } from './media-claims.service';

/** The press company's claims across every region it works with (guarded as the inbox of orders is). */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('media/companies/:companyId/claims')
export class MediaCompanyClaimsController {
  constructor(private readonly claims: MediaClaimsService) {}

  @Get()
  @MediaCan('read', 'Claim')
  @ApiOkResponse({ description: "Claims from every region, newest first (or by gross), each with the region and where its payment stands; another company's id answers 404" })
  list(@CurrentMediaCompany() media: MediaCompanyContext, @Query() query: MediaClaimsAcrossTenantsQueryDto): Promise<Page<MediaClaimSummary>> {
    return this.claims.list(media.companyId, query);
  }
}
