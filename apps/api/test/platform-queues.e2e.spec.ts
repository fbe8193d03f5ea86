import { CreateTenantResponse, ErrorResponse, PlatformQueuesResponse, QueueStatus } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, seedDemoTenants } from '@sinergi/server/demo';
import { freePort } from '@sinergi/server/local-runtime';
import type { INestApplicationContext } from '@nestjs/common';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

describe('Platform: the background queues, read-only', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    // Nothing listens on this port: every mail the worker sends fails, once (MAIL_ATTEMPTS=1).
    const deadSmtp = `smtp://127.0.0.1:${await freePort(40000)}`;
    env = await startApiTestEnvironment('queues', { SMTP_URL: deadSmtp, MAIL_ATTEMPTS: '1', OUTBOX_POLL_MS: '50' });
    admin = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
  });
  afterAll(async () => {
    await worker?.close();
    await env.teardown();
  });

  const queue = (body: PlatformQueuesResponse, name: string): QueueStatus => {
    const found = body.queues.find((q) => q.name === name);
    if (!found) throw new Error(`queue ${name} missing from ${JSON.stringify(body)}`);
    return found;
  };

  it('counts every queue by state, starting empty', async () => {
    const response = await admin.get<PlatformQueuesResponse>('/api/platform/queues');
    expect(response.status).toBe(200);
    expect(response.body.queues.map((q) => q.name)).toEqual(['platform', 'mail']);
    for (const q of response.body.queues) {
      expect(q.counts).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0, paused: 0 });
      expect(q.recentFailures).toEqual([]);
    }
    expect(Number.isNaN(Date.parse(response.body.checkedAt))).toBe(false);
  });

  it('shows a requested fleet migration waiting for the worker', async () => {
    expect((await admin.post('/api/platform/migrations', { concurrency: 2 })).status).toBe(202);
    const response = await admin.get<PlatformQueuesResponse>('/api/platform/queues');
    expect(queue(response.body, 'platform').counts.waiting).toBe(1);
  });

  it('lists a failed mail with its error and attempts, never its payload', async () => {
    worker = await startMailWorker(env.config);
    const created = await admin.post<CreateTenantResponse>('/api/platform/tenants', {
      regionCode: '18.13',
      adminEmail: 'kominfo@pesisirbaratkab.go.id',
      adminName: 'Ahmad Nalpa',
    });
    expect(created.status).toBe(201);

    let mail: QueueStatus | undefined;
    for (let i = 0; i < 100; i++) {
      mail = queue((await admin.get<PlatformQueuesResponse>('/api/platform/queues')).body, 'mail');
      if (mail.counts.failed > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mail?.counts.failed).toBe(1);
    expect(mail?.recentFailures).toHaveLength(1);
    const [failure] = mail?.recentFailures ?? [];
    expect(failure).toMatchObject({ name: 'send-mail', attemptsMade: 1 });
    expect(failure?.error).toMatch(/ECONNREFUSED|connect/i);
    expect(Number.isNaN(Date.parse(failure?.failedAt ?? ''))).toBe(false);
    // The invitation link (a login to the tenant) must not reach this page.
    expect(JSON.stringify(mail)).not.toMatch(/invitations\/|pesisirbaratkab/);
  });

  it('is for platform admins only (403 for tenant staff, 401 for anonymous)', async () => {
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === 'sorong'));
    const staff = client(env.api.url, await login(env.api.url, 'admin@sorong.demo.sinergi.id', DEMO_PASSWORD));
    const forbidden = await staff.get<ErrorResponse>('/api/platform/queues');
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'PLATFORM_ADMIN_REQUIRED']);
    const anonymous = await client(env.api.url).get<ErrorResponse>('/api/platform/queues');
    expect(anonymous.status).toBe(401);
  });
});
