import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ISSUED_DOCUMENT_KINDS, type IssuedDocument, type IssuedDocumentKind, type Page, type TenantSubject } from '@sinergi/contracts';
import { Can, PageQueryDto } from '@sinergi/server/core';
import { CurrentTenantAbility, TenantAbility } from '@sinergi/server/identity';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DocumentsRegisterService } from './documents-register.service';

export class DocumentsRegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ISSUED_DOCUMENT_KINDS }) @IsOptional() @IsIn(ISSUED_DOCUMENT_KINDS) kind?: IssuedDocumentKind;
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fiscalYear?: number;
  @ApiPropertyOptional({ description: 'Part of the number, the outlet or the company' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

/** Whose read permission shows a kind: a document is read through the object it belongs to. */
const KIND_SUBJECT: Record<IssuedDocumentKind, TenantSubject> = {
  agreement: 'Agreement',
  order: 'Order',
  'handover-minutes': 'Claim',
  receipt: 'Claim',
  'payment-minutes': 'Claim',
};

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('t/:tenant')
export class DocumentsRegisterController {
  constructor(private readonly register: DocumentsRegisterService) {}

  // A register, like the Excel ones: open with Report; its rows are only of the kinds whose object
  // the caller may read (the same permission their PDF routes ask).
  @Get('documents')
  @Can('read', 'Report')
  @ApiOkResponse({ description: `Every numbered document issued (${ISSUED_DOCUMENT_KINDS.join(', ')}) of the kinds the caller may read, newest first` })
  list(@Query() query: DocumentsRegisterQueryDto, @CurrentTenantAbility() ability: TenantAbility): Promise<Page<IssuedDocument>> {
    const readable = new Set(ISSUED_DOCUMENT_KINDS.filter((kind) => ability.can('read', KIND_SUBJECT[kind])));
    return this.register.list(query, readable);
  }
}
