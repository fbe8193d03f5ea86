import { getDataSourceToken } from '@nestjs/typeorm';
import {
  Agreement,
  ApprovalChain,
  ApprovalInstance,
  Application,
  Claim,
  ClaimSummary,
  ErrorResponse,
  MediaClaimSummary,
  MediaInboxOrder,
  MediaMe,
  MediaOrder,
  OrderSummary,
  Page,
  PartnershipConfiguration,
  PublicSpending,
  PublicTenantPage,
  TaxSettings,
  TenantDashboard,
  TenantProfile,
} from '@sinergi/contracts';
import { todayInJakarta } from '@sinergi/server/core';
import {
  DEMO_MEDIA,
  DEMO_PASSWORD,
  DEMO_TENANTS,
  demoAdminEmail,
  demoOfficialEmail,
  seedDemoPartnerships,
  seedDemoPublication,
  seedDemoTenants,
} from '@sinergi/server/demo';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

describe('Demo data of the partnership cycle (npm start)', () => {
  let env: ApiTestEnvironment;
  const tenants = DEMO_TENANTS.filter((t) => ['pesisir-barat', 'lampung-barat', 'kota-samarinda', 'ogan-komering-ilir'].includes(t.slug));

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

  /** Rows per table of every demo tenant's schema and the platform tables the demo writes. */
  async function rowCounts(): Promise<Record<string, number>> {
    const dataSource = env.api.app.get<DataSource>(getDataSourceToken());
    const schemas: string[] = [];
    for (const tenant of tenants) schemas.push((await env.api.app.get(TenantRegistry).resolve(tenant.slug))!.handle.schema);
    const tables = (await dataSource.query(
      `select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and (table_schema = any($1) or (table_schema = 'platform' and table_name in ('users', 'tenant_memberships', 'media_memberships', 'media_people', 'outbox')))
        order by 1, 2`,
      [schemas],
    )) as { schema: string; name: string }[];
    const counts: Record<string, number> = {};
    for (const { schema, name } of tables) {
      const [row] = (await dataSource.query(`select count(*)::int as n from "${schema}"."${name}"`)) as { n: number }[];
      counts[`${schema}.${name}`] = row!.n;
    }
    return counts;
  }

  it('takes two regions through orders, proofs, claims, approvals and payment, with staff who can log in, once', async () => {
    const year = Number(todayInJakarta().slice(0, 4));
    const logins = await seedDemoPublication(env.api.app, tenants);
    const before = await rowCounts();
    const pbSchema = (await env.api.app.get(TenantRegistry).resolve('pesisir-barat'))!.handle.schema;
    expect([before[`${pbSchema}.orders`], before[`${pbSchema}.claims`], before[`${pbSchema}.payments`], before[`${pbSchema}.agreements`]]).toEqual([5, 2, 1, 1]);
    const again = await seedDemoPublication(env.api.app, tenants);
    expect(again).toEqual(logins);
    expect(await rowCounts()).toEqual(before);
    expect(logins.map((l) => `${l.tenant} ${l.email}`)).toEqual([
      'pesisir-barat pptk@pesisir-barat.demo.sinergi.id',
      'pesisir-barat ppk@pesisir-barat.demo.sinergi.id',
      'pesisir-barat kadis@pesisir-barat.demo.sinergi.id',
      'pesisir-barat bendahara@pesisir-barat.demo.sinergi.id',
      'lampung-barat operator@lampung-barat.demo.sinergi.id',
      'lampung-barat kadis@lampung-barat.demo.sinergi.id',
      'lampung-barat bendahara@lampung-barat.demo.sinergi.id',
    ]);
    for (const official of logins) expect(await login(env.api.url, official.email, DEMO_PASSWORD)).toEqual(expect.any(String));
    // The press company is told of each order and of each payment, at its address.
    const mails = (await env.api.app.get<DataSource>(getDataSourceToken()).query(`select payload->>'template' as template, payload->>'to' as "to" from platform.outbox`)) as { template: string; to: string }[];
    expect(mails.filter((m) => m.template === 'order-issued' || m.template === 'claim-paid').map((m) => `${m.template} ${m.to}`).sort()).toEqual([
      ...Array<string>(2).fill(`claim-paid ${DEMO_MEDIA.email}`),
      ...Array<string>(10).fill(`order-issued ${DEMO_MEDIA.email}`),
    ]);

    // The press company: a final application and an agreement in both regions; the issued orders in its inbox.
    const media = client(env.api.url, await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD));
    const company = (await media.get<MediaMe>('/api/media/me')).body.companies[0]!;
    for (const slug of ['pesisir-barat', 'lampung-barat']) {
      const applications = await media.get<Application[]>(`/api/t/${slug}/media/${company.id}/applications`);
      expect(applications.body.map((a) => a.status)).toEqual(['final']);
      expect(applications.body[0]!.agreementId).toEqual(expect.any(String));
    }
    const inbox = await media.get<Page<MediaInboxOrder>>(`/api/media/companies/${company.id}/orders?status=issued`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((o) => `${o.tenant.slug}: ${o.title}`).sort()).toEqual([
      `lampung-barat: Pendaftaran Beasiswa Pemkab Lampung Barat ${year} Dibuka`,
      `pesisir-barat: Festival Teluk Stabas ${year} Digelar di Krui`,
    ]);

    // Pesisir Barat: every state of the cycle, the worked example of the taxes paid, the claim waiting at the PPK.
    const pb = client(env.api.url, await login(env.api.url, demoOfficialEmail('pesisir-barat', 'pptk'), DEMO_PASSWORD));
    const pbOrders = await pb.get<Page<OrderSummary>>(`/api/t/pesisir-barat/orders?fiscalYear=${year}&pageSize=50`);
    expect(pbOrders.body.items.map((o) => o.status).sort()).toEqual(['claimed', 'issued', 'paid', 'proof-accepted', 'proof-submitted']);
    const pbAdmin = client(env.api.url, await login(env.api.url, demoAdminEmail('pesisir-barat'), DEMO_PASSWORD));
    expect((await pbAdmin.get<TaxSettings>(`/api/t/pesisir-barat/tax-settings/${year}`)).body).toMatchObject({ version: 1, ppnRateBp: 1200, ppnBaseNumerator: 11, ppnBaseDenominator: 12, ppnCollectionThreshold: 1_000_000 });
    expect((await pbAdmin.get<ApprovalChain>('/api/t/pesisir-barat/approval-chains/claim')).body.steps.map((s) => s.role)).toEqual(['pptk', 'ppk', 'pa-kpa', 'treasurer']);
    expect((await pbAdmin.get<Agreement[] | Page<Agreement>>(`/api/t/pesisir-barat/agreements?fiscalYear=${year}`)).status).toBe(200);

    const pbClaims = (await pbAdmin.get<Page<ClaimSummary>>(`/api/t/pesisir-barat/claims?fiscalYear=${year}`)).body.items;
    expect(pbClaims.map((c) => c.status).sort()).toEqual(['paid', 'submitted']);
    const paid = (await pbAdmin.get<Claim>(`/api/t/pesisir-barat/claims/${pbClaims.find((c) => c.status === 'paid')!.id}`)).body;
    expect(paid).toMatchObject({ gross: 1_200_000, net: 1_059_459, taxes: { ppnBase: 1_081_081, ppn: 118_919, ppnWithheld: 118_919, pph23: 21_622 } });
    expect(paid.payment).toMatchObject({ sp2dNumber: expect.stringMatching(/\/SP2D\/LS\//), amount: 1_059_459 });
    expect(paid.documents.map((d) => d.kind).sort()).toEqual(['handover-minutes', 'payment-minutes', 'receipt']);
    for (const kind of ['handover-minutes', 'receipt', 'payment-minutes']) {
      const response = await fetch(`${env.api.url}/api/t/pesisir-barat/claims/${paid.id}/documents/${kind}`, { headers: { authorization: `Bearer ${await login(env.api.url, demoAdminEmail('pesisir-barat'), DEMO_PASSWORD)}` } });
      expect([response.status, response.headers.get('content-type')]).toEqual([200, expect.stringContaining('application/pdf')]);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    const waiting = pbClaims.find((c) => c.status === 'submitted')!;
    const ppk = client(env.api.url, await login(env.api.url, demoOfficialEmail('pesisir-barat', 'ppk'), DEMO_PASSWORD));
    const ppkInbox = await ppk.get<Page<ApprovalInstance>>('/api/t/pesisir-barat/approvals');
    expect(ppkInbox.body.items.map((i) => [i.subjectId, i.currentStep])).toEqual([[waiting.id, 'ppk']]);
    expect(ppkInbox.body.items[0]!.actions.map((a) => [a.action, a.stepKey])).toEqual([['submit', null], ['approve', 'pptk']]);
    const treasurerInbox = await client(env.api.url, await login(env.api.url, demoOfficialEmail('pesisir-barat', 'treasurer'), DEMO_PASSWORD)).get<Page<ApprovalInstance>>('/api/t/pesisir-barat/approvals');
    expect(treasurerInbox.body.total).toBe(0);

    const dashboard = (await pbAdmin.get<TenantDashboard>(`/api/t/pesisir-barat/dashboard?fiscalYear=${year}`)).body;
    expect(dashboard.budget.total).toMatchObject({ pagu: 850_000_000, realised: 1_200_000 });
    expect(dashboard.budget.byMediaType.find((m) => m.mediaType === 'online')).toMatchObject({ pagu: 450_000_000, realised: 1_200_000 });
    expect(dashboard.absorption.reduce((sum, row) => sum + row.realised, 0)).toBe(1_200_000);
    expect(dashboard.spendPerOutlet).toEqual([expect.objectContaining({ outletName: 'faktapers.id', orders: 5, paid: 1_200_000 })]);
    expect(dashboard.approvalsWaiting.map((row) => row.role)).toEqual(['ppk']);

    // Lampung Barat: its own chain (Kepala Dinas, then the treasurer, who holds the waiting claim) and taxes (PPN from Rp2 million).
    const lbAdmin = client(env.api.url, await login(env.api.url, demoAdminEmail('lampung-barat'), DEMO_PASSWORD));
    const lbClaims = (await lbAdmin.get<Page<ClaimSummary>>(`/api/t/lampung-barat/claims?fiscalYear=${year}`)).body.items;
    expect(lbClaims.map((c) => c.status).sort()).toEqual(['paid', 'submitted']);
    const lbPaid = (await lbAdmin.get<Claim>(`/api/t/lampung-barat/claims/${lbClaims.find((c) => c.status === 'paid')!.id}`)).body;
    // Three advertorials at the tier A price, under the Rp2 million threshold: PPN computed, not withheld.
    expect(lbPaid).toMatchObject({ gross: 1_500_000, net: 1_472_973, taxes: { ppnBase: 1_351_351, ppn: 148_649, ppnCollected: false, ppnWithheld: 0, pph23: 27_027 } });
    const lbTreasurer = client(env.api.url, await login(env.api.url, demoOfficialEmail('lampung-barat', 'treasurer'), DEMO_PASSWORD));
    const lbInbox = await lbTreasurer.get<Page<ApprovalInstance>>('/api/t/lampung-barat/approvals');
    expect(lbInbox.body.items.map((i) => [i.subjectId, i.currentStep])).toEqual([[lbClaims.find((c) => c.status === 'submitted')!.id, 'bendahara']]);
    const lbDashboard = (await lbAdmin.get<TenantDashboard>(`/api/t/lampung-barat/dashboard?fiscalYear=${year}`)).body;
    expect(lbDashboard.budget.total).toMatchObject({ pagu: 1_150_000_000, realised: 1_500_000 });
    const lbOrders = await lbAdmin.get<Page<OrderSummary>>(`/api/t/lampung-barat/orders?fiscalYear=${year}&pageSize=50`);
    expect(lbOrders.body.items.map((o) => o.status).sort()).toEqual(['claimed', 'issued', 'paid', 'proof-accepted', 'proof-submitted']);
  });

  it('gives the press company one list of its claims across regions, with where each payment stands', async () => {
    const media = client(env.api.url, await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD));
    const company = (await media.get<MediaMe>('/api/media/me')).body.companies[0]!;
    const all = await media.get<Page<MediaClaimSummary>>(`/api/media/companies/${company.id}/claims`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.items.map((c) => `${c.tenant.slug} ${c.status} ${c.paymentStatus} ${c.gross}`).sort()).toEqual([
      'lampung-barat paid paid 1500000',
      'lampung-barat submitted pending-approval 1200000',
      'pesisir-barat paid paid 1200000',
      'pesisir-barat submitted pending-approval 1200000',
    ].sort());
    // Newest first across both regions, as one list.
    const submitted = all.body.items.map((c) => c.submittedAt);
    expect(submitted).toEqual([...submitted].sort().reverse());

    const paid = await media.get<Page<MediaClaimSummary>>(`/api/media/companies/${company.id}/claims?status=paid&sort=-gross`);
    expect(paid.body.items.map((c) => [c.tenant.name, c.gross, c.paidAt !== null])).toEqual([
      ['Kabupaten Lampung Barat', 1_500_000, true],
      ['Kabupaten Pesisir Barat', 1_200_000, true],
    ]);
    const lampung = await media.get<Page<MediaClaimSummary>>(`/api/media/companies/${company.id}/claims?tenant=lampung-barat&sort=gross`);
    expect(lampung.body.items.map((c) => [c.tenant.slug, c.gross])).toEqual([['lampung-barat', 1_200_000], ['lampung-barat', 1_500_000]]);
    expect(lampung.body.total).toBe(2);
    // Pages are cut from the merged list, the total counts every region.
    const second = await media.get<Page<MediaClaimSummary>>(`/api/media/companies/${company.id}/claims?pageSize=1&page=2`);
    expect([second.body.total, second.body.items.map((c) => c.id)]).toEqual([4, [all.body.items[1]!.id]]);

    expect((await media.get<ErrorResponse>(`/api/media/companies/${company.id}/claims?status=lost`)).status).toBe(400);
    expect((await media.get<ErrorResponse>(`/api/media/companies/${company.id}/claims?tenant=Not%20A%20Slug`)).body.code).toBe('VALIDATION_FAILED');
    expect((await media.get<ErrorResponse>(`/api/media/companies/${company.id}/claims?sort=outlet`)).status).toBe(400);
    const staff = client(env.api.url, await login(env.api.url, demoAdminEmail('pesisir-barat'), DEMO_PASSWORD));
    expect((await staff.get<ErrorResponse>(`/api/media/companies/${company.id}/claims`)).body.code).toBe('MEMBER_NOT_FOUND');
    expect((await fetch(`${env.api.url}/api/media/companies/${company.id}/claims`)).status).toBe(401);
  });

  it("answers the media's order with the proof form to fill and its deadline", async () => {
    const media = client(env.api.url, await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD));
    const company = (await media.get<MediaMe>('/api/media/me')).body.companies[0]!;
    const inbox = (await media.get<Page<MediaInboxOrder>>(`/api/media/companies/${company.id}/orders?status=issued`)).body.items;
    const issued = inbox.find((o) => o.tenant.slug === 'pesisir-barat')!;
    const order = await media.get<MediaOrder>(`/api/t/pesisir-barat/media/${company.id}/orders/${issued.id}`);
    expect(order.status).toBe(200);
    expect(order.body.proofForm).toMatchObject({ mediaType: 'online', deadline: issued.proofDeadline, deadlineDays: expect.any(Number) });
    expect(order.body.proofForm!.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['url', 'url', true],
      ['publishedOn', 'date', true],
      ['screenshot', 'file', true],
    ]);
    expect(order.body.proofForm!.fields[0]!.label).toEqual({ id: expect.any(String), en: 'Article link' });
  });

  it("shows Pesisir Barat's public page with its partners and spending; a region that publishes nothing answers 404", async () => {
    const year = Number(todayInJakarta().slice(0, 4));
    const anonymous = client(env.api.url);
    const page = await anonymous.get<PublicTenantPage>(`/api/public/t/pesisir-barat/page?fiscalYear=${year}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ tenant: { slug: 'pesisir-barat', name: 'Kabupaten Pesisir Barat' }, fiscalYear: year, owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Pesisir Barat' });
    expect(page.body.partners.map((p) => [p.outlet, p.mediaType, p.tier])).toEqual([['faktapers.id', 'online', 'A']]);
    // From the realised payments: the paid claim of Rp1,200,000 (at gross), none of what is still in approval.
    const spending: PublicSpending = { tenant: { slug: 'pesisir-barat', name: 'Kabupaten Pesisir Barat' }, fiscalYear: year, total: 1_200_000, byMediaType: [{ mediaType: 'online', paid: 1_200_000 }], byOutlet: [{ outlet: 'faktapers.id', company: 'PT Faktapers Media Lampung', mediaType: 'online', claims: 1, paid: 1_200_000 }] };
    expect(page.body.spending).toEqual(spending);
    expect((await anonymous.get<PublicSpending>(`/api/public/t/pesisir-barat/spending?fiscalYear=${year}`)).body).toEqual(spending);
    expect((await anonymous.get<ErrorResponse>(`/api/public/t/pesisir-barat/page?fiscalYear=nineteen`)).status).toBe(400);

    // Lampung Barat publishes nothing (the default), then its page, then its spending too.
    for (const route of ['page', 'spending']) {
      const refused = await client(env.api.url, undefined, 'id').get<ErrorResponse>(`/api/public/t/lampung-barat/${route}?fiscalYear=${year}`);
      expect([refused.status, refused.body.code, refused.body.message]).toEqual([404, 'RESOURCE_NOT_FOUND', 'Wilayah ini tidak menerbitkan halaman ini.']);
    }
    expect((await anonymous.get<ErrorResponse>(`/api/public/t/no-such-region/page?fiscalYear=${year}`)).body.code).toBe('TENANT_NOT_FOUND');
    const lbAdmin = client(env.api.url, await login(env.api.url, demoAdminEmail('lampung-barat'), DEMO_PASSWORD));
    const alone = await lbAdmin.patch<ErrorResponse>('/api/t/lampung-barat/profile', { publicSpending: true });
    expect([alone.status, alone.body.details.map((d) => d.field)]).toEqual([400, ['publicSpending']]);
    expect((await lbAdmin.patch<TenantProfile>('/api/t/lampung-barat/profile', { publicPage: true })).body).toMatchObject({ publicPage: true, publicSpending: false });
    const partnersOnly = await anonymous.get<PublicTenantPage>(`/api/public/t/lampung-barat/page?fiscalYear=${year}`);
    expect([partnersOnly.status, partnersOnly.body.partners.length, partnersOnly.body.spending]).toEqual([200, 1, null]);
    expect((await anonymous.get<ErrorResponse>(`/api/public/t/lampung-barat/spending?fiscalYear=${year}`)).status).toBe(404);
    expect((await lbAdmin.patch<TenantProfile>('/api/t/lampung-barat/profile', { publicSpending: true })).body.publicSpending).toBe(true);
    expect((await anonymous.get<PublicSpending>(`/api/public/t/lampung-barat/spending?fiscalYear=${year}`)).body).toMatchObject({ total: 1_500_000, byOutlet: [{ outlet: 'faktapers.id', claims: 1, paid: 1_500_000 }] });
  });
});
