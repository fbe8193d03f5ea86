import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DOSSIER_DOCUMENT_LABELS, PublicCall, PublicPartner, PublicRequirements } from '@sinergi/contracts';
import { AppException, CurrentTenant, Public, TenantRequestContext, todayInJakarta } from '@sinergi/server/core';
import { describeCondition } from '@sinergi/server/rules';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { PartnershipConfigurationService } from '../configuration/partnership-configuration.service';
import { AgreementService } from '../agreements/agreement.service';
import { FiscalYearQueryDto } from '../partnership.dto';

/**
 * What regions publish, for everyone (API.md: `/api/public/`): their calls for media partners, what
 * they require of media, and their partner list (UU 14/2008 on public information).
 */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicPartnershipController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: TenantRegistry,
    private readonly configurations: PartnershipConfigurationService,
    private readonly agreements: AgreementService,
  ) {}

  @Get('calls')
  @ApiOkResponse({ description: "Regions' calls for media partners in a fiscal year, open ones first" })
  async calls(@Query() query: FiscalYearQueryDto): Promise<PublicCall[]> {
    const rows = (await this.dataSource.query(
      `select c.tenant_id, c.legal_basis, to_char(c.registration_opens, 'YYYY-MM-DD') as opens,
              to_char(c.registration_closes, 'YYYY-MM-DD') as closes
         from platform.published_calls c join platform.tenants t on t.id = c.tenant_id
        where c.fiscal_year = $1 and t.status = 'active' order by t.name`,
      [query.fiscalYear],
    )) as { tenant_id: string; legal_basis: string; opens: string; closes: string }[];
    const tenants = await this.registry.summariesByIds(rows.map((r) => r.tenant_id));
    const today = todayInJakarta();
    return rows
      .flatMap((r) => {
        const tenant = tenants.get(r.tenant_id);
        if (!tenant) return [];
        const open = r.opens <= today && today <= r.closes;
        return [{ tenant, fiscalYear: query.fiscalYear, legalBasis: r.legal_basis, registrationOpens: r.opens, registrationCloses: r.closes, open }];
      })
      .sort((a, b) => Number(b.open) - Number(a.open));
  }

  @Get('t/:tenant/requirements')
  @ApiOkResponse({ description: 'What the region requires of media for the year: documents, rules, tiers, calendar' })
  async requirements(@CurrentTenant() tenant: TenantRequestContext, @Query() query: FiscalYearQueryDto): Promise<PublicRequirements> {
    const configuration = await this.configurations.current(query.fiscalYear);
    if (!configuration) throw new AppException('CONFIGURATION_NOT_PUBLISHED', undefined, [{ field: 'fiscalYear', message: `${query.fiscalYear}` }]);
    const { content } = configuration;
    return {
      tenant: { slug: tenant.handle.slug, name: tenant.name },
      fiscalYear: configuration.fiscalYear,
      legalBasis: configuration.legalBasis,
      owningUnit: configuration.owningUnit,
      calendar: configuration.calendar,
      requirements: content.requirements.map((r) => ({ ...r, text: r.label ?? DOSSIER_DOCUMENT_LABELS[r.documentType] })),
      rules: content.eligibility.rules.map((rule) => ({ id: rule.id, text: rule.label ?? describeCondition(rule), mediaTypes: rule.appliesTo ?? 'all' })),
      tiers: content.eligibility.tiers.map((t) => ({ code: t.code, label: t.label, minScore: t.minScore ?? null, conditions: t.conditions.map(describeCondition) })),
    };
  }

  @Get('t/:tenant/partners')
  @ApiOkResponse({ description: "The region's partner media for the year (active agreements)" })
  partners(@Query() query: FiscalYearQueryDto): Promise<PublicPartner[]> {
    return this.agreements.publicPartners(query.fiscalYear);
  }
}
