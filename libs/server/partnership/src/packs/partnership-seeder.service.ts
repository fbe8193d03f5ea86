import { Injectable } from '@nestjs/common';
import { PACK_PARTS, RulesContent } from '@sinergi/contracts';
import type { SeedPlan, TenantConfigurationSeeder } from '@sinergi/server/tenancy';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { EntityManager } from 'typeorm';
import { calendarFor } from '../configuration/calendar';
import { todayInJakarta } from '@sinergi/server/core';
import { PartnershipConfigurationService } from '../configuration/partnership-configuration.service';
import { ConfigurationPackService } from './configuration-pack.service';

type PackSeed = SeedPlan & { content: RulesContent; legalBasis: string; fromSlug: string; version: number };

/** Onboarding with `template.fromTenant`: the new tenant's current year starts from that tenant's latest pack. */
@Injectable()
export class PartnershipSeeder implements TenantConfigurationSeeder {
  constructor(
    private readonly packs: ConfigurationPackService,
    private readonly configurations: PartnershipConfigurationService,
    private readonly registry: TenantRegistry,
  ) {}

  async prepare(templateTenantId: string): Promise<PackSeed | null> {
    const pack = await this.packs.latestOf(templateTenantId);
    if (!pack) return null;
    const slugs = await this.registry.slugsByIds([templateTenantId]);
    return { packId: pack.id, content: pack.content, legalBasis: pack.legalBasis, fromSlug: slugs.get(templateTenantId) ?? '', version: pack.version };
  }

  async applyInTenant(manager: EntityManager, plan: SeedPlan, tenant: { name: string; regionCode: string }): Promise<void> {
    const seed = plan as PackSeed;
    const fiscalYear = Number(todayInJakarta().slice(0, 4));
    await this.configurations.insertVersion(
      manager,
      fiscalYear,
      {
        legalBasis: `(draf, diadopsi dari ${seed.fromSlug}: ${seed.legalBasis})`,
        owningUnit: `Dinas Komunikasi dan Informatika ${tenant.name}`,
        unitCode: 'DISKOMINFO',
        letterhead: {
          governmentName: `PEMERINTAH ${tenant.name.toUpperCase()}`,
          unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA',
          address: null,
          phone: null,
          email: null,
          website: null,
        },
        agreementSignatory: { name: 'Kepala Dinas', nip: null, position: 'Kepala Dinas Komunikasi dan Informatika' },
        factualVisit: false,
        content: seed.content,
        calendar: calendarFor(seed.content.schedule, fiscalYear),
      },
      'onboarding',
      { tenant: seed.fromSlug, packVersion: seed.version, parts: [...PACK_PARTS] },
    );
  }

  async applyInPlatform(manager: EntityManager, plan: SeedPlan, tenantId: string, actorName: string): Promise<void> {
    await this.packs.recordAdoption(manager, plan.packId, tenantId, [...PACK_PARTS], actorName);
  }
}
