import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConfigurationPack, PackAdoption, PackComparison, PackComparisonLine, PackPart, PartnershipConfiguration, RulesContent } from '@sinergi/contracts';
import { AppException, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PartnershipConfigurationService } from '../configuration/partnership-configuration.service';
import { ConfigurationPackEntity, PackAdoptionEntity } from '../entities/partnership.entities';

/**
 * Studi tiru as a feature: a tenant publishes its rules (requirements, eligibility and scoring,
 * schedule) as a versioned pack; others compare it with their own and adopt it in whole or in part.
 * Packs and adoptions are platform rows (they cross tenants); they are written after the tenant's
 * own change commits.
 */
@Injectable()
export class ConfigurationPackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenantDb: TenantDatabase,
    private readonly configurations: PartnershipConfigurationService,
    private readonly registry: TenantRegistry,
  ) {}

  async publish(fiscalYear: number, title: string, description: string, actor: RequestActor): Promise<ConfigurationPack> {
    const configuration = await this.configurations.require(fiscalYear);
    const tenant = this.tenantDb.currentTenant();
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`pack:${tenant.id}`]);
      const [{ next }] = (await manager.query('select coalesce(max(version), 0) + 1 as next from platform.configuration_packs where tenant_id = $1', [
        tenant.id,
      ])) as [{ next: number }];
      const repo = manager.getRepository(ConfigurationPackEntity);
      const row = await repo.save(
        repo.create({
          tenantId: tenant.id,
          version: Number(next),
          title: title.trim(),
          description: description.trim(),
          legalBasis: configuration.legalBasis,
          content: configuration.content,
          publishedBy: actor.name,
        }),
      );
      return row.id;
    });
    return this.get(id);
  }

  /** Every tenant's published packs (newest version of each first). */
  async list(): Promise<ConfigurationPack[]> {
    const rows = await this.dataSource
      .getRepository(ConfigurationPackEntity)
      .find({ where: { withdrawnAt: IsNull() }, order: { publishedAt: 'DESC' }, take: 200 });
    return this.present(rows);
  }

  async get(id: string): Promise<ConfigurationPack> {
    const row = await this.dataSource.getRepository(ConfigurationPackEntity).findOneBy({ id, withdrawnAt: IsNull() });
    if (!row) throw new AppException('PACK_NOT_FOUND');
    return (await this.present([row]))[0]!;
  }

  /** The latest published pack of a tenant (onboarding `template.fromTenant`). */
  async latestOf(tenantId: string): Promise<ConfigurationPackEntity | null> {
    return this.dataSource
      .getRepository(ConfigurationPackEntity)
      .findOne({ where: { tenantId, withdrawnAt: IsNull() }, order: { version: 'DESC' } });
  }

  async compare(packId: string, fiscalYear: number): Promise<PackComparison> {
    const pack = await this.get(packId);
    const ours = await this.configurations.current(fiscalYear);
    return { pack, lines: compareContent(ours?.content ?? null, pack.content) };
  }

  /** A new configuration version with the chosen parts taken from the pack; the adoption is recorded. */
  async adopt(packId: string, fiscalYear: number, parts: PackPart[], actor: RequestActor): Promise<PartnershipConfiguration> {
    const pack = await this.get(packId);
    const tenant = this.tenantDb.currentTenant();
    if (pack.tenant.slug === tenant.slug) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'packId', message: 'this is your own pack' }]);
    const ours = await this.configurations.current(fiscalYear);
    const base = ours ?? (await this.blankFor(tenant.slug, pack));
    const content = mergeParts(ours?.content ?? pack.content, pack.content, parts);
    const { legalBasis, owningUnit, unitCode, letterhead, agreementSignatory, factualVisit } = base;
    const saved = await this.configurations.save(fiscalYear, { legalBasis, owningUnit, unitCode, letterhead, agreementSignatory, factualVisit, content }, actor, { tenant: pack.tenant.slug, packVersion: pack.version, parts });
    this.tenantDb.afterCommit(async () => {
      await this.dataSource.getRepository(PackAdoptionEntity).insert({ packId, adopterTenantId: tenant.id, parts, adoptedBy: actor.name });
    });
    return saved;
  }

  /** Onboarding from another tenant's pack, inside the provisioning transaction (platform side). */
  async recordAdoption(manager: EntityManager, packId: string, adopterTenantId: string, parts: PackPart[], adoptedBy: string): Promise<void> {
    await manager.getRepository(PackAdoptionEntity).insert({ packId, adopterTenantId, parts, adoptedBy });
  }

  /** Who copied what from whom: how rules spread between regions. */
  async adoptions(): Promise<PackAdoption[]> {
    const rows = (await this.dataSource.query(
      `select a.id, a.parts, a.adopted_by, a.adopted_at, p.id as pack_id, p.version, p.tenant_id, a.adopter_tenant_id
         from platform.pack_adoptions a join platform.configuration_packs p on p.id = a.pack_id
        order by a.adopted_at desc limit 500`,
    )) as { id: string; parts: PackPart[]; adopted_by: string; adopted_at: Date; pack_id: string; version: number; tenant_id: string; adopter_tenant_id: string }[];
    const slugs = await this.registry.slugsByIds([...new Set(rows.flatMap((r) => [r.tenant_id, r.adopter_tenant_id]))]);
    return rows.map((r) => ({
      id: r.id,
      pack: { id: r.pack_id, tenant: slugs.get(r.tenant_id) ?? r.tenant_id, version: r.version },
      adopter: slugs.get(r.adopter_tenant_id) ?? r.adopter_tenant_id,
      parts: r.parts,
      adoptedBy: r.adopted_by,
      adoptedAt: r.adopted_at.toISOString(),
    }));
  }

  private async blankFor(slug: string, pack: ConfigurationPack) {
    const tenant = await this.registry.get(slug);
    return {
      legalBasis: `(diadopsi dari ${pack.tenant.name}: ${pack.legalBasis})`,
      owningUnit: 'Dinas Komunikasi dan Informatika',
      unitCode: 'DISKOMINFO',
      letterhead: { governmentName: `PEMERINTAH ${tenant.name.toUpperCase()}`, unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA', address: null, phone: null, email: null, website: null },
      agreementSignatory: { name: 'Kepala Dinas', nip: null, position: 'Kepala Dinas Komunikasi dan Informatika' },
      factualVisit: false,
    };
  }

  private async present(rows: ConfigurationPackEntity[]): Promise<ConfigurationPack[]> {
    const tenants = await this.registry.summariesByIds([...new Set(rows.map((r) => r.tenantId))]);
    const counts = rows.length
      ? ((await this.dataSource.query('select pack_id, count(*)::int as n from platform.pack_adoptions where pack_id = any($1::uuid[]) group by pack_id', [
          rows.map((r) => r.id),
        ])) as { pack_id: string; n: number }[])
      : [];
    const adoptions = new Map(counts.map((c) => [c.pack_id, c.n]));
    return rows.map((row) => ({
      id: row.id,
      tenant: tenants.get(row.tenantId) ?? { slug: row.tenantId, name: row.tenantId },
      version: row.version,
      title: row.title,
      description: row.description,
      legalBasis: row.legalBasis,
      content: row.content,
      publishedAt: row.publishedAt.toISOString(),
      publishedBy: row.publishedBy,
      adoptions: adoptions.get(row.id) ?? 0,
    }));
  }
}

export function mergeParts(ours: RulesContent, theirs: RulesContent, parts: PackPart[]): RulesContent {
  return {
    requirements: parts.includes('requirements') ? theirs.requirements : ours.requirements,
    eligibility: parts.includes('eligibility') ? theirs.eligibility : ours.eligibility,
    schedule: parts.includes('schedule') ? theirs.schedule : ours.schedule,
  };
}

/** Side by side, line by line: each requirement, rule, criterion and tier, and each schedule step. */
export function compareContent(ours: RulesContent | null, theirs: RulesContent): PackComparisonLine[] {
  const lines: PackComparisonLine[] = [];
  const keyed = <T>(items: T[] | undefined, key: (item: T) => string) => new Map((items ?? []).map((item) => [key(item), item]));
  const add = (part: PackPart, path: string, label: string, a: unknown, b: unknown) =>
    lines.push({ part, path, label, ours: a ?? null, theirs: b ?? null, same: JSON.stringify(a ?? null) === JSON.stringify(b ?? null) });
  const pairs = <T>(part: PackPart, prefix: string, a: Map<string, T>, b: Map<string, T>) => {
    for (const key of new Set([...a.keys(), ...b.keys()])) add(part, `${prefix}.${key}`, key, a.get(key), b.get(key));
  };
  pairs('requirements', 'requirements', keyed(ours?.requirements, (r) => `${r.level}:${r.documentType}`), keyed(theirs.requirements, (r) => `${r.level}:${r.documentType}`));
  pairs('eligibility', 'rules', keyed(ours?.eligibility.rules, (r) => r.id), keyed(theirs.eligibility.rules, (r) => r.id));
  pairs('eligibility', 'scoring', keyed(ours?.eligibility.scoring, (r) => r.id), keyed(theirs.eligibility.scoring, (r) => r.id));
  pairs('eligibility', 'tiers', keyed(ours?.eligibility.tiers, (t) => t.code), keyed(theirs.eligibility.tiers, (t) => t.code));
  for (const step of Object.keys(theirs.schedule) as (keyof RulesContent['schedule'])[]) {
    add('schedule', `schedule.${step}`, step, ours?.schedule[step], theirs.schedule[step]);
  }
  return lines;
}
