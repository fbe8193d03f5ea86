import { createMongoAbility, subject } from '@casl/ability';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponse, LoginResponse, MediaAbilityRule, MediaMe } from '@sinergi/contracts';
import { ForMediaCompany } from '@sinergi/server/core';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { ApiModule } from '../src/api.module';
import { configureApi, fastifyOptions } from '../src/configure-api';
import { ApiTestEnvironment, client, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

const REGISTRATION = {
  email: 'redaksi@faktapers.id',
  password: 'Faktapers-2026',
  name: 'Pemimpin Redaksi Faktapers',
  company: { legalName: 'PT Faktapers Media Lampung', legalForm: 'PT' },
};

describe('Media sign-up', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;

  beforeAll(async () => {
    sink = await startMailSink();
    env = await startApiTestEnvironment('media', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
  });
  afterAll(async () => {
    await env.teardown();
    await sink.stop();
  });

  it('registers a press company and its owner, who confirms the address by mail and sees the company after one login', async () => {
    const anonymous = client(env.api.url);
    const registered = await anonymous.post<MediaMe>('/api/media/register', REGISTRATION);
    expect(registered.status).toBe(201);
    expect(registered.body.companies).toEqual([
      expect.objectContaining({ legalName: 'PT Faktapers Media Lampung', legalForm: 'PT', roles: ['owner'] }),
    ]);
    expect(registered.body.user.emailConfirmed).toBe(false);

    const worker = await startMailWorker(env.config);
    try {
      const mail = await sink.waitFor((m) => m.to.includes('redaksi@faktapers.id'));
      expect(mail.subject).toBe('Konfirmasi e-mail Anda di Sinergi');
      const token = /\/confirm-email\/([\w-]{40,})/.exec(mail.text)?.[1];
      expect((await anonymous.post('/api/media/confirm-email', { token })).status).toBe(204);
      expect((await anonymous.post<ErrorResponse>('/api/media/confirm-email', { token })).body.code).toBe('CONFIRMATION_INVALID');
    } finally {
      await worker.close();
    }

    const session = await anonymous.post<LoginResponse>('/api/auth/login', { email: REGISTRATION.email, password: REGISTRATION.password });
    expect(session.body.memberships).toEqual([{ kind: 'media', mediaCompanyId: registered.body.companies[0]!.id, roles: ['owner'] }]);
    const me = await client(env.api.url, session.body.accessToken).get<MediaMe>('/api/media/me');
    expect(me.body.user.emailConfirmed).toBe(true);
  });

  it('refuses bad registrations with clear errors', async () => {
    const anonymous = client(env.api.url);
    expect((await anonymous.post<ErrorResponse>('/api/media/register', REGISTRATION)).body.code).toBe('ACCOUNT_EXISTS');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...REGISTRATION, email: 'baru@pers.id', password: 'short' }, 'PASSWORD_TOO_WEAK'],
      [{ ...REGISTRATION, email: 'baru@pers.id', company: { legalName: 'CV Abal', legalForm: 'firma' } }, 'VALIDATION_FAILED'],
      [{ ...REGISTRATION, email: 'not-mail' }, 'VALIDATION_FAILED'],
      [{ ...REGISTRATION, email: 'baru@pers.id', company: undefined }, 'VALIDATION_FAILED'],
      [{ ...REGISTRATION, email: 'baru@pers.id', admin: true }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) expect((await anonymous.post<ErrorResponse>('/api/media/register', body)).body.code).toBe(code);
  });

  it('lets owners invite colleagues (owner, editor), and keeps each company to its own people', async () => {
    const owner = client(env.api.url, await login(REGISTRATION.email, REGISTRATION.password));
    const companyId = (await owner.get<MediaMe>('/api/media/me')).body.companies[0]!.id;
    const invited = await owner.post<{ userId: string; invited: boolean }>(`/api/media/companies/${companyId}/members`, {
      email: 'wartawan@faktapers.id',
      name: 'Wartawan Faktapers',
      role: 'editor',
    });
    expect([invited.status, invited.body.invited]).toEqual([201, true]);
    expect((await owner.post<ErrorResponse>(`/api/media/companies/${companyId}/members`, { email: 'wartawan@faktapers.id', name: 'Wartawan', role: 'editor' })).body.code).toBe(
      'ALREADY_A_MEMBER',
    );
    expect((await owner.post<ErrorResponse>(`/api/media/companies/${companyId}/members`, { email: 'x@y.id', name: 'X Y', role: 'boss' })).body.code).toBe(
      'VALIDATION_FAILED',
    );

    const worker = await startMailWorker(env.config);
    let editorToken = '';
    try {
      const mail = await sink.waitFor((m) => m.to.includes('wartawan@faktapers.id'));
      expect(mail.text).toContain('PT Faktapers Media Lampung');
      expect(mail.text).toContain('sebagai Editor');
      const token = /\/invitations\/([\w-]{40,})/.exec(mail.text)?.[1];
      const accepted = await client(env.api.url).post<LoginResponse>('/api/auth/invitations/accept', { token, password: 'Wartawan-2026' });
      expect(accepted.body.memberships).toEqual([{ kind: 'media', mediaCompanyId: companyId, roles: ['editor'] }]);
      editorToken = accepted.body.accessToken;
    } finally {
      await worker.close();
    }
    const editor = client(env.api.url, editorToken);
    // Each company comes with the caller's CASL rules in it: the portal hides the invitation from editors.
    const mayInvite = (rules: MediaAbilityRule[], company: string) => createMongoAbility(rules).can('create', subject('MediaMember', { companyId: company }));
    const ownerRules = (await owner.get<MediaMe>('/api/media/me')).body.companies[0]!.abilities;
    const editorRules = (await editor.get<MediaMe>('/api/media/me')).body.companies[0]!.abilities;
    expect([mayInvite(ownerRules, companyId), mayInvite(editorRules, companyId)]).toEqual([true, false]);
    expect((await editor.get<MediaMe['companies'][0]>(`/api/media/companies/${companyId}`)).body.abilities).toEqual(editorRules);
    expect(editorRules).toContainEqual({ action: ['read', 'create', 'update', 'delete'], subject: 'Outlet', conditions: { companyId } });
    expect((await editor.get<{ email: string }[]>(`/api/media/companies/${companyId}/members`)).body.map((m) => m.email).sort()).toEqual([
      'redaksi@faktapers.id',
      'wartawan@faktapers.id',
    ]);
    expect((await editor.post<ErrorResponse>(`/api/media/companies/${companyId}/members`, { email: 'z@y.id', name: 'Zaki', role: 'editor' })).body.code).toBe(
      'FORBIDDEN',
    );

    // Another company sees nothing of this one.
    await client(env.api.url).post('/api/media/register', {
      ...REGISTRATION,
      email: 'redaksi@lain.id',
      company: { legalName: 'PT Media Lain', legalForm: 'PT' },
    });
    const other = client(env.api.url, await login('redaksi@lain.id', REGISTRATION.password));
    const peek = await other.get<ErrorResponse>(`/api/media/companies/${companyId}/members`);
    expect(peek.status).toBe(404);
    expect((await other.post(`/api/media/companies/${companyId}/members`, { email: 'a@b.id', name: 'A B', role: 'owner' })).status).toBe(404);
  });

  it('closes a press company route that declares no permission, even to its owner', async () => {
    @ForMediaCompany()
    @Controller('media/companies/:companyId/forgotten')
    class ForgottenController {
      @Get()
      leak(): { secret: string } {
        return { secret: 'company data' };
      }
    }
    @Module({ imports: [ApiModule.forRoot(env.config)], controllers: [ForgottenController] })
    class WithForgottenRoute {}
    const app = await NestFactory.create<NestFastifyApplication>(WithForgottenRoute, new FastifyAdapter(fastifyOptions()), { logger: ['error'] });
    await configureApi(app, env.config);
    await app.listen(0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const session = await client(url).post<LoginResponse>('/api/auth/login', { email: REGISTRATION.email, password: REGISTRATION.password });
      const companyId = (session.body.memberships[0] as { mediaCompanyId: string }).mediaCompanyId;
      const response = await client(url, session.body.accessToken).get<ErrorResponse>(`/api/media/companies/${companyId}/forgotten`);
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    } finally {
      await app.close();
    }
  });

  async function login(email: string, password: string): Promise<string> {
    return (await client(env.api.url).post<LoginResponse>('/api/auth/login', { email, password })).body.accessToken;
  }

  it('answers NOT_MEDIA to an account without a press company', async () => {
    const login = await client(env.api.url).post<LoginResponse>('/api/auth/login', {
      email: 'admin@sinergi.test',
      password: 'Platform-Admin-Test-1!',
    });
    const me = await client(env.api.url, login.body.accessToken).get<ErrorResponse>('/api/media/me');
    expect([me.status, me.body.code]).toEqual([403, 'NOT_MEDIA']);
  });
});
