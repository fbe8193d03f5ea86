import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEWAN_PERS_STATUSES,
  DOSSIER_DOCUMENT_TYPES,
  DewanPersStatus,
  DossierDocumentType,
  DossierUploadFields,
  MEDIA_LEGAL_FORMS,
  MEDIA_PERSON_POSITIONS,
  MEDIA_TYPES,
  MediaLegalForm,
  MediaOutletRequest,
  MediaPersonPosition,
  MediaPersonRequest,
  MediaType,
  UKW_LEVELS,
  UkwLevel,
  UpdateMediaCompanyRequest,
} from '@sinergi/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const REGION_CODE = /^\d{2}(\.\d{2})?$/;
const DATE = { strict: true } as const;
/** Present-or-null fields: `undefined` leaves the value alone, `null` clears it. */
const nullable = ValidateIf((_, value) => value !== null && value !== undefined);

export class UpdateMediaCompanyDto implements UpdateMediaCompanyRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  legalName?: string;

  @ApiPropertyOptional({ enum: MEDIA_LEGAL_FORMS })
  @IsOptional()
  @IsIn(MEDIA_LEGAL_FORMS)
  legalForm?: MediaLegalForm;

  @ApiPropertyOptional({ example: '01.234.567.8-325.000', description: '15 or 16 digits; dots and dashes allowed' })
  @nullable
  @Matches(/^[\d.-]{15,20}$/, { message: 'npwp must be 15 or 16 digits' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  npwp?: string | null;

  @ApiPropertyOptional({ example: '9120001234567', description: '13 digits' })
  @nullable
  @Matches(/^\d{13}$/, { message: 'nib must be 13 digits' })
  nib?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  pkp?: boolean;

  @ApiPropertyOptional({ example: ['63122'], description: 'KBLI codes, 5 digits each' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^\d{5}$/, { each: true, message: 'each KBLI code must be 5 digits' })
  kbli?: string[];

  @ApiPropertyOptional()
  @nullable
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({ example: '18.13' })
  @nullable
  @Matches(REGION_CODE, { message: 'regionCode must be a Kemendagri code such as 18.13' })
  regionCode?: string | null;

  @ApiPropertyOptional({ example: ['18.13', '18.04'] })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(REGION_CODE, { each: true, message: 'each office region must be a Kemendagri code such as 18.13' })
  officeRegionCodes?: string[];

  @ApiPropertyOptional({ example: '2015-03-01' })
  @nullable
  @IsISO8601(DATE)
  establishedOn?: string | null;

  @ApiPropertyOptional()
  @nullable
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional()
  @nullable
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ example: 'Bank Lampung' })
  @nullable
  @IsString()
  @MaxLength(120)
  bankName?: string | null;

  @ApiPropertyOptional()
  @nullable
  @Matches(/^[\d -]{5,40}$/, { message: 'bankAccountNumber must be digits' })
  bankAccountNumber?: string | null;

  @ApiPropertyOptional()
  @nullable
  @IsString()
  @MaxLength(200)
  bankAccountHolder?: string | null;

  @ApiPropertyOptional({ enum: DEWAN_PERS_STATUSES })
  @IsOptional()
  @IsIn(DEWAN_PERS_STATUSES)
  dewanPersStatus?: DewanPersStatus;

  @ApiPropertyOptional()
  @nullable
  @IsString()
  @MaxLength(80)
  dewanPersCertificateNumber?: string | null;

  @ApiPropertyOptional()
  @nullable
  @IsISO8601(DATE)
  dewanPersVerifiedOn?: string | null;

  @ApiPropertyOptional({ example: 'SMSI', description: 'Dewan Pers constituent organisation the company belongs to' })
  @nullable
  @IsString()
  @MaxLength(120)
  constituentOrganisation?: string | null;
}

export class MediaPersonDto implements MediaPersonRequest {
  @ApiProperty()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: MEDIA_PERSON_POSITIONS })
  @IsIn(MEDIA_PERSON_POSITIONS)
  position!: MediaPersonPosition;

  @ApiPropertyOptional({ enum: UKW_LEVELS, nullable: true })
  @nullable
  @IsIn(UKW_LEVELS)
  ukwLevel!: UkwLevel | null;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsString()
  @MaxLength(80)
  ukwCertificateNumber!: string | null;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsISO8601(DATE)
  ukwCertifiedOn!: string | null;

  @ApiPropertyOptional({ nullable: true, example: '18.13' })
  @nullable
  @Matches(REGION_CODE, { message: 'ktpRegionCode must be a Kemendagri code such as 18.13' })
  ktpRegionCode!: string | null;
}

export class MediaOutletDto implements MediaOutletRequest {
  @ApiProperty({ example: 'faktapers.id' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: MEDIA_TYPES })
  @IsIn(MEDIA_TYPES)
  mediaType!: MediaType;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  url!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'When the outlet started publishing' })
  @nullable
  @IsISO8601(DATE)
  launchedOn!: string | null;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  monthlyVisitors!: number | null;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  circulation!: number | null;

  @ApiPropertyOptional({ nullable: true })
  @nullable
  @IsString()
  @MaxLength(80)
  broadcastLicenceNumber!: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'instagram' })
  @nullable
  @IsString()
  @MaxLength(40)
  socialPlatform!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Where a videotron stands' })
  @nullable
  @IsString()
  @MaxLength(300)
  location!: string | null;

  @ApiProperty()
  @IsBoolean()
  publishesMasthead!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'When changing: the version last read' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** The text fields of a new version of a document (multipart: numbers and booleans arrive as strings). */
export class DossierVersionDto {
  @ApiPropertyOptional({ example: 'AHU-0012345.AH.01.01.TAHUN 2019' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  number?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601(DATE)
  issuedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601(DATE)
  expiresOn?: string;
}

/** A new document: its type and, for an outlet's own document, the outlet. */
export class DossierUploadDto extends DossierVersionDto implements DossierUploadFields {
  @ApiProperty({ enum: DOSSIER_DOCUMENT_TYPES })
  @IsIn(DOSSIER_DOCUMENT_TYPES)
  documentType!: DossierDocumentType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  outletId?: string;
}
