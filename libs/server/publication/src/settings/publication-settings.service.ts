import { Injectable } from '@nestjs/common';
import { PublicationSettings, PublicationSettingsRequest } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { AgreementService } from '@sinergi/server/partnership';
import { PublicationSettingsEntity } from '../entities/publication.entities';
import { SettingsProblem, validatePublicationSettings } from './settings-validation';

/**
 * A tenant's catalogue, rate card, proof forms and overdue rule per fiscal year. Every save is a new
 * version; an order keeps the version it was priced with.
 */
@Injectable()
export class PublicationSettingsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly agreements: AgreementService,
    private readonly audit: AuditTrail,
  ) {}

  async current(fiscalYear: number): Promise<PublicationSettings | null> {
    const row = await this.tenantDb.repository(PublicationSettingsEntity).findOne({ where: { fiscalYear }, order: { version: 'DESC' } });
    return row ? toSettings(row) : null;
  }

  /** 422 SETTINGS_MISSING when the year has no settings yet. */
  async require(fiscalYear: number): Promise<PublicationSettings> {
    const settings = await this.current(fiscalYear);
    if (!settings) {
      throw new AppException(
        'SETTINGS_MISSING',
        { en: `No publication settings (catalogue, rate card, proof forms) for ${fiscalYear} yet.`, id: `Pengaturan publikasi (katalog, tarif, formulir bukti tayang) ${fiscalYear} belum ada.` },
        [{ field: 'fiscalYear', message: `no publication settings for ${fiscalYear}` }],
      );
    }
    return settings;
  }

  async version(fiscalYear: number, version: number): Promise<PublicationSettings | null> {
    const row = await this.tenantDb.repository(PublicationSettingsEntity).findOneBy({ fiscalYear, version });
    return row ? toSettings(row) : null;
  }

  async versions(fiscalYear: number): Promise<PublicationSettings[]> {
    const rows = await this.tenantDb.repository(PublicationSettingsEntity).find({ where: { fiscalYear }, order: { version: 'DESC' } });
    return rows.map(toSettings);
  }

  /** Checks everything first (422 PUBLICATION_SETTINGS_INVALID listing each problem); nothing is saved otherwise. */
  async save(fiscalYear: number, request: PublicationSettingsRequest, actor: RequestActor): Promise<PublicationSettings> {
    const problems = validatePublicationSettings(request);
    if (!problems.length) problems.push(...(await this.agreementProblems(fiscalYear, request)));
    if (problems.length) throw new AppException('PUBLICATION_SETTINGS_INVALID', undefined, problems);
    const manager = this.tenantDb.manager();
    // One writer per year at a time, so versions never collide.
    await manager.query(`select pg_advisory_xact_lock(hashtext('publication_settings'), $1)`, [fiscalYear]);
    const [{ next }] = (await manager.query('select coalesce(max(version), 0) + 1 as next from publication_settings where fiscal_year = $1', [fiscalYear])) as [
      { next: number },
    ];
    const repo = manager.getRepository(PublicationSettingsEntity);
    const row = await repo.save(
      repo.create({
        fiscalYear,
        version: Number(next),
        // Only the known keys are kept: the stored document is exactly what was validated.
        products: request.products.map((p) => ({
          code: p.code,
          mediaType: p.mediaType,
          kind: p.kind,
          name: p.name.trim(),
          unit: p.unit,
          position: p.position?.trim() || null,
          size: p.size?.trim() || null,
          durationSeconds: p.durationSeconds ?? null,
        })),
        rates: request.rates.map((r) => ({ productCode: r.productCode, tier: r.tier, unitPrice: r.unitPrice })),
        agreementRates: request.agreementRates.map((r) => ({ agreementId: r.agreementId, productCode: r.productCode, unitPrice: r.unitPrice })),
        proofForms: request.proofForms.map((f) => ({
          mediaType: f.mediaType,
          deadlineDays: f.deadlineDays,
          fields: f.fields.map((x) => ({ key: x.key, label: { id: x.label.id.trim(), en: x.label.en.trim() }, type: x.type, required: x.required })),
        })),
        blockOutletsWithOverdueProofs: request.blockOutletsWithOverdueProofs,
        createdBy: actor.name,
      }),
    );
    await this.audit.record(actor, {
      action: 'publication-settings.saved',
      subject: { type: 'PublicationSettings', id: row.id },
      details: { fiscalYear, version: row.version, products: row.products.length, rates: row.rates.length, agreementRates: row.agreementRates.length },
    });
    return toSettings(row);
  }

  /** An agreement price must name an agreement of this tenant and year, for a product of its outlet's media type. */
  private async agreementProblems(fiscalYear: number, request: PublicationSettingsRequest): Promise<SettingsProblem[]> {
    const problems: SettingsProblem[] = [];
    for (const [index, rate] of request.agreementRates.entries()) {
      const agreement = await this.agreements.get(rate.agreementId).catch(() => null);
      const product = request.products.find((p) => p.code === rate.productCode)!;
      if (!agreement) problems.push({ field: `agreementRates[${index}].agreementId`, message: `no agreement ${rate.agreementId} in this region` });
      else if (agreement.fiscalYear !== fiscalYear) problems.push({ field: `agreementRates[${index}].agreementId`, message: `agreement ${agreement.number} is for ${agreement.fiscalYear}` });
      else if (agreement.outlet.mediaType !== product.mediaType) {
        problems.push({ field: `agreementRates[${index}].productCode`, message: `${product.code} is a ${product.mediaType} product; ${agreement.outlet.name} is ${agreement.outlet.mediaType}` });
      }
    }
    return problems;
  }
}

export function toSettings(row: PublicationSettingsEntity): PublicationSettings {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    version: row.version,
    products: row.products,
    rates: row.rates,
    agreementRates: row.agreementRates,
    proofForms: row.proofForms,
    blockOutletsWithOverdueProofs: row.blockOutletsWithOverdueProofs,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
