import { Injectable } from '@nestjs/common';
import { ErrorDetail, PartnershipCalendar, PartnershipConfiguration, PartnershipConfigurationRequest, PackPart } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, localizedDetail, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { rulesContentProblems } from '@sinergi/server/rules';
import { DataSource, EntityManager } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { PartnershipConfigurationEntity } from '../entities/partnership.entities';
import { calendarFor, calendarProblems } from './calendar';

export type SaveConfigurationRequest = PartnershipConfigurationRequest & { calendar?: PartnershipCalendar };

/**
 * A tenant's perbup in data, per fiscal year. Every save is a new version: an application keeps the
 * version it was evaluated with, and a tier decision the version it used (auditors ask).
 */
@Injectable()
export class PartnershipConfigurationService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The version in force for the year, or null when the tenant has not configured it. */
  async current(fiscalYear: number): Promise<PartnershipConfiguration | null> {
    const row = await this.tenantDb
      .repository(PartnershipConfigurationEntity)
      .findOne({ where: { fiscalYear }, order: { version: 'DESC' } });
    return row ? toConfiguration(row) : null;
  }

  async require(fiscalYear: number): Promise<PartnershipConfiguration> {
    const configuration = await this.current(fiscalYear);
    if (!configuration) {
      throw new AppException('CONFIGURATION_NOT_PUBLISHED', undefined, [{ field: 'fiscalYear', message: `no configuration for ${fiscalYear}` }]);
    }
    return configuration;
  }

  async byId(id: string): Promise<PartnershipConfiguration> {
    return toConfiguration(await this.tenantDb.repository(PartnershipConfigurationEntity).findOneByOrFail({ id }));
  }

  async versions(fiscalYear: number): Promise<PartnershipConfiguration[]> {
    const rows = await this.tenantDb.repository(PartnershipConfigurationEntity).find({ where: { fiscalYear }, order: { version: 'DESC' } });
    return rows.map(toConfiguration);
  }

  /** Validates everything first (422 RULE_SET_INVALID with each problem); nothing is saved otherwise. */
  async save(
    fiscalYear: number,
    request: SaveConfigurationRequest,
    actor: RequestActor,
    adoptedFrom: PartnershipConfiguration['adoptedFrom'] = null,
  ): Promise<PartnershipConfiguration> {
    // Both languages: the error filter answers in the one the request asks for.
    const problems: ErrorDetail[] = rulesContentProblems(request.content).map((p) => localizedDetail(`content.${p.field}`, p.message));
    const calendar = request.calendar ?? (problems.length ? null : calendarFor(request.content.schedule, fiscalYear));
    if (calendar) problems.push(...calendarProblems(calendar));
    if (problems.length || !calendar) throw new AppException('RULE_SET_INVALID', undefined, problems);
    const row = await this.insertVersion(this.tenantDb.manager(), fiscalYear, { ...request, calendar }, actor.name, adoptedFrom);
    // The public list of calls is a platform row: written once the tenant's change has committed
    // (a lost write is repaired by the next save).
    const tenantId = this.tenantDb.currentTenant().id;
    this.tenantDb.afterCommit(() =>
      this.dataSource.query(
        `insert into platform.published_calls (tenant_id, fiscal_year, legal_basis, registration_opens, registration_closes)
         values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, fiscal_year) do update set legal_basis = excluded.legal_basis,
           registration_opens = excluded.registration_opens, registration_closes = excluded.registration_closes, updated_at = now()`,
        [tenantId, fiscalYear, row.legalBasis, calendar.registrationOpens, calendar.registrationCloses],
      ),
    );
    await this.audit.record(actor, {
      action: adoptedFrom ? 'partnership-configuration.adopted' : 'partnership-configuration.saved',
      subject: { type: 'PartnershipConfiguration', id: row.id },
      details: { fiscalYear, version: row.version, adoptedFrom },
    });
    return toConfiguration(row);
  }

  /** Also used at onboarding, inside the provisioning transaction (the manager is already the tenant's). */
  async insertVersion(
    manager: EntityManager,
    fiscalYear: number,
    request: PartnershipConfigurationRequest & { calendar: PartnershipCalendar },
    createdBy: string,
    adoptedFrom: { tenant: string; packVersion: number; parts: PackPart[] } | null,
  ): Promise<PartnershipConfigurationEntity> {
    // One writer per year at a time, so versions never collide.
    await manager.query('select pg_advisory_xact_lock(hashtext(current_schema()), $1)', [fiscalYear]);
    const [{ next }] = (await manager.query(
      'select coalesce(max(version), 0) + 1 as next from partnership_configurations where fiscal_year = $1',
      [fiscalYear],
    )) as [{ next: number }];
    const repo = manager.getRepository(PartnershipConfigurationEntity);
    return repo.save(
      repo.create({
        fiscalYear,
        version: Number(next),
        legalBasis: request.legalBasis.trim(),
        owningUnit: request.owningUnit.trim(),
        unitCode: request.unitCode.trim(),
        letterhead: request.letterhead,
        agreementSignatory: request.agreementSignatory,
        factualVisit: request.factualVisit,
        content: request.content,
        calendar: request.calendar,
        adoptedFrom,
        createdBy,
      }),
    );
  }
}

export function toConfiguration(row: PartnershipConfigurationEntity): PartnershipConfiguration {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    version: row.version,
    legalBasis: row.legalBasis,
    owningUnit: row.owningUnit,
    unitCode: row.unitCode,
    letterhead: row.letterhead,
    agreementSignatory: row.agreementSignatory,
    factualVisit: row.factualVisit,
    content: row.content,
    calendar: row.calendar,
    adoptedFrom: row.adoptedFrom,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
