import { TenantMember } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApiTestEnvironment } from './support/api-harness';

/** A small deterministic PRNG (mulberry32): a failing body can be reproduced from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['email', 'password', 'name', 'roles', 'company', 'legalName', 'legalForm', 'token', 'refreshToken', 'regionCode', 'slug', 'adminEmail', 'adminName', 'template', 'status', 'phone', 'owningUnit', '__proto__', 'constructor'];
const STRINGS = ['', ' ', 'a@b', 'admin@sinergi.test', '18.13', 'x'.repeat(5000), '\u0000', '😀🇮🇩', "' or 1=1 --", '{"$ne":null}', '../../etc/passwd', 'verifier', 'admin', 'NaN', '-1'];

function value(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 6 : 9));
  switch (pick) {
    case 0: return null;
    case 1: return next() < 0.5;
    case 2: return [0, -1, 1e308, -0, 2 ** 53 + 1, 3.14][Math.floor(next() * 6)];
    case 3:
    case 4: return STRINGS[Math.floor(next() * STRINGS.length)];
    case 5: return Math.random().toString(36);
    case 6: return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    default: return body(next, depth + 1);
  }
}

function body(next: () => number, depth = 0): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) result[FIELDS[Math.floor(next() * FIELDS.length)]!] = value(next, depth);
  return result;
}

const MALFORMED = ['{', '[1,2', 'null', '"text"', '12', '{"email": }', '\u0000\u0001', '{"a":'.repeat(200), 'true'];

describe('Fuzzing the auth, membership and platform routes', () => {
  let env: ApiTestEnvironment;

  beforeAll(async () => {
    env = await startApiTestEnvironment('fuzz', { LOGIN_RATE_PER_IP: '100000', LOGIN_RATE_PER_ACCOUNT: '100000', LOGIN_MAX_FAILURES: '100' });
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === 'sorong'));
  });
  afterAll(() => env.teardown());

  it('never answers a random or malformed body with a 5xx', async () => {
    const admin = client(env.api.url, await login(env.api.url, demoAdminEmail('sorong'), DEMO_PASSWORD));
    const platform = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    const member = await admin.post<TenantMember>('/api/t/sorong/members', { email: 'fuzz@sorong.go.id', name: 'Fuzz', roles: ['auditor'] });
    const anonymous = client(env.api.url);
    const targets: [ReturnType<typeof client>, string, string][] = [
      [anonymous, 'POST', '/api/auth/login'],
      [anonymous, 'POST', '/api/auth/refresh'],
      [anonymous, 'POST', '/api/auth/password-reset/request'],
      [anonymous, 'POST', '/api/auth/password-reset/confirm'],
      [anonymous, 'POST', '/api/auth/invitations/accept'],
      [anonymous, 'POST', '/api/media/register'],
      [admin, 'POST', '/api/t/sorong/members'],
      [admin, 'PATCH', `/api/t/sorong/members/${member.body.userId}`],
      [admin, 'PATCH', '/api/t/sorong/profile'],
      [platform, 'POST', '/api/platform/tenants'],
      [platform, 'PATCH', '/api/platform/tenants/sorong'],
    ];
    const failures: string[] = [];
    let sent = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      for (const [caller, method, path] of targets) {
        const payload = next() < 0.15 ? MALFORMED[Math.floor(next() * MALFORMED.length)]! : JSON.stringify(body(next));
        const response = await caller.raw(method, path, payload).catch((error: Error) => ({ status: 599, body: error.message }));
        sent++;
        if (response.status >= 500) failures.push(`seed ${seed} ${method} ${path} ${payload.slice(0, 120)} → ${response.status}`);
      }
    }
    expect(sent).toBe(3300);
    expect(failures).toEqual([]);
  }, 300_000);
});
