import { Injectable } from '@nestjs/common';
import { TaxSettings, TaxSettingsRequest } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { TaxSettingsEntity } from '../entities/billing.entities';

/**
 * A starting point offered to a region (GET .../tax-settings/starting), never applied by itself:
 * a year without saved settings has none, and claims for it are refused (SETTINGS_MISSING).
 * Figures as of 2025-2026 (REGULATIONS.md, "Taxes"); the threshold and the rate without NPWP are
 * to be confirmed by each region's treasurer.
 */
export const STARTING_TAX_SETTINGS: TaxSettingsRequest = {
  ppnRateBp: 1200,
  ppnBaseNumerator: 11,
  ppnBaseDenominator: 12,
  pph23RateBp: 200,
  pph23RateWithoutNpwpBp: 400,
  ppnCollectionThreshold: 2_000_000,
  legalBasis: 'PMK 131/2024 (PPN 12% × 11/12); PMK 141/2015 (PPh 23 atas jasa iklan); PMK 59/2022 (pemungutan oleh bendahara)',
};

/** Every problem of a request at once (the DTO has checked types and ranges; these are the relations). */
export function taxSettingsProblems(request: TaxSettingsRequest): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (request.ppnBaseNumerator > request.ppnBaseDenominator) {
    problems.push({ field: 'ppnBaseNumerator', message: 'the base fraction must not exceed 1 (numerator ≤ denominator)' });
  }
  if (request.pph23RateWithoutNpwpBp < request.pph23RateBp) {
    problems.push({ field: 'pph23RateWithoutNpwpBp', message: 'the rate without NPWP must not be lower than the rate with NPWP' });
  }
  if (request.legalBasis.trim().length < 3) problems.push({ field: 'legalBasis', message: 'name the regulation the rates come from' });
  return problems;
}

/** Tax settings per fiscal year: every save a new version; a claim keeps the version it used. */
@Injectable()
export class TaxSettingsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly audit: AuditTrail,
  ) {}

  async current(fiscalYear: number): Promise<TaxSettings | null> {
    const row = await this.tenantDb.repository(TaxSettingsEntity).findOne({ where: { fiscalYear }, order: { version: 'DESC' } });
    return row ? toTaxSettings(row) : null;
  }

  /** 422 SETTINGS_MISSING when the region has not set the year's taxes. */
  async require(fiscalYear: number): Promise<TaxSettings> {
    const settings = await this.current(fiscalYear);
    if (!settings) {
      throw new AppException(
        'SETTINGS_MISSING',
        { en: `The region has not set its tax settings for ${fiscalYear} yet.`, id: `Daerah belum mengatur pengaturan pajak untuk tahun ${fiscalYear}.` },
        [{ field: 'fiscalYear', message: `no tax settings for ${fiscalYear}` }],
      );
    }
    return settings;
  }

  async byId(id: string): Promise<TaxSettings> {
    return toTaxSettings(await this.tenantDb.repository(TaxSettingsEntity).findOneByOrFail({ id }));
  }

  async versions(fiscalYear: number): Promise<TaxSettings[]> {
    const rows = await this.tenantDb.repository(TaxSettingsEntity).find({ where: { fiscalYear }, order: { version: 'DESC' } });
    return rows.map(toTaxSettings);
  }

  async save(fiscalYear: number, request: TaxSettingsRequest, actor: RequestActor): Promise<TaxSettings> {
    const problems = taxSettingsProblems(request);
    if (problems.length) throw new AppException('VALIDATION_FAILED', { en: 'The tax settings are not valid.', id: 'Pengaturan pajak tidak valid.' }, problems);
    const manager = this.tenantDb.manager();
    // One writer per year at a time, so versions never collide.
    await manager.query("select pg_advisory_xact_lock(hashtext(current_schema() || ':tax_settings'), $1)", [fiscalYear]);
    const [{ next }] = (await manager.query('select coalesce(max(version), 0) + 1 as next from tax_settings where fiscal_year = $1', [fiscalYear])) as [{ next: number }];
    const repo = manager.getRepository(TaxSettingsEntity);
    const row = await repo.save(
      repo.create({
        fiscalYear,
        version: Number(next),
        ppnRateBp: request.ppnRateBp,
        ppnBaseNumerator: request.ppnBaseNumerator,
        ppnBaseDenominator: request.ppnBaseDenominator,
        pph23RateBp: request.pph23RateBp,
        pph23RateWithoutNpwpBp: request.pph23RateWithoutNpwpBp,
        ppnCollectionThreshold: request.ppnCollectionThreshold,
        legalBasis: request.legalBasis.trim(),
        createdBy: actor.name,
      }),
    );
    const settings = toTaxSettings(row);
    const { id: _id, createdAt: _at, createdBy: _by, ...details } = settings;
    await this.audit.record(actor, { action: 'tax-settings.saved', subject: { type: 'TaxSettings', id: row.id }, details });
    return settings;
  }
}

export function toTaxSettings(row: TaxSettingsEntity): TaxSettings {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    version: row.version,
    ppnRateBp: row.ppnRateBp,
    ppnBaseNumerator: row.ppnBaseNumerator,
    ppnBaseDenominator: row.ppnBaseDenominator,
    pph23RateBp: row.pph23RateBp,
    pph23RateWithoutNpwpBp: row.pph23RateWithoutNpwpBp,
    ppnCollectionThreshold: row.ppnCollectionThreshold,
    legalBasis: row.legalBasis,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** "12% × 11/12" or "10%", for documents. */
export function ppnRateLabel(settings: Pick<TaxSettings, 'ppnRateBp' | 'ppnBaseNumerator' | 'ppnBaseDenominator'>): string {
  const rate = `${(settings.ppnRateBp / 100).toLocaleString('id-ID')}%`;
  return settings.ppnBaseNumerator === settings.ppnBaseDenominator ? rate : `${rate} × ${settings.ppnBaseNumerator}/${settings.ppnBaseDenominator}`;
}
