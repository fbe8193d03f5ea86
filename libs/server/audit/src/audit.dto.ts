import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditQuery } from '@sinergi/contracts';
import { PageQueryDto } from '@sinergi/server/core';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @ApiPropertyOptional({ example: 'member.invited' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601()
  to?: string;
}
