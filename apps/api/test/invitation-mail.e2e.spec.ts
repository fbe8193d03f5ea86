import { getQueueToken } from '@nestjs/bull';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CreateTenantResponse, ErrorResponse, InvitationPreview, LoginResponse } from '@sinergi/contracts';
import { JOBS, QUEUES } from '@sinergi/server/core';
import { testConfig } from '@sinergi/server/core/testing';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { OutboxRelay } from '@sinergi/server/notification';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApi, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';


const LINK = /http:\/\/[^\s]+\/invitations\/([\w-]{40,})/;

describe('Invitations by mail through the outbox', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;
  let admin: ReturnType<typeof client>;
  let dataSource: DataSource;

  beforeAll(async () => {
    sink = await startMailSink();
    env = await startApiTestEnvironment('mail', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
    admin = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    dataSource = env.api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await env.teardown();
    await sink.stop();
  });

  function sharedQueue(): Record<string, string> {
    return { REDIS_PREFIX: env.config.redisPrefix };
  }

  async function outboxOf(email: string) {
    const rows: { status: string; attempts: number; last_error: string | null; payload: { data: { acceptUrl: string } } }[] =
      await dataSource.query(`select status, attempts, last_error, payload from platform.outbox where payload->>'to' = $1`, [email]);
    return rows;
  }

  it("mails the first admin an invitation (Bahasa Indonesia, HTML and text) whose link sets a password and logs them in", async () => {
    const worker = await startMailWorker(env.config);
    try {
      const created = await admin.post<CreateTenantResponse>('/api/platform/tenants', {
        regionCode: '18.13',
        adminEmail: 'kominfo@pesisirbaratkab.go.id',
        adminName: 'Ahmad Nalpa',
      });
      expect(created.status).toBe(201);
      const mail = await sink.waitFor((m) => m.to.includes('kominfo@pesisirbaratkab.go.id'));
      expect(mail.subject).toBe('Undangan bergabung di Sinergi: Kabupaten Pesisir Barat');
      expect(mail.text).toContain('sebagai Administrator');
      expect(mail.html).toContain('Terima undangan');
      const token = LINK.exec(mail.text)?.[1];
      expect(token).toBeDefined();

      const anonymous = client(env.api.url);
      const preview = await anonymous.get<InvitationPreview>(`/api/auth/invitations/${token}`);
      expect(preview.body).toMatchObject({
        email: 'kominfo@pesisirbaratkab.go.id',
        name: 'Ahmad Nalpa',
        tenant: { slug: 'pesisir-barat', name: 'Kabupaten Pesisir Barat' },
        roles: ['admin'],
        accountExists: false,
      });
      const weak = await anonymous.post<ErrorResponse>('/api/auth/invitations/accept', { token, password: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
      const accepted = await anonymous.post<LoginResponse>('/api/auth/invitations/accept', { token, password: 'Pesibar-Media-2026' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.memberships).toEqual([{ kind: 'tenant', tenant: 'pesisir-barat', roles: ['admin'] }]);
      const again = await anonymous.post<ErrorResponse>('/api/auth/invitations/accept', { token, password: 'Pesibar-Media-2026' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INVITATION_USED');
      expect((await anonymous.get<ErrorResponse>(`/api/auth/invitations/${'x'.repeat(43)}`)).body.code).toBe('INVITATION_NOT_FOUND');
      await login(env.api.url, 'kominfo@pesisirbaratkab.go.id', 'Pesibar-Media-2026');

      // Sent, and the link no longer sits in the outbox.
      const [row] = await outboxOf('kominfo@pesisirbaratkab.go.id');
      expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
      expect(row!.payload.data.acceptUrl).toBe('(sent)');
    } finally {
      await worker.close();
    }
  });

  it('refuses an expired invitation link (410)', async () => {
    const worker = await startMailWorker(env.config);
    try {
      await admin.post('/api/platform/tenants', { regionCode: '96.01', adminEmail: 'kominfo@sorongkab.go.id', adminName: 'Admin Sorong' });
      const mail = await sink.waitFor((m) => m.to.includes('kominfo@sorongkab.go.id'));
      const token = LINK.exec(mail.text)?.[1];
      await dataSource.query(`update platform.invitations set expires_at = now() - interval '1 minute' where email = 'kominfo@sorongkab.go.id'`);
      const anonymous = client(env.api.url);
      const preview = await anonymous.get<ErrorResponse>(`/api/auth/invitations/${token}`);
      expect([preview.status, preview.body.code]).toEqual([410, 'INVITATION_EXPIRED']);
      const accept = await anonymous.post<ErrorResponse>('/api/auth/invitations/accept', { token, password: 'Sorong-Kominfo-2026' });
      expect([accept.status, accept.body.code]).toEqual([410, 'INVITATION_EXPIRED']);
    } finally {
      await worker.close();
    }
  });

  it('resets a password by an e-mailed single-use link, answering the same for unknown addresses', async () => {
    const worker = await startMailWorker(env.config);
    try {
      const anonymous = client(env.api.url);
      const session = await login(env.api.url, 'kominfo@pesisirbaratkab.go.id', 'Pesibar-Media-2026');
      const known = await anonymous.post('/api/auth/password-reset/request', { email: 'Kominfo@PesisirBaratKab.go.id' });
      const unknown = await anonymous.post('/api/auth/password-reset/request', { email: 'nobody@nowhere.id' });
      expect([known.status, unknown.status]).toEqual([202, 202]);
      expect((await anonymous.post('/api/auth/password-reset/request', { email: 'not-mail' })).status).toBe(400);
      const mail = await sink.waitFor((m) => m.subject === 'Atur ulang kata sandi Sinergi');
      expect(mail.to).toEqual(['kominfo@pesisirbaratkab.go.id']);
      const token = /\/password-reset\/([\w-]{40,})/.exec(mail.text)?.[1];
      expect((await anonymous.post<ErrorResponse>('/api/auth/password-reset/confirm', { token, password: 'weak' })).body.code).toBe(
        'PASSWORD_TOO_WEAK',
      );
      expect((await anonymous.post('/api/auth/password-reset/confirm', { token, password: 'Pesibar-Baru-2027' })).status).toBe(204);
      const reused = await anonymous.post<ErrorResponse>('/api/auth/password-reset/confirm', { token, password: 'Pesibar-Lagi-2028' });
      expect([reused.status, reused.body.code]).toEqual([400, 'RESET_TOKEN_INVALID']);
      await login(env.api.url, 'kominfo@pesisirbaratkab.go.id', 'Pesibar-Baru-2027');
      expect(session).toBeTruthy();
      expect(sink.messages.some((m) => m.to.includes('nobody@nowhere.id'))).toBe(false);
    } finally {
      await worker.close();
    }
  });

  it('commits the change while Redis is down and sends the mail once Redis is back', async () => {
    const noRedis = testConfig(env.database.url, { REDIS_URL: 'redis://127.0.0.1:1', SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
    const api = await startApi(noRedis);
    const stranded = await startMailWorker(noRedis);
    try {
      const token = await login(api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
      const created = await client(api.url, token).post('/api/platform/tenants', {
        regionCode: '18.04',
        adminEmail: 'kominfo@lampungbaratkab.go.id',
        adminName: 'Ansori',
      });
      expect(created.status).toBe(201);
      expect(await stranded.get(OutboxRelay).relayOnce()).toBe(0);
      expect((await outboxOf('kominfo@lampungbaratkab.go.id'))[0]?.status).toBe('pending');
    } finally {
      await stranded.close();
      await api.close();
    }
    const worker = await startMailWorker(env.config);
    try {
      const mail = await sink.waitFor((m) => m.to.includes('kominfo@lampungbaratkab.go.id'));
      expect(mail.subject).toContain('Kabupaten Lampung Barat');
    } finally {
      await worker.close();
    }
  });

  it('retries a failing SMTP server with backoff and ends in a visible failed state', async () => {
    const broken = await startMailSink({ reject: () => true });
    const config = testConfig(env.database.url, {
      REDIS_PREFIX: env.config.redisPrefix,
      SMTP_URL: broken.smtpUrl,
      MAIL_ATTEMPTS: '3',
      MAIL_RETRY_DELAY_MS: '50',
      OUTBOX_POLL_MS: '50',
    });
    const worker = await startMailWorker(config);
    try {
      await admin.post('/api/platform/tenants', { regionCode: '16.02', adminEmail: 'kominfo@okikab.go.id', adminName: 'Admin OKI' });
      const deadline = Date.now() + 20_000;
      let row = (await outboxOf('kominfo@okikab.go.id'))[0];
      while (row?.status !== 'failed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        row = (await outboxOf('kominfo@okikab.go.id'))[0];
      }
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect(row?.last_error).toMatch(/451|mailbox unavailable/);
    } finally {
      await worker.close();
      await broken.stop();
    }
  });

  it('refuses a job whose tenant does not match its outbox message', async () => {
    // A processor whose relay stays idle: only the forged job reaches it.
    const processor = await startMailWorker(testConfig(env.database.url, { ...sharedQueue(), SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '60000' }));
    try {
      await admin.post('/api/platform/tenants', { regionCode: '16.12', adminEmail: 'kominfo@palikab.go.id', adminName: 'Admin PALI' });
      const [message] = await dataSource.query(`select id::text as id from platform.outbox where payload->>'to' = 'kominfo@palikab.go.id'`);
      const [other] = await dataSource.query(`select id from platform.tenants where slug = 'pesisir-barat'`);
      const queue = processor.get<Queue>(getQueueToken(QUEUES.mail));
      const job = await queue.add(JOBS.sendMail, { outboxId: message.id, tenantId: other.id }, { attempts: 3 });
      const finished = await job.finished().then(
        () => 'completed',
        (error: Error) => error.message,
      );
      expect(finished).toMatch(/does not match/);
      expect((await job.getState())).toBe('failed');
      const [row] = await outboxOf('kominfo@palikab.go.id');
      expect(row?.status).toBe('pending');
      expect(sink.messages.some((m) => m.to.includes('kominfo@palikab.go.id'))).toBe(false);
    } finally {
      await processor.close();
    }
  });

  it('shares the queue fairly: round-robin across tenants, at most the cap of one tenant in flight', async () => {
    await dataSource.query(`delete from platform.outbox where status <> 'sent'`);
    const tenants: { id: string }[] = await dataSource.query(`select id from platform.tenants order by region_code limit 2`);
    const [busy, quiet] = tenants;
    for (let i = 0; i < 20; i++) {
      await dataSource.query(
        `insert into platform.outbox (tenant_id, kind, payload) values ($1, 'mail', $2)`,
        [busy!.id, { template: 'tenant-invitation', to: `bulk${i}@example.id`, language: 'id', data: {} }],
      );
    }
    for (let i = 0; i < 2; i++) {
      await dataSource.query(`insert into platform.outbox (tenant_id, kind, payload) values ($1, 'mail', $2)`, [
        quiet!.id,
        { template: 'tenant-invitation', to: `quiet${i}@example.id`, language: 'id', data: {} },
      ]);
    }
    const relayOnly = await startMailWorker(
      testConfig(env.database.url, { REDIS_PREFIX: `${env.config.redisPrefix}-fair`, OUTBOX_TENANT_INFLIGHT_CAP: '5', OUTBOX_POLL_MS: '60000' }),
      { relayOnly: true },
    );
    try {
      expect(await relayOnly.get(OutboxRelay).relayOnce()).toBe(7);
      const queued: { tenant_id: string; n: number }[] = await dataSource.query(
        `select tenant_id, count(*)::int as n from platform.outbox where status = 'queued' group by tenant_id`,
      );
      expect(Object.fromEntries(queued.map((r) => [r.tenant_id, r.n]))).toEqual({ [busy!.id]: 5, [quiet!.id]: 2 });
      expect(await relayOnly.get(OutboxRelay).relayOnce()).toBe(0); // the busy tenant is at its cap
      const queue = relayOnly.get<Queue>(getQueueToken(QUEUES.mail));
      const waiting = await queue.getWaiting();
      const order = waiting
        .sort((a, b) => Number(a.data.outboxId) - Number(b.data.outboxId))
        .map((job) => (job.data.tenantId === quiet!.id ? 'quiet' : 'busy'));
      expect(order.filter((t) => t === 'quiet')).toHaveLength(2);
      await queue.empty();
    } finally {
      await relayOnly.close();
    }
  });
});
