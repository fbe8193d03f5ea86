import { getDataSourceToken } from '@nestjs/typeorm';
import { AppException, TenantDatabase } from '@sinergi/server/core';
import { DataSource } from 'typeorm';
import { TenantProfileEntity } from '../src/entities';
import { TenantProvisioner, TenantRegistry, ResolvedTenant } from '../src';
import { createTenancyTestContext, TenancyTestContext } from './tenancy-context';

describe('Tenant isolation in the database', () => {
  let t: TenancyTestContext;
  let dataSource: DataSource;
  let tenantDb: TenantDatabase;
  let sorong: ResolvedTenant;
  let rajaAmpat: ResolvedTenant;

  beforeAll(async () => {
    // A pool of one connection: every unit of work of both tenants goes through the same backend.
    t = await createTenancyTestContext('isolation', { env: { DATABASE_POOL_SIZE: '1' } });
    dataSource = t.context.get<DataSource>(getDataSourceToken());
    tenantDb = t.context.get(TenantDatabase);
    const provisioner = t.context.get(TenantProvisioner);
    for (const regionCode of ['96.01', '96.03']) {
      await provisioner.provision({ regionCode, adminEmail: `admin-${regionCode}@example.go.id`, adminName: 'Admin' });
    }
    const registry = t.context.get(TenantRegistry);
    sorong = (await registry.resolve('sorong'))!;
    rajaAmpat = (await registry.resolve('raja-ampat'))!;
    await tenantDb.run(sorong.handle, () =>
      tenantDb.repository(TenantProfileEntity).update({ id: 1 }, { owningUnit: 'Diskominfo Kabupaten Sorong' }),
    );
    await tenantDb.run(rajaAmpat.handle, () =>
      tenantDb.repository(TenantProfileEntity).update({ id: 1 }, { owningUnit: 'Diskominstaper Raja Ampat' }),
    );
  });
  afterAll(() => t.close());

  it('refuses a tenant repository outside a tenant unit of work', () => {
    expect(() => tenantDb.repository(TenantProfileEntity)).toThrow(AppException);
    try {
      tenantDb.repository(TenantProfileEntity);
    } catch (error) {
      expect((error as AppException).code).toBe('TENANT_CONTEXT_MISSING');
    }
  });

  it('fails closed for a query run outside a tenant transaction: no tenant schema is on the default search_path', async () => {
    await expect(dataSource.query('select * from tenant_profile')).rejects.toThrow(/does not exist/);
    await expect(dataSource.getRepository(TenantProfileEntity).find()).rejects.toThrow(/does not exist/);
    const [{ search_path }] = await dataSource.query('show search_path');
    expect(search_path).toBe('pg_catalog');
  });

  it("lets the database refuse another tenant's schema, even when a query names it", async () => {
    await expect(
      tenantDb.run(sorong.handle, ({ queryRunner }) => queryRunner.query('select * from t_96_03.tenant_profile')),
    ).rejects.toThrow(/permission denied/);
    await expect(
      tenantDb.run(sorong.handle, ({ queryRunner }) => queryRunner.query('create table t_96_03.intruder (id int)')),
    ).rejects.toThrow(/permission denied/);
    await expect(
      tenantDb.run(sorong.handle, ({ queryRunner }) => queryRunner.query('select * from platform.users')),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps no tenant setting on the pooled connection after the transaction', async () => {
    await tenantDb.run(sorong.handle, async ({ queryRunner }) => {
      const [row] = await queryRunner.query(`select current_setting('search_path') as path, current_user as who`);
      expect(row.path).toBe('t_96_01');
      expect(row.who).toBe(sorong.handle.role);
    });
    const [after] = await dataSource.query(`select current_setting('search_path') as path, current_user as who`);
    expect(after.path).toBe('pg_catalog');
    expect(after.who).not.toBe(sorong.handle.role);
  });

  it('rolls back a failed unit of work and frees the connection', async () => {
    await expect(
      tenantDb.run(sorong.handle, async () => {
        await tenantDb.repository(TenantProfileEntity).update({ id: 1 }, { phone: '0951-000' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const profile = await tenantDb.run(sorong.handle, () => tenantDb.repository(TenantProfileEntity).findOneBy({ id: 1 }));
    expect(profile?.phone).toBeNull();
  });

  it('never crosses tenants when many units of work for two tenants share one pooled connection', async () => {
    const expected = new Map([
      [sorong.handle.slug, 'Diskominfo Kabupaten Sorong'],
      [rajaAmpat.handle.slug, 'Diskominstaper Raja Ampat'],
    ]);
    const jobs = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? rajaAmpat : sorong));
    const seen = await Promise.all(
      jobs.map((tenant) =>
        tenantDb.run(tenant.handle, async () => {
          await new Promise((resolve) => setImmediate(resolve));
          const row = await tenantDb.repository(TenantProfileEntity).findOneByOrFail({ id: 1 });
          return { slug: tenantDb.currentTenant().slug, owningUnit: row.owningUnit, asked: tenant.handle.slug };
        }),
      ),
    );
    for (const result of seen) {
      expect(result.slug).toBe(result.asked);
      expect(result.owningUnit).toBe(expected.get(result.asked));
    }
  });

  // The transaction opens with the unit of work's first statement (same message): whatever that
  // statement is, it and everything after it run inside the tenant, and the settings die with it.
  it.each<[string, string, unknown[]]>([
    ['inlined parameters', `select current_setting('search_path') as path, current_user as who, $1::text as echo`, ["it's"]],
    ['parameters that cannot be inlined (a date)', `select current_setting('search_path') as path, current_user as who, $1::timestamptz is not null as echo`, [new Date()]],
    ['no parameters', `select current_setting('search_path') as path, current_user as who, 1 as echo`, []],
  ])('opens the tenant transaction with a first statement with %s', async (_, sql, parameters) => {
    const rows = await tenantDb.run(sorong.handle, async ({ queryRunner }) => {
      const [first, second] = await Promise.all([queryRunner.query(sql, parameters), queryRunner.query(sql, parameters)]);
      const [third] = await tenantDb.repository(TenantProfileEntity).find();
      const [{ active }] = await queryRunner.query(`select now() = statement_timestamp() as active`);
      return { first: first[0], second: second[0], third, active };
    });
    for (const row of [rows.first, rows.second]) expect(row).toMatchObject({ path: 't_96_01', who: sorong.handle.role });
    expect(rows.third?.owningUnit).toBe('Diskominfo Kabupaten Sorong');
    expect(rows.active).toBe(false); // one transaction: now() stayed at its start
    const [after] = await dataSource.query(`select current_setting('search_path') as path, current_user as who`);
    expect(after).toMatchObject({ path: 'pg_catalog' });
    expect(after.who).not.toBe(sorong.handle.role);
  });

  it('a unit of work that asks the database nothing leaves the connection as it was', async () => {
    expect(await tenantDb.run(sorong.handle, async () => 'from a cache')).toBe('from a cache');
    await expect(tenantDb.run(sorong.handle, async () => Promise.reject(new Error('early')))).rejects.toThrow('early');
    const [after] = await dataSource.query(`select current_setting('search_path') as path, now() = statement_timestamp() as fresh`);
    expect(after).toEqual({ path: 'pg_catalog', fresh: true });
  });

  it('rolls back a unit of work whose very first statement fails', async () => {
    await expect(
      tenantDb.run(sorong.handle, ({ queryRunner }) => queryRunner.query(`update tenant_profile set phone = $1 where id = 1 and 1/0 = 1`, ['x'])),
    ).rejects.toThrow(/division by zero/);
    const profile = await tenantDb.run(sorong.handle, () => tenantDb.repository(TenantProfileEntity).findOneBy({ id: 1 }));
    expect(profile?.phone).toBeNull();
  });

  // A read-only unit of work holds no transaction open: statements issued together go in one message
  // with the tenant's settings (an implicit read-only transaction), and the settings die with it.
  it.each<[string, unknown[]]>([
    ['inlined parameters', ["it's"]],
    ['a parameter that cannot be inlined (a date), which opens an explicit read-only transaction', [new Date()]],
  ])('runs a read-only unit of work inside the tenant, statements issued together or one after another, with %s', async (_, parameters) => {
    const sql = `select current_setting('search_path') as path, current_user as who, current_setting('transaction_read_only') as ro, $1::text is not null as echo`;
    const rows = await tenantDb.run(
      sorong.handle,
      async ({ queryRunner }) => {
        const [first, second, [profile]] = await Promise.all([queryRunner.query(sql, ['a']), queryRunner.query(sql, parameters), tenantDb.repository(TenantProfileEntity).find()]);
        const [third] = await queryRunner.query(sql, ['b']);
        return { first: first[0], second: second[0], third, profile };
      },
      { readOnly: true },
    );
    for (const row of [rows.first, rows.second, rows.third]) expect(row).toEqual({ path: 't_96_01', who: sorong.handle.role, ro: 'on', echo: true });
    expect(rows.profile?.owningUnit).toBe('Diskominfo Kabupaten Sorong');
    const [after] = await dataSource.query(`select current_setting('search_path') as path, current_user as who, now() = statement_timestamp() as fresh`);
    expect(after).toMatchObject({ path: 'pg_catalog', fresh: true });
    expect(after.who).not.toBe(sorong.handle.role);
  });

  it('refuses a write in a read-only unit of work, fails the statements sent with a failing one, and frees the connection', async () => {
    await expect(
      tenantDb.run(sorong.handle, () => tenantDb.repository(TenantProfileEntity).update({ id: 1 }, { phone: '0951-111' }), { readOnly: true }),
    ).rejects.toThrow(/read-only transaction/);
    const together = tenantDb.run(sorong.handle, ({ queryRunner }) => Promise.allSettled([queryRunner.query('select 1 as one'), queryRunner.query('select 1/0 as boom'), queryRunner.query('select 3 as three')]), {
      readOnly: true,
    });
    const settled = await together;
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    const profile = await tenantDb.run(sorong.handle, () => tenantDb.repository(TenantProfileEntity).findOneBy({ id: 1 }), { readOnly: true });
    expect(profile?.phone).toBeNull();
    const [after] = await dataSource.query(`select current_setting('search_path') as path, now() = statement_timestamp() as fresh`);
    expect(after).toEqual({ path: 'pg_catalog', fresh: true });
  });

  it('refuses to open a unit of work for another tenant inside one', async () => {
    await expect(
      tenantDb.run(sorong.handle, () => tenantDb.run(rajaAmpat.handle, async () => 'crossed')),
    ).rejects.toThrow(/cannot open one/);
  });
});
