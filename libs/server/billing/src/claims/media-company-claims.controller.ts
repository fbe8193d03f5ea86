import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MediaClaimSummary, Page } from '@sinergi/contracts';
import { AppException, Caller, CurrentCaller } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';
import { MediaClaimsAcrossTenantsQueryDto } from '../billing.dto';
import { MediaClaimsService } from './media-claims.service';

/** The press company's claims across every region it works with (guarded as the inbox of orders is). */
@ApiTags('media')
@ApiBearerAuth()
@Controller('media/companies/:companyId/claims')
export class MediaCompanyClaimsController {
  constructor(
    private readonly claims: MediaClaimsService,
    private readonly memberships: MembershipService,
  ) {}

  @Get()
  @ApiOkResponse({ description: "Claims from every region, newest first (or by gross), each with the region and where its payment stands; another company's id answers 404" })
  async list(@CurrentCaller() caller: Caller, @Param('companyId') companyId: string, @Query() query: MediaClaimsAcrossTenantsQueryDto): Promise<Page<MediaClaimSummary>> {
    const memberships = await this.memberships.mediaMembershipsOf(caller.userId);
    if (!memberships.some((m) => m.companyId === companyId)) {
      throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
    }
    return this.claims.list(companyId, query);
  }
}
