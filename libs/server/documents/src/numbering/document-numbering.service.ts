import { Injectable } from '@nestjs/common';
import { AppException, TenantDatabase } from '@sinergi/server/core';
import { DEFAULT_FORMATS, DocumentKind, formatDocumentNumber, isDocumentKind, todayInJakarta, validateFormat } from './number-format';

export type IssuedNumber = { sequence: number; number: string };

export type NextNumberOptions = {
  /** The issuing unit's short code for {unit}, e.g. "DISKOMINFO". */
  unit?: string;
  /** Date of issue (YYYY-MM-DD) for {month} and {romanMonth}; today in Asia/Jakarta when omitted. */
  issuedOn?: string;
};

/** Format of a kind: the year's own, else the kind's (fiscal_year 0), else the built-in default. */
export type EffectiveFormat = { format: string; source: 'year' | 'kind' | 'default' };

/**
 * Gap-free document numbers per tenant, kind and fiscal year. The counter is bumped by one upsert
 * in the caller's tenant transaction: the row lock serialises concurrent issuers of the same kind and
 * year until commit, and a rollback returns the number, so the register never has a hole.
 */
@Injectable()
export class DocumentNumbering {
  constructor(private readonly tenantDb: TenantDatabase) {}

  async next(kind: DocumentKind, fiscalYear: number, options: NextNumberOptions = {}): Promise<IssuedNumber> {
    assertKind(kind);
    assertFiscalYear(fiscalYear);
    const issuedOn = options.issuedOn ?? todayInJakarta();
    const rows: { last_value: number; format: string | null }[] = await this.tenantDb.manager().query(
      `insert into document_sequences as s (kind, fiscal_year, last_value) values ($1, $2, 1)
       on conflict (kind, fiscal_year) do update set last_value = s.last_value + 1, updated_at = now()
       returning s.last_value,
         coalesce(s.format, (select k.format from document_sequences k where k.kind = $1 and k.fiscal_year = 0)) as format`,
      [kind, fiscalYear],
    );
    const [row] = rows;
    const format = row.format ?? DEFAULT_FORMATS[kind];
    try {
      return { sequence: row.last_value, number: formatDocumentNumber(format, { sequence: row.last_value, fiscalYear, unit: options.unit, issuedOn }) };
    } catch (error) {
      // No number was issued (e.g. the format needs a unit and none was given): give the value back
      // even if the caller goes on with its transaction. The row is still locked by us, so it is ours.
      await this.tenantDb
        .manager()
        .query('update document_sequences set last_value = last_value - 1 where kind = $1 and fiscal_year = $2', [kind, fiscalYear]);
      throw error;
    }
  }

  /**
   * Overrides the format of a kind, for one fiscal year or (without one) for every year that has
   * no override of its own; null goes back to the default. Numbers already issued keep their text.
   */
  async setFormat(kind: DocumentKind, format: string | null, fiscalYear?: number): Promise<void> {
    assertKind(kind);
    if (format !== null) validateFormat(format);
    if (fiscalYear !== undefined) assertFiscalYear(fiscalYear);
    await this.tenantDb.manager().query(
      `insert into document_sequences as s (kind, fiscal_year, last_value, format) values ($1, $2, 0, $3)
       on conflict (kind, fiscal_year) do update set format = excluded.format, updated_at = now()`,
      [kind, fiscalYear ?? 0, format],
    );
  }

  async formatOf(kind: DocumentKind, fiscalYear: number): Promise<EffectiveFormat> {
    assertKind(kind);
    assertFiscalYear(fiscalYear);
    const rows: { fiscal_year: number; format: string | null }[] = await this.tenantDb.manager().query(
      `select fiscal_year, format from document_sequences
       where kind = $1 and fiscal_year in (0, $2) and format is not null order by fiscal_year desc limit 1`,
      [kind, fiscalYear],
    );
    const [row] = rows;
    if (!row || row.format === null) return { format: DEFAULT_FORMATS[kind], source: 'default' };
    return { format: row.format, source: row.fiscal_year === 0 ? 'kind' : 'year' };
  }

  /** The last number issued for a kind and year (0 before the first): for registers and checks. */
  async current(kind: DocumentKind, fiscalYear: number): Promise<number> {
    assertKind(kind);
    assertFiscalYear(fiscalYear);
    const rows: { last_value: number }[] = await this.tenantDb
      .manager()
      .query('select last_value from document_sequences where kind = $1 and fiscal_year = $2', [kind, fiscalYear]);
    return rows[0]?.last_value ?? 0;
  }
}

function assertKind(kind: string): asserts kind is DocumentKind {
  if (!isDocumentKind(kind)) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'kind', message: `unknown document kind ${kind}` }]);
}

function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2999) {
    throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'fiscalYear', message: 'must be a year from 2000 to 2999' }]);
  }
}
