import { Application, MediaMe, PartnershipConfiguration } from '@sinergi/contracts';
import { DEMO_MEDIA, DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoPartnerships, seedDemoTenants } from '@sinergi/server/demo';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

describe('Demo data of the partnership cycle (npm start)', () => {
  let env: ApiTestEnvironment;
  const tenants = DEMO_TENANTS.filter((t) => ['pesisir-barat', 'kota-samarinda', 'ogan-komering-ilir'].includes(t.slug));

  beforeAll(async () => {
    env = await startApiTestEnvironment('demo-partnerships');
    await seedDemoTenants(env.api.app, tenants);
  });
  afterAll(() => env.teardown());

  it('gives each demo region its rules for the year and a press company that has applied, once', async () => {
    await seedDemoPartnerships(env.api.app, tenants);
    await seedDemoPartnerships(env.api.app, tenants);
    const year = new Date().getUTCFullYear();
    const samarinda = client(env.api.url, await login(env.api.url, demoAdminEmail('kota-samarinda'), DEMO_PASSWORD));
    const versions = await samarinda.get<PartnershipConfiguration[]>(`/api/t/kota-samarinda/configurations/${year}/versions`);
    expect(versions.body).toHaveLength(1);
    expect(versions.body[0]!.factualVisit).toBe(true);
    const oki = client(env.api.url, await login(env.api.url, demoAdminEmail('ogan-komering-ilir'), DEMO_PASSWORD));
    expect((await oki.get<PartnershipConfiguration>(`/api/t/ogan-komering-ilir/configurations/${year}`)).body.legalBasis).toBe(
      'Perbup Kabupaten Ogan Komering Ilir Nomor 54 Tahun 2018',
    );

    const media = client(env.api.url, await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD));
    const me = (await media.get<MediaMe>('/api/media/me')).body;
    const company = me.companies[0]!;
    expect(company.documents.length).toBeGreaterThanOrEqual(13);
    expect(company.partnerships.map((p) => p.tenant.slug)).toEqual(['pesisir-barat']);
    const applications = await media.get<Application[]>(`/api/t/pesisir-barat/media/${company.id}/applications`);
    expect(applications.body.map((a) => a.status)).toEqual(['submitted']);
  });
});
