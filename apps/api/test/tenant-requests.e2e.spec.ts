import { ErrorResponse, TenantProfile } from '@sinergi/contracts';
import { testConfig } from '@sinergi/server/core/testing';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { ApiInstance, ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApi, startApiTestEnvironment } from './support/api-harness';

const TWO = DEMO_TENANTS.filter((t) => ['ogan-komering-ilir', 'penukal-abab-lematang-ilir'].includes(t.slug));

describe('Tenant-scoped requests', () => {
  let env: ApiTestEnvironment;
  let second: ApiInstance;

  beforeAll(async () => {
    // One pooled connection per instance: concurrent requests of both tenants share it.
    env = await startApiTestEnvironment('requests', { DATABASE_POOL_SIZE: '1', TENANT_CACHE_TTL: '600' });
    await seedDemoTenants(env.api.app, TWO);
    second = await startApi(testConfig(env.database.url, { ...redisPrefixOf(env), DATABASE_POOL_SIZE: '1', TENANT_CACHE_TTL: '600' }));
  });
  afterAll(async () => {
    await second.close();
    await env.teardown();
  });

  function redisPrefixOf(e: ApiTestEnvironment): Record<string, string> {
    return { REDIS_PREFIX: e.config.redisPrefix };
  }

  it("serves each tenant's staff their own tenant, under concurrency on one pooled connection", async () => {
    const oki = client(env.api.url, await login(env.api.url, demoAdminEmail('ogan-komering-ilir'), DEMO_PASSWORD));
    const pali = client(env.api.url, await login(env.api.url, demoAdminEmail('penukal-abab-lematang-ilir'), DEMO_PASSWORD));
    const calls = Array.from({ length: 120 }, (_, i) =>
      i % 2 === 0
        ? oki.get<TenantProfile>('/api/t/ogan-komering-ilir/profile').then((r) => ['ogan-komering-ilir', r] as const)
        : pali.get<TenantProfile>('/api/t/penukal-abab-lematang-ilir/profile').then((r) => ['penukal-abab-lematang-ilir', r] as const),
    );
    for (const [slug, response] of await Promise.all(calls)) {
      expect(response.status).toBe(200);
      expect(response.body.slug).toBe(slug);
      expect(response.body.owningUnit).toBe(TWO.find((t) => t.slug === slug)?.owningUnit);
    }
    // And each is refused the other's tenant.
    expect((await oki.get<ErrorResponse>('/api/t/penukal-abab-lematang-ilir/profile')).body.code).toBe('NOT_A_MEMBER');
  });

  it('lets a tenant admin change the profile, in the tenant transaction', async () => {
    const oki = client(env.api.url, await login(env.api.url, demoAdminEmail('ogan-komering-ilir'), DEMO_PASSWORD));
    const changed = await oki.patch<TenantProfile>('/api/t/ogan-komering-ilir/profile', { phone: '0712-321321' });
    expect(changed.status).toBe(200);
    expect(changed.body.phone).toBe('0712-321321');
    expect((await oki.patch('/api/t/ogan-komering-ilir/profile', { email: 'not-mail' })).status).toBe(400);
    expect((await oki.patch('/api/t/ogan-komering-ilir/profile', { slug: 'x' })).status).toBe(400);
  });

  it('makes a suspension effective on every API instance within 2 seconds', async () => {
    const token = await login(env.api.url, demoAdminEmail('ogan-komering-ilir'), DEMO_PASSWORD);
    const onSecond = client(second.url, token);
    // Warm the second instance's cache (TTL 600 s: only the Redis message can clear it in time).
    expect((await onSecond.get('/api/t/ogan-komering-ilir/profile')).status).toBe(200);
    const admin = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    expect((await admin.patch('/api/platform/tenants/ogan-komering-ilir', { status: 'suspended' })).status).toBe(200);
    const started = Date.now();
    let code: string | undefined;
    while (Date.now() - started < 2000) {
      const response = await onSecond.get<ErrorResponse>('/api/t/ogan-komering-ilir/profile');
      code = response.body.code;
      if (response.status === 403) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(code).toBe('TENANT_SUSPENDED');
    expect(Date.now() - started).toBeLessThan(2000);
    await admin.patch('/api/platform/tenants/ogan-komering-ilir', { status: 'active' });
  });
});
