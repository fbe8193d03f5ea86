import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '@sinergi/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export function pageWindow(query: { page?: number; pageSize?: number }): {
  page: number;
  pageSize: number;
  offset: number;
} {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function pageOf<T>(items: T[], page: number, pageSize: number, total: number): Page<T> {
  return { items, page, pageSize, total };
}

/** What one source contributes to a merged page: its first `limit` rows in the page's order, and its total. */
export type PageSlice<T> = { items: T[]; total: number };

/**
 * One page out of several sources (tenants, tables): each gave its first offset + pageSize rows in
 * the page's order, so merging them with `compare` (which must sort as each source does) and cutting
 * gives the exact page whatever the spread; the total is the sum of the sources'.
 */
export function mergePage<T>(slices: PageSlice<T>[], compare: (a: T, b: T) => number, query: { page?: number; pageSize?: number }): Page<T> {
  const { page, pageSize, offset } = pageWindow(query);
  const merged = slices.flatMap((slice) => slice.items).sort(compare);
  const total = slices.reduce((sum, slice) => sum + slice.total, 0);
  return pageOf(merged.slice(offset, offset + pageSize), page, pageSize, total);
}

/** A LIKE / ILIKE pattern matching `text` anywhere (its % _ \ taken literally), or null for no search. */
export function containsPattern(text: string | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? `%${trimmed.replace(/[%_\\]/g, '\\$&')}%` : null;
}
