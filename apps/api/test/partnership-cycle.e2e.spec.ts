import {
  Agreement,
  Application,
  ConfigurationPack,
  ConfigurationPreview,
  DossierDocument,
  ErrorResponse,
  LoginResponse,
  MediaCompanyProfile,
  MediaMe,
  MediaOutlet,
  MediaTenantView,
  PackComparison,
  PartnershipConfiguration,
  PublicCall,
  PublicPartner,
  PublicRequirements,
  StartingConfiguration,
} from '@sinergi/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const SAMARINDA = 'kota-samarinda'; // strict rules, modelled on Kalimantan Timur's Pergub 49/2024
const PESISIR_BARAT = 'pesisir-barat'; // local-presence rules, modelled on Lampung Utara's Perbup 63/2025
const YEAR = 2026;

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}

/** A small real PDF (the storage checks the bytes, not the name). */
function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

function calendar(registration: [number, number], announcement: number, objection: [number, number], final: number) {
  return {
    registrationOpens: wibDate(registration[0]),
    registrationCloses: wibDate(registration[1]),
    announcement: wibDate(announcement),
    objectionOpens: wibDate(objection[0]),
    objectionCloses: wibDate(objection[1]),
    final: wibDate(final),
  };
}

describe('The partnership cycle: one press company, two regions with different rules, different tiers', () => {
  let env: ApiTestEnvironment;
  let token: string;
  let companyId: string;
  let outlet: MediaOutlet;
  const admins: Record<string, ReturnType<typeof client>> = {};
  const starting: Record<string, StartingConfiguration> = {};

  const media = () => client(env.api.url, token);

  async function upload(documentType: string, extra: Record<string, string> = {}, content: Buffer = pdf(documentType)) {
    const form = new FormData();
    form.set('documentType', documentType);
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), `${documentType}.pdf`);
    const response = await fetch(`${env.api.url}/api/media/companies/${companyId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as DossierDocument & ErrorResponse };
  }

  async function configure(slug: string, key: string, dates: ReturnType<typeof calendar>, content = starting[key]!.content, caller = admins[slug]!) {
    return caller.raw<PartnershipConfiguration & ErrorResponse>('PUT', `/api/t/${slug}/configurations/${YEAR}`, {
      legalBasis: starting[key]!.legalBasis,
      owningUnit: 'Dinas Komunikasi dan Informatika',
      unitCode: 'DISKOMINFO',
      letterhead: { governmentName: `PEMERINTAH ${slug.toUpperCase()}`, unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA', address: 'Jl. Merdeka 1', phone: null, email: null, website: null },
      agreementSignatory: { name: 'Drs. Kepala Dinas', nip: '197001011990031001', position: 'Kepala Dinas Komunikasi dan Informatika' },
      factualVisit: slug === SAMARINDA,
      content,
      calendar: dates,
    });
  }

  beforeAll(async () => {
    env = await startApiTestEnvironment('partnership');
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === SAMARINDA || t.slug === PESISIR_BARAT));
    for (const slug of [SAMARINDA, PESISIR_BARAT]) admins[slug] = client(env.api.url, await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD));
    for (const preset of (await admins[SAMARINDA]!.get<StartingConfiguration[]>(`/api/t/${SAMARINDA}/configurations/starting`)).body) starting[preset.key] = preset;

    const registered = await client(env.api.url).post<MediaMe>('/api/media/register', {
      email: 'redaksi@kaltimdaily.id',
      password: 'Kaltim-Daily-2026',
      name: 'Rahmat Hidayat',
      company: { legalName: 'PT Kaltim Daily Media', legalForm: 'PT' },
    });
    companyId = registered.body.companies[0]!.id;
    token = (await client(env.api.url).post<LoginResponse>('/api/auth/login', { email: 'redaksi@kaltimdaily.id', password: 'Kaltim-Daily-2026' })).body.accessToken;
  });
  afterAll(() => env.teardown());

  it('keeps one dossier: profile (optimistic locking), people with UKW, outlets, versioned documents checked by content', async () => {
    const profile = (await media().get<MediaCompanyProfile>(`/api/media/companies/${companyId}`)).body;
    const changes = {
      npwp: '01.234.567.8-722.000',
      nib: '9120001234567',
      pkp: true,
      kbli: ['63122'],
      address: 'Jl. Juanda 12, Samarinda',
      regionCode: '64.72',
      officeRegionCodes: ['18.13'],
      establishedOn: '2015-03-01',
      dewanPersStatus: 'administrative',
      constituentOrganisation: 'SMSI',
    };
    const updated = await media().patch<MediaCompanyProfile>(`/api/media/companies/${companyId}`, { version: profile.version, ...changes });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject(changes);
    const stale = await media().patch<ErrorResponse>(`/api/media/companies/${companyId}`, { version: profile.version, pkp: false });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    expect((await media().patch<ErrorResponse>(`/api/media/companies/${companyId}`, { version: 99, nib: '12' })).body.code).toBe('VALIDATION_FAILED');

    const people = [
      { name: 'Rahmat Hidayat', position: 'pemimpin-redaksi', ukwLevel: 'utama', ukwCertificateNumber: 'UKW-U-1234', ukwCertifiedOn: '2019-05-01', ktpRegionCode: '64.72' },
      { name: 'Suryadi', position: 'bureau-chief', ukwLevel: 'madya', ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: '18.13' },
    ];
    for (const person of people) expect((await media().post(`/api/media/companies/${companyId}/people`, person)).status).toBe(201);
    expect((await media().post<ErrorResponse>(`/api/media/companies/${companyId}/people`, { ...people[0], ukwLevel: 'grandmaster' })).body.code).toBe('VALIDATION_FAILED');

    const created = await media().post<MediaOutlet>(`/api/media/companies/${companyId}/outlets`, {
      name: 'kaltimdaily.id',
      mediaType: 'online',
      url: 'https://kaltimdaily.id',
      launchedOn: '2019-01-01',
      monthlyVisitors: 250000,
      circulation: null,
      broadcastLicenceNumber: null,
      socialPlatform: null,
      location: null,
      publishesMasthead: true,
    });
    expect(created.status).toBe(201);
    outlet = created.body;

    const next = wibDate(400);
    for (const type of ['akta-pendirian', 'sk-kemenkumham', 'nib', 'npwp', 'bank-account', 'ktp-penanggung-jawab', 'pkp-certificate', 'ukw-certificate', 'e-katalog-registration']) {
      expect((await upload(type, { number: `${type.toUpperCase()}/001` })).status).toBe(201);
    }
    for (const type of ['spt', 'domicile-letter', 'constituent-membership']) expect((await upload(type, { expiresOn: next })).status).toBe(201);
    const masthead = await upload('masthead', { outletId: outlet.id });
    expect(masthead.status).toBe(201);
    expect(masthead.body.outletId).toBe(outlet.id);

    // A new version keeps the old one.
    const again = await upload('npwp', { number: 'NPWP/002' }, pdf('npwp v2'));
    expect(again.body.current.version).toBe(2);
    expect(again.body.previous.map((v) => v.version)).toEqual([1]);

    // Files that lie about their type are refused and nothing is stored.
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(60)]);
    const refused = await upload('other', {}, zip);
    expect([refused.status, refused.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    expect((await media().get<DossierDocument[]>(`/api/media/companies/${companyId}/documents`)).body).toHaveLength(13);

    const file = await fetch(`${env.api.url}/api/media/companies/${companyId}/documents/${again.body.id}/versions/${again.body.previous[0]!.id}/file`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).toString()).toContain('% npwp');
  });

  it('rejects rules that name an unknown field when the configuration is saved, and saves each region its own rules', async () => {
    const broken = structuredClone(starting['strict']!.content);
    broken.eligibility.rules.push({ id: 'shoe-size', field: 'pemred.shoeSize' as never, operator: 'gte', value: 40 });
    const refused = await configure(SAMARINDA, 'strict', calendar([-1, 5], 6, [7, 8], 9), broken);
    expect([refused.status, refused.body.code]).toEqual([422, 'RULE_SET_INVALID']);
    expect(refused.body.details.some((d) => d.field?.includes('rules[') && /field/i.test(d.message))).toBe(true);
    // The same problems in Bahasa Indonesia when the caller asks for it, at the same paths.
    const indonesian = client(env.api.url, await login(env.api.url, demoAdminEmail(SAMARINDA), DEMO_PASSWORD), 'id');
    const refusedId = await configure(SAMARINDA, 'strict', calendar([-1, 5], 6, [7, 8], 9), broken, indonesian);
    expect([refusedId.status, refusedId.body.code, refusedId.body.message]).toEqual([422, 'RULE_SET_INVALID', 'Aturan tidak valid; tidak ada yang disimpan.']);
    expect(refusedId.body.details.map((d) => d.field)).toEqual(refused.body.details.map((d) => d.field));
    expect(refusedId.body.details).toContainEqual({ field: expect.stringMatching(/^content\.eligibility\.rules\[\d+\]\.field$/), message: 'field "pemred.shoeSize" tidak dikenal' });
    expect(refused.body.details).toContainEqual({ field: expect.stringMatching(/rules\[\d+\]\.field$/), message: 'unknown field "pemred.shoeSize"' });

    expect((await configure(SAMARINDA, 'strict', calendar([-1, 5], 6, [7, 8], 9))).status).toBe(200);
    const saved = await configure(PESISIR_BARAT, 'local-presence', calendar([-1, 5], 6, [7, 8], 9));
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
  });

  it('shows, before applying, what each region requires and what the dossier lacks, then takes the application', async () => {
    const views: Record<string, MediaTenantView> = {};
    for (const slug of [SAMARINDA, PESISIR_BARAT]) {
      const view = await media().get<MediaTenantView>(`/api/t/${slug}/media/${companyId}?fiscalYear=${YEAR}`);
      expect(view.status).toBe(200);
      views[slug] = view.body;
    }
    const strict = views[SAMARINDA]!.outlets[0]!;
    expect(strict.canApply).toBe(true);
    expect(strict.evaluation.eligible).toBe(true);
    expect(strict.evaluation.tier).toBe('B');
    expect(views[PESISIR_BARAT]!.outlets[0]!.evaluation.tier).toBe('A');

    // Another media user cannot act for this company (404, as if it did not exist).
    await client(env.api.url).post('/api/media/register', {
      email: 'redaksi@lain.id', password: 'Media-Lain-2026', name: 'Orang Lain', company: { legalName: 'PT Lain', legalForm: 'PT' },
    });
    const stranger = client(env.api.url, await login(env.api.url, 'redaksi@lain.id', 'Media-Lain-2026'));
    expect((await stranger.get<ErrorResponse>(`/api/t/${SAMARINDA}/media/${companyId}?fiscalYear=${YEAR}`)).status).toBe(404);
    expect((await stranger.get(`/api/media/companies/${companyId}/documents`)).status).toBe(404);

    for (const slug of [SAMARINDA, PESISIR_BARAT]) {
      const applied = await media().post<Application[]>(`/api/t/${slug}/media/${companyId}/applications`, { fiscalYear: YEAR, outletIds: [outlet.id] });
      expect(applied.status).toBe(201);
      expect(applied.body[0]!.status).toBe('submitted');
    }
    const twice = await media().post<ErrorResponse>(`/api/t/${SAMARINDA}/media/${companyId}/applications`, { fiscalYear: YEAR, outletIds: [outlet.id] });
    expect([twice.status, twice.body.code]).toEqual([409, 'CONFLICT']);
  });

  it('lets staff test the rules they are editing against a company that applied, nothing saved', async () => {
    const admin = admins[SAMARINDA]!;
    const path = `/api/t/${SAMARINDA}/configuration-preview`;
    const content = structuredClone(starting['strict']!.content);
    const view = (await media().get<MediaTenantView>(`/api/t/${SAMARINDA}/media/${companyId}?fiscalYear=${YEAR}`)).body.outlets[0]!;
    const same = await admin.post<ConfigurationPreview>(path, { companyId, content });
    expect(same.status).toBe(200);
    expect(same.body.company.id).toBe(companyId);
    expect(same.body.outlets.map((o) => o.outlet.id)).toEqual([outlet.id]);
    expect(same.body.outlets[0]!.evaluation).toEqual(view.evaluation);
    expect(same.body.outlets[0]!.requirements).toEqual(view.requirements);

    // A draft that asks for no documents: nothing is missing.
    const draft = structuredClone(content);
    draft.requirements = [];
    const tested = await admin.post<ConfigurationPreview>(path, { companyId, content: draft });
    expect(tested.body.outlets[0]!.requirements).toEqual([]);
    expect(tested.body.outlets[0]!.canApply).toBe(true);

    const broken = structuredClone(content);
    broken.eligibility.rules.push({ id: 'shoe-size', field: 'pemred.shoeSize' as never, operator: 'gte', value: 40 });
    const refused = await admin.post<ErrorResponse>(path, { companyId, content: broken });
    expect([refused.status, refused.body.code]).toEqual([422, 'RULE_SET_INVALID']);
    const stranger = await admin.post<ErrorResponse>(path, { companyId: '00000000-0000-4000-8000-000000000000', content });
    expect([stranger.status, stranger.body.code]).toEqual([404, 'RESOURCE_NOT_FOUND']);
    expect((await admin.post<ErrorResponse>(path, { companyId: 'x', content })).status).toBe(400);
    expect((await admin.get<PartnershipConfiguration>(`/api/t/${SAMARINDA}/configurations/${YEAR}`)).body.version).toBe(1);
  });

  it('verifies document by document (two verifiers at once: one wins, the other gets 409), tiers with the explanation stored', async () => {
    for (const slug of [SAMARINDA, PESISIR_BARAT]) {
      const admin = admins[slug]!;
      const list = await admin.get<{ items: { id: string }[]; total: number }>(`/api/t/${slug}/applications?fiscalYear=${YEAR}&status=submitted`);
      expect(list.body.total).toBe(1);
      let application = (await admin.get<Application>(`/api/t/${slug}/applications/${list.body.items[0]!.id}`)).body;

      const [first, second] = application.documents;
      const racing = await Promise.all([
        admin.post<Application & ErrorResponse>(`/api/t/${slug}/applications/${application.id}/documents/${first!.id}/decision`, { decision: 'approved', version: application.version }),
        admin.post<Application & ErrorResponse>(`/api/t/${slug}/applications/${application.id}/documents/${second!.id}/decision`, { decision: 'approved', version: application.version }),
      ]);
      expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
      application = (await admin.get<Application>(`/api/t/${slug}/applications/${application.id}`)).body;

      // A rejection needs a note; the media see it and answer with a newer version.
      const npwp = application.documents.find((d) => d.documentType === 'npwp')!;
      expect((await admin.post<ErrorResponse>(`/api/t/${slug}/applications/${application.id}/documents/${npwp.id}/decision`, { decision: 'rejected', version: application.version })).body.code).toBe('VALIDATION_FAILED');
      const rejected = await admin.post<Application>(`/api/t/${slug}/applications/${application.id}/documents/${npwp.id}/decision`, {
        decision: 'rejected', note: 'NPWP tidak terbaca', version: application.version,
      });
      expect(rejected.body.status).toBe('returned');
      const seen = await media().get<Application>(`/api/t/${slug}/media/${companyId}/applications/${application.id}`);
      expect(seen.body.documents.find((d) => d.id === npwp.id)).toMatchObject({ decision: 'rejected', note: 'NPWP tidak terbaca' });
      const newer = await upload('npwp', { number: `NPWP/${slug}` }, pdf(`npwp for ${slug}`));
      const resubmitted = await media().post<Application>(`/api/t/${slug}/media/${companyId}/applications/${application.id}/documents/${npwp.id}/resubmission`, { versionId: newer.body.current.id });
      expect(resubmitted.status).toBe(200);
      expect(resubmitted.body.status).toBe('in-review');

      application = resubmitted.body;
      const tooEarly = await admin.post<ErrorResponse>(`/api/t/${slug}/applications/${application.id}/tiering`, { version: application.version });
      expect([tooEarly.status, tooEarly.body.code]).toEqual([409, 'INVALID_TRANSITION']);
      for (const document of application.documents.filter((d) => d.decision !== 'approved')) {
        application = (await admin.post<Application>(`/api/t/${slug}/applications/${application.id}/documents/${document.id}/decision`, { decision: 'approved', version: application.version })).body;
      }
      if (slug === SAMARINDA) {
        expect(application.status).toBe('in-review'); // the strict region also visits the newsroom
        application = (await admin.post<Application>(`/api/t/${slug}/applications/${application.id}/factual-visit`, { visitedOn: wibDate(0), passed: true, version: application.version })).body;
      }
      expect(application.status).toBe('verified');
      const file = await fetch(`${env.api.url}/api/t/${slug}/applications/${application.id}/documents/${npwp.id}/file`, { headers: { authorization: `Bearer ${await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD)}` } });
      expect(Buffer.from(await file.arrayBuffer()).toString()).toContain(`npwp for ${slug}`);

      const tiered = await admin.post<Application>(`/api/t/${slug}/applications/${application.id}/tiering`, { version: application.version });
      expect(tiered.status).toBe(200);
      expect(tiered.body.decision).toMatchObject({ tier: slug === SAMARINDA ? 'B' : 'A', configurationVersion: 1 });
      expect(tiered.body.decision!.result.lines.length).toBeGreaterThan(5);
      // Not announced yet: the media do not see the result.
      expect((await media().get<Application>(`/api/t/${slug}/media/${companyId}/applications/${application.id}`)).body.decision).toBeNull();
    }
  });

  it('announces, hears an objection in the masa sanggah, finalises, and signs a numbered agreement as PDF', async () => {
    const slug = SAMARINDA;
    const admin = admins[slug]!;
    // The region moves its calendar: registration closed, objection window open today.
    expect((await configure(slug, 'strict', calendar([-20, -10], -1, [-1, 1], 2))).body.version).toBe(2);
    const late = await media().post<ErrorResponse>(`/api/t/${slug}/media/${companyId}/applications`, { fiscalYear: YEAR, outletIds: [outlet.id] });
    expect([late.status, late.body.code]).toEqual([422, 'WINDOW_CLOSED']);

    expect((await admin.post(`/api/t/${slug}/announcements`, { fiscalYear: YEAR, kind: 'initial' })).status).toBe(201);
    const mine = (await media().get<Application[]>(`/api/t/${slug}/media/${companyId}/applications`)).body[0]!;
    expect(mine.decision?.tier).toBe('B');
    const objected = await media().post<Application>(`/api/t/${slug}/media/${companyId}/applications/${mine.id}/objections`, {
      text: 'Kami sedang dalam proses verifikasi faktual Dewan Pers; mohon dipertimbangkan.',
    });
    expect(objected.status).toBe(201);
    const early = await admin.post<ErrorResponse>(`/api/t/${slug}/announcements`, { fiscalYear: YEAR, kind: 'final' });
    expect(early.body.code).toBe('WINDOW_CLOSED');
    const answered = await admin.post<Application>(`/api/t/${slug}/objections/${objected.body.objections[0]!.id}/answer`, {
      answer: 'Status verifikasi dinilai per tanggal pengumuman.', upheld: false,
    });
    expect(answered.body.objections[0]).toMatchObject({ upheld: false });

    expect((await configure(slug, 'strict', calendar([-30, -20], -10, [-9, -5], -1))).status).toBe(200);
    const final = await admin.post<{ applications: number }>(`/api/t/${slug}/announcements`, { fiscalYear: YEAR, kind: 'final' });
    expect(final.status).toBe(201);
    expect(final.body.applications).toBe(1);

    const agreement = await admin.post<Agreement>(`/api/t/${slug}/agreements`, { applicationId: mine.id, startsOn: `${YEAR}-02-01`, endsOn: `${YEAR}-12-31`, ceiling: 24_000_000 });
    expect(agreement.status).toBe(201);
    expect(agreement.body.number).toMatch(/^001\/PKS\/DISKOMINFO\/2026$/);
    expect(agreement.body.tier).toBe('B');
    const again = await admin.post<ErrorResponse>(`/api/t/${slug}/agreements`, { applicationId: mine.id, startsOn: `${YEAR}-02-01`, endsOn: `${YEAR}-12-31` });
    expect(again.body.code).toBe('CONFLICT');
    const pdfFile = await fetch(`${env.api.url}/api/t/${slug}/media/${companyId}/agreements/${agreement.body.id}/pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdfFile.status).toBe(200);
    expect(pdfFile.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdfFile.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    // What the region publishes, for everyone: its call, its requirements, its partners.
    const anonymous = client(env.api.url);
    const calls = await anonymous.get<PublicCall[]>(`/api/public/calls?fiscalYear=${YEAR}`);
    expect(calls.body.map((c) => c.tenant.slug).sort()).toEqual([PESISIR_BARAT, SAMARINDA].sort());
    const requirements = await anonymous.get<PublicRequirements>(`/api/public/t/${slug}/requirements?fiscalYear=${YEAR}`);
    expect(requirements.status).toBe(200);
    expect(requirements.body.rules.find((r) => r.id === 'pemred-ukw')!.text.id).toMatch(/UKW/);
    const partners = await anonymous.get<PublicPartner[]>(`/api/public/t/${slug}/partners?fiscalYear=${YEAR}`);
    expect(partners.body).toEqual([expect.objectContaining({ outlet: 'kaltimdaily.id', tier: 'B', company: 'PT Kaltim Daily Media' })]);
    expect((await anonymous.get<ErrorResponse>(`/api/public/t/${slug}/requirements?fiscalYear=1999`)).status).toBe(400);
    expect((await anonymous.get<ErrorResponse>(`/api/public/t/${slug}/requirements?fiscalYear=2031`)).body.code).toBe('CONFIGURATION_NOT_PUBLISHED');

    // A block keeps the outlet from applying, and shows in its history.
    const block = await admin.post<{ id: string }>(`/api/t/${slug}/outlets/${outlet.id}/blocks`, { reason: 'Bukti tayang terlambat tiga kali', startsOn: wibDate(0) });
    expect(block.status).toBe(201);
    const active = await admin.get<{ items: { id: string }[]; total: number }>(`/api/t/${slug}/outlet-blocks?active=true`);
    expect(active.body.items.map((b) => b.id)).toEqual([block.body.id]);
    const announced = await admin.get<{ kind: string }[]>(`/api/t/${slug}/announcements?fiscalYear=${YEAR}`);
    expect(announced.body.map((a) => a.kind)).toEqual(['initial', 'final']);
    const history = await admin.get<{ entries: { kind: string }[] }>(`/api/t/${slug}/outlets/${outlet.id}/history`);
    expect(history.body.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['application', 'decision', 'agreement', 'block']));

    const me = await media().get<MediaMe>('/api/media/me');
    const partnerships = me.body.companies[0]!.partnerships;
    expect(partnerships.map((p) => p.tenant.slug).sort()).toEqual([PESISIR_BARAT, SAMARINDA].sort());
    expect(partnerships.find((p) => p.tenant.slug === SAMARINDA)!.applications[0]).toMatchObject({ status: 'final', tier: 'B' });
  });

  it('lets a region publish its rules as a pack that another compares and adopts in part, recording who copied what', async () => {
    const published = await admins[SAMARINDA]!.post<ConfigurationPack>(`/api/t/${SAMARINDA}/packs`, { fiscalYear: YEAR, title: 'Aturan ketat ala Kaltim' });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(1);
    const comparison = await admins[PESISIR_BARAT]!.get<PackComparison>(`/api/t/${PESISIR_BARAT}/packs/${published.body.id}/comparison?fiscalYear=${YEAR}`);
    expect(comparison.body.lines.some((l) => l.path === 'rules.pemred-ukw' && l.ours === null)).toBe(true);
    const adopted = await admins[PESISIR_BARAT]!.post<PartnershipConfiguration>(`/api/t/${PESISIR_BARAT}/packs/${published.body.id}/adoption`, { fiscalYear: YEAR, parts: ['requirements'] });
    expect(adopted.status).toBe(201);
    expect(adopted.body.adoptedFrom).toEqual({ tenant: SAMARINDA, packVersion: 1, parts: ['requirements'] });
    expect(adopted.body.content.requirements).toEqual(starting['strict']!.content.requirements);
    expect(adopted.body.content.eligibility).toEqual(starting['local-presence']!.content.eligibility);
    const platformAdmin = client(env.api.url, await login(env.api.url, 'admin@sinergi.test', 'Platform-Admin-Test-1!'));
    const spread = await platformAdmin.get<{ adopter: string; pack: { tenant: string } }[]>('/api/platform/pack-adoptions');
    expect(spread.body).toEqual([expect.objectContaining({ adopter: PESISIR_BARAT, pack: expect.objectContaining({ tenant: SAMARINDA }) })]);

    // Onboarding from another tenant starts the new region from that tenant's latest pack.
    const onboarded = await platformAdmin.post<{ slug: string }>('/api/platform/tenants', {
      regionCode: '64.71', adminEmail: 'admin@balikpapan.go.id', adminName: 'Admin Balikpapan', template: { fromTenant: SAMARINDA },
    });
    expect(onboarded.status).toBe(201);
    const [seeded] = (await env.api.app.get<DataSource>(getDataSourceToken()).query(
      `select fiscal_year, adopted_from, content from t_64_71.partnership_configurations`,
    )) as { fiscal_year: number; adopted_from: unknown; content: { eligibility: unknown } }[];
    expect(seeded!.adopted_from).toEqual({ tenant: SAMARINDA, packVersion: 1, parts: ['requirements', 'eligibility', 'schedule'] });
    expect(seeded!.content.eligibility).toEqual(starting['strict']!.content.eligibility);
    const after = await platformAdmin.get<{ adopter: string }[]>('/api/platform/pack-adoptions');
    expect(after.body.map((a) => a.adopter)).toEqual([onboarded.body.slug, PESISIR_BARAT]);
  });
});
