import { ErrorResponse, LoginResponse, MediaMe } from '@sinergi/contracts';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
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

  it('answers NOT_MEDIA to an account without a press company', async () => {
    const login = await client(env.api.url).post<LoginResponse>('/api/auth/login', {
      email: 'admin@sinergi.test',
      password: 'Platform-Admin-Test-1!',
    });
    const me = await client(env.api.url, login.body.accessToken).get<ErrorResponse>('/api/media/me');
    expect([me.status, me.body.code]).toEqual([403, 'NOT_MEDIA']);
  });
});
