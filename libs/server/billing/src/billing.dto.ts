import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATUSES, ClaimStatus, MEDIA_CLAIM_SORTS, MediaClaimSort, PAYMENT_SORTS, PaymentSort, TAX_RECEIPT_KINDS, TaxReceiptKind, TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const DATE = { strict: true } as const;
const MAX_RUPIAH = 1_000_000_000_000_000;

export class TaxSettingsDto {
  @ApiProperty({ example: 1200, description: 'PPN rate in basis points (1200 = 12%)' }) @IsInt() @Min(0) @Max(10_000) ppnRateBp!: number;
  @ApiProperty({ example: 11, description: 'The PPN base is numerator/denominator of the price without PPN (11/12 since 2025; 1/1 for a plain rate)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  ppnBaseNumerator!: number;
  @ApiProperty({ example: 12 }) @IsInt() @Min(1) @Max(1000) ppnBaseDenominator!: number;
  @ApiProperty({ example: 200, description: 'PPh 23 in basis points (200 = 2%)' }) @IsInt() @Min(0) @Max(10_000) pph23RateBp!: number;
  @ApiProperty({ example: 400, description: 'PPh 23 without NPWP, basis points' }) @IsInt() @Min(0) @Max(10_000) pph23RateWithoutNpwpBp!: number;
  @ApiProperty({ example: 2_000_000, description: 'Gross (incl. PPN) below which the treasurer does not collect PPN, rupiah' })
  @IsInt()
  @Min(0)
  @Max(MAX_RUPIAH)
  ppnCollectionThreshold!: number;
  @ApiProperty({ example: 'PMK 131/2024; PMK 141/2015' }) @IsString() @MinLength(3) @MaxLength(2000) legalBasis!: string;
}

export class SubmitClaimDto {
  @ApiProperty({ type: [String], description: 'Accepted, unclaimed proofs of one agreement/outlet' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  proofIds!: string[];
}

export class ClaimVersionDto {
  @ApiProperty({ description: 'The claim version you saw' }) @IsInt() @Min(1) version!: number;
}

export class ResubmitClaimDto extends ClaimVersionDto {
  @ApiPropertyOptional({ type: [String], description: 'Other proofs of the same agreement; by default the same ones' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  proofIds?: string[];
}

export class ClaimQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ enum: CLAIM_STATUSES }) @IsOptional() @IsIn(CLAIM_STATUSES) status?: ClaimStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') outletId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') companyId?: string;
  @ApiPropertyOptional({ enum: ['submittedAt', '-submittedAt', 'gross', '-gross', 'number', 'status', 'outlet'] })
  @IsOptional()
  @IsIn(['submittedAt', '-submittedAt', 'gross', '-gross', 'number', 'status', 'outlet'])
  sort?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class PaymentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "The claim's fiscal year" }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'SP2D date from (inclusive)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date such as 2026-01-31' })
  @IsISO8601(DATE, { message: 'from must be a real date' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-03-31', description: 'SP2D date up to (inclusive)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date such as 2026-03-31' })
  @IsISO8601(DATE, { message: 'to must be a real date' })
  to?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') outletId?: string;
  @ApiPropertyOptional({ description: 'SP2D number, claim number, outlet or company name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: PAYMENT_SORTS, default: '-sp2dDate' }) @IsOptional() @IsIn(PAYMENT_SORTS) sort?: PaymentSort;
}

export class MediaClaimQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ enum: CLAIM_STATUSES }) @IsOptional() @IsIn(CLAIM_STATUSES) status?: ClaimStatus;
}

export class MediaClaimsAcrossTenantsQueryDto extends MediaClaimQueryDto {
  @ApiPropertyOptional({ description: "Only this region's claims (its slug)", example: 'pesisir-barat' })
  @IsOptional()
  @Matches(TENANT_SLUG_PATTERN, { message: 'tenant must be a region slug such as pesisir-barat' })
  tenant?: string;
  @ApiPropertyOptional({ enum: MEDIA_CLAIM_SORTS, default: '-submittedAt' }) @IsOptional() @IsIn(MEDIA_CLAIM_SORTS) sort?: MediaClaimSort;
}

export class TaxReceiptDto {
  @ApiProperty({ enum: TAX_RECEIPT_KINDS }) @IsIn(TAX_RECEIPT_KINDS) kind!: TaxReceiptKind;
  @ApiProperty({ description: 'Nomor Transaksi Penerimaan Negara (16 characters)', example: '0A1B2C3D4E5F6G7H' })
  @IsString()
  @Matches(/^[A-Za-z0-9]{16}$/, { message: 'ntpn must be 16 letters or digits' })
  ntpn!: string;
  @ApiPropertyOptional({ description: 'E-billing code (15 digits)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{15}$/, { message: 'billingCode must be 15 digits' })
  billingCode?: string | null;
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_RUPIAH) amount!: number;
  @ApiProperty() @IsISO8601(DATE) paidOn!: string;
}

export class RecordPaymentDto extends ClaimVersionDto {
  @ApiProperty({ example: '00123/SP2D/LS/2026' }) @IsString() @MinLength(3) @MaxLength(100) sp2dNumber!: string;
  @ApiProperty() @IsISO8601(DATE) sp2dDate!: string;
  @ApiProperty({ description: "Whole rupiah; must equal the claim's net amount" }) @IsInt() @Min(1) @Max(MAX_RUPIAH) amount!: number;
  @ApiProperty({ type: [TaxReceiptDto] })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TaxReceiptDto)
  taxReceipts!: TaxReceiptDto[];
}
