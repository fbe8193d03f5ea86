import { Agreement, Claim, ClaimSummary, ErrorResponse, IssuedDocument, OrderSummary, Page, TenantMember, TenantRoleDefinition } from '@sinergi/contracts';
import { todayInJakarta } from '@sinergi/server/core';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, demoOfficialEmail, seedDemoPartnerships, seedDemoPublication, seedDemoTenants } from '@sinergi/server/demo';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

/**
 * GET /api/t/:tenant/documents over the demo's two regions, which issue an agreement, order letters
 * and a paid claim's BA serah terima, kwitansi and BA pembayaran each.
 */
describe('The register of issued documents', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  let adminToken: string;
  const year = Number(todayInJakarta().slice(0, 4));
  const tenants = DEMO_TENANTS.filter((t) => ['pesisir-barat', 'lampung-barat'].includes(t.slug));
  const register = (query = '') => admin.get<Page<IssuedDocument>>(`/api/t/pesisir-barat/documents${query}`);

  beforeAll(async () => {
    env = await startApiTestEnvironment('documents-register');
    await seedDemoTenants(env.api.app, tenants);
    await seedDemoPartnerships(env.api.app, tenants);
    await seedDemoPublication(env.api.app, tenants);
    adminToken = await login(env.api.url, demoAdminEmail('pesisir-barat'), DEMO_PASSWORD);
    admin = client(env.api.url, adminToken);
  });
  afterAll(() => env.teardown());

  it('lists every numbered document of each kind, newest first, each with its object and its PDF', async () => {
    const all = await register('?pageSize=50');
    expect(all.status).toBe(200);
    expect(all.body.items.map((d) => d.kind).sort()).toEqual(['agreement', 'handover-minutes', 'order', 'order', 'order', 'order', 'order', 'payment-minutes', 'receipt']);
    expect(all.body.total).toBe(9);

    // The numbers are those the owning modules show on their own objects.
    const agreements = (await admin.get<Page<Agreement>>(`/api/t/pesisir-barat/agreements?fiscalYear=${year}`)).body.items;
    const orders = (await admin.get<Page<OrderSummary>>(`/api/t/pesisir-barat/orders?fiscalYear=${year}&pageSize=50`)).body.items;
    const paidId = (await admin.get<Page<ClaimSummary>>(`/api/t/pesisir-barat/claims?status=paid`)).body.items[0]!.id;
    const paid = (await admin.get<Claim>(`/api/t/pesisir-barat/claims/${paidId}`)).body;
    const expected = [
      ...agreements.map((a) => `agreement ${a.number} agreement/${a.id} /agreements/${a.id}/pdf`),
      ...orders.map((o) => `order ${o.number} order/${o.id} /orders/${o.id}/pdf`),
      ...paid.documents.map((d) => `${d.kind} ${d.number} claim/${paid.id} /claims/${paid.id}/documents/${d.kind}`),
    ];
    expect(all.body.items.map((d) => `${d.kind} ${d.number} ${d.objectType}/${d.objectId} ${d.downloadPath}`).sort()).toEqual(expected.sort());
    for (const row of all.body.items) {
      expect(row).toMatchObject({ fiscalYear: year, outletName: 'faktapers.id', companyName: expect.any(String), issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
    const receipt = all.body.items.find((d) => d.kind === 'receipt')!;
    expect(receipt.issuedOn).toBe(paid.documents.find((d) => d.kind === 'receipt')!.issuedOn);

    // Newest first: by the date on the document, then by when it was numbered.
    const keys = all.body.items.map((d) => `${d.issuedOn} ${d.issuedAt}`);
    expect(keys).toEqual([...keys].sort().reverse());

    for (const row of [all.body.items.find((d) => d.kind === 'agreement')!, all.body.items.find((d) => d.kind === 'order')!, receipt]) {
      const response = await fetch(`${env.api.url}/api/t/pesisir-barat${row.downloadPath}`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect([response.status, response.headers.get('content-type')]).toEqual([200, expect.stringContaining('application/pdf')]);
      expect(response.headers.get('content-disposition')).toContain(`${row.number.replace(/[^\w.-]+/g, '-')}.pdf`);
    }
  });

  it('filters by kind, fiscal year and a part of the number or the name', async () => {
    const orders = await register('?kind=order');
    expect([orders.body.total, new Set(orders.body.items.map((d) => d.kind))]).toEqual([5, new Set(['order'])]);
    const receipts = await register('?kind=receipt');
    expect(receipts.body.items.map((d) => d.kind)).toEqual(['receipt']);

    expect((await register(`?fiscalYear=${year}`)).body.total).toBe(9);
    expect((await register(`?fiscalYear=${year - 1}`)).body).toMatchObject({ items: [], total: 0 });

    const agreement = (await register('?kind=agreement')).body.items[0]!;
    const byNumber = await register(`?q=${encodeURIComponent(agreement.number)}`);
    expect(byNumber.body.items.map((d) => d.number)).toEqual([agreement.number]);
    expect((await register('?q=%2FPKS%2F')).body.items.map((d) => d.kind)).toEqual(['agreement']);
    expect((await register('?q=FAKTAPERS')).body.total).toBe(9);
    expect((await register('?q=tidak-ada-media-ini')).body.total).toBe(0);
    // LIKE's wildcards are taken literally.
    expect((await register('?q=%25')).body.total).toBe(0);
    expect((await register(`?kind=order&q=${encodeURIComponent(agreement.number)}`)).body.total).toBe(0);
  });

  it('cuts pages out of the merged register: page after page gives the whole list once', async () => {
    const whole = (await register('?pageSize=50')).body.items.map((d) => d.number);
    const pages: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const response = await register(`?page=${page}&pageSize=2`);
      expect([response.body.page, response.body.pageSize, response.body.total]).toEqual([page, 2, 9]);
      expect(response.body.items.length).toBe(page < 5 ? 2 : 1);
      pages.push(...response.body.items.map((d) => d.number));
    }
    expect(pages).toEqual(whole);
    expect((await register('?page=6&pageSize=2')).body).toMatchObject({ items: [], total: 9 });
  });

  it('shows a role only the kinds whose objects it may read, and refuses a role without Report', async () => {
    const defineRole = (name: string, subjects: string[]) =>
      admin.post<TenantRoleDefinition>('/api/t/pesisir-barat/roles', { name, label: name, permissions: subjects.map((subject) => ({ action: 'read', subject })) });
    expect((await defineRole('arsip-pks', ['TenantProfile', 'Report', 'Agreement'])).status).toBe(201);
    expect((await defineRole('arsip-tagihan', ['TenantProfile', 'Report', 'Claim'])).status).toBe(201);
    expect((await defineRole('tanpa-laporan', ['TenantProfile', 'Agreement', 'Order', 'Claim'])).status).toBe(201);
    const members = (await admin.get<Page<TenantMember>>('/api/t/pesisir-barat/members?pageSize=100')).body.items;
    const as = async (role: string, official: string) => {
      const email = demoOfficialEmail('pesisir-barat', official);
      const member = members.find((m) => m.email === email)!;
      expect((await admin.patch(`/api/t/pesisir-barat/members/${member.userId}`, { roles: [role] })).status).toBe(200);
      return client(env.api.url, await login(env.api.url, email, DEMO_PASSWORD));
    };

    const archivist = await as('arsip-pks', 'ppk');
    const agreements = await archivist.get<Page<IssuedDocument>>('/api/t/pesisir-barat/documents');
    expect([agreements.status, agreements.body.total, agreements.body.items.map((d) => d.kind)]).toEqual([200, 1, ['agreement']]);
    expect((await archivist.get<Page<IssuedDocument>>('/api/t/pesisir-barat/documents?kind=receipt')).body).toMatchObject({ items: [], total: 0 });

    const claimsClerk = await as('arsip-tagihan', 'pptk');
    const claimDocuments = await claimsClerk.get<Page<IssuedDocument>>('/api/t/pesisir-barat/documents');
    expect(claimDocuments.body.items.map((d) => d.kind).sort()).toEqual(['handover-minutes', 'payment-minutes', 'receipt']);
    expect(claimDocuments.body.total).toBe(3);

    const noReports = await as('tanpa-laporan', 'pa');
    const refused = await noReports.get<ErrorResponse>('/api/t/pesisir-barat/documents');
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it("never lists another region's documents, and refuses a region the caller is not a member of", async () => {
    const ours = (await register('?pageSize=50')).body.items;
    const lampungBarat = client(env.api.url, await login(env.api.url, demoAdminEmail('lampung-barat'), DEMO_PASSWORD));
    const theirs = await lampungBarat.get<Page<IssuedDocument>>('/api/t/lampung-barat/documents?pageSize=50');
    expect(theirs.status).toBe(200);
    expect(theirs.body.total).toBe(9);
    const ourIds = new Set(ours.map((d) => d.objectId));
    expect(theirs.body.items.filter((d) => ourIds.has(d.objectId))).toEqual([]);
    expect(theirs.body.items.every((d) => !ours.some((o) => o.kind === d.kind && o.number === d.number && o.objectId === d.objectId))).toBe(true);
    expect([403, 404]).toContain((await admin.get('/api/t/lampung-barat/documents')).status);
  });

  it('answers a bad query with 400 in the one error shape, in Bahasa Indonesia when asked', async () => {
    for (const query of ['?kind=invoice', '?fiscalYear=dua-ribu', '?fiscalYear=1999', '?page=0', '?pageSize=1000', '?sort=number', `?q=${'x'.repeat(101)}`, '?kind=order&kind=receipt']) {
      const response = await register(query);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String), details: expect.any(Array) });
    }
    const inIndonesian = await client(env.api.url, adminToken, 'id').get<ErrorResponse>('/api/t/pesisir-barat/documents?kind=invoice');
    expect(inIndonesian.status).toBe(400);
    expect(inIndonesian.body.message).not.toBe((await admin.get<ErrorResponse>('/api/t/pesisir-barat/documents?kind=invoice')).body.message);
  });
});
