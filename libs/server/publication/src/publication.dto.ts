import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AgreementRate,
  MEDIA_TYPES,
  MediaType,
  ORDER_STATUSES,
  OrderStatus,
  Product,
  ProofForm,
  PublicationSettingsRequest,
  Rate,
} from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

const DATE = { strict: true } as const;
const list = ({ value }: { value: unknown }) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean));

/** Shapes are checked here; the content (codes, prices, forms, cross-references) by the settings validator, all problems at once. */
export class SavePublicationSettingsDto implements PublicationSettingsRequest {
  @ApiProperty({ description: 'Product catalogue: code, mediaType, kind, name, unit, position?, size?, durationSeconds?' }) @IsArray() products!: Product[];
  @ApiProperty({ description: 'Rate card: productCode, tier, unitPrice (rupiah)' }) @IsArray() rates!: Rate[];
  @ApiProperty({ description: "Agreements' own prices: agreementId, productCode, unitPrice (override the tier price)" }) @IsArray() agreementRates!: AgreementRate[];
  @ApiProperty({ description: 'Proof forms per media type: mediaType, deadlineDays, fields [{ key, label {id,en}, type, required }]' }) @IsArray() proofForms!: ProofForm[];
  @ApiProperty() @IsBoolean() blockOutletsWithOverdueProofs!: boolean;
}

export class MaterialDto {
  @ApiProperty({ example: 'Bupati Resmikan Pasar Rakyat Krui' }) @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(50_000) body!: string;
}

export class CreateOrderDto {
  @ApiProperty() @IsUUID('4') agreementId!: string;
  @ApiProperty({ example: 'ONL-ADV' }) @IsString() @MinLength(2) @MaxLength(40) productCode!: string;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(100_000) quantity!: number;
  @ApiProperty({ type: MaterialDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => MaterialDto) material!: MaterialDto;
  @ApiProperty({ example: '2026-03-02' }) @IsISO8601(DATE) publishFrom!: string;
  @ApiProperty({ example: '2026-03-02' }) @IsISO8601(DATE) publishUntil!: string;
}

export class OrderQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ description: 'One or several, comma-separated or repeated', enum: ORDER_STATUSES, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsIn(ORDER_STATUSES, { each: true })
  status?: OrderStatus[];
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') outletId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4') companyId?: string;
  @ApiPropertyOptional({ enum: MEDIA_TYPES }) @IsOptional() @IsIn(MEDIA_TYPES) mediaType?: MediaType;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) productCode?: string;
  @ApiPropertyOptional({ description: 'Number, material title or outlet name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'Publication window overlaps from this day' }) @IsOptional() @IsISO8601(DATE) publishFrom?: string;
  @ApiPropertyOptional({ description: '… to this day' }) @IsOptional() @IsISO8601(DATE) publishTo?: string;
  @ApiPropertyOptional({ enum: ['createdAt', 'publishFrom', 'amount', 'number'] }) @IsOptional() @IsIn(['createdAt', 'publishFrom', 'amount', 'number']) sort?: 'createdAt' | 'publishFrom' | 'amount' | 'number';
  @ApiPropertyOptional({ enum: ['asc', 'desc'] }) @IsOptional() @IsIn(['asc', 'desc']) direction?: 'asc' | 'desc';
}

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES, isArray: true }) @IsOptional() @Transform(list) @IsIn(ORDER_STATUSES, { each: true }) status?: OrderStatus[];
}

export class DistributionQueryDto {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear!: number;
  @ApiPropertyOptional({ enum: ['spend', 'orders', 'outlet', 'tier'] }) @IsOptional() @IsIn(['spend', 'orders', 'outlet', 'tier']) sort?: 'spend' | 'orders' | 'outlet' | 'tier';
  @ApiPropertyOptional({ enum: ['asc', 'desc'] }) @IsOptional() @IsIn(['asc', 'desc']) direction?: 'asc' | 'desc';
}

export class CancelOrderDto {
  @ApiProperty({ description: 'The order version you saw' }) @IsInt() @Min(1) version!: number;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

export class DeclineOrderDto {
  @ApiProperty({ example: 'Jadwal tayang bentrok dengan edisi khusus' }) @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
}

export class SubmitProofDto {
  @ApiProperty({ description: "Values by the proof form's field keys; file fields carry the hash from proof-files", example: { url: 'https://faktapers.id/berita/1', publishedOn: '2026-03-02', screenshot: '<sha256>' } })
  @IsDefined()
  @IsObject()
  fields!: Record<string, string | number>;
}

export class AcceptProofDto {
  @ApiProperty({ description: 'The proof version you reviewed' }) @IsInt() @Min(1) version!: number;
}

export class ReturnProofDto extends AcceptProofDto {
  @ApiProperty({ example: 'Tautan mengarah ke halaman depan, bukan ke berita' }) @IsString() @MinLength(3) @MaxLength(2000) note!: string;
}
