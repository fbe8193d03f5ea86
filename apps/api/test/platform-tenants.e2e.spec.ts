import { CreateTenantResponse, ErrorResponse, Page, Region, Tenant } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, seedDemoTenants } from '@sinergi/server/demo';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApiTestEnvironment } from './support/api-harness';
import { TENANT_MIGRATIONS } from '@sinergi/migrations';

describe('Platform: onboarding and managing tenants', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;

  beforeAll(async () => {
    env = await startApiTestEnvironment('platform');
    admin = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
  });
  afterAll(() => env.teardown());

  it('lists the 552 regions of the Kemendagri catalogue, searchable and filtered by level', async () => {
    const all = await admin.get<Page<Region>>('/api/platform/regions?pageSize=200');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(552);
    expect(all.body.items).toHaveLength(200);
    const kota = await admin.get<Page<Region>>('/api/platform/regions?level=kota&pageSize=1');
    expect(kota.body.total).toBe(98);
    const provinces = await admin.get<Page<Region>>('/api/platform/regions?level=provinsi');
    expect(provinces.body.total).toBe(38);
    const search = await admin.get<Page<Region>>('/api/platform/regions?q=Pesisir%20Barat');
    expect(search.body.items).toEqual([
      {
        code: '18.13',
        level: 'kabupaten',
        name: 'Kabupaten Pesisir Barat',
        provinceCode: '18',
        provinceName: 'Lampung',
        population: 177430,
        tenant: null,
      },
    ]);
  });

  it('onboards a region from its Kemendagri code with a slug derived from the name', async () => {
    const created = await admin.post<CreateTenantResponse>('/api/platform/tenants', {
      regionCode: '64.72',
      adminEmail: 'kominfo@samarindakota.go.id',
      adminName: 'Kabid IKP Diskominfo Samarinda',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'kota-samarinda',
      regionCode: '64.72',
      name: 'Kota Samarinda',
      level: 'kota',
      status: 'active',
      schemaVersion: TENANT_MIGRATIONS.length,
    });
    expect(created.body.adminInvitation?.email).toBe('kominfo@samarindakota.go.id');
    expect(JSON.stringify(created.body)).not.toMatch(/invitations\//);
    const region = await admin.get<Page<Region>>('/api/platform/regions?q=64.72');
    expect(region.body.items[0]?.tenant).toBe('kota-samarinda');
  });

  it('accepts an explicit slug and a template tenant', async () => {
    const created = await admin.post<Tenant>('/api/platform/tenants', {
      regionCode: '18.13',
      slug: 'pesibar',
      adminEmail: 'kominfo@pesisirbaratkab.go.id',
      adminName: 'Kasi Pengelolaan Media',
      template: { fromTenant: 'kota-samarinda' },
    });
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe('pesibar');
  });

  it.each([
    ['an unknown region code', { regionCode: '18.99' }, 400, 'REGION_NOT_FOUND'],
    ['a malformed region code', { regionCode: '18-13' }, 400, 'REGION_CODE_MALFORMED'],
    ['an already onboarded region', { regionCode: '64.72' }, 409, 'TENANT_EXISTS'],
    ['a slug that is taken', { regionCode: '18.04', slug: 'kota-samarinda' }, 409, 'TENANT_EXISTS'],
    ['a slug that is not URL-safe', { regionCode: '18.04', slug: 'Lampung Barat!' }, 400, 'SLUG_INVALID'],
    ['a slug with a double hyphen', { regionCode: '18.04', slug: 'lampung--barat' }, 400, 'SLUG_INVALID'],
    ['an unknown template tenant', { regionCode: '18.04', template: { fromTenant: 'nowhere' } }, 400, 'TEMPLATE_TENANT_NOT_FOUND'],
    ['a malformed admin e-mail', { regionCode: '18.04', adminEmail: 'not-an-email' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { regionCode: '18.04', color: 'red' }, 400, 'VALIDATION_FAILED'],
    ['a region code of the wrong type', { regionCode: 1813 }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_, overrides, status, code) => {
    const response = await admin.post<ErrorResponse>('/api/platform/tenants', {
      adminEmail: 'admin@lampungbaratkab.go.id',
      adminName: 'Admin Lampung Barat',
      ...overrides,
    });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, code });
    expect(typeof response.body.message).toBe('string');
    expect(Array.isArray(response.body.details)).toBe(true);
  });

  it('answers in Bahasa Indonesia when asked', async () => {
    const indonesian = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password), 'id');
    const response = await indonesian.post<ErrorResponse>('/api/platform/tenants', {
      regionCode: '18.99',
      adminEmail: 'a@b.id',
      adminName: 'A B',
    });
    expect(response.body.message).toBe('Tidak ada daerah dengan kode Kemendagri ini.');
  });

  it('lists, filters and shows tenants with status and schema version', async () => {
    const list = await admin.get<Page<Tenant>>('/api/platform/tenants?q=samarinda');
    expect(list.status).toBe(200);
    expect(list.body.items.map((t) => t.slug)).toEqual(['kota-samarinda']);
    const one = await admin.get<Tenant>('/api/platform/tenants/kota-samarinda');
    expect(one.body).toMatchObject({ slug: 'kota-samarinda', status: 'active', schemaVersion: TENANT_MIGRATIONS.length });
    expect((await admin.get('/api/platform/tenants/nowhere')).status).toBe(404);
    expect((await admin.get('/api/platform/tenants?status=frozen')).status).toBe(400);
    expect((await admin.get('/api/platform/tenants?page=0')).status).toBe(400);
  });

  it('sorts regions and tenants by a whitelisted column in both directions, with a stable tie-breaker', async () => {
    const regions = async (query: string) => (await admin.get<Page<Region>>(`/api/platform/regions?level=provinsi&pageSize=200${query}`)).body.items;
    const byCode = (await regions('')).map((r) => r.code);
    expect(byCode).toEqual([...byCode].sort());
    expect((await regions('&sort=-code')).map((r) => r.code)).toEqual([...byCode].reverse());
    const byPopulation = await regions('&sort=-population');
    expect(byPopulation[0]!.name).toBe('Jawa Barat');
    expect(byPopulation.map((r) => r.population)).toEqual([...byPopulation.map((r) => r.population)].sort((a, b) => b - a));
    const byName = (await regions('&sort=name')).map((r) => r.name);
    expect(byName).toEqual([...byName].sort());
    // Equal provinces: the Kemendagri code decides, so pages neither repeat nor skip a region.
    const lampung = await admin.get<Page<Region>>('/api/platform/regions?provinceCode=18&sort=-province&pageSize=200');
    expect(lampung.body.items.map((r) => r.code)).toEqual(lampung.body.items.map((r) => r.code).sort());
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) {
      paged.push(...(await admin.get<Page<Region>>(`/api/platform/regions?provinceCode=18&sort=province&pageSize=6&page=${page}`)).body.items.map((r) => r.code));
    }
    expect(paged).toEqual(lampung.body.items.map((r) => r.code));

    const tenants = async (query: string) => (await admin.get<Page<Tenant>>(`/api/platform/tenants?pageSize=200${query}`)).body.items;
    expect((await tenants('')).length).toBeGreaterThanOrEqual(2);
    const slugs = (await tenants('&sort=slug')).map((t) => t.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect((await tenants('&sort=-slug')).map((t) => t.slug)).toEqual([...slugs].reverse());
    const newest = await tenants('&sort=-createdAt');
    expect(newest.map((t) => t.createdAt)).toEqual(newest.map((t) => t.createdAt).sort().reverse());
    const codes = (await tenants('')).map((t) => t.regionCode);
    expect(codes).toEqual([...codes].sort());

    for (const url of ['/api/platform/regions?sort=tenant.slug', '/api/platform/tenants?sort=db_role', '/api/platform/tenants?sort=name%20desc']) {
      const bad = await admin.get<ErrorResponse>(url);
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('suspends, resumes and archives a tenant; its routes answer 403 TENANT_SUSPENDED meanwhile', async () => {
    const token = await login(env.api.url, 'kominfo@samarindakota.go.id', 'unused').catch(() => null);
    expect(token).toBeNull(); // invited, no password yet

    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === 'kota-pekanbaru'));
    const staff = client(env.api.url, await login(env.api.url, 'admin@kota-pekanbaru.demo.sinergi.id', DEMO_PASSWORD));
    expect((await staff.get('/api/t/kota-pekanbaru/profile')).status).toBe(200);

    const suspended = await admin.patch<Tenant>('/api/platform/tenants/kota-pekanbaru', { status: 'suspended' });
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    const refused = await staff.get<ErrorResponse>('/api/t/kota-pekanbaru/profile');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('TENANT_SUSPENDED');
    // To everyone, before authentication.
    expect((await client(env.api.url).get<ErrorResponse>('/api/t/kota-pekanbaru/profile')).body.code).toBe('TENANT_SUSPENDED');

    const again = await admin.patch<ErrorResponse>('/api/platform/tenants/kota-pekanbaru', { status: 'suspended' });
    expect(again.status).toBe(409);

    expect((await admin.patch('/api/platform/tenants/kota-pekanbaru', { status: 'active' })).status).toBe(200);
    expect((await staff.get('/api/t/kota-pekanbaru/profile')).status).toBe(200);

    expect((await admin.patch('/api/platform/tenants/kota-pekanbaru', { status: 'archived' })).status).toBe(200);
    expect((await staff.get<ErrorResponse>('/api/t/kota-pekanbaru/profile')).body.code).toBe('TENANT_SUSPENDED');
    expect((await admin.patch('/api/platform/tenants/kota-pekanbaru', { status: 'deleted' })).status).toBe(400);
    expect((await admin.patch('/api/platform/tenants/nowhere', { status: 'active' })).status).toBe(404);
  });

  it('answers 404 TENANT_NOT_FOUND for an unknown tenant slug, even to anonymous callers', async () => {
    for (const slug of ['nowhere', 'Not-A-Slug', 'x']) {
      const response = await client(env.api.url).get<ErrorResponse>(`/api/t/${slug}/profile`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('TENANT_NOT_FOUND');
    }
  });

  it('keeps platform routes for platform admins (403 for tenant staff, 401 for anonymous)', async () => {
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === 'sorong'));
    const staff = client(env.api.url, await login(env.api.url, 'admin@sorong.demo.sinergi.id', DEMO_PASSWORD));
    const anonymous = client(env.api.url);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/platform/regions'],
      ['GET', '/api/platform/tenants'],
      ['GET', '/api/platform/tenants/sorong'],
      ['POST', '/api/platform/tenants', { regionCode: '96.05', adminEmail: 'a@b.id', adminName: 'A B' }],
      ['PATCH', '/api/platform/tenants/sorong', { status: 'suspended' }],
      ['GET', '/api/platform/migrations'],
    ];
    for (const [method, path, body] of routes) {
      const forbidden = await staff.raw<ErrorResponse>(method, path, body);
      expect([method, path, forbidden.status, forbidden.body.code]).toEqual([method, path, 403, 'PLATFORM_ADMIN_REQUIRED']);
      expect((await anonymous.raw(method, path, body)).status).toBe(401);
    }
    expect((await admin.get<Tenant>('/api/platform/tenants/sorong')).body.status).toBe('active');
  });

  it('gives platform admins no access to tenant data by virtue of their role', async () => {
    const response = await admin.get<ErrorResponse>('/api/t/sorong/profile');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('NOT_A_MEMBER');
  });
});
