/**
 * npm run bench:auth — what authentication and authorization cost: login latency at the shipped
 * argon2id setting (target 50-150 ms), and the time the tenant guards with CASL add to a tenant
 * read (target under 1 ms p50), measured side by side with the same request without them.
 */
import 'reflect-metadata';
import { ExecutionContext } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { TenantDatabase } from '@sinergi/server/core';
import { dropTestDatabase, testConfig } from '@sinergi/server/core/testing';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants, ensurePlatformAdmin } from '@sinergi/server/demo';
import { AbilityGuard, AuthenticationGuard } from '@sinergi/server/identity';
import { createPlatformContext, freePort } from '@sinergi/server/local-runtime';
import {
  SchemaMigrator,
  TenantAccessGuard,
  TenantProfileController,
  TenantProfileService,
  TenantRegistry,
  TenantResolverGuard,
} from '@sinergi/server/tenancy';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchServices, ROOT, scratchDatabase } from './bench-environment';
import { ms, printVerdicts, summarize, Verdict } from './stats';

const LOGINS = 60;
const GUARD_RUNS = 5000;

async function main(): Promise<void> {
  const services = await benchServices();
  const database = await scratchDatabase('auth');
  const verdicts: Verdict[] = [];
  const api = { process: null as ReturnType<typeof spawn> | null };
  try {
    // The shipped argon2id cost: no test overrides here.
    const config = testConfig(database.url, { ARGON2_MEMORY_KIB: '47104', ARGON2_TIME_COST: '1', LOG_LEVEL: 'error' });
    const context = await createPlatformContext(config, 'sinergi-bench-auth');
    await context.get(SchemaMigrator).migratePlatform();
    await ensurePlatformAdmin(context, config.platformAdminEmail, config.platformAdminPassword);
    const demo = DEMO_TENANTS[0]!;
    await seedDemoTenants(context, [demo]);

    // 1. Login over HTTP, one at a time.
    const port = await freePort(3950);
    api.process = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        PATH: process.env['PATH'],
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        REDIS_URL: config.redisUrl,
        REDIS_PREFIX: config.redisPrefix,
        LOG_LEVEL: 'warn',
        LOGIN_RATE_PER_IP: '100000',
        LOGIN_RATE_PER_ACCOUNT: '100000',
      },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 150; attempt++) {
      const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const loginTimes: number[] = [];
    let accessToken = '';
    for (let i = 0; i < LOGINS + 5; i++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: demoAdminEmail(demo.slug), password: DEMO_PASSWORD }),
      });
      const elapsed = performance.now() - started;
      if (response.status !== 200) throw new Error(`login answered ${response.status}`);
      accessToken = ((await response.json()) as { accessToken: string }).accessToken;
      if (i >= 5) loginTimes.push(elapsed);
    }
    const logins = summarize(loginTimes);
    console.log(`1. Login (argon2id 46 MiB, 1 pass) over HTTP, ${LOGINS} in a row: p50 ${ms(logins.median)}, p99 ${ms(logins.p99)}`);
    verdicts.push({
      name: 'login p50 within 50-150 ms',
      figure: `p50 ${ms(logins.median)}, p99 ${ms(logins.p99)}`,
      target: '50-150 ms',
      pass: logins.median >= 50 && logins.median <= 150,
    });

    // 2. The guards and CASL on a tenant read, in process: the same unit of work with and without them.
    const tenant = (await context.get(TenantRegistry).resolve(demo.slug))!;
    const guards = [
      context.get(TenantResolverGuard),
      context.get(AuthenticationGuard),
      context.get(TenantAccessGuard),
      context.get(AbilityGuard),
    ];
    const tenantDb = context.get(TenantDatabase);
    const profiles = context.get(TenantProfileService);
    const handler = TenantProfileController.prototype.get;
    const request = () => ({
      method: 'GET',
      url: `/api/t/${demo.slug}/profile`,
      params: { tenant: demo.slug },
      headers: { authorization: `Bearer ${accessToken}` },
      ip: '127.0.0.1',
    });
    const contextFor = (req: object): ExecutionContext => {
      const host = new ExecutionContextHost([req, {}, () => undefined], TenantProfileController, handler);
      host.setType('http');
      return host;
    };
    const guarded = async () => {
      const ctx = contextFor(request());
      for (const guard of guards) await guard.canActivate(ctx);
      return tenantDb.run(tenant.handle, () => profiles.get(tenant.name));
    };
    const bare = () => tenantDb.run(tenant.handle, () => profiles.get(tenant.name));
    for (let i = 0; i < 500; i++) {
      await guarded();
      await bare();
    }
    const withGuards: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < GUARD_RUNS; i++) {
      // Interleaved, so both see the same machine.
      let started = performance.now();
      await guarded();
      withGuards.push(performance.now() - started);
      started = performance.now();
      await bare();
      without.push(performance.now() - started);
    }
    const a = summarize(withGuards);
    const b = summarize(without);
    const added = a.median - b.median;
    console.log(
      `2. Tenant read, ${GUARD_RUNS} each, interleaved: with the 4 guards + CASL p50 ${ms(a.median)} (p99 ${ms(a.p99)}); ` +
        `without p50 ${ms(b.median)} (p99 ${ms(b.p99)}); the guards add ${ms(added)} at p50`,
    );
    verdicts.push({ name: 'guards + CASL added to a tenant read (p50)', figure: ms(added), target: '< 1 ms', pass: added < 1 });
    await context.close();
  } finally {
    api.process?.kill('SIGTERM');
    await dropTestDatabase(database.name).catch(() => undefined);
    await services.cleanup();
  }
  printVerdicts('Targets', verdicts);
  process.exit(verdicts.every((v) => v.pass) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
