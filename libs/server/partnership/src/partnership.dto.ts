import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  ApplicationStatus,
  DOCUMENT_DECISIONS,
  DocumentDecision,
  PACK_PARTS,
  PackPart,
  PartnershipCalendar,
  RulesContent,
} from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const DATE = { strict: true } as const;

export class FiscalYearQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}

export class LetterheadDto {
  @ApiProperty({ example: 'PEMERINTAH KABUPATEN PESISIR BARAT' }) @IsString() @MinLength(3) @MaxLength(200) governmentName!: string;
  @ApiProperty({ example: 'DINAS KOMUNIKASI DAN INFORMATIKA' }) @IsString() @MinLength(3) @MaxLength(200) unitName!: string;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(300) address!: string | null;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(40) phone!: string | null;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(200) email!: string | null;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(200) website!: string | null;
}

export class SignatoryDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(30) nip!: string | null;
  @ApiProperty({ example: 'Kepala Dinas Komunikasi dan Informatika' }) @IsString() @MinLength(3) @MaxLength(200) position!: string;
}

export class CalendarDto implements PartnershipCalendar {
  @ApiProperty() @IsISO8601(DATE) registrationOpens!: string;
  @ApiProperty() @IsISO8601(DATE) registrationCloses!: string;
  @ApiProperty() @IsISO8601(DATE) announcement!: string;
  @ApiProperty() @IsISO8601(DATE) objectionOpens!: string;
  @ApiProperty() @IsISO8601(DATE) objectionCloses!: string;
  @ApiProperty() @IsISO8601(DATE) final!: string;
}

export class SaveConfigurationDto {
  @ApiProperty({ example: 'Peraturan Bupati Ogan Komering Ilir Nomor 54 Tahun 2018' }) @IsString() @MinLength(5) @MaxLength(1000) legalBasis!: string;
  @ApiProperty({ example: 'Dinas Komunikasi dan Informatika' }) @IsString() @MinLength(3) @MaxLength(300) owningUnit!: string;
  @ApiProperty({ example: 'DISKOMINFO' }) @IsString() @MinLength(2) @MaxLength(40) unitCode!: string;
  @ApiProperty({ type: LetterheadDto }) @IsDefined() @ValidateNested() @Type(() => LetterheadDto) letterhead!: LetterheadDto;
  @ApiProperty({ type: SignatoryDto }) @IsDefined() @ValidateNested() @Type(() => SignatoryDto) agreementSignatory!: SignatoryDto;
  @ApiProperty() @IsBoolean() factualVisit!: boolean;
  @ApiProperty({ description: 'Requirements, eligibility rules, scoring, tiers and the schedule pattern; checked field by field on save' })
  @IsObject()
  content!: RulesContent;
  @ApiPropertyOptional({ type: CalendarDto, description: "This year's dates; by default from the schedule pattern" })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalendarDto)
  calendar?: CalendarDto;
}

export class ConfigurationPreviewDto {
  @ApiProperty({ description: 'A press company that has applied to this tenant (any year)' }) @IsUUID() companyId!: string;
  @ApiProperty({ description: 'The requirements and rules to test, as in the configuration; checked as on save' }) @IsObject() content!: RulesContent;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: ApplicationStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['submittedAt', '-submittedAt', 'outlet', 'company', 'status'] })
  @IsOptional()
  @IsIn(['submittedAt', '-submittedAt', 'outlet', 'company', 'status'])
  sort?: string;
}

export class VersionDto {
  @ApiProperty({ description: 'The application version you saw' }) @IsInt() @Min(1) version!: number;
}

export class DocumentDecisionDto extends VersionDto {
  @ApiProperty({ enum: DOCUMENT_DECISIONS }) @IsIn(DOCUMENT_DECISIONS) decision!: DocumentDecision;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class FactualVisitDto extends VersionDto {
  @ApiProperty() @IsISO8601(DATE) visitedOn!: string;
  @ApiProperty() @IsBoolean() passed!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class AnnouncementDto {
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
  @ApiProperty({ enum: ['initial', 'final'] }) @IsIn(['initial', 'final']) kind!: 'initial' | 'final';
}

export class ObjectionAnswerDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(4000) answer!: string;
  @ApiProperty() @IsBoolean() upheld!: boolean;
}

export class SubmitApplicationDto {
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('4', { each: true }) outletIds!: string[];
}

export class ResubmitDocumentDto {
  @ApiProperty() @IsUUID('4') versionId!: string;
}

export class ObjectionDto {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(4000) text!: string;
}

export class CreateAgreementDto {
  @ApiProperty() @IsUUID('4') applicationId!: string;
  @ApiProperty() @IsISO8601(DATE) startsOn!: string;
  @ApiProperty() @IsISO8601(DATE) endsOn!: string;
  @ApiPropertyOptional({ description: 'Rupiah, whole' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(1_000_000_000_000) ceiling?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(DATE) signedOn?: string;
}

export class AgreementQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
}

export class CreateOutletBlockDto {
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(2000) reason!: string;
  @ApiProperty() @IsISO8601(DATE) startsOn!: string;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsISO8601(DATE) endsOn?: string | null;
}

export class PublishPackDto {
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
}

export class AdoptPackDto {
  @ApiProperty() @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
  @ApiProperty({ enum: PACK_PARTS, isArray: true }) @IsArray() @ArrayMinSize(1) @IsIn(PACK_PARTS, { each: true }) parts!: PackPart[];
}

export class OutletBlockQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only blocks in force today' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  active?: boolean;
}
