import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreateTenantRequest, CreateTenantResponse, REGION_CODE_PATTERN, TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { MigrationClass, TENANT_MIGRATIONS } from '@sinergi/migrations';
import {
  AppException,
  CLI_ACTOR,
  enterTenant,
  leaveTenant,
  RequestActor,
  quoteIdentifier,
  tenantGroupRoleName,
  tenantHandle,
  tenantRoleName,
  tenantSchemaName,
} from '@sinergi/server/core';
import { AuditTrail } from '@sinergi/server/audit';
import { InvitationService, IssuedInvitation, MembershipService, UserService } from '@sinergi/server/identity';
import { DataSource, QueryFailedError } from 'typeorm';
import { TenantEntity } from '../entities/tenant.entity';
import { TenantProfileEntity } from '../entities/tenant-profile.entity';
import { HISTORY_TABLE_DDL, migrateSchema } from '../migrations/migration-runner';
import { RegionCatalogueService } from '../regions/region-catalogue.service';
import { defaultTenantSlug } from '../registry/tenant-slug';
import { TenantRegistry } from '../registry/tenant-registry.service';
import { PROVISIONING_HOOKS, ProvisioningHooks, ProvisioningStep, SeedPlan, TENANT_CONFIGURATION_SEEDER, TenantConfigurationSeeder } from './provisioning-hooks';

export const TENANT_ADMIN_ROLE = 'admin';

export type ProvisionOptions = {
  /** Who onboards (the platform audit trail records it); the CLI when absent. */
  actor?: RequestActor;
  /** Give the first admin this password instead of an invitation (demo seeding only). */
  adminPassword?: string;
  migrations?: MigrationClass[];
};

/**
 * Onboards a region as a tenant in ONE transaction: registry row, database role, schema, grants,
 * first admin, tenant migrations and starting configuration. PostgreSQL DDL is transactional, so a
 * failure at any step leaves no schema, role or row behind.
 */
@Injectable()
export class TenantProvisioner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionCatalogueService,
    private readonly registry: TenantRegistry,
    private readonly users: UserService,
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditTrail,
    @Optional() @Inject(PROVISIONING_HOOKS) private readonly hooks?: ProvisioningHooks,
    @Optional() @Inject(TENANT_CONFIGURATION_SEEDER) private readonly seeder?: TenantConfigurationSeeder,
  ) {}

  async provision(request: CreateTenantRequest, options: ProvisionOptions = {}): Promise<CreateTenantResponse> {
    const regionCode = request.regionCode.trim();
    if (!REGION_CODE_PATTERN.test(regionCode)) throw new AppException('REGION_CODE_MALFORMED');
    const explicitSlug = request.slug?.trim();
    if (explicitSlug !== undefined && explicitSlug !== '' && !TENANT_SLUG_PATTERN.test(explicitSlug)) {
      throw new AppException('SLUG_INVALID', undefined, [{ field: 'slug', message: explicitSlug }]);
    }
    // The look-ups are independent: one round trip's worth of waiting instead of three.
    const [region, template, databaseName] = await Promise.all([
      this.regions.findByCode(regionCode),
      request.template ? this.registry.resolve(request.template.fromTenant) : Promise.resolve(null),
      this.databaseName(),
    ]);
    if (!region) throw new AppException('REGION_NOT_FOUND', undefined, [{ field: 'regionCode', message: regionCode }]);
    const slug = explicitSlug || defaultTenantSlug(region.name, region.level);
    if (!TENANT_SLUG_PATTERN.test(slug)) throw new AppException('SLUG_INVALID', undefined, [{ field: 'slug', message: slug }]);
    if (request.template && !template) {
      throw new AppException('TEMPLATE_TENANT_NOT_FOUND', undefined, [
        { field: 'template.fromTenant', message: request.template.fromTenant },
      ]);
    }
    await this.refuseTaken(regionCode, slug);
    const seed: SeedPlan | null = template && this.seeder ? await this.seeder.prepare(template.handle.id) : null;

    const migrations = options.migrations ?? TENANT_MIGRATIONS;
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    let invitation: IssuedInvitation | null = null;
    let createdAt = new Date();
    try {
      await queryRunner.startTransaction();
      const schema = tenantSchemaName(regionCode);
      const role = tenantRoleName(databaseName, schema);
      const tenants = queryRunner.manager.getRepository(TenantEntity);
      const row = await tenants.save(
        tenants.create({
          slug,
          regionCode,
          name: region.name,
          status: 'active',
          schemaName: schema,
          dbRole: role,
          schemaVersion: migrations.length,
          templateFromTenantId: template?.handle.id ?? null,
          statusChangedAt: new Date(),
        }),
      );
      createdAt = row.createdAt;
      await this.step('registry', slug);

      // Role, grants and schema in one round trip (names from our own naming rules, checked).
      await queryRunner.query(this.roleAndSchemaDdl(role, tenantGroupRoleName(databaseName), schema));
      await this.step('role', slug);
      await this.step('schema', slug);

      // Now the transaction acts as the tenant: its schema, its role (and its history table).
      await enterTenant(queryRunner, tenantHandle({ id: row.id, slug, schema, role }), HISTORY_TABLE_DDL('migrations'));
      await migrateSchema(queryRunner, migrations, 'migrations', { freshSchema: true });
      await this.step('migrations', slug);

      await queryRunner.manager.getRepository(TenantProfileEntity).insert({
        id: 1,
        owningUnit: `Dinas Komunikasi dan Informatika ${region.name}`,
      });
      if (seed) await this.seeder!.applyInTenant(queryRunner.manager, seed, { name: region.name, regionCode });
      await this.step('configuration', slug);

      // Back to the platform for the rest; the platform audit chain is locked only for this last stretch.
      await leaveTenant(queryRunner);

      if (seed) await this.seeder!.applyInPlatform(queryRunner.manager, seed, row.id, request.adminName);
      const admin = await this.users.ensureUser(queryRunner.manager, request.adminEmail, request.adminName);
      await this.memberships.grantTenantRoles(queryRunner.manager, admin.id, row.id, [TENANT_ADMIN_ROLE]);
      if (options.adminPassword && !admin.passwordHash) {
        await this.users.setPassword(queryRunner.manager, admin.id, options.adminPassword);
      } else if (!admin.passwordHash) {
        invitation = await this.invitations.inviteToTenant(
          queryRunner.manager,
          { id: row.id, name: region.name },
          { email: request.adminEmail, name: request.adminName },
          [TENANT_ADMIN_ROLE],
        );
      }
      await this.audit.recordPlatform(
        options.actor ?? CLI_ACTOR(),
        { action: 'tenant.onboarded', subject: { type: 'Tenant', id: slug }, details: { regionCode, adminEmail: request.adminEmail } },
        queryRunner.manager,
      );
      await this.step('admin', slug);

      await queryRunner.commitTransaction();
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new AppException('TENANT_EXISTS');
      }
      throw error;
    } finally {
      await queryRunner.release();
    }
    // A request for this slug before it existed may be cached as "not found" on some instance.
    await this.registry.announceChange(slug);
    return {
      slug,
      regionCode,
      name: region.name,
      level: region.level,
      provinceName: region.provinceName,
      status: 'active',
      schemaVersion: migrations.length,
      createdAt: createdAt.toISOString(),
      statusChangedAt: createdAt.toISOString(),
      adminInvitation: invitation && { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
    };
  }

  private databaseNameMemo: Promise<string> | null = null;

  /** Tenant role names carry the database's name (roles are cluster-wide); it never changes. */
  private databaseName(): Promise<string> {
    this.databaseNameMemo ??= this.dataSource
      .query('select current_database() as db')
      .then((rows: { db: string }[]) => rows[0]!.db);
    return this.databaseNameMemo;
  }

  private async refuseTaken(regionCode: string, slug: string): Promise<void> {
    const taken = await this.dataSource
      .getRepository(TenantEntity)
      .createQueryBuilder('tenant')
      .where('tenant.region_code = :regionCode or tenant.slug = :slug', { regionCode, slug })
      .getOne();
    if (!taken) return;
    const field = taken.regionCode === regionCode ? 'regionCode' : 'slug';
    throw new AppException('TENANT_EXISTS', undefined, [
      { field, message: field === 'regionCode' ? `${regionCode} is ${taken.slug}` : `${slug} is taken` },
    ]);
  }

  /**
   * A role that can use only its own schema (its membership of the group role grants platform
   * reads), and the schema, owned by it.
   */
  private roleAndSchemaDdl(role: string, group: string, schema: string): string {
    const name = quoteIdentifier(role);
    return [
      `create role ${name} nologin`,
      `grant ${name} to current_user`,
      `grant ${quoteIdentifier(group)} to ${name}`,
      `create schema ${quoteIdentifier(schema)} authorization ${name}`,
    ].join('; ');
  }

  private async step(step: ProvisioningStep, slug: string): Promise<void> {
    await this.hooks?.afterStep?.(step, slug);
  }
}
