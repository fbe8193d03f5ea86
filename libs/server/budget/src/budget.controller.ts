import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Budget, BUDGET_REVISION_KINDS, BudgetAbsorptionRow, type BudgetRevisionKind, MEDIA_TYPES, type MediaType } from '@sinergi/contracts';
import { AppException, Can, CurrentActor, RequestActor } from '@sinergi/server/core';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { BudgetService } from './budget.service';

export class SetBudgetDto {
  @ApiProperty({ enum: BUDGET_REVISION_KINDS, example: 'dpa' }) @IsIn(BUDGET_REVISION_KINDS) kind!: BudgetRevisionKind;
  @ApiPropertyOptional({ example: 'DPA-SKPD 2.16.2.16.01' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(120) documentNumber?: string | null;
  @ApiProperty({ example: '2026-01-02' }) @IsISO8601({ strict: true }) effectiveOn!: string;
  @ApiProperty({ example: 1_390_000_000, description: 'Rupiah, a whole number' }) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) total!: number;
  @ApiPropertyOptional({ description: `Optional split by media type (${MEDIA_TYPES.join(', ')}); the shares must add up to the total`, example: { online: 600_000_000, 'print-daily': 668_000_000, 'print-weekly': 122_000_000 } })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  byMediaType?: Partial<Record<MediaType, number>> | null;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(1000) note?: string | null;
}

const year = new ParseIntPipe({
  exceptionFactory: () => new AppException('VALIDATION_FAILED', undefined, [{ field: 'year', message: 'year must be a number such as 2026' }]),
});

@ApiTags('budget')
@ApiBearerAuth()
@Controller('t/:tenant/budgets')
export class BudgetController {
  constructor(private readonly budgets: BudgetService) {}

  @Get(':year')
  @Can('read', 'Budget')
  @ApiOkResponse({ description: "The year's pagu (current revision and history) with committed, realised and available, in total and per media type" })
  get(@Param('year', year) fiscalYear: number): Promise<Budget> {
    return this.budgets.get(fiscalYear);
  }

  @Put(':year')
  @Can('update', 'Budget')
  @ApiOkResponse({ description: 'A new revision of the pagu (DPA, APBD-P); never below what is already committed and paid' })
  set(@Param('year', year) fiscalYear: number, @Body() body: SetBudgetDto, @CurrentActor() actor: RequestActor): Promise<Budget> {
    return this.budgets.set(fiscalYear, body, actor);
  }

  @Get(':year/absorption')
  @Can('read', 'Budget')
  @ApiOkResponse({ description: 'Realised spending per month (SP2D date) and media type' })
  absorption(@Param('year', year) fiscalYear: number): Promise<BudgetAbsorptionRow[]> {
    return this.budgets.absorptionByMonth(fiscalYear);
  }
}
