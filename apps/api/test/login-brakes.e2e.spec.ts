import { ErrorResponse } from '@sinergi/contracts';
import { testConfig } from '@sinergi/server/core/testing';
import { ApiInstance, ApiTestEnvironment, client, PLATFORM_ADMIN, startApi, startApiTestEnvironment } from './support/api-harness';

describe('Brakes on guessing passwords', () => {
  let env: ApiTestEnvironment;

  beforeAll(async () => {
    env = await startApiTestEnvironment('brakes', { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '60', LOGIN_RATE_PER_ACCOUNT: '1000' });
  });
  afterAll(() => env.teardown());

  it('locks an address after repeated failures, answering the same whether an account has it or not', async () => {
    const anonymous = client(env.api.url);
    const attempt = (email: string, password: string) => anonymous.post<ErrorResponse>('/api/auth/login', { email, password });
    for (let i = 0; i < 3; i++) {
      expect((await attempt(PLATFORM_ADMIN.email, 'wrong-password')).body.code).toBe('INVALID_CREDENTIALS');
      expect((await attempt('nobody@nowhere.id', 'wrong-password')).body.code).toBe('INVALID_CREDENTIALS');
    }
    const lockedReal = await attempt(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const lockedNobody = await attempt('nobody@nowhere.id', 'whatever-1234');
    expect(lockedReal).toEqual(lockedNobody);
    expect([lockedReal.status, lockedReal.body.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    // Other people are not affected.
    expect((await attempt('someone-else@nowhere.id', 'x')).body.code).toBe('INVALID_CREDENTIALS');
  });

  it('limits attempts per IP address and per account', async () => {
    let api: ApiInstance | null = null;
    try {
      api = await startApi(
        testConfig(env.database.url, { LOGIN_RATE_PER_IP: '5', LOGIN_RATE_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES: '100' }),
      );
      const anonymous = client(api.url);
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await anonymous.post<ErrorResponse>('/api/auth/login', { email: 'target@nowhere.id', password: 'x' })).body.code);
      }
      expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED']);
      const fromIp = await anonymous.post<ErrorResponse>('/api/auth/login', { email: 'other@nowhere.id', password: 'x' });
      const alsoFromIp = await anonymous.post<ErrorResponse>('/api/auth/login', { email: 'third@nowhere.id', password: 'x' });
      expect([fromIp.body.code, alsoFromIp.status]).toEqual(['INVALID_CREDENTIALS', 429]);
    } finally {
      await api?.close();
    }
  });
});
