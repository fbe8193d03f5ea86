import { ErrorResponse, HealthResponse, LoginResponse } from '@sinergi/contracts';
import { testConfig } from '@sinergi/server/core/testing';
import { ApiTestEnvironment, client, PLATFORM_ADMIN, startApi, startApiTestEnvironment } from './support/api-harness';

describe('HTTP basics: health, errors, sessions, OpenAPI', () => {
  let env: ApiTestEnvironment;

  beforeAll(async () => {
    env = await startApiTestEnvironment('http');
  });
  afterAll(() => env.teardown());

  it('reports health of the database and Redis', async () => {
    const response = await client(env.api.url).get<HealthResponse>('/api/health');
    expect(response).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'up', redis: 'up' } } });
  });

  it('answers 503 with the failing dependency marked down', async () => {
    const noRedis = await startApi(testConfig(env.database.url, { REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      const response = await client(noRedis.url).get<HealthResponse>('/api/health');
      expect(response).toEqual({ status: 503, body: { status: 'error', checks: { database: 'up', redis: 'down' } } });
    } finally {
      await noRedis.close();
    }
  });

  it('answers malformed JSON, oversized bodies and unknown routes in the one error shape', async () => {
    const anonymous = client(env.api.url);
    const malformed = await anonymous.raw<ErrorResponse>('POST', '/api/auth/login', '{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const huge = await anonymous.raw<ErrorResponse>('POST', '/api/auth/login', JSON.stringify({ email: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await anonymous.get<ErrorResponse>('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'There is no such route.', details: [] });
    const notArray = await anonymous.raw<ErrorResponse>('POST', '/api/auth/login', '[1,2]');
    expect(notArray.status).toBe(400);
  });

  it('answers bad credentials the same whether the e-mail exists or not', async () => {
    const anonymous = client(env.api.url);
    const wrongPassword = await anonymous.post<ErrorResponse>('/api/auth/login', { email: PLATFORM_ADMIN.email, password: 'nope' });
    const unknownUser = await anonymous.post<ErrorResponse>('/api/auth/login', { email: 'nobody@example.id', password: 'nope' });
    expect(wrongPassword).toEqual(unknownUser);
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('logs in a platform admin, rotates the refresh token, refuses a replay and logs out', async () => {
    const anonymous = client(env.api.url);
    const session = await anonymous.post<LoginResponse>('/api/auth/login', PLATFORM_ADMIN);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: PLATFORM_ADMIN.email, platformRoles: ['platform-admin'] });
    expect(session.body.memberships).toEqual([]);
    const rotated = await anonymous.post<{ accessToken: string; refreshToken: string }>('/api/auth/refresh', {
      refreshToken: session.body.refreshToken,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(session.body.refreshToken);
    // Replaying the spent token revokes the family: the rotated token dies too.
    expect((await anonymous.post('/api/auth/refresh', { refreshToken: session.body.refreshToken })).status).toBe(401);
    expect((await anonymous.post('/api/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);

    const again = await anonymous.post<LoginResponse>('/api/auth/login', PLATFORM_ADMIN);
    const authed = client(env.api.url, again.body.accessToken);
    expect((await authed.post('/api/auth/logout')).status).toBe(204);
    expect((await anonymous.post('/api/auth/refresh', { refreshToken: again.body.refreshToken })).status).toBe(401);
  });

  it('refuses tokens that are not our access tokens', async () => {
    const session = await client(env.api.url).post<LoginResponse>('/api/auth/login', PLATFORM_ADMIN);
    const [header, payload] = session.body.accessToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const token of [session.body.refreshToken, forged, 'garbage', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`]) {
      const response = await client(env.api.url, token).get<ErrorResponse>('/api/platform/tenants');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('documents the fixed routes in the OpenAPI document', async () => {
    const doc = await client(env.api.url).get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        '/api/platform/regions',
        '/api/platform/tenants',
        '/api/platform/tenants/{slug}',
        '/api/t/{tenant}/profile',
      ]),
    );
  });
});
