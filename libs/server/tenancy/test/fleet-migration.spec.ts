import { getDataSourceToken } from '@nestjs/typeorm';
import { TENANT_MIGRATIONS } from '@sinergi/migrations';
import { MigrationInterface, QueryRunner, DataSource } from 'typeorm';
import { SchemaMigrator, TenantProvisioner, TenantRegistry } from '../src';
import { createTenancyTestContext, TenancyTestContext } from './tenancy-context';

/** A later tenant migration: a column and an index on a tenant table. */
class AddProfileWebsite1799999999999 implements MigrationInterface {
  name = 'AddProfileWebsite1799999999999';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table tenant_profile add column website text');
    await queryRunner.query('create index tenant_profile_website_idx on tenant_profile (website)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table tenant_profile drop column website');
  }
}

const SHIPPED = TENANT_MIGRATIONS.length;
const NEXT = [...TENANT_MIGRATIONS, AddProfileWebsite1799999999999];
const REGIONS = ['18.13', '18.04', '16.02', '16.12', '96.01', '96.03'];

describe('Fleet migrations', () => {
  let t: TenancyTestContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await createTenancyTestContext('fleet');
    dataSource = t.context.get<DataSource>(getDataSourceToken());
    const provisioner = t.context.get(TenantProvisioner);
    for (const regionCode of REGIONS) {
      await provisioner.provision({ regionCode, adminEmail: `admin-${regionCode}@example.go.id`, adminName: 'Admin' });
    }
  });
  afterAll(() => t.close());

  async function hasWebsiteColumn(schema: string): Promise<boolean> {
    const rows = await dataSource.query(
      `select 1 from information_schema.columns where table_schema = $1 and table_name = 'tenant_profile' and column_name = 'website'`,
      [schema],
    );
    return rows.length === 1;
  }

  async function versions(): Promise<Record<string, number>> {
    const all = await t.context.get(TenantRegistry).allHandles();
    return Object.fromEntries(all.map((tenant) => [tenant.handle.slug, tenant.schemaVersion]));
  }

  it('migrates the others, leaves a broken tenant whole on its previous version and reports it', async () => {
    // Sabotage one tenant: a conflicting index makes the new migration fail there, half-way through.
    await dataSource.query('create index tenant_profile_website_idx on t_16_12.tenant_profile (owning_unit)');
    const progress: number[] = [];
    const summary = await t.context.get(SchemaMigrator).migrateFleet({
      migrations: NEXT,
      concurrency: 3,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(summary).toMatchObject({ total: 6, migrated: 5, failed: 1, upToDate: 0, targetVersion: SHIPPED + 1 });
    const failed = summary.results.find((r) => r.status === 'failed');
    expect(failed).toMatchObject({ slug: 'penukal-abab-lematang-ilir', from: SHIPPED, to: SHIPPED });
    expect(failed?.error).toMatch(/already exists/);
    expect(progress).toHaveLength(6);
    // The failed tenant has neither the column (added before the failing step) nor a new history row.
    expect(await hasWebsiteColumn('t_16_12')).toBe(false);
    expect(await dataSource.query('select count(*)::int as n from t_16_12.migrations')).toEqual([{ n: SHIPPED }]);
    expect(await hasWebsiteColumn('t_18_13')).toBe(true);
    expect(await versions()).toEqual({
      'pesisir-barat': SHIPPED + 1,
      'lampung-barat': SHIPPED + 1,
      'ogan-komering-ilir': SHIPPED + 1,
      'penukal-abab-lematang-ilir': SHIPPED,
      sorong: SHIPPED + 1,
      'raja-ampat': SHIPPED + 1,
    });
    const [run] = await t.context.get(SchemaMigrator).latestRuns(1);
    expect(run).toMatchObject({ status: 'failed', migrated: 5, failed: 1 });
  });

  it('resumes after the fault is repaired: only the remaining tenant is migrated', async () => {
    await dataSource.query('drop index t_16_12.tenant_profile_website_idx');
    const summary = await t.context.get(SchemaMigrator).migrateFleet({ migrations: NEXT });
    expect(summary).toMatchObject({ migrated: 1, upToDate: 5, failed: 0 });
    expect(await hasWebsiteColumn('t_16_12')).toBe(true);
  });

  it('resumes a run that was interrupted half-way', async () => {
    class AddProfileFax1800000000000 implements MigrationInterface {
      name = 'AddProfileFax1800000000000';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('alter table tenant_profile add column fax text');
      }
      async down(): Promise<void> {}
    }
    const later = [...NEXT, AddProfileFax1800000000000];
    const migrator = t.context.get(SchemaMigrator);
    // The process "dies" after two tenants: the run stops mid-way, as a killed process would.
    await expect(
      migrator.migrateFleet({
        migrations: later,
        concurrency: 1,
        onProgress: ({ done }) => {
          if (done === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const before = await versions();
    expect(Object.values(before).filter((v) => v === SHIPPED + 2)).toHaveLength(2);

    const resumed = await migrator.migrateFleet({ migrations: later });
    expect(resumed).toMatchObject({ migrated: 4, upToDate: 2, failed: 0 });
    expect(Object.values(await versions())).toEqual(Array(6).fill(SHIPPED + 2));
    const [latest, interrupted] = await migrator.latestRuns(2);
    expect(latest?.status).toBe('succeeded');
    expect(interrupted?.status).toBe('interrupted');
  });

  it('refuses a schema whose history diverges from the code', async () => {
    const tenant = (await t.context.get(TenantRegistry).resolve('sorong'))!;
    class Other1700000000000 implements MigrationInterface {
      name = 'Other1700000000000';
      async up(): Promise<void> {}
      async down(): Promise<void> {}
    }
    await expect(t.context.get(SchemaMigrator).migrateTenant(tenant, [Other1700000000000])).rejects.toThrow(/diverges/);
  });
});
