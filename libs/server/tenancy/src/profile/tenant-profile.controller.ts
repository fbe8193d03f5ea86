import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { TenantProfile, UpdateTenantProfileRequest } from '@sinergi/contracts';
import { CurrentActor, CurrentTenant, RequestActor, TenantRequestContext } from '@sinergi/server/core';
import { Can, ReadsOnly } from '@sinergi/server/core';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { TenantProfileService } from './tenant-profile.service';

export class UpdateTenantProfileDto implements UpdateTenantProfileRequest {
  @ApiPropertyOptional({ example: 'Bagian Humas dan Protokol Setda Kota Pekanbaru' })
  // May be left out, but not emptied: every region names the unit that runs its partnerships.
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  owningUnit?: string;

  @ApiPropertyOptional({ example: 'Perbup Kabupaten Ogan Komering Ilir Nomor 54 Tahun 2018' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalBasis?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ description: 'Publish the public page (/api/public/t/:tenant/page): partner media of the year' })
  @IsOptional()
  @IsBoolean()
  publicPage?: boolean;

  @ApiPropertyOptional({ description: 'Publish the yearly spending on the public page (needs publicPage)' })
  @IsOptional()
  @IsBoolean()
  publicSpending?: boolean;
}

@ApiTags('tenant')
@ApiBearerAuth()
@Controller('t/:tenant/profile')
export class TenantProfileController {
  constructor(private readonly profiles: TenantProfileService) {}

  @Get()
  @Can('read', 'TenantProfile')
  @ReadsOnly()
  @ApiOkResponse({ description: "The tenant's owning unit and legal basis" })
  get(@CurrentTenant() tenant: TenantRequestContext): Promise<TenantProfile> {
    return this.profiles.get(tenant.name);
  }

  @Patch()
  @Can('update', 'TenantProfile')
  update(
    @CurrentTenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Body() body: UpdateTenantProfileDto,
  ): Promise<TenantProfile> {
    return this.profiles.update(tenant.name, body, actor);
  }
}
