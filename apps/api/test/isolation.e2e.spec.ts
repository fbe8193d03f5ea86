import { getDataSourceToken } from '@nestjs/typeorm';
import { Application, ApplicationSummary, MediaMe, Page, TenantMember } from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { TenantRegistry } from '@sinergi/server/tenancy';
import type { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, PLATFORM_ADMIN, startApiTestEnvironment } from './support/api-harness';

/**
 * The isolation suite: every route of the OpenAPI document, called by every kind of caller against
 * a tenant that is not theirs, with that tenant's ids. Refusal, never data. A route added without
 * protection makes it fail: anonymous callers must get 401 everywhere but on the public list.
 */

/** The routes API.md lets anonymous callers use. */
const PUBLIC_ROUTES = [
  /^GET \/api\/health$/,
  /^POST \/api\/auth\/(login|refresh)$/,
  /^POST \/api\/auth\/password-reset\/(request|confirm)$/,
  /^(GET|POST) \/api\/auth\/invitations\/(\{token\}|accept)$/,
  /^POST \/api\/media\/(register|confirm-email)$/,
  /^GET \/api\/docs/,
  /^[A-Z]+ \/api\/public\//,
];

type Route = { method: string; path: string };

const OURS = DEMO_TENANTS.filter((t) => t.slug === 'ogan-komering-ilir')[0]!;
const THEIRS = DEMO_TENANTS.filter((t) => t.slug === 'penukal-abab-lematang-ilir')[0]!;

const PARTNER = { email: 'redaksi@mitrakedua.id', password: 'Mitra-Kedua-2026' };

/** A press company with the documents the permissive rules ask for, applied to each given tenant. */
async function partnerWithBoth(url: string, admins: Record<string, ReturnType<typeof client>>): Promise<string> {
  const anonymous = client(url);
  const registered = await anonymous.post<{ companies: { id: string }[] }>('/api/media/register', {
    ...PARTNER, name: 'Redaksi Mitra Kedua', company: { legalName: 'PT Mitra Kedua Pers', legalForm: 'PT' },
  });
  const companyId = registered.body.companies[0]!.id;
  const token = await login(url, PARTNER.email, PARTNER.password);
  const media = client(url, token);
  const outlet = await media.post<{ id: string }>(`/api/media/companies/${companyId}/outlets`, {
    name: 'mitrakedua.id', mediaType: 'online', url: 'https://mitrakedua.id', launchedOn: '2019-01-01', monthlyVisitors: 5000,
    circulation: null, broadcastLicenceNumber: null, socialPlatform: null, location: null, publishesMasthead: true,
  });
  const profile = await media.get<{ version: number }>(`/api/media/companies/${companyId}`);
  await media.patch(`/api/media/companies/${companyId}`, { version: profile.body.version, npwp: '01.234.567.8-301.000' });
  const nextYear = new Date(Date.now() + 300 * 86400_000).toISOString().slice(0, 10);
  for (const documentType of ['akta-pendirian', 'sk-kemenkumham', 'nib', 'npwp', 'spt', 'bank-account', 'ktp-penanggung-jawab']) {
    const form = new FormData();
    form.set('documentType', documentType);
    if (documentType === 'spt') form.set('expiresOn', nextYear);
    // The account number and the NIK: what only some staff roles may read.
    if (documentType === 'bank-account') form.set('number', '380 01 23456 7');
    if (documentType === 'ktp-penanggung-jawab') form.set('number', '1871012345670001');
    form.set('file', new Blob([new Uint8Array(Buffer.from(`%PDF-1.4\n% ${documentType}\n%%EOF\n`))], { type: 'application/pdf' }), `${documentType}.pdf`);
    await fetch(`${url}/api/media/companies/${companyId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  }
  const year = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
  const preset = (await Object.values(admins)[0]!.get<{ key: string; content: unknown }[]>(`/api/t/${Object.keys(admins)[0]}/configurations/starting`)).body.find((c) => c.key === 'permissive')!;
  for (const [slug, admin] of Object.entries(admins)) {
    await admin.raw('PUT', `/api/t/${slug}/configurations/${year}`, {
      legalBasis: 'Perbup tentang kemitraan media', owningUnit: 'Diskominfo', unitCode: 'DISKOMINFO',
      letterhead: { governmentName: 'PEMERINTAH', unitName: 'DISKOMINFO', address: null, phone: null, email: null, website: null },
      agreementSignatory: { name: 'Kepala Dinas', nip: null, position: 'Kepala Dinas' }, factualVisit: false, content: preset.content,
      calendar: { registrationOpens: `${year}-01-01`, registrationCloses: `${year}-12-31`, announcement: `${year}-12-31`, objectionOpens: `${year}-12-31`, objectionCloses: `${year}-12-31`, final: `${year}-12-31` },
    });
    const applied = await media.post(`/api/t/${slug}/media/${companyId}/applications`, { fiscalYear: year, outletIds: [outlet.body.id] });
    if (applied.status !== 201) throw new Error(`the partnering company could not apply to ${slug}: ${JSON.stringify(applied.body)}`);
  }
  return companyId;
}

describe('Isolation: every route, every kind of caller, the other tenant', () => {
  let env: ApiTestEnvironment;
  let routes: Route[];
  let theirIds: Record<string, string>;
  let partnerCompanyId: string;
  const callers: Record<string, ReturnType<typeof client>> = {};

  /** Staff of our tenant with these roles (set up directly: the invitation mail is tested elsewhere). */
  async function ourStaff(email: string, roles: string[]): Promise<string> {
    const app = env.api.app;
    const tenantId = (await app.get(TenantRegistry).resolve(OURS.slug))!.handle.id;
    const userId = await app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
      const user = await app.get(UserService).ensureUser(manager, email, `Staf ${roles.join(' ')}`);
      await app.get(UserService).setPassword(manager, user.id, DEMO_PASSWORD);
      await app.get(MembershipService).grantTenantRoles(manager, user.id, tenantId, roles);
      return user.id;
    });
    await app.get(MembershipService).announceChange(userId, tenantId);
    return login(env.api.url, email, DEMO_PASSWORD);
  }

  beforeAll(async () => {
    env = await startApiTestEnvironment('isolation');
    await seedDemoTenants(env.api.app, [OURS, THEIRS]);
    callers['anonymous'] = client(env.api.url);
    callers['our admin'] = client(env.api.url, await login(env.api.url, demoAdminEmail(OURS.slug), DEMO_PASSWORD));
    callers['platform admin'] = client(env.api.url, await login(env.api.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    await callers['anonymous'].post('/api/media/register', {
      email: 'redaksi@medianetral.id',
      password: 'Media-Netral-2026',
      name: 'Redaksi Media Netral',
      company: { legalName: 'PT Media Netral', legalForm: 'PT' },
    });
    callers['media'] = client(env.api.url, await login(env.api.url, 'redaksi@medianetral.id', 'Media-Netral-2026'));
    const theirCompany = await callers['anonymous'].post<{ companies: { id: string }[] }>('/api/media/register', {
      email: 'redaksi@mediapali.id',
      password: 'Media-Pali-2026',
      name: 'Redaksi Media PALI',
      company: { legalName: 'PT Media PALI', legalForm: 'PT' },
    });
    const theirAdmin = client(env.api.url, await login(env.api.url, demoAdminEmail(THEIRS.slug), DEMO_PASSWORD));
    const theirMember = await theirAdmin.post<TenantMember>(`/api/t/${THEIRS.slug}/members`, {
      email: 'verifikator@palikab.go.id',
      name: 'Verifikator PALI',
      roles: ['verifier'],
    });
    // Their press company has a dossier: a person, an outlet, a document (real ids to aim at).
    const theirCompanyId = theirCompany.body.companies[0]!.id;
    const theirMediaToken = await login(env.api.url, 'redaksi@mediapali.id', 'Media-Pali-2026');
    const theirMedia = client(env.api.url, theirMediaToken);
    callers['their media'] = theirMedia;
    const person = await theirMedia.post<{ id: string }>(`/api/media/companies/${theirCompanyId}/people`, {
      name: 'Pemred PALI', position: 'pemimpin-redaksi', ukwLevel: 'utama', ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: '16.12',
    });
    const outlet = await theirMedia.post<{ id: string }>(`/api/media/companies/${theirCompanyId}/outlets`, {
      name: 'mediapali.id', mediaType: 'online', url: 'https://mediapali.id', launchedOn: '2020-01-01', monthlyVisitors: 1000,
      circulation: null, broadcastLicenceNumber: null, socialPlatform: null, location: null, publishesMasthead: true,
    });
    const form = new FormData();
    form.set('documentType', 'nib');
    form.set('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n% NIB PALI\n%%EOF\n'))], { type: 'application/pdf' }), 'nib.pdf');
    const document = (await (
      await fetch(`${env.api.url}/api/media/companies/${theirCompanyId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${theirMediaToken}` }, body: form })
    ).json()) as { id: string; current: { id: string } };
    // One press company partnering with both tenants (it applied to each, under each one's rules).
    partnerCompanyId = await partnerWithBoth(env.api.url, { [OURS.slug]: callers['our admin']!, [THEIRS.slug]: theirAdmin });
    callers['partnering media'] = client(env.api.url, await login(env.api.url, PARTNER.email, PARTNER.password));
    theirIds = {
      personId: person.body.id,
      outletId: outlet.body.id,
      documentId: document.id,
      versionId: document.current.id,
      packId: '00000000-0000-4000-8000-000000000001',
      year: '2026',
      tenant: THEIRS.slug,
      slug: THEIRS.slug,
      userId: theirMember.body.userId,
      role: 'verifier',
      id: '00000000-0000-4000-8000-000000000000',
      companyId: theirCompany.body.companies[0]!.id,
      token: 'x'.repeat(43),
      kind: 'claim',
      fileId: '00000000-0000-4000-8000-000000000002',
      field: 'screenshot',
    };
    const doc = await callers['anonymous'].get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    routes = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => env.teardown());

  function concrete(route: Route, ids: Record<string, string> = theirIds): string {
    return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = ids[name];
      if (!value) throw new Error(`the isolation suite has no value for {${name}} in ${route.path}: add one`);
      return value;
    });
  }

  const isPublic = (route: Route) => PUBLIC_ROUTES.some((pattern) => pattern.test(`${route.method} ${route.path}`));

  it('finds the routes to check in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => r.path.startsWith('/api/t/')).length).toBeGreaterThan(5);
  });

  it('answers 401 to anonymous callers on every route that is not public', async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => !isPublic(r))) {
      const response = await callers['anonymous']!.raw(route.method, concrete(route), route.method === 'GET' ? undefined : {});
      if (response.status !== 401) leaks.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(leaks).toEqual([]);
  });

  it("refuses another tenant's staff on every tenant route, with that tenant's slug and ids", async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => r.path.startsWith('/api/t/'))) {
      for (const name of ['our admin', 'platform admin', 'media', 'partnering media']) {
        const response = await callers[name]!.raw(route.method, concrete(route), route.method === 'GET' ? undefined : {});
        if (![403, 404].includes(response.status)) leaks.push(`${name}: ${route.method} ${route.path} → ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps platform routes from tenant staff and media', async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => r.path.startsWith('/api/platform/'))) {
      for (const name of ['our admin', 'media', 'partnering media']) {
        const response = await callers[name]!.raw(route.method, concrete(route), route.method === 'GET' ? undefined : {});
        if (response.status !== 403) leaks.push(`${name}: ${route.method} ${route.path} → ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("keeps another press company's routes from every caller", async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => r.path.includes('{companyId}'))) {
      for (const name of ['our admin', 'platform admin', 'media', 'partnering media']) {
        const response = await callers[name]!.raw(route.method, concrete(route), route.method === 'GET' ? undefined : {});
        if (![403, 404].includes(response.status)) leaks.push(`${name}: ${route.method} ${route.path} → ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('passes the owner of a press company through the guards on each of its routes: every media handler declares @MediaCan', async () => {
    // A media handler without a declaration is refused (403) even to its company's owner.
    const ownIds = { ...theirIds, companyId: partnerCompanyId };
    const refused: string[] = [];
    for (const route of routes.filter((r) => r.path.includes('{companyId}'))) {
      const response = await callers['partnering media']!.raw(route.method, concrete(route, ownIds), route.method === 'GET' ? undefined : {});
      if (response.status === 403) refused.push(`${route.method} ${route.path} → ${JSON.stringify(response.body)}`);
    }
    expect(refused).toEqual([]);
  });

  it("keeps another press company's rows from a media user, even under the path of their own company", async () => {
    const own = (await callers['media']!.get<MediaMe>('/api/media/me')).body.companies[0]!.id;
    const base = `/api/media/companies/${own}`;
    const outletBody = { name: 'ambil-alih.id', mediaType: 'online', url: 'https://ambil-alih.id', launchedOn: '2020-01-01', monthlyVisitors: 1, circulation: null, broadcastLicenceNumber: null, socialPlatform: null, location: null, publishesMasthead: true };
    const personBody = { name: 'Orang Lain', position: 'editor', ukwLevel: null, ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: null };
    const attempts: [string, string, unknown][] = [
      ['PATCH', `${base}/outlets/${theirIds['outletId']}`, outletBody],
      ['PATCH', `${base}/people/${theirIds['personId']}`, personBody],
      ['DELETE', `${base}/people/${theirIds['personId']}`, undefined],
      ['GET', `${base}/documents/${theirIds['documentId']}/versions/${theirIds['versionId']}/file`, undefined],
    ];
    for (const [method, path, body] of attempts) {
      const response = await callers['media']!.raw(method, path, body);
      expect([method, path, response.status, (response.body as { code?: string }).code]).toEqual([method, path, 404, 'RESOURCE_NOT_FOUND']);
    }
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n% bukan milik kami\n%%EOF\n'))], { type: 'application/pdf' }), 'nib.pdf');
    const upload = await fetch(`${env.api.url}${base}/documents/${theirIds['documentId']}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await login(env.api.url, 'redaksi@medianetral.id', 'Media-Netral-2026')}` },
      body: form,
    });
    expect(upload.status).toBe(404);
    // Their person and outlet are untouched.
    const theirs = (await callers['their media']!.get<MediaMe>('/api/media/me')).body.companies[0]!;
    expect(theirs.people.map((p) => p.name)).toEqual(['Pemred PALI']);
    expect(theirs.outlets.map((o) => o.name)).toEqual(['mediapali.id']);
  });

  it("shows staff an applicant's bank account and KTP only with the roles that need them", async () => {
    const applications = await callers['our admin']!.get<Page<ApplicationSummary>>(`/api/t/${OURS.slug}/applications`);
    const applicationId = applications.body.items.find((a) => a.company.id === partnerCompanyId)!.id;
    const verifier = await ourStaff('verifikator@okikab.go.id', ['verifier']);
    const auditor = await ourStaff('inspektorat@okikab.go.id', ['auditor']);
    const sensitive = ['bank-account', 'ktp-penanggung-jawab'];
    const seenBy = async (token: string) => {
      const caller = client(env.api.url, token);
      const application = (await caller.get<Application>(`/api/t/${OURS.slug}/applications/${applicationId}`)).body;
      const result: Record<string, { number: string | null; hidden: string[] | undefined; file: number }> = {};
      for (const document of application.documents.filter((d) => [...sensitive, 'nib'].includes(d.documentType))) {
        const file = await fetch(`${env.api.url}/api/t/${OURS.slug}/applications/${applicationId}/documents/${document.id}/file`, { headers: { authorization: `Bearer ${token}` } });
        await file.arrayBuffer();
        result[document.documentType] = { number: document.number, hidden: document.hidden, file: file.status };
      }
      return result;
    };
    // The admin manages the partnership but has no use for an account number or a NIK.
    expect(await seenBy(await login(env.api.url, demoAdminEmail(OURS.slug), DEMO_PASSWORD))).toEqual({
      'bank-account': { number: null, hidden: ['number', 'file'], file: 403 },
      'ktp-penanggung-jawab': { number: null, hidden: ['number', 'file'], file: 403 },
      nib: { number: null, hidden: [], file: 200 },
    });
    for (const caller of [verifier, auditor]) {
      expect(await seenBy(caller)).toEqual({
        'bank-account': { number: '380 01 23456 7', hidden: [], file: 200 },
        'ktp-penanggung-jawab': { number: '1871012345670001', hidden: [], file: 200 },
        nib: { number: null, hidden: [], file: 200 },
      });
    }
  });

  it('refuses the auditor every change: each mutating route of its own tenant answers 403', async () => {
    const auditor = client(env.api.url, await ourStaff('bpk@okikab.go.id', ['auditor']));
    const ourIds = { ...theirIds, tenant: OURS.slug, slug: OURS.slug };
    const mutating = routes.filter((r) => r.path.startsWith('/api/t/{tenant}') && !r.path.includes('/media/{companyId}') && r.method !== 'GET');
    expect(mutating.length).toBeGreaterThan(30);
    const allowed: string[] = [];
    for (const route of mutating) {
      const response = await auditor.raw<{ code?: string }>(route.method, concrete(route, ourIds), {});
      if (response.status !== 403 || response.body.code !== 'FORBIDDEN') allowed.push(`${route.method} ${route.path} → ${response.status} ${response.body.code}`);
    }
    expect(allowed).toEqual([]);
    // ... while it reads what it audits.
    expect((await auditor.get(`/api/t/${OURS.slug}/audit`)).status).toBe(200);
  });

  it('has a press company partnering with both tenants, which sees its own applications in each', async () => {
    const me = await callers['partnering media']!.get<{ companies: { partnerships: { tenant: { slug: string }; applications: unknown[] }[] }[] }>('/api/media/me');
    const partnerships = me.body.companies[0]!.partnerships;
    expect(partnerships.map((p) => p.tenant.slug).sort()).toEqual([OURS.slug, THEIRS.slug].sort());
    expect(partnerships.every((p) => p.applications.length === 1)).toBe(true);
  });

  it('refuses a token of another type used as an access token', async () => {
    const session = await callers['anonymous']!.post<{ refreshToken: string }>('/api/auth/login', {
      email: demoAdminEmail(OURS.slug),
      password: DEMO_PASSWORD,
    });
    const withRefresh = client(env.api.url, session.body.refreshToken);
    expect((await withRefresh.get(`/api/t/${OURS.slug}/me`)).status).toBe(401);
  });
});
