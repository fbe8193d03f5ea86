import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreateTenantRequest, CreateTenantResponse, REGION_CODE_PATTERN, TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { MigrationClass, TENANT_MIGRATIONS } from '@sinergi/migrations';
import {
  AppException,
  CLI_ACTOR,
  enterTenantSql,
  LEAVE_TENANT_SQL,
  leaveTenant,
  markTransactionOpen,
  RequestActor,
  quoteIdentifier,
  StatementBatch,
  tenantGroupRoleName,
  tenantHandle,
  tenantRoleName,
  tenantSchemaName,
} from '@sinergi/server/core';
import { AuditTrail } from '@sinergi/server/audit';
import { InvitationService, IssuedInvitation, MembershipService, UserService } from '@sinergi/server/identity';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { TenantEntity } from '../entities/tenant.entity';
import { HISTORY_TABLE_DDL, migrateSchema } from '../migrations/migration-runner';
import { RegionCatalogueService } from '../regions/region-catalogue.service';
import { defaultTenantSlug } from '../registry/tenant-slug';
import { TenantRegistry } from '../registry/tenant-registry.service';
import { PROVISIONING_HOOKS, ProvisioningHooks, ProvisioningStep, SeedPlan, TENANT_CONFIGURATION_SEEDER, TenantConfigurationSeeder } from './provisioning-hooks';

export const TENANT_ADMIN_ROLE = 'admin';

/** What became of one region of a bulk onboarding. */
export type OnboardingOutcome = {
  regionCode: string;
  slug: string | null;
  /** `exists`: already onboarded (a re-run of the same file skips what the last run did). */
  status: 'created' | 'exists' | 'failed';
  ms: number;
  /** What `provision` threw, for an outcome that is not `created`. */
  error?: unknown;
  invitationTo?: string;
};

export type BulkOnboardingSummary = { total: number; created: number; exists: number; failed: number; ms: number; outcomes: OnboardingOutcome[] };

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
    // The look-ups are independent: one round trip's worth of waiting instead of four (whether the
    // slug is taken can be asked at once when it is given; a default slug needs the region first).
    const [region, template, databaseName, takenBeforehand] = await Promise.all([
      this.regions.findByCode(regionCode),
      request.template ? this.registry.resolve(request.template.fromTenant) : Promise.resolve(null),
      this.databaseName(),
      explicitSlug ? this.takenBy(regionCode, explicitSlug) : Promise.resolve(undefined),
    ]);
    if (!region) throw new AppException('REGION_NOT_FOUND', undefined, [{ field: 'regionCode', message: regionCode }]);
    const slug = explicitSlug || defaultTenantSlug(region.name, region.level);
    if (!TENANT_SLUG_PATTERN.test(slug)) throw new AppException('SLUG_INVALID', undefined, [{ field: 'slug', message: slug }]);
    if (request.template && !template) {
      throw new AppException('TEMPLATE_TENANT_NOT_FOUND', undefined, [
        { field: 'template.fromTenant', message: request.template.fromTenant },
      ]);
    }
    this.refuseTaken(regionCode, slug, takenBeforehand === undefined ? await this.takenBy(regionCode, slug) : takenBeforehand);
    const seed: SeedPlan | null = template && this.seeder ? await this.seeder.prepare(template.handle.id) : null;

    const migrations = options.migrations ?? TENANT_MIGRATIONS;
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    let invitation: IssuedInvitation | null = null;
    // The row's timestamps and the answer's are the same instant.
    const createdAt = new Date();
    try {
      const schema = tenantSchemaName(regionCode);
      const role = tenantRoleName(databaseName, schema);
      const tenantId = randomUUID();
      // Registry row, role, schema, the tenant's tables and its starting profile go to the database
      // as ONE script (round trips, not DDL, were most of provisioning's time), still one
      // transaction with the rest: the steps below are reported once the script has run.
      const batch = new StatementBatch(queryRunner);
      await batch.add('start transaction');
      markTransactionOpen(queryRunner);
      await batch.add(
        `insert into platform.tenants
           (id, slug, region_code, name, status, schema_name, db_role, schema_version, template_from_tenant_id, created_at, updated_at, status_changed_at)
         values ($1, $2, $3, $4, 'active', $5, $6, $7, $8, $9::timestamptz, $9::timestamptz, $9::timestamptz)`,
        [tenantId, slug, regionCode, region.name, schema, role, migrations.length, template?.handle.id ?? null, createdAt.toISOString()],
      );
      // Role, grants and schema (names from our own naming rules, checked).
      await batch.add(this.roleAndSchemaDdl(role, tenantGroupRoleName(databaseName), schema));
      // Now the transaction acts as the tenant: its schema, its role (and its history table).
      await batch.add(enterTenantSql(tenantHandle({ id: tenantId, slug, schema, role })));
      await batch.add(HISTORY_TABLE_DDL('migrations'));
      await batch.record(() => migrateSchema(queryRunner, migrations, 'migrations', { freshSchema: true }));
      await batch.add(`insert into tenant_profile (id, owning_unit) values (1, $1)`, [`Dinas Komunikasi dan Informatika ${region.name}`]);
      // Back to the platform for the rest, unless a template's configuration is still to be copied in.
      if (!seed) await batch.add(LEAVE_TENANT_SQL);
      await batch.flush();
      await this.step('registry', slug);
      await this.step('role', slug);
      await this.step('schema', slug);
      await this.step('migrations', slug);

      if (seed) await this.seeder!.applyInTenant(queryRunner.manager, seed, { name: region.name, regionCode });
      await this.step('configuration', slug);
      // The platform audit chain is locked only for this last stretch.
      if (seed) await leaveTenant(queryRunner);

      if (seed) await this.seeder!.applyInPlatform(queryRunner.manager, seed, tenantId, request.adminName);
      const admin = await this.users.ensureUser(queryRunner.manager, request.adminEmail, request.adminName);
      await this.memberships.grantTenantRoles(queryRunner.manager, admin.id, tenantId, [TENANT_ADMIN_ROLE]);
      if (options.adminPassword && !admin.passwordHash) {
        await this.users.setPassword(queryRunner.manager, admin.id, options.adminPassword);
      } else if (!admin.passwordHash) {
        invitation = await this.invitations.inviteToTenant(
          queryRunner.manager,
          { id: tenantId, name: region.name },
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

  /**
   * Onboards many regions, `concurrency` at a time, each in its own transaction exactly as
   * `provision` does: one that fails is reported and leaves nothing behind, the others go on.
   * Outcomes come back in the order of `requests`.
   */
  async provisionMany(
    requests: CreateTenantRequest[],
    options: { concurrency: number; actor?: RequestActor; onProgress?: (done: number, outcome: OnboardingOutcome) => void },
  ): Promise<BulkOnboardingSummary> {
    const started = performance.now();
    const outcomes: OnboardingOutcome[] = new Array(requests.length);
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < requests.length; index = next++) {
        const request = requests[index]!;
        const t0 = performance.now();
        let outcome: OnboardingOutcome;
        try {
          const tenant = await this.provision(request, { actor: options.actor });
          outcome = { regionCode: tenant.regionCode, slug: tenant.slug, status: 'created', ms: 0, ...(tenant.adminInvitation ? { invitationTo: tenant.adminInvitation.email } : {}) };
        } catch (error) {
          outcome = failedOutcome(request, error);
        }
        outcome.ms = Math.round(performance.now() - t0);
        outcomes[index] = outcome;
        options.onProgress?.(++done, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, requests.length)) }, worker));
    const count = (status: OnboardingOutcome['status']) => outcomes.filter((o) => o.status === status).length;
    return { total: requests.length, created: count('created'), exists: count('exists'), failed: count('failed'), ms: Math.round(performance.now() - started), outcomes };
  }

  private databaseNameMemo: Promise<string> | null = null;

  /** Tenant role names carry the database's name (roles are cluster-wide); it never changes. */
  private databaseName(): Promise<string> {
    this.databaseNameMemo ??= this.dataSource
      .query('select current_database() as db')
      .then((rows: { db: string }[]) => rows[0]!.db);
    return this.databaseNameMemo;
  }

  /** The tenant that already has this region or this slug, if any. */
  private async takenBy(regionCode: string, slug: string): Promise<TenantEntity | null> {
    return this.dataSource
      .getRepository(TenantEntity)
      .createQueryBuilder('tenant')
      .where('tenant.region_code = :regionCode or tenant.slug = :slug', { regionCode, slug })
      .getOne();
  }

  private refuseTaken(regionCode: string, slug: string, taken: TenantEntity | null): void {
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

function failedOutcome(request: CreateTenantRequest, error: unknown): OnboardingOutcome {
  const exists = error instanceof AppException && error.code === 'TENANT_EXISTS';
  return { regionCode: request.regionCode.trim(), slug: request.slug?.trim() || null, status: exists ? 'exists' : 'failed', ms: 0, error };
}
