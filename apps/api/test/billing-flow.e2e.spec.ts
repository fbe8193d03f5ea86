import { getDataSourceToken } from '@nestjs/typeorm';
import {
  Agreement,
  ApprovalInstance,
  ApprovalStep,
  AuditEntry,
  Budget,
  Claim,
  ClaimSummary,
  ErrorResponse,
  MediaMe,
  MediaOutlet,
  Order,
  Page,
  Payment,
  PaymentList,
  ProofFileUpload,
  PublicationSettingsRequest,
  RegisterFilter,
  TaxSettings,
  TaxSettingsRequest,
  TenantMe,
} from '@sinergi/contracts';
import { TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { ClaimService } from '@sinergi/server/billing';
import { DEMO_MEDIA, DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoPartnerships, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { DossierService } from '@sinergi/server/media';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, JsonResponse, login, startApiTestEnvironment } from './support/api-harness';

const A = 'pesisir-barat'; // chain pptk → ppk → pa-kpa (only from Rp5,000,000) → treasurer; 12% × 11/12
const B = 'kota-samarinda'; // chain approving-official → treasurer; plain 10%, higher threshold
const TODAY = todayInJakarta();
const YEAR = Number(TODAY.slice(0, 4));
const YESTERDAY = todayInJakarta(new Date(Date.now() - 86_400_000));
const PASSWORD = 'Pejabat-Sinergi-2026';

const TAXES: Record<string, TaxSettingsRequest> = {
  [A]: { ppnRateBp: 1200, ppnBaseNumerator: 11, ppnBaseDenominator: 12, pph23RateBp: 200, pph23RateWithoutNpwpBp: 400, ppnCollectionThreshold: 1_000_000, legalBasis: 'PMK 131/2024; PMK 141/2015' },
  [B]: { ppnRateBp: 1000, ppnBaseNumerator: 1, ppnBaseDenominator: 1, pph23RateBp: 200, pph23RateWithoutNpwpBp: 400, ppnCollectionThreshold: 5_000_000, legalBasis: 'Perwali Samarinda (tarif lama 10%)' },
};

const CHAINS: Record<string, ApprovalStep[]> = {
  [A]: [
    { key: 'pptk', role: 'pptk', label: 'PPTK', deadlineDays: 2 },
    { key: 'ppk', role: 'ppk', label: 'PPK-SKPD', deadlineDays: 3 },
    { key: 'pa', role: 'pa-kpa', label: 'PA/KPA', deadlineDays: 3, when: { amountAtLeast: 5_000_000 } },
    { key: 'bendahara', role: 'treasurer', label: 'Bendahara Pengeluaran', deadlineDays: 2 },
  ],
  [B]: [
    { key: 'kadis', role: 'approving-official', label: 'Kepala Dinas', deadlineDays: 3 },
    { key: 'bendahara', role: 'treasurer', label: 'Bendahara', deadlineDays: 2 },
  ],
};

function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

type Client = ReturnType<typeof client>;

describe('Claims, approvals, taxes and payments: two regions with different chains and tax settings', () => {
  let env: ApiTestEnvironment;
  let dataSource: DataSource;
  let token: string;
  let companyId: string;
  let outletId: string;
  let secondOutletId: string;
  const schemas: Record<string, string> = {};
  const staff: Record<string, Client> = {};
  const officials: Record<string, Record<string, { client: Client; token: string; id: string }>> = { [A]: {}, [B]: {} };
  const agreements: Record<string, Agreement> = {};
  let secondAgreement: Agreement;

  const media = () => client(env.api.url, token);

  async function send<T>(method: string, path: string, bearer: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonResponse<T>> {
    const response = await fetch(`${env.api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async function upload(path: string, content: Buffer, name: string) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
    const response = await fetch(`${env.api.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return (await response.json()) as ProofFileUpload;
  }

  /** Order → accepted by the media → proof submitted → proof accepted by staff: the proof id. */
  async function acceptedProof(slug: string, agreementId: string, title: string): Promise<{ proofId: string; order: Order }> {
    const ordered = await staff[slug]!.post<Order & ErrorResponse>(`/api/t/${slug}/orders`, {
      agreementId,
      productCode: 'ONL-ADV',
      quantity: 1,
      material: { title, body: `${title}: materi publikasi pemerintah daerah.` },
      publishFrom: TODAY,
      publishUntil: TODAY,
    });
    expect(ordered.status).toBe(201);
    const path = `/api/t/${slug}/media/${companyId}/orders/${ordered.body.id}`;
    expect((await media().post<Order>(`${path}/accept`)).body.status).toBe('accepted');
    const screenshot = await upload(`${path}/proof-files`, pdf(title), 'tangkapan.pdf');
    const submitted = await media().post<Order>(`${path}/proof`, { fields: { url: `https://faktapers.id/berita/${ordered.body.id}`, publishedOn: TODAY, screenshot: screenshot.hash } });
    expect(submitted.body.status).toBe('proof-submitted');
    const accepted = await staff[slug]!.post<Order>(`/api/t/${slug}/orders/${ordered.body.id}/proof/accept`, { version: submitted.body.proof!.version });
    expect(accepted.body.status).toBe('proof-accepted');
    return { proofId: accepted.body.proof!.id, order: accepted.body };
  }

  async function staffClaim(slug: string, id: string, as: Client = staff[slug]!): Promise<Claim> {
    const response = await as.get<Claim>(`/api/t/${slug}/claims/${id}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  let keySeq = 0;
  async function decide(slug: string, who: string, claimId: string, body: { action: 'approve' | 'return'; note?: string; toSubmitter?: boolean }, key = `decision-${++keySeq}-${Date.now()}`) {
    const approval = (await staffClaim(slug, claimId)).approval!;
    const official = officials[slug]![who]!;
    return send<ApprovalInstance & ErrorResponse>('POST', `/api/t/${slug}/approvals/${approval.id}/decisions`, official.token, { ...body, version: approval.version }, { 'idempotency-key': key });
  }

  async function pay(slug: string, claimId: string, body: Record<string, unknown>, key: string | null) {
    return send<Payment & ErrorResponse>('POST', `/api/t/${slug}/claims/${claimId}/payments`, officials[slug]!['treasurer']!.token, body, key ? { 'idempotency-key': key } : {});
  }

  async function budget(slug: string) {
    return (await staff[slug]!.get<Budget>(`/api/t/${slug}/budgets/${YEAR}`)).body.total;
  }

  async function pdfOf(path: string, bearer: string) {
    const response = await fetch(`${env.api.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** A member of the tenant with these roles, who can log in (the way the delegation test makes one). */
  async function official(slug: string, key: string, email: string, name: string, roles: string[]) {
    const tenant = (await env.api.app.get(TenantRegistry).resolve(slug))!;
    const id = await dataSource.transaction(async (manager) => {
      const user = await env.api.app.get(UserService).ensureUser(manager, email, name);
      await env.api.app.get(UserService).setPassword(manager, user.id, PASSWORD);
      await env.api.app.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, ['auditor']);
      return user.id;
    });
    // The roles themselves through the members API, as an admin would.
    const changed = await staff[slug]!.patch(`/api/t/${slug}/members/${id}`, { roles });
    expect(changed.status).toBe(200);
    const bearer = await login(env.api.url, email, PASSWORD);
    officials[slug]![key] = { client: client(env.api.url, bearer), token: bearer, id };
  }

  beforeAll(async () => {
    env = await startApiTestEnvironment('billing');
    dataSource = env.api.app.get<DataSource>(getDataSourceToken());
    const tenants = DEMO_TENANTS.filter((t) => t.slug === A || t.slug === B);
    await seedDemoTenants(env.api.app, tenants);
    await seedDemoPartnerships(env.api.app, tenants);
    const registry = env.api.app.get(TenantRegistry);
    for (const slug of [A, B]) schemas[slug] = (await registry.resolve(slug))!.handle.schema;

    token = await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD);
    const me = (await media().get<MediaMe>('/api/media/me')).body;
    companyId = me.companies[0]!.id;
    outletId = me.companies[0]!.outlets[0]!.id;
    // A second outlet of the same company, with its own agreement in A (for the "another outlet" refusal).
    const second = await media().post<MediaOutlet>(`/api/media/companies/${companyId}/outlets`, {
      name: 'krui-tv.id', mediaType: 'online', url: 'https://krui-tv.id', launchedOn: '2018-01-10', monthlyVisitors: 90_000,
      circulation: null, broadcastLicenceNumber: null, socialPlatform: null, location: null, publishesMasthead: true,
    });
    expect(second.status).toBe(201);
    secondOutletId = second.body.id;

    // The partnership cycle is tested elsewhere: the applications are made final directly, then the agreements are signed.
    await dataSource.query(`update ${schemas[A]}.applications set status = 'final', tier = 'A' where company_id = $1`, [companyId]);
    for (const [schema, outlet, name, tier] of [[schemas[B], outletId, null, 'B'], [schemas[A], secondOutletId, 'krui-tv.id', 'A']] as const) {
      await dataSource.query(
        `insert into ${schema}.applications (fiscal_year, company_id, company_name, outlet_id, outlet_name, media_type, configuration_id, status, evaluation, requirements, tier, submitted_by)
         select a.fiscal_year, a.company_id, a.company_name, $2, coalesce($3, a.outlet_name), a.media_type, c.id, 'final', a.evaluation, a.requirements, $4, a.submitted_by
           from ${schemas[A]}.applications a cross join (select id from ${schema}.partnership_configurations order by version desc limit 1) c
          where a.company_id = $1 and a.outlet_id = $5`,
        [companyId, outlet, name, tier, outletId],
      );
    }
    await env.api.app.get(DossierService).linkTenant(companyId, (await registry.resolve(B))!.handle.id);

    const permissions = (extra: { action: string; subject: string }[] = []) => [
      { action: 'read', subject: 'Claim' },
      { action: 'read', subject: 'Approval' },
      { action: 'update', subject: 'Approval' },
      ...extra,
    ];
    for (const slug of [A, B]) {
      const admin = client(env.api.url, await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD));
      const self = (await admin.get<TenantMe>(`/api/t/${slug}/me`)).body.user.id;
      expect((await admin.patch(`/api/t/${slug}/members/${self}`, { roles: ['admin', 'publication-operator'] })).status).toBe(200);
      staff[slug] = client(env.api.url, await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD));
      const applications = (await dataSource.query(`select id, outlet_id from ${schemas[slug]}.applications where company_id = $1`, [companyId])) as { id: string; outlet_id: string }[];
      for (const application of applications) {
        const signed = await staff[slug]!.post<Agreement>(`/api/t/${slug}/agreements`, { applicationId: application.id, startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, ceiling: null });
        expect(signed.status).toBe(201);
        if (application.outlet_id === outletId) agreements[slug] = signed.body;
        else secondAgreement = signed.body;
      }
      expect((await staff[slug]!.raw('PUT', `/api/t/${slug}/budgets/${YEAR}`, { kind: 'dpa', effectiveOn: `${YEAR}-01-02`, total: 50_000_000 })).status).toBe(200);
      // Each region prices the advertorial of this outlet at Rp1,200,000 in its agreement (the worked example).
      const settings = (await staff[slug]!.get<PublicationSettingsRequest>(`/api/t/${slug}/publication-settings/starting`)).body;
      settings.agreementRates = [{ agreementId: agreements[slug]!.id, productCode: 'ONL-ADV', unitPrice: 1_200_000 }];
      expect((await staff[slug]!.raw('PUT', `/api/t/${slug}/publication-settings/${YEAR}`, settings)).status).toBe(200);
    }

    // Custom roles of A, through the roles API.
    for (const [name, label] of [['pptk', 'PPTK'], ['ppk', 'PPK-SKPD'], ['pa-kpa', 'PA/KPA']]) {
      const role = await staff[A]!.post(`/api/t/${A}/roles`, { name, label, permissions: permissions() });
      expect(role.status).toBe(201);
    }
    await official(A, 'pptk', 'pptk@pesisirbaratkab.go.id', 'Sri PPTK', ['pptk']);
    await official(A, 'ppk', 'ppk@pesisirbaratkab.go.id', 'Budi PPK', ['ppk']);
    await official(A, 'plt', 'sekretaris@pesisirbaratkab.go.id', 'Rina Sekretaris', ['auditor']);
    await official(A, 'pa', 'kadis@pesisirbaratkab.go.id', 'Kepala Dinas', ['pa-kpa']);
    await official(A, 'treasurer', 'bendahara@pesisirbaratkab.go.id', 'Dewi Bendahara', ['treasurer']);
    await official(B, 'kadis', 'kadis@samarindakota.go.id', 'Kadis Samarinda', ['approving-official']);
    await official(B, 'treasurer', 'bendahara@samarindakota.go.id', 'Bendahara Samarinda', ['treasurer']);
  });
  afterAll(() => env.teardown());

  it('keeps tax settings per year as versions, validated, with a starting point offered but never applied', async () => {
    const starting = await staff[A]!.get<TaxSettingsRequest>(`/api/t/${A}/tax-settings/starting`);
    expect(starting.body).toMatchObject({ ppnRateBp: 1200, ppnBaseNumerator: 11, ppnBaseDenominator: 12, pph23RateBp: 200, ppnCollectionThreshold: 2_000_000 });
    expect((await staff[A]!.get<ErrorResponse>(`/api/t/${A}/tax-settings/${YEAR}`)).status).toBe(404);

    const bad = await staff[A]!.raw<ErrorResponse>('PUT', `/api/t/${A}/tax-settings/${YEAR}`, { ...TAXES[A], ppnBaseNumerator: 13, pph23RateWithoutNpwpBp: 100 });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.details.map((d) => d.field)).toEqual(['ppnBaseNumerator', 'pph23RateWithoutNpwpBp']);
    expect((await staff[A]!.raw<ErrorResponse>('PUT', `/api/t/${A}/tax-settings/${YEAR}`, { ...TAXES[A], ppnRateBp: 12.5 })).status).toBe(400);
    // The treasurer reads the settings but does not set them.
    expect((await officials[A]!['treasurer']!.client.raw<ErrorResponse>('PUT', `/api/t/${A}/tax-settings/${YEAR}`, TAXES[A])).status).toBe(403);

    const first = await staff[A]!.raw<TaxSettings>('PUT', `/api/t/${A}/tax-settings/${YEAR}`, { ...TAXES[A], ppnCollectionThreshold: 2_000_000 });
    expect([first.status, first.body.version]).toEqual([200, 1]);
    const second = await staff[A]!.raw<TaxSettings>('PUT', `/api/t/${A}/tax-settings/${YEAR}`, TAXES[A]);
    expect(second.body).toMatchObject({ version: 2, ppnCollectionThreshold: 1_000_000 });
    expect((await officials[A]!['treasurer']!.client.get<TaxSettings>(`/api/t/${A}/tax-settings/${YEAR}`)).body.version).toBe(2);
    expect((await staff[A]!.get<TaxSettings[]>(`/api/t/${A}/tax-settings/${YEAR}/versions`)).body.map((v) => v.version)).toEqual([2, 1]);

    for (const slug of [A, B]) {
      const chain = await staff[slug]!.raw('PUT', `/api/t/${slug}/approval-chains/claim`, { steps: CHAINS[slug] });
      expect(chain.status).toBe(200);
    }
  });

  let claimA: Claim;
  let claimB: Claim;
  let proofA: string;
  let proofB: string;

  it('refuses claims without tax settings, with proofs of another outlet or another region, and freezes amounts and taxes at submission', async () => {
    proofA = (await acceptedProof(A, agreements[A]!.id, 'Bupati Resmikan Pasar Rakyat Krui')).proofId;
    proofB = (await acceptedProof(B, agreements[B]!.id, 'Wali Kota Buka Festival Mahakam')).proofId;
    const otherOutletProof = (await acceptedProof(A, secondAgreement.id, 'Dialog Interaktif Bupati')).proofId;

    // B has no tax settings for the year yet: refused, and nothing is left behind (the proof stays claimable).
    const unset = await media().post<ErrorResponse>(`/api/t/${B}/media/${companyId}/claims`, { proofIds: [proofB] });
    expect([unset.status, unset.body.code]).toEqual([422, 'SETTINGS_MISSING']);
    expect((await staff[B]!.raw('PUT', `/api/t/${B}/tax-settings/${YEAR}`, TAXES[B])).status).toBe(200);

    const mixed = await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA, otherOutletProof] });
    expect([mixed.status, mixed.body.code]).toEqual([422, 'CLAIM_PROOFS_INVALID']);
    expect(JSON.stringify(mixed.body.details)).toContain(otherOutletProof);

    const foreign = await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA, proofB] });
    expect([foreign.status, foreign.body.code]).toEqual([422, 'CLAIM_PROOFS_INVALID']);
    expect(JSON.stringify(foreign.body.details)).toContain(proofB);
    expect((await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA, proofA] })).status).toBe(400);
    expect((await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [] })).status).toBe(400);

    // Another press company cannot claim for this one (404, as if it did not exist).
    await client(env.api.url).post('/api/media/register', { email: 'redaksi@lain.id', password: 'Media-Lain-2026', name: 'Orang Lain', company: { legalName: 'PT Lain', legalForm: 'PT' } });
    const stranger = client(env.api.url, await login(env.api.url, 'redaksi@lain.id', 'Media-Lain-2026'));
    expect((await stranger.post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA] })).status).toBe(404);

    const submittedA = await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA] });
    expect(submittedA.status).toBe(201);
    claimA = submittedA.body;
    expect(claimA).toMatchObject({
      status: 'submitted',
      number: `001/TAG/DISKOMINFO/${YEAR}`,
      gross: 1_200_000,
      net: 1_059_459,
      taxes: { gross: 1_200_000, pkp: true, hasNpwp: true, ppnBase: 1_081_081, ppn: 118_919, ppnCollected: true, ppnWithheld: 118_919, pph23: 21_622, net: 1_059_459 },
      taxSettings: { version: 2, ppnRateBp: 1200, ppnBaseNumerator: 11, ppnBaseDenominator: 12 },
      lines: [expect.objectContaining({ proofId: proofA, amount: 1_200_000, unitPrice: 1_200_000, quantity: 1 })],
      approval: null,
    });
    const again = await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofA] });
    expect(again.body.code).toBe('CLAIM_PROOFS_INVALID');

    claimB = (await media().post<Claim>(`/api/t/${B}/media/${companyId}/claims`, { proofIds: [proofB] })).body;
    expect(claimB).toMatchObject({
      number: `001/TAG/DISKOMINFO/${YEAR}`,
      gross: 1_200_000,
      // Plain 10%; gross under B's threshold of Rp5,000,000: PPN computed, not withheld by the treasurer.
      taxes: { ppnBase: 1_090_909, ppn: 109_091, ppnCollected: false, ppnWithheld: 0, pph23: 21_818, net: 1_178_182 },
    });

    // A change of the settings afterwards does not touch a submitted claim.
    expect((await staff[A]!.raw('PUT', `/api/t/${A}/tax-settings/${YEAR}`, { ...TAXES[A], pph23RateBp: 300, pph23RateWithoutNpwpBp: 600 })).status).toBe(200);
    expect((await staffClaim(A, claimA.id)).taxes.pph23).toBe(21_622);
    expect((await staff[A]!.raw('PUT', `/api/t/${A}/tax-settings/${YEAR}`, TAXES[A])).status).toBe(200);

    const orderA = (await staff[A]!.get<Order>(`/api/t/${A}/orders/${claimA.lines[0]!.orderId}`)).body;
    expect(orderA.status).toBe('claimed');
    const listed = await staff[A]!.get<Page<ClaimSummary>>(`/api/t/${A}/claims?fiscalYear=${YEAR}&status=submitted&outletId=${outletId}&sort=-gross`);
    expect(listed.body.items.map((c) => c.id)).toEqual([claimA.id]);
    expect((await staff[A]!.get<Page<ClaimSummary>>(`/api/t/${A}/claims?status=paid`)).body.total).toBe(0);
    expect((await staff[A]!.get<ErrorResponse>(`/api/t/${A}/claims?status=lost`)).status).toBe(400);
    expect((await staff[B]!.get<ErrorResponse>(`/api/t/${B}/claims/${claimA.id}`)).status).toBe(404);
    expect((await media().get<Page<ClaimSummary>>(`/api/t/${A}/media/${companyId}/claims`)).body.items.map((c) => c.number)).toEqual([claimA.number]);
  });

  it("runs A's chain: wrong role refused, a return to the media with a note, resubmission, a delegate (Plt.) approves, a step goes back one, then approval with the BA serah terima", async () => {
    let detail = await staffClaim(A, claimA.id);
    expect(detail.approval).toMatchObject({ status: 'in-progress', currentStep: 'pptk', round: 1 });
    // pa-kpa is skipped under Rp5,000,000.
    expect(detail.approval!.steps.map((s) => s.key)).toEqual(['pptk', 'ppk', 'bendahara']);

    const notMine = await decide(A, 'treasurer', claimA.id, { action: 'approve' });
    expect([notMine.status, notMine.body.code]).toEqual([403, 'NOT_CURRENT_APPROVER']);
    // The media cannot pay or approve themselves, nor can an unapproved claim be paid.
    const early = await pay(A, claimA.id, { version: detail.version, sp2dNumber: '00001/SP2D/LS/2026', sp2dDate: TODAY, amount: 1_059_459, taxReceipts: [] }, 'early-payment-0001');
    expect([early.status, early.body.code]).toEqual([409, 'INVALID_TRANSITION']);

    expect((await decide(A, 'pptk', claimA.id, { action: 'approve' })).body.currentStep).toBe('ppk');
    const returned = await decide(A, 'ppk', claimA.id, { action: 'return', toSubmitter: true, note: 'Lampirkan tangkapan layar yang memuat tanggal tayang.' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');

    const mine = await media().get<Claim>(`/api/t/${A}/media/${companyId}/claims/${claimA.id}`);
    expect(mine.body).toMatchObject({ status: 'returned', returnNote: 'Lampirkan tangkapan layar yang memuat tanggal tayang.', approval: null });
    const [mail] = (await dataSource.query(`select payload from platform.outbox where payload->>'template' = 'claim-returned'`)) as { payload: { to: string; data: { note: string; claimNumber: string; returnedBy: string } } }[];
    expect(mail!.payload).toMatchObject({ to: DEMO_MEDIA.email, data: { note: 'Lampirkan tangkapan layar yang memuat tanggal tayang.', claimNumber: claimA.number, returnedBy: 'PPK-SKPD' } });

    const stale = await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims/${claimA.id}/resubmit`, { version: claimA.version });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const resubmitted = await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims/${claimA.id}/resubmit`, { version: mine.body.version });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', round: 2, returnNote: null, net: 1_059_459 });
    const cancelNow = await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims/${claimA.id}/cancel`, { version: resubmitted.body.version });
    expect([cancelNow.status, cancelNow.body.code]).toEqual([409, 'INVALID_TRANSITION']);

    // Round 2: the PPK is away; the secretary acts for him (Plt.) today.
    expect((await decide(A, 'pptk', claimA.id, { action: 'approve' })).body.currentStep).toBe('ppk');
    expect((await decide(A, 'plt', claimA.id, { action: 'approve' })).status).toBe(403);
    const delegation = await staff[A]!.post(`/api/t/${A}/delegations`, {
      role: 'ppk', fromUserId: officials[A]!['ppk']!.id, toUserId: officials[A]!['plt']!.id, startsOn: TODAY, endsOn: TODAY, reason: 'Plt. PPK selama dinas luar',
    });
    expect(delegation.status).toBe(201);
    const byDelegate = await decide(A, 'plt', claimA.id, { action: 'approve' });
    expect(byDelegate.status).toBe(200);
    expect(byDelegate.body.currentStep).toBe('bendahara');
    expect(byDelegate.body.actions.at(-1)).toMatchObject({ action: 'approve', stepKey: 'ppk', onBehalfOf: { id: officials[A]!['ppk']!.id, name: 'Budi PPK' } });

    // The treasurer sends it back one step (not to the media): the claim stays submitted.
    const back = await decide(A, 'treasurer', claimA.id, { action: 'return', note: 'Mohon PPK memeriksa ulang nilai tagihan.' });
    expect(back.body).toMatchObject({ status: 'in-progress', currentStep: 'ppk' });
    expect((await staffClaim(A, claimA.id)).status).toBe('submitted');
    expect((await decide(A, 'plt', claimA.id, { action: 'approve' })).body.currentStep).toBe('bendahara');

    // A double click: the same request twice at once approves once (and pays nothing twice later).
    const key = `final-approval-${claimA.id}`;
    const seen = (await staffClaim(A, claimA.id)).approval!;
    const click = () =>
      send<ApprovalInstance & ErrorResponse>('POST', `/api/t/${A}/approvals/${seen.id}/decisions`, officials[A]!['treasurer']!.token, { action: 'approve', version: seen.version }, { 'idempotency-key': key });
    const [one, two] = await Promise.all([click(), click()]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect([one.body.status, two.body.status]).toEqual(['approved', 'approved']);
    detail = await staffClaim(A, claimA.id);
    expect(detail.status).toBe('approved');
    expect(detail.approval!.actions.filter((a) => a.action === 'approve' && a.stepKey === 'bendahara')).toHaveLength(1);
    expect(detail.documents).toEqual([expect.objectContaining({ kind: 'handover-minutes', number: expect.stringMatching(/^001\/BAST\/DISKOMINFO\/[IVX]+\/\d{4}$/) })]);
    const finished = await decide(A, 'treasurer', claimA.id, { action: 'approve' });
    expect([finished.status, finished.body.code]).toEqual([409, 'INVALID_TRANSITION']);
  });

  it("runs B's shorter chain to approval", async () => {
    const wrong = await decide(B, 'treasurer', claimB.id, { action: 'approve' });
    expect([wrong.status, wrong.body.code]).toEqual([403, 'NOT_CURRENT_APPROVER']);
    expect((await decide(B, 'kadis', claimB.id, { action: 'approve' })).body.currentStep).toBe('bendahara');
    expect((await decide(B, 'treasurer', claimB.id, { action: 'approve' })).body.status).toBe('approved');
    expect((await staffClaim(B, claimB.id)).status).toBe('approved');
  });

  it('pays once: amount and tax receipts checked, idempotent under retries and parallel requests, budget realised, documents issued', async () => {
    const before = await budget(A);
    expect(before.realised).toBe(0);
    expect(before.committed).toBeGreaterThanOrEqual(1_200_000);
    const claim = await staffClaim(A, claimA.id);
    const receipts = [
      { kind: 'ppn', ntpn: 'A1B2C3D4E5F6G7H8', billingCode: '123456789012345', amount: 118_919, paidOn: TODAY },
      { kind: 'pph23', ntpn: 'Z9Y8X7W6V5U4T3S2', amount: 21_622, paidOn: TODAY },
    ];
    const body = { version: claim.version, sp2dNumber: `00042/SP2D/LS/${YEAR}`, sp2dDate: TODAY, amount: 1_059_459, taxReceipts: receipts };

    const noKey = await pay(A, claimA.id, body, null);
    expect([noKey.status, noKey.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const tooMuch = await pay(A, claimA.id, { ...body, amount: 1_200_000 }, 'pay-too-much-0001');
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'PAYMENT_EXCEEDS_CLAIM']);
    expect(tooMuch.body.details[0]).toMatchObject({ amount: 1_200_000, net: 1_059_459 });
    const tooLittle = await pay(A, claimA.id, { ...body, amount: 1_000_000 }, 'pay-too-little-0001');
    expect([tooLittle.status, tooLittle.body.code]).toEqual([422, 'PAYMENT_AMOUNT_MISMATCH']);
    const wrongTax = await pay(A, claimA.id, { ...body, taxReceipts: [receipts[1]] }, 'pay-wrong-tax-0001');
    expect([wrongTax.status, wrongTax.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(wrongTax.body.details[0]).toMatchObject({ kind: 'ppn', expected: 118_919, received: 0 });
    const stale = await pay(A, claimA.id, { ...body, version: body.version - 1 }, 'pay-stale-0001');
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await staff[A]!.post<ErrorResponse>(`/api/t/${A}/claims/${claimA.id}/payments`, body)).status).toBe(403);

    // Two identical requests at once (a double click): one payment.
    const key = `sp2d-${claimA.id}`;
    const [first, second] = await Promise.all([pay(A, claimA.id, body, key), pay(A, claimA.id, body, key)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    const retried = await pay(A, claimA.id, body, key);
    expect(retried.body.id).toBe(first.body.id);
    const reused = await pay(A, claimA.id, { ...body, sp2dNumber: 'other' }, key);
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const secondPayment = await pay(A, claimA.id, { ...body, version: body.version + 1 }, 'another-payment-0001');
    expect([secondPayment.status, secondPayment.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    const rows = (await dataSource.query(`select count(*)::int as n from ${schemas[A]}.payments`)) as { n: number }[];
    expect(rows[0]!.n).toBe(1);

    const paid = await staffClaim(A, claimA.id);
    expect(paid).toMatchObject({ status: 'paid', payment: { id: first.body.id, amount: 1_059_459, sp2dNumber: body.sp2dNumber } });
    expect(paid.documents.map((d) => d.kind).sort()).toEqual(['handover-minutes', 'payment-minutes', 'receipt']);
    expect((await staff[A]!.get<Order>(`/api/t/${A}/orders/${claim.lines[0]!.orderId}`)).body.status).toBe('paid');
    const after = await budget(A);
    expect(after).toMatchObject({ committed: before.committed - 1_200_000, realised: 1_200_000 });

    // B: no PPN withheld (under its threshold), only the PPh 23 receipt.
    const claimBNow = await staffClaim(B, claimB.id);
    const withPpn = await pay(B, claimB.id, { version: claimBNow.version, sp2dNumber: `0007/SP2D/${YEAR}`, sp2dDate: TODAY, amount: 1_178_182, taxReceipts: [{ kind: 'ppn', ntpn: 'B1B2C3D4E5F6G7H8', amount: 109_091, paidOn: TODAY }, { kind: 'pph23', ntpn: 'B9Y8X7W6V5U4T3S2', amount: 21_818, paidOn: TODAY }] }, 'b-pay-wrong-0001');
    expect(withPpn.body.code).toBe('VALIDATION_FAILED');
    const paidB = await pay(B, claimB.id, { version: claimBNow.version, sp2dNumber: `0007/SP2D/${YEAR}`, sp2dDate: TODAY, amount: 1_178_182, taxReceipts: [{ kind: 'pph23', ntpn: 'B9Y8X7W6V5U4T3S2', amount: 21_818, paidOn: TODAY }] }, 'b-pay-0001');
    expect(paidB.status).toBe(201);
    expect((await budget(B)).realised).toBe(1_200_000);

    const notices = (await dataSource.query(`select payload from platform.outbox where payload->>'template' = 'claim-paid' order by id`)) as { payload: { to: string; data: { amount: string; sp2dNumber: string } } }[];
    expect(notices.map((n) => [n.payload.to, n.payload.data.amount])).toEqual([[DEMO_MEDIA.email, 'Rp1.059.459'], [DEMO_MEDIA.email, 'Rp1.178.182']]);

    const trail = await staff[A]!.get<Page<AuditEntry>>(`/api/t/${A}/audit?action=payment.recorded`);
    expect(trail.body.items).toEqual([expect.objectContaining({ subject: { type: 'Payment', id: first.body.id } })]);
    for (const action of ['claim.submitted', 'claim.returned', 'claim.resubmitted', 'claim.approved', 'claim.paid']) {
      expect((await staff[A]!.get<Page<AuditEntry>>(`/api/t/${A}/audit?action=${action}`)).body.total).toBeGreaterThanOrEqual(1);
    }
  });

  it('serves the three PDFs to staff and to the media, and to no one else', async () => {
    const staffToken = await login(env.api.url, demoAdminEmail(A), DEMO_PASSWORD);
    for (const kind of ['handover-minutes', 'receipt', 'payment-minutes']) {
      for (const [path, bearer] of [[`/api/t/${A}/claims/${claimA.id}/documents/${kind}`, staffToken], [`/api/t/${A}/media/${companyId}/claims/${claimA.id}/documents/${kind}`, token]] as const) {
        const file = await pdfOf(path, bearer);
        expect([file.status, file.type]).toEqual([200, 'application/pdf']);
        expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      }
    }
    expect((await pdfOf(`/api/t/${A}/claims/${claimA.id}/documents/invoice`, staffToken)).status).toBe(404);
    expect((await pdfOf(`/api/t/${B}/media/${companyId}/claims/${claimA.id}/documents/receipt`, token)).status).toBe(404);
    const strangerToken = await login(env.api.url, 'redaksi@lain.id', 'Media-Lain-2026');
    expect((await pdfOf(`/api/t/${A}/media/${companyId}/claims/${claimA.id}/documents/receipt`, strangerToken)).status).toBe(404);
    for (const kind of ['handover-minutes', 'receipt', 'payment-minutes']) {
      expect((await pdfOf(`/api/t/${B}/claims/${claimB.id}/documents/${kind}`, await login(env.api.url, demoAdminEmail(B), DEMO_PASSWORD))).status).toBe(200);
    }
  });

  it('lets the media cancel a returned claim, freeing its proofs for a new claim', async () => {
    const { proofId } = await acceptedProof(A, agreements[A]!.id, 'Bupati Tinjau Jalan Desa');
    const claim = (await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofId] })).body;
    expect(claim.number).toBe(`002/TAG/DISKOMINFO/${YEAR}`);
    await decide(A, 'pptk', claim.id, { action: 'return', note: 'Tayangan ganda dengan pesanan lain.' });
    const returned = (await media().get<Claim>(`/api/t/${A}/media/${companyId}/claims/${claim.id}`)).body;
    expect(returned.status).toBe('returned');
    const cancelled = await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims/${claim.id}/cancel`, { version: returned.version });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await staff[A]!.get<Order>(`/api/t/${A}/orders/${claim.lines[0]!.orderId}`)).body.status).toBe('proof-accepted');
    expect((await media().post<ErrorResponse>(`/api/t/${A}/media/${companyId}/claims/${claim.id}/resubmit`, { version: cancelled.body.version })).body.code).toBe('INVALID_TRANSITION');
    const fresh = await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims`, { proofIds: [proofId] });
    expect(fresh.status).toBe(201);
  });

  it('gives reporting the claims and payments registers in batches, filtered', async () => {
    const tenant = (await env.api.app.get(TenantRegistry).resolve(A))!;
    const rows = (kind: 'claims' | 'payments', filter: Partial<RegisterFilter> = {}) =>
      env.api.app.get(TenantDatabase).run(tenant.handle, async () => {
        const all: Record<string, string | number | null>[] = [];
        for await (const batch of env.api.app.get(ClaimService).registerRows(kind, { fiscalYear: YEAR, ...filter })) all.push(...batch);
        return all;
      });
    const claims = await rows('claims');
    expect(claims.map((c) => [c['number'], c['status']])).toEqual([
      [`001/TAG/DISKOMINFO/${YEAR}`, 'paid'],
      [`002/TAG/DISKOMINFO/${YEAR}`, 'cancelled'],
      [`003/TAG/DISKOMINFO/${YEAR}`, 'submitted'],
    ]);
    expect(claims[0]).toMatchObject({ gross: 1_200_000, ppn_base: 1_081_081, ppn: 118_919, ppn_withheld: 118_919, pph23: 21_622, net: 1_059_459, proofs: 1, outlet_name: 'faktapers.id' });
    const payments = await rows('payments');
    expect(payments).toEqual([expect.objectContaining({ claim_number: `001/TAG/DISKOMINFO/${YEAR}`, amount: 1_059_459, sp2d_date: TODAY, ppn_ntpn: 'A1B2C3D4E5F6G7H8', pph23_ntpn: 'Z9Y8X7W6V5U4T3S2' })]);
    expect(await rows('payments', { from: `${YEAR + 1}-01-01` })).toEqual([]);
    expect(await rows('claims', { outletId: secondOutletId })).toEqual([]);
    expect((await rows('claims', { mediaType: 'online', to: TODAY })).length).toBe(3);
  });

  it('lists the payments of a region with their claims and documents, filtered, sorted, paged and totalled, for the roles that may read them', async () => {
    // A second payment in A: two proofs of the other outlet (krui-tv.id), approved, paid by yesterday's SP2D.
    const proofIds = [
      (await acceptedProof(A, secondAgreement.id, 'Bupati Sambut Tim Pemantau')).proofId,
      (await acceptedProof(A, secondAgreement.id, 'Sosialisasi Pajak Daerah')).proofId,
    ];
    const submitted = await media().post<Claim>(`/api/t/${A}/media/${companyId}/claims`, { proofIds });
    expect(submitted.status).toBe(201);
    const deciderOf: Record<string, string> = { pptk: 'pptk', ppk: 'plt', pa: 'pa', bendahara: 'treasurer' };
    for (let approval = (await staffClaim(A, submitted.body.id)).approval!; approval.status === 'in-progress'; ) {
      const decided = await decide(A, deciderOf[approval.currentStep!]!, submitted.body.id, { action: 'approve' });
      expect(decided.status).toBe(200);
      approval = decided.body;
    }
    const krui = await staffClaim(A, submitted.body.id);
    expect(krui.status).toBe('approved');
    const receipts = [
      ...(krui.taxes.ppnWithheld ? [{ kind: 'ppn', ntpn: 'K1R2U3I4T5V6P7N8', amount: krui.taxes.ppnWithheld, paidOn: YESTERDAY }] : []),
      { kind: 'pph23', ntpn: 'K9R8U7I6T5V4P3H2', amount: krui.taxes.pph23, paidOn: YESTERDAY },
    ];
    const kruiSp2d = `00043/SP2D/LS/${YEAR}`;
    const paid = await pay(A, krui.id, { version: krui.version, sp2dNumber: kruiSp2d, sp2dDate: YESTERDAY, amount: krui.net, taxReceipts: receipts }, 'pay-krui-tv-0001');
    expect(paid.status).toBe(201);
    const firstSp2d = `00042/SP2D/LS/${YEAR}`;
    // The other outlet's rate differs, so the two amounts sort one way.
    expect(krui.net).not.toBe(1_059_459);
    const smallestFirst = krui.net < 1_059_459 ? [kruiSp2d, firstSp2d] : [firstSp2d, kruiSp2d];
    const firstPayment = (await staffClaim(A, claimA.id)).payment!;
    expect(firstPayment.recordedBy).toContain('bendahara');

    const treasurerA = officials[A]!['treasurer']!.client;
    const list = (query = '', as: Client = treasurerA, slug = A) => as.get<PaymentList & ErrorResponse>(`/api/t/${slug}/payments${query}`);
    const sp2ds = async (query: string) => {
      const response = await list(query);
      expect(response.status).toBe(200);
      return response.body.items.map((row) => row.sp2dNumber);
    };

    // Newest SP2D first, each row with its claim's frozen amounts, names and documents.
    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: 2, totals: { count: 2, amount: 1_059_459 + krui.net } });
    expect(all.body.items.map((row) => row.sp2dNumber)).toEqual([firstSp2d, kruiSp2d]);
    expect(all.body.items[0]).toEqual({
      id: firstPayment.id,
      claim: { id: claimA.id, number: `001/TAG/DISKOMINFO/${YEAR}`, fiscalYear: YEAR, gross: 1_200_000, ppnWithheld: 118_919, pph23: 21_622 },
      company: { id: companyId, legalName: claimA.company.legalName },
      outlet: { id: outletId, name: 'faktapers.id', mediaType: 'online' },
      sp2dNumber: firstSp2d,
      sp2dDate: TODAY,
      amount: 1_059_459,
      recordedBy: firstPayment.recordedBy,
      recordedAt: firstPayment.recordedAt,
      documents: expect.arrayContaining([expect.objectContaining({ kind: 'handover-minutes' }), expect.objectContaining({ kind: 'receipt' }), expect.objectContaining({ kind: 'payment-minutes' })]),
    });
    expect(all.body.items[1]).toMatchObject({ claim: { id: krui.id, number: krui.number, gross: krui.gross, pph23: krui.taxes.pph23 }, outlet: { id: secondOutletId, name: 'krui-tv.id' }, sp2dDate: YESTERDAY, amount: krui.net });
    expect(all.body.items[1]!.documents.map((d) => d.kind).sort()).toEqual(['handover-minutes', 'payment-minutes', 'receipt']);
    // The admin reads payments too; B sees only its own payment, and neither region's treasurer the other's.
    expect((await list('', staff[A]!)).body.total).toBe(2);
    const inB = await list('', officials[B]!['treasurer']!.client, B);
    expect(inB.body.items.map((row) => [row.sp2dNumber, row.amount])).toEqual([[`0007/SP2D/${YEAR}`, 1_178_182]]);
    expect(inB.body.totals).toEqual({ count: 1, amount: 1_178_182 });
    const across = await list('', officials[B]!['treasurer']!.client, A);
    expect([403, 404]).toContain(across.status);
    expect(across.body.items).toBeUndefined();

    // Filters.
    expect(await sp2ds(`?outletId=${secondOutletId}`)).toEqual([kruiSp2d]);
    expect(await sp2ds(`?fiscalYear=${YEAR}&from=${TODAY}`)).toEqual([firstSp2d]);
    expect(await sp2ds(`?to=${YESTERDAY}`)).toEqual([kruiSp2d]);
    expect(await sp2ds(`?from=${YESTERDAY}&to=${TODAY}`)).toEqual([firstSp2d, kruiSp2d]);
    const nextYear = await list(`?fiscalYear=${YEAR + 1}`);
    expect([nextYear.body.total, nextYear.body.totals]).toEqual([0, { count: 0, amount: 0 }]);
    expect(await sp2ds('?q=00043')).toEqual([kruiSp2d]);
    expect(await sp2ds(`?q=${encodeURIComponent(`001/tag/`)}`)).toEqual([firstSp2d]);
    expect(await sp2ds('?q=KRUI')).toEqual([kruiSp2d]);
    expect(await sp2ds(`?q=${encodeURIComponent(` ${claimA.company.legalName.toLowerCase()} `)}`)).toEqual([firstSp2d, kruiSp2d]);
    expect(await sp2ds('?q=%25')).toEqual([]);
    const filteredTotals = await list(`?outletId=${secondOutletId}`);
    expect(filteredTotals.body.totals).toEqual({ count: 1, amount: krui.net });

    // Sorts and pages (the totals stay those of the whole filtered set).
    expect(await sp2ds('?sort=sp2dDate')).toEqual([kruiSp2d, firstSp2d]);
    expect(await sp2ds('?sort=amount')).toEqual(smallestFirst);
    expect(await sp2ds('?sort=-amount')).toEqual([...smallestFirst].reverse());
    const second = await list('?sort=sp2dDate&page=2&pageSize=1');
    expect(second.body).toMatchObject({ page: 2, pageSize: 1, total: 2, totals: { count: 2, amount: 1_059_459 + krui.net } });
    expect(second.body.items.map((row) => row.sp2dNumber)).toEqual([firstSp2d]);
    expect((await list('?page=3&pageSize=1')).body).toMatchObject({ items: [], total: 2 });

    // Bad queries: 400 with the error shape, never a 500.
    for (const query of ['?sort=newest', '?from=2026-02-30', '?from=kemarin', '?to=2026-1-5', '?pageSize=0', '?pageSize=201', '?page=x', '?outletId=abc', '?fiscalYear=20x6', '?status=paid', `?from=${TODAY}&to=${YESTERDAY}`, `?q=${'x'.repeat(101)}`]) {
      const bad = await list(query);
      expect([query, bad.status, bad.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      expect(Array.isArray(bad.body.details)).toBe(true);
    }
    // A role without `read Payment` (the PPTK's) is refused.
    const refused = await list('', officials[A]!['pptk']!.client);
    expect([refused.status, refused.body.code]).toEqual([403, expect.any(String)]);
  });
});
