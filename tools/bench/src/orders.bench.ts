/**
 * npm run bench:orders — orders, proofs, claims and the figures over them at the scale of the whole
 * catalogue: 552 tenants, each with a realistic year (200 partner outlets, 5,000 orders, ~4,900
 * proofs, 1,000 claims; see orders-fixture.ts). Over HTTP, against the real API process, with 20
 * concurrent users spread over every tenant:
 *   1. the open-orders list with filters (status, media type, outlet, text search, sort, pages),
 *   2. the dashboard aggregates (budget, absorption by month, spend per outlet, overdue proofs,
 *      approvals waiting per official),
 * each under 100 ms p99; then 3. a year's Excel register of one tenant (orders, proofs, claims,
 * payments) under 5 s each. BENCH_TENANTS=n runs a smaller fleet; BENCH_SECONDS sets each load run.
 */
import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import { enterTenantSql } from '@sinergi/server/core';
import { dropTestDatabase, testConfig } from '@sinergi/server/core/testing';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { createPlatformContext } from '@sinergi/server/local-runtime';
import { defaultTenantSlug, parseRegionCatalogue, REGION_CATALOGUE_FILE, SchemaMigrator, TenantProvisioner, TenantRegistry } from '@sinergi/server/tenancy';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BenchApi, benchServices, loginForToken, scratchDatabase, startBenchApi } from './bench-environment';
import { httpLoad, LoadResult } from './http-load';
import { BenchOutlet, outletsOf, PLATFORM_OUTLETS_SQL, platformMediaSql, TENANT_APPLICATIONS_SQL, tenantConfigurationSql, tenantYearSql, YEAR } from './orders-fixture';
import { ms, printVerdicts, seconds, Verdict } from './stats';

// Sized to the database server, as a pool should be: about twice its cores (here 2 cores, shared
// with the API). More connections than that only queue inside PostgreSQL and thrash its caches:
// measured on the dashboard, pool 10 gave 391 req/s (p99 93 ms), pool 5 461 req/s (p99 66 ms).
const POOL_SIZE = 5;
// Every pooled backend warm on every tenant's catalog (relation and plan-time caches), as in an API
// that has been running: with 552 schemas a backend's first request to a tenant costs ~2 ms more.
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 20);
const USERS = 20;
const LOAD_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);
const EMAIL = 'bench-operator@bench.sinergi.id';
const PASSWORD = 'Bench-Operator-Password-1!';

/**
 * VACUUM (ANALYZE) of one schema's tables, as autovacuum leaves them in production (statistics, and
 * the visibility map that keeps index-only scans index-only); per tenant right after its seeding,
 * so the 4 seeding connections share the work instead of one database-wide VACUUM at the end. The
 * table names come from the catalog, quoted by PostgreSQL.
 */
async function vacuumSchema(client: Pick<Pool, 'query'>, schema: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`select format('%I.%I', schemaname, relname) as name from pg_stat_user_tables where schemaname = $1`, [schema]);
  if (rows.length) await client.query(`vacuum (analyze) ${rows.map((r) => r.name).join(', ')}`);
}

async function main(): Promise<void> {
  const services = await benchServices();
  const regions = parseRegionCatalogue(readFileSync(REGION_CATALOGUE_FILE, 'utf8'));
  const tenants = regions.slice(0, Number(process.env['BENCH_TENANTS'] ?? regions.length)).map((r) => ({ regionCode: r.code, name: r.name, slug: defaultTenantSlug(r.name, r.level) }));
  console.log(`Sinergi orders benchmark: ${tenants.length} tenants, ${USERS} concurrent users, ${LOAD_SECONDS} s per load run`);
  const database = await scratchDatabase('orders');
  const verdicts: Verdict[] = [];
  let api: BenchApi | null = null;
  try {
    // 1. The fleet, provisioned by the real code (4 at a time, as the bulk job does).
    const config = testConfig(database.url, { DATABASE_POOL_SIZE: String(POOL_SIZE) });
    const context = await createPlatformContext(config, 'sinergi-bench-orders');
    const started = performance.now();
    try {
      await context.get(SchemaMigrator).migratePlatform();
      const provisioner = context.get(TenantProvisioner);
      const queue = [...tenants];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let tenant = queue.shift(); tenant; tenant = queue.shift()) {
            await provisioner.provision({ regionCode: tenant.regionCode, slug: tenant.slug, adminEmail: `admin-${tenant.regionCode}@bench.sinergi.id`, adminName: `Admin ${tenant.name}` });
          }
        }),
      );
      console.log(`  provisioned ${tenants.length} tenants in ${seconds(performance.now() - started)}`);
      // One staff user (publication operator and approving official) in every tenant.
      const handles = await context.get(TenantRegistry).allHandles();
      await context.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
        const user = await context.get(UserService).ensureUser(manager, EMAIL, 'Bench Operator');
        await context.get(UserService).setPassword(manager, user.id, PASSWORD);
        for (const tenant of handles) await context.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, ['publication-operator', 'approving-official']);
      });

      // 2. A year of data in every tenant, set-based, 4 tenants at a time.
      const seedStarted = performance.now();
      const pool = new Pool({ connectionString: database.url, max: 4 });
      try {
        await pool.query(platformMediaSql());
        // Read here, on the platform; each tenant gets its outlets as a parameter, since its role
        // (entered as in production, with enterTenantSql) cannot read the platform's tables.
        const outlets = (await pool.query<BenchOutlet>(PLATFORM_OUTLETS_SQL)).rows;
        const pending = handles.map((h, index) => ({ handle: h.handle, index }));
        let done = 0;
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            for (let next = pending.shift(); next; next = pending.shift()) {
              const client = await pool.connect();
              try {
                await client.query(`begin; ${enterTenantSql(next.handle)}; ${tenantConfigurationSql()}`);
                await client.query(TENANT_APPLICATIONS_SQL, [JSON.stringify(outletsOf(outlets, next.index))]);
                await client.query(`${tenantYearSql()} commit;`);
                await vacuumSchema(client, next.handle.schema);
              } catch (error) {
                await client.query('rollback').catch(() => undefined);
                throw error;
              } finally {
                client.release();
              }
              if (++done % 50 === 0) console.log(`  seeded ${done}/${handles.length} tenants (${seconds(performance.now() - seedStarted)})`);
            }
          }),
        );
        await vacuumSchema(pool, 'platform');
        const first = handles[0]!.handle;
        const counts = await pool.query(
          `begin; ${enterTenantSql(first)}; select (select count(*) from orders) as orders, (select count(*) from proofs) as proofs, (select count(*) from claims) as claims, (select count(*) from payments) as payments; commit;`,
        );
        // The counts are the script's only result with rows (begin, the tenant's settings and commit have none).
        const row = (counts as unknown as { rows: Record<string, string>[] }[]).find((result) => result.rows.length > 0)!.rows[0]!;
        console.log(`  seeded ${handles.length} tenants in ${seconds(performance.now() - seedStarted)}; per tenant: ${row['orders']} orders, ${row['proofs']} proofs, ${row['claims']} claims, ${row['payments']} payments`);
      } finally {
        await pool.end();
      }
    } finally {
      await context.close();
    }

    // 3. The API under load.
    api = await startBenchApi({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(POOL_SIZE), REDIS_URL: config.redisUrl, REDIS_PREFIX: config.redisPrefix, STORAGE_DIR: config.storageDir });
    const token = await loginForToken(api.baseUrl, EMAIL, PASSWORD);
    const open = 'status=proof-submitted,proof-returned,proof-accepted';
    const listVariants = [
      `${open}&sort=createdAt&direction=desc`,
      `${open}&mediaType=online&sort=publishFrom&direction=asc`,
      `${open}&q=Musrenbang&sort=amount&direction=desc`,
      `${open}&page=5&pageSize=20`,
      `status=proof-submitted&sort=number&direction=asc`,
      `${open}&publishFrom=${YEAR}-03-01&publishTo=${YEAR}-06-30`,
    ];
    const listPaths = tenants.flatMap((t, i) => [`/api/t/${t.slug}/orders?fiscalYear=${YEAR}&${listVariants[i % listVariants.length]}`]);
    const dashboardPaths = tenants.map((t) => `/api/t/${t.slug}/dashboard?fiscalYear=${YEAR}`);
    const check = async (path: string) => {
      const response = await fetch(`${api!.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<{ total?: number; items?: unknown[]; spendPerOutlet?: unknown[] }>;
    };
    const sampleList = await check(listPaths[0]!);
    const sampleDashboard = await check(dashboardPaths[0]!);
    console.log(`  one list answers ${sampleList.total} open orders; one dashboard lists ${sampleDashboard.spendPerOutlet?.length} outlets`);

    const load = async (label: string, paths: string[]): Promise<LoadResult> => {
      await httpLoad({ baseUrl: api!.baseUrl, token, paths, connections: USERS, seconds: WARM_UP_SECONDS });
      const result = await httpLoad({ baseUrl: api!.baseUrl, token, paths, connections: USERS, seconds: LOAD_SECONDS });
      console.log(`  ${label}: ${result.total} requests, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, errors ${result.errors}, non-2xx ${result.non2xx}`);
      return result;
    };
    console.log(`\n1-2. Under load (${USERS} users, spread over ${tenants.length} tenants)`);
    const list = await load('open orders, filtered', listPaths);
    const dashboard = await load('dashboard aggregates', dashboardPaths);
    const mixed = await load('both, interleaved', listPaths.flatMap((p, i) => [p, dashboardPaths[i]!]));
    for (const [name, result] of [['open-orders list', list], ['dashboard aggregates', dashboard], ['list + dashboard interleaved', mixed]] as const) {
      verdicts.push({ name: `${name} p99 at ${USERS} users`, figure: ms(result.p99), target: '< 100 ms', pass: result.total > 0 && result.p99 < 100 && result.errors === 0 && result.non2xx === 0 });
    }

    // 4. A year's registers of one tenant.
    console.log(`\n3. A year's Excel registers of ${tenants[0]!.slug}`);
    for (const kind of ['orders', 'proofs', 'claims', 'payments'] as const) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const response = await fetch(`${api.baseUrl}/api/t/${tenants[0]!.slug}/registers/${kind}?fiscalYear=${YEAR}`, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok) throw new Error(`register ${kind}: ${response.status} ${await response.text()}`);
        bytes = (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - t0);
      }
      const worst = Math.max(...times);
      console.log(`  ${kind}: ${(bytes / 1024).toFixed(0)} KB, ${times.map(ms).join(' / ')}`);
      verdicts.push({ name: `register of a year: ${kind}`, figure: ms(worst), target: '< 5 s', pass: worst < 5_000 });
    }
  } finally {
    api?.stop();
    if (process.env['BENCH_KEEP']) console.log(`kept ${database.url}`);
    else await dropTestDatabase(database.name).catch(() => undefined);
    if (!process.env['BENCH_KEEP']) await services.cleanup();
  }
  printVerdicts('Verdicts', verdicts);
  if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
