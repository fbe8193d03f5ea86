import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPROVAL_KINDS, ApprovalKind, MEDIA_TYPES, MediaType } from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

// Shapes and types are checked here (400); ranges, keys, roles, loops and reachability by the chain
// validator, which reports every problem at once (422 CHAIN_INVALID).

export class ApprovalConditionDto {
  @ApiPropertyOptional({ example: 5_000_000, description: 'Included when the amount is at least this (rupiah)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amountAtLeast?: number;

  @ApiPropertyOptional({ example: 50_000_000, description: 'Included when the amount is below this (rupiah)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amountBelow?: number;

  @ApiPropertyOptional({ enum: MEDIA_TYPES, isArray: true, description: 'Included for these media types' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  mediaTypes?: MediaType[];
}

export class ApprovalStepDto {
  @ApiProperty({ example: 'ppk' }) @IsString() @MaxLength(100) key!: string;
  @ApiProperty({ example: 'ppk', description: "A tenant role: built-in (approving-official, treasurer, ...) or the tenant's own" })
  @IsString()
  @MaxLength(100)
  role!: string;
  @ApiProperty({ example: 'Pejabat Pembuat Komitmen' }) @IsString() @MaxLength(200) label!: string;
  @ApiProperty({ example: 3, minimum: 1, maximum: 60 }) @IsNumber({ allowNaN: false, allowInfinity: false }) deadlineDays!: number;
  @ApiPropertyOptional({ type: ApprovalConditionDto, description: 'The step is included only when this holds' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ApprovalConditionDto)
  when?: ApprovalConditionDto;
  @ApiPropertyOptional({ example: 'pa', description: 'Key of the step after this one (default: the following step)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  next?: string;
}

export class SaveApprovalChainDto {
  @ApiProperty({ type: [ApprovalStepDto] })
  @IsDefined()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApprovalStepDto)
  steps!: ApprovalStepDto[];
}

export class ApprovalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['mine', 'all'], default: 'mine', description: "mine: waiting at the caller's roles (own and delegated today); all: every open item" })
  @IsOptional()
  @IsIn(['mine', 'all'])
  scope?: 'mine' | 'all';

  @ApiPropertyOptional({ enum: APPROVAL_KINDS })
  @IsOptional()
  @IsIn(APPROVAL_KINDS)
  kind?: ApprovalKind;
}

export class ApprovalDecisionDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) action!: 'approve' | 'return';
  @ApiPropertyOptional({ description: 'Required for a return' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(2000) note?: string | null;
  @ApiPropertyOptional({ description: 'Return to the submitter instead of the previous step' }) @IsOptional() @IsBoolean() toSubmitter?: boolean;
  @ApiProperty({ description: 'The instance version the caller saw' }) @IsInt() @Min(1) version!: number;
}
