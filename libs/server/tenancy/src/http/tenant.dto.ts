import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateTenantRequest,
  REGION_LEVELS,
  REGION_SORTS,
  RegionLevel,
  RegionQuery,
  RegionSort,
  TENANT_SORTS,
  TENANT_STATUSES,
  TenantQuery,
  TenantSort,
  TenantStatus,
  UpdateTenantRequest,
} from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class TemplateDto {
  @ApiProperty({ example: 'ogan-komering-ilir' })
  @IsString()
  @MaxLength(63)
  fromTenant!: string;
}

export class CreateTenantDto implements CreateTenantRequest {
  @ApiProperty({ example: '18.13', description: 'Kemendagri code' })
  @IsString()
  @MaxLength(16)
  regionCode!: string;

  @ApiPropertyOptional({ example: 'pesisir-barat' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  slug?: string;

  @ApiProperty({ example: 'kominfo@pesisirbaratkab.go.id' })
  @IsEmail({}, { message: 'adminEmail must be an e-mail address' })
  @MaxLength(254)
  adminEmail!: string;

  @ApiProperty({ example: 'Kepala Dinas Kominfo' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  adminName!: string;

  @ApiPropertyOptional({ type: TemplateDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateDto)
  template?: TemplateDto;
}

export class UpdateTenantDto implements UpdateTenantRequest {
  @ApiProperty({ enum: TENANT_STATUSES })
  @IsIn(TENANT_STATUSES)
  status!: TenantStatus;
}

export class TenantQueryDto extends PageQueryDto implements TenantQuery {
  @ApiPropertyOptional({ enum: TENANT_STATUSES })
  @IsOptional()
  @IsIn(TENANT_STATUSES)
  status?: TenantStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: TENANT_SORTS, default: 'regionCode', description: 'A column; `-` in front for descending' })
  @IsOptional()
  @IsIn(TENANT_SORTS)
  sort?: TenantSort;
}

export class RegionQueryDto extends PageQueryDto implements RegionQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({ example: '18' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @ApiPropertyOptional({ enum: REGION_SORTS, default: 'code', description: 'A column; `-` in front for descending' })
  @IsOptional()
  @IsIn(REGION_SORTS)
  sort?: RegionSort;
}

export class SlugParam {
  @IsString()
  @MaxLength(100)
  slug!: string;
}
