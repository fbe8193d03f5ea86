import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FleetMigrationTenantResult } from '@sinergi/contracts';
import { MigrationClass, PLATFORM_MIGRATIONS, TENANT_MIGRATIONS } from '@sinergi/migrations';
import { TenantDatabase } from '@sinergi/server/core';
import { DataSource } from 'typeorm';
import { FleetMigrationRunEntity, FleetRunStatus } from '../entities/fleet-migration-run.entity';
import { RegionCatalogueService } from '../regions/region-catalogue.service';
import { ResolvedTenant, TenantRegistry } from '../registry/tenant-registry.service';
import { migrateSchema, SchemaMigrationOutcome } from './migration-runner';

export type FleetProgress = { done: number; total: number; result: FleetMigrationTenantResult };

export type FleetMigrationOptions = {
  concurrency?: number;
  /** Defaults to the shipped tenant migrations; benchmarks and tests pass their own lists. */
  migrations?: MigrationClass[];
  onProgress?: (progress: FleetProgress) => void;
  onStart?: (total: number, pending: number) => void;
};

export type FleetMigrationSummary = {
  runId: string;
  targetVersion: number;
  total: number;
  migrated: number;
  upToDate: number;
  failed: number;
  results: FleetMigrationTenantResult[];
  ms: number;
};

// Serialises concurrent platform migrations (an API and a worker starting together).
const PLATFORM_MIGRATION_LOCK = 7_731_001;

@Injectable()
export class SchemaMigrator {
  private readonly logger = new Logger('Migrations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenantDb: TenantDatabase,
    private readonly registry: TenantRegistry,
    private readonly regions: RegionCatalogueService,
  ) {}

  /** The platform schema and the region catalogue, in one transaction. */
  async migratePlatform(migrations: MigrationClass[] = PLATFORM_MIGRATIONS): Promise<SchemaMigrationOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner!;
      await runner.query('select pg_advisory_xact_lock($1)', [PLATFORM_MIGRATION_LOCK]);
      await runner.query('create schema if not exists platform');
      const outcome = await migrateSchema(runner, migrations, 'platform.migrations');
      await this.regions.sync(manager);
      return outcome;
    });
  }

  /** One tenant, in its own transaction as its own role: it ends fully migrated or unchanged. */
  async migrateTenant(tenant: ResolvedTenant, migrations: MigrationClass[] = TENANT_MIGRATIONS): Promise<SchemaMigrationOutcome> {
    const outcome = await this.tenantDb.run(tenant.handle, async ({ queryRunner }) => {
      await queryRunner.query('select pg_advisory_xact_lock(hashtext($1))', [tenant.handle.id]);
      return migrateSchema(queryRunner, migrations, 'migrations');
    });
    // The registry's copy of the version follows the commit; a crash in between is healed by the next run.
    await this.registry.setSchemaVersion(tenant.handle.id, outcome.to);
    return outcome;
  }

  /**
   * Every tenant, each in its own transaction, `concurrency` at a time. A failing tenant is
   * reported and left on its previous version; the others go on. Re-running resumes: tenants
   * already at the target are skipped.
   */
  async migrateFleet(options: FleetMigrationOptions = {}): Promise<FleetMigrationSummary> {
    const started = Date.now();
    const migrations = options.migrations ?? TENANT_MIGRATIONS;
    const targetVersion = migrations.length;
    const concurrency = Math.max(1, options.concurrency ?? 4);
    await this.markAbandonedRunsInterrupted();
    const tenants = await this.registry.allHandles();
    const pending = tenants.filter((tenant) => tenant.schemaVersion < targetVersion);
    const runs = this.dataSource.getRepository(FleetMigrationRunEntity);
    const run = await runs.save(
      runs.create({
        startedAt: new Date(),
        targetVersion,
        total: tenants.length,
        migrated: 0,
        upToDate: tenants.length - pending.length,
        failed: 0,
        status: 'running',
        results: [],
      }),
    );
    options.onStart?.(tenants.length, pending.length);
    const results: FleetMigrationTenantResult[] = tenants
      .filter((tenant) => tenant.schemaVersion >= targetVersion)
      .map((tenant) => ({ slug: tenant.handle.slug, from: tenant.schemaVersion, to: tenant.schemaVersion, status: 'up-to-date', ms: 0 }));
    let done = results.length;
    let next = 0;
    let lastSaved = Date.now();
    // The run row shows progress to the web console; saved at most once a second.
    const saveProgress = async (): Promise<void> => {
      if (Date.now() - lastSaved < 1000) return;
      lastSaved = Date.now();
      const failedSoFar = results.filter((r) => r.status === 'failed').length;
      await runs
        .update(run.id, { migrated: results.filter((r) => r.status === 'migrated').length, failed: failedSoFar })
        .catch(() => undefined);
    };
    const worker = async (): Promise<void> => {
      while (next < pending.length) {
        const tenant = pending[next++]!;
        const result = await this.migrateOne(tenant, migrations);
        results.push(result);
        done++;
        options.onProgress?.({ done, total: tenants.length, result });
        await saveProgress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, pending.length)) }, worker));
    const migrated = results.filter((r) => r.status === 'migrated').length;
    const failed = results.filter((r) => r.status === 'failed').length;
    const status: FleetRunStatus = failed ? 'failed' : 'succeeded';
    await runs.update(run.id, {
      finishedAt: new Date(),
      migrated,
      upToDate: results.length - migrated - failed,
      failed,
      status,
      results: results.filter((r) => r.status !== 'up-to-date'),
    });
    return {
      runId: run.id,
      targetVersion,
      total: tenants.length,
      migrated,
      upToDate: results.length - migrated - failed,
      failed,
      results,
      ms: Date.now() - started,
    };
  }

  async latestRuns(limit = 20): Promise<FleetMigrationRunEntity[]> {
    return this.dataSource.getRepository(FleetMigrationRunEntity).find({ order: { startedAt: 'DESC' }, take: limit });
  }

  private async migrateOne(
    tenant: ResolvedTenant & { schemaVersion: number },
    migrations: MigrationClass[],
  ): Promise<FleetMigrationTenantResult> {
    const started = Date.now();
    try {
      const outcome = await this.migrateTenant(tenant, migrations);
      return {
        slug: tenant.handle.slug,
        from: outcome.from,
        to: outcome.to,
        status: outcome.applied.length ? 'migrated' : 'up-to-date',
        ms: Date.now() - started,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`tenant ${tenant.handle.slug} stays on version ${tenant.schemaVersion}: ${message}`);
      return {
        slug: tenant.handle.slug,
        from: tenant.schemaVersion,
        to: tenant.schemaVersion,
        status: 'failed',
        error: message,
        ms: Date.now() - started,
      };
    }
  }

  /** A run left 'running' by a process that died is shown as interrupted; the next run resumes it. */
  private async markAbandonedRunsInterrupted(): Promise<void> {
    await this.dataSource
      .getRepository(FleetMigrationRunEntity)
      .update({ status: 'running' }, { status: 'interrupted', finishedAt: new Date() });
  }
}
