import { getQueueToken } from '@nestjs/bull';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  Agreement,
  Budget,
  DistributionRow,
  ErrorResponse,
  MediaInboxOrder,
  MediaMe,
  Order,
  OrderSummary,
  Page,
  ProofFileUpload,
  PublicationSettings,
  PublicationSettingsRequest,
} from '@sinergi/contracts';
import { JOBS, QUEUES, todayInJakarta } from '@sinergi/server/core';
import { DEMO_MEDIA, DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoPartnerships, seedDemoTenants } from '@sinergi/server/demo';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { DossierService } from '@sinergi/server/media';
import { LinkCheckService, OverdueLocker, PublicationJobs } from '@sinergi/server/publication';
import { TenantRegistry } from '@sinergi/server/tenancy';
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiInstance, ApiTestEnvironment, client, login, startApi, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

const PB = 'pesisir-barat';
const SMD = 'kota-samarinda';
const TODAY = todayInJakarta();
const YEAR = Number(TODAY.slice(0, 4));
const TITLE = 'Bupati Resmikan Pasar Rakyat Krui';

/** A day of this fiscal year, `offset` days from today, kept inside the year (the suite may run on 31 December). */
function day(offset: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  const iso = date.toISOString().slice(0, 10);
  return iso > `${YEAR}-12-31` ? `${YEAR}-12-31` : iso < `${YEAR}-01-01` ? `${YEAR}-01-01` : iso;
}

function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

describe('Orders, proofs and the link checker across two regions', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;
  let site: Server;
  let siteUrl: string;
  let dataSource: DataSource;
  let token: string;
  let companyId: string;
  let outletId: string;
  const staff: Record<string, ReturnType<typeof client>> = {};
  const agreements: Record<string, Agreement> = {};
  const schemas: Record<string, string> = {};
  let firstOrder: Order;
  let smdOrder: Order;

  const media = (api: ApiInstance = env.api) => client(api.url, token);

  async function order(slug: string, body: Partial<{ agreementId: string; productCode: string; quantity: number; publishFrom: string; publishUntil: string }> = {}) {
    return staff[slug]!.post<Order & ErrorResponse>(`/api/t/${slug}/orders`, {
      agreementId: agreements[slug]!.id,
      productCode: 'ONL-ADV',
      quantity: 1,
      material: { title: TITLE, body: 'Bupati Pesisir Barat meresmikan pasar rakyat di Krui pada hari Senin.' },
      publishFrom: day(0),
      publishUntil: day(1),
      ...body,
    });
  }

  async function upload(api: ApiInstance, path: string, content: Buffer, name: string, bearer: string) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
    const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${bearer}` }, body: form });
    return { status: response.status, body: (await response.json()) as ProofFileUpload & Order & ErrorResponse };
  }

  /** Runs the queued link check of an order the way the worker does (its processor, on this instance's services). */
  async function runLinkCheck(app: INestApplicationContext, orderId: string) {
    const queue = app.get<Queue>(getQueueToken(QUEUES.publication));
    let job: Job | undefined;
    for (let i = 0; i < 50 && !job; i++) {
      const jobs = await queue.getJobs(['waiting', 'delayed']);
      job = jobs.find((j) => j?.name === JOBS.proofLinkCheck && (j.data as { orderId: string }).orderId === orderId);
      if (!job) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job).toBeDefined();
    const result = await new PublicationJobs(queue, app.get(OverdueLocker), app.get(LinkCheckService)).linkCheck(job!);
    await job!.remove();
    return result;
  }

  async function backdate(slug: string, orderId: string, until: string, deadline: string) {
    await dataSource.query(`update ${schemas[slug]}.orders set publish_from = $2, publish_until = $2, proof_deadline = $3 where id = $1`, [orderId, until, deadline]);
  }

  async function budget(slug: string) {
    return (await staff[slug]!.get<Budget>(`/api/t/${slug}/budgets/${YEAR}`)).body.total;
  }

  beforeAll(async () => {
    sink = await startMailSink();
    site = createServer((request, response) => {
      if (request.url === '/berita/pasar-krui') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<html><head><title>${TITLE} - Faktapers</title></head><body><p>Bupati meresmikan pasar rakyat di Krui.</p></body></html>`);
      } else response.writeHead(404, { 'content-type': 'text/html' }).end('<title>Tidak ditemukan</title>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

    env = await startApiTestEnvironment('publication', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50', LINK_CHECK_ALLOW_PRIVATE: 'true' });
    dataSource = env.api.app.get<DataSource>(getDataSourceToken());
    const tenants = DEMO_TENANTS.filter((t) => t.slug === PB || t.slug === SMD);
    await seedDemoTenants(env.api.app, tenants);
    await seedDemoPartnerships(env.api.app, tenants); // configurations of the year; the demo company applied to Pesisir Barat
    const registry = env.api.app.get(TenantRegistry);
    for (const slug of [PB, SMD]) schemas[slug] = (await registry.resolve(slug))!.handle.schema;

    token = await login(env.api.url, DEMO_MEDIA.email, DEMO_PASSWORD);
    const me = (await client(env.api.url, token).get<MediaMe>('/api/media/me')).body;
    companyId = me.companies[0]!.id;
    outletId = (await env.api.app.get(DossierService).snapshot(companyId)).outlets[0]!.id;

    // The partnership cycle is tested elsewhere: here the application is made final directly (tier A
    // in Pesisir Barat, B in Samarinda, where the same outlet also applied), then the agreements are signed.
    await dataSource.query(`update ${schemas[PB]}.applications set status = 'final', tier = 'A' where company_id = $1`, [companyId]);
    await dataSource.query(
      `insert into ${schemas[SMD]}.applications (fiscal_year, company_id, company_name, outlet_id, outlet_name, media_type, configuration_id, status, evaluation, requirements, tier, submitted_by)
       select a.fiscal_year, a.company_id, a.company_name, a.outlet_id, a.outlet_name, a.media_type, c.id, 'final', a.evaluation, a.requirements, 'B', a.submitted_by
         from ${schemas[PB]}.applications a cross join (select id from ${schemas[SMD]}.partnership_configurations order by version desc limit 1) c
        where a.company_id = $1`,
      [companyId],
    );
    await env.api.app.get(DossierService).linkTenant(companyId, (await registry.resolve(SMD))!.handle.id);

    for (const slug of [PB, SMD]) {
      const adminToken = await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD);
      const admin = client(env.api.url, adminToken);
      // The admin also works as publication operator (orders, proofs).
      const members = await admin.get<Page<{ userId: string; email: string }>>(`/api/t/${slug}/members`);
      const self = members.body.items.find((m) => m.email === demoAdminEmail(slug))!;
      expect((await admin.patch(`/api/t/${slug}/members/${self.userId}`, { roles: ['admin', 'publication-operator'] })).status).toBe(200);
      staff[slug] = client(env.api.url, await login(env.api.url, demoAdminEmail(slug), DEMO_PASSWORD));
      const application = (await dataSource.query(`select id from ${schemas[slug]}.applications where company_id = $1`, [companyId])) as { id: string }[];
      const signed = await staff[slug]!.post<Agreement>(`/api/t/${slug}/agreements`, {
        applicationId: application[0]!.id,
        startsOn: `${YEAR}-01-01`,
        endsOn: `${YEAR}-12-31`,
        ceiling: slug === PB ? 3_000_000 : null,
      });
      expect(signed.status).toBe(201);
      agreements[slug] = signed.body;
      const pagu = await staff[slug]!.raw('PUT', `/api/t/${slug}/budgets/${YEAR}`, { kind: 'dpa', effectiveOn: `${YEAR}-01-02`, total: slug === PB ? 10_000_000 : 1_000_000 });
      expect(pagu.status).toBe(200);
    }
  });

  afterAll(async () => {
    await env.teardown();
    await sink.stop();
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  it('saves settings per year as versions, refusing bad ones with every problem listed', async () => {
    const starting = (await staff[PB]!.get<PublicationSettingsRequest>(`/api/t/${PB}/publication-settings/starting`)).body;
    expect(starting.proofForms.find((f) => f.mediaType === 'online')!.deadlineDays).toBe(2);

    const broken = structuredClone(starting);
    broken.rates.push({ productCode: 'NOPE', tier: 'A', unitPrice: 0 });
    broken.proofForms = broken.proofForms.filter((f) => f.mediaType !== 'tv');
    broken.agreementRates.push({ agreementId: agreements[SMD]!.id, productCode: 'ONL-ADV', unitPrice: 1 });
    const refused = await staff[PB]!.raw<ErrorResponse>('PUT', `/api/t/${PB}/publication-settings/${YEAR}`, broken);
    expect([refused.status, refused.body.code]).toEqual([422, 'PUBLICATION_SETTINGS_INVALID']);
    expect(refused.body.details.map((d) => d.field)).toEqual(expect.arrayContaining([`rates[${starting.rates.length}].productCode`, `rates[${starting.rates.length}].unitPrice`, 'proofForms']));
    expect((await staff[PB]!.get<ErrorResponse>(`/api/t/${PB}/publication-settings/${YEAR}`)).status).toBe(404);

    // An agreement of another region is unknown here (checked once the document itself is sound).
    const foreign = structuredClone(starting);
    foreign.agreementRates.push({ agreementId: agreements[SMD]!.id, productCode: 'ONL-ADV', unitPrice: 1 });
    const unknown = await staff[PB]!.raw<ErrorResponse>('PUT', `/api/t/${PB}/publication-settings/${YEAR}`, foreign);
    expect(unknown.body.details[0]!.message).toMatch(/no agreement/);

    // Pesisir Barat: no infotorial price for tier A; the banner at the agreement's own price.
    const pb = structuredClone(starting);
    pb.rates = pb.rates.filter((r) => !(r.productCode === 'ONL-INF' && r.tier === 'A'));
    pb.agreementRates = [{ agreementId: agreements[PB]!.id, productCode: 'ONL-BNR-HEADER', unitPrice: 1_000_000 }];
    const saved = await staff[PB]!.raw<PublicationSettings>('PUT', `/api/t/${PB}/publication-settings/${YEAR}`, pb);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect((await staff[SMD]!.raw('PUT', `/api/t/${SMD}/publication-settings/${YEAR}`, starting)).status).toBe(200);
  });

  it('issues a numbered order letter at the frozen price, mails it to the media and shows it in one inbox across regions', async () => {
    const created = await order(PB);
    expect(created.status).toBe(201);
    firstOrder = created.body;
    expect(firstOrder).toMatchObject({ status: 'issued', unitPrice: 500_000, amount: 500_000, priceSource: 'tier', tier: 'A', proofDeadline: expect.any(String), settingsVersion: 1 });
    expect(firstOrder.number).toBe(`001/SP/DISKOMINFO/${YEAR}`);
    expect(firstOrder.history.map((h) => h.action)).toEqual(['order.issued']);
    expect((await budget(PB)).committed).toBe(500_000);

    const banner = await order(PB, { productCode: 'ONL-BNR-HEADER' });
    expect(banner.body).toMatchObject({ unitPrice: 1_000_000, priceSource: 'agreement', number: `002/SP/DISKOMINFO/${YEAR}` });

    for (const path of [`/api/t/${PB}/orders/${firstOrder.id}/pdf`, `/api/t/${PB}/media/${companyId}/orders/${firstOrder.id}/pdf`]) {
      const bearer = path.includes('/media/') ? token : undefined;
      const response = await fetch(`${env.api.url}${path}`, {
        headers: { authorization: `Bearer ${bearer ?? (await login(env.api.url, demoAdminEmail(PB), DEMO_PASSWORD))}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // Material for the media: a file attached by staff, read by the media through their order.
    const staffToken = await login(env.api.url, demoAdminEmail(PB), DEMO_PASSWORD);
    const material = await upload(env.api, `/api/t/${PB}/orders/${firstOrder.id}/materials`, pdf('foto kegiatan'), 'foto-kegiatan.pdf', staffToken);
    expect(material.status).toBe(201);
    expect(material.body.materials).toEqual([expect.objectContaining({ name: 'foto-kegiatan.pdf', contentType: 'application/pdf' })]);
    const materialId = material.body.materials[0]!.id;
    const download = await fetch(`${env.api.url}/api/t/${PB}/media/${companyId}/orders/${firstOrder.id}/files/${materialId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await download.arrayBuffer()).toString()).toContain('foto kegiatan');
    expect((await fetch(`${env.api.url}/api/t/${SMD}/media/${companyId}/orders/${firstOrder.id}/files/${materialId}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);

    const worker = await startMailWorker(env.config);
    try {
      const mail = await sink.waitFor((m) => m.to.includes(DEMO_MEDIA.email) && m.subject.includes(firstOrder.number));
      expect(mail.subject).toBe(`Surat pesanan ${firstOrder.number} dari Kabupaten Pesisir Barat`);
      expect(mail.text).toContain(TITLE);
      expect(mail.text).toContain('Rp500.000');
    } finally {
      await worker.close();
    }

    smdOrder = (await order(SMD)).body;
    expect(smdOrder).toMatchObject({ status: 'issued', tier: 'B', unitPrice: 400_000, number: `001/SP/DISKOMINFO/${YEAR}` });
    const inbox = await media().get<Page<MediaInboxOrder>>(`/api/media/companies/${companyId}/orders?pageSize=2`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.total).toBe(3);
    expect(inbox.body.items.map((o) => [o.tenant.slug, o.id])).toEqual([
      [SMD, smdOrder.id],
      [PB, banner.body.id],
    ]);
    const second = await media().get<Page<MediaInboxOrder>>(`/api/media/companies/${companyId}/orders?pageSize=2&page=2`);
    expect(second.body.items.map((o) => o.id)).toEqual([firstOrder.id]);
    expect(second.body.items[0]!.tenant).toEqual({ slug: PB, name: 'Kabupaten Pesisir Barat' });
    const tenantList = await media().get<Page<OrderSummary>>(`/api/t/${PB}/media/${companyId}/orders`);
    expect(tenantList.body.total).toBe(2);

    // Another company's people, and another region's ids, find nothing.
    await client(env.api.url).post('/api/media/register', { email: 'redaksi@lain.id', password: 'Media-Lain-2026', name: 'Orang Lain', company: { legalName: 'PT Lain', legalForm: 'PT' } });
    const stranger = client(env.api.url, await login(env.api.url, 'redaksi@lain.id', 'Media-Lain-2026'));
    expect((await stranger.get(`/api/media/companies/${companyId}/orders`)).status).toBe(404);
    expect((await staff[SMD]!.get<ErrorResponse>(`/api/t/${SMD}/orders/${firstOrder.id}`)).status).toBe(404);
    expect((await media().get<ErrorResponse>(`/api/t/${SMD}/media/${companyId}/orders/${firstOrder.id}`)).status).toBe(404);
    expect((await staff[SMD]!.post<ErrorResponse>(`/api/t/${SMD}/orders/${firstOrder.id}/proof/accept`, { version: 1 })).status).toBe(404);
  });

  it('lists orders with filters, sorting and pages, and shows the distribution between outlets', async () => {
    const list = await staff[PB]!.get<Page<OrderSummary>>(`/api/t/${PB}/orders?fiscalYear=${YEAR}&status=issued,accepted&mediaType=online&sort=amount&direction=desc`);
    expect(list.body.items.map((o) => o.amount)).toEqual([1_000_000, 500_000]);
    const q = await staff[PB]!.get<Page<OrderSummary>>(`/api/t/${PB}/orders?q=${encodeURIComponent('pasar rakyat')}&productCode=ONL-ADV&pageSize=1`);
    expect([q.body.total, q.body.items.map((o) => o.id)]).toEqual([1, [firstOrder.id]]);
    const none = await staff[PB]!.get<Page<OrderSummary>>(`/api/t/${PB}/orders?status=paid&status=claimed`);
    expect(none.body.total).toBe(0);
    expect((await staff[PB]!.get<ErrorResponse>(`/api/t/${PB}/orders?status=shipped`)).status).toBe(400);

    const distribution = await staff[PB]!.get<DistributionRow[]>(`/api/t/${PB}/orders/distribution?fiscalYear=${YEAR}`);
    expect(distribution.body).toEqual([
      expect.objectContaining({ outlet: expect.objectContaining({ id: outletId }), tier: 'A', orders: 2, spend: 1_500_000, paid: 0, refusal: null, ceiling: 3_000_000 }),
    ]);
  });

  it('refuses orders with a clear error for each check, in order', async () => {
    const noAgreement = await order(PB, { agreementId: '6f1c1a3e-8d1b-4c47-9c55-1f2a3b4c5d6e' });
    expect([noAgreement.status, noAgreement.body.code]).toEqual([422, 'AGREEMENT_REQUIRED']);
    const foreignAgreement = await order(PB, { agreementId: agreements[SMD]!.id });
    expect(foreignAgreement.body.code).toBe('AGREEMENT_REQUIRED');

    const block = await staff[PB]!.post<{ id: string }>(`/api/t/${PB}/outlets/${outletId}/blocks`, { reason: 'Sedang diperiksa Inspektorat', startsOn: TODAY });
    const blocked = await order(PB);
    expect([blocked.status, blocked.body.code]).toEqual([422, 'OUTLET_BLOCKED']);
    expect(blocked.body.details[0]!.message).toContain('Sedang diperiksa Inspektorat');
    const distribution = await staff[PB]!.get<DistributionRow[]>(`/api/t/${PB}/orders/distribution?fiscalYear=${YEAR}`);
    expect(distribution.body[0]).toMatchObject({ blocked: true, refusal: 'OUTLET_BLOCKED' });
    await staff[PB]!.post(`/api/t/${PB}/outlet-blocks/${block.body.id}/lift`);

    const tv = await order(PB, { productCode: 'TV-SPOT30' });
    expect([tv.status, tv.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(tv.body.details[0]!.message).toMatch(/tv product/);
    const noPrice = await order(PB, { productCode: 'ONL-INF' });
    expect([noPrice.status, noPrice.body.code]).toEqual([422, 'PRICE_NOT_FOUND']);

    const ceiling = await order(PB, { quantity: 4 });
    expect([ceiling.status, ceiling.body.code]).toEqual([422, 'AGREEMENT_CEILING_EXCEEDED']);
    expect(ceiling.body.details[0]).toMatchObject({ ceiling: 3_000_000, ordered: 1_500_000, requested: 2_000_000, available: 1_500_000 });

    const overBudget = await order(SMD, { quantity: 2 }); // 800,000 + 400,000 ordered > pagu 1,000,000
    expect([overBudget.status, overBudget.body.code]).toEqual([422, 'BUDGET_EXCEEDED']);
    expect(overBudget.body.details[0]).toMatchObject({ pagu: 1_000_000, committed: 400_000, requested: 800_000, available: 600_000 });

    const past = await order(PB, { publishFrom: '2020-01-01', publishUntil: '2020-01-02' });
    expect(past.body.code).toBe('VALIDATION_FAILED');
    // Nothing of the refused orders was left behind: no number used, no budget held.
    expect((await budget(PB)).committed).toBe(1_500_000);
    expect((await order(PB, { quantity: 1 })).body.number).toBe(`003/SP/DISKOMINFO/${YEAR}`);
  });

  it('lets staff cancel and the media decline before acceptance, releasing the budget; illegal moves are 409', async () => {
    const list = await staff[PB]!.get<Page<OrderSummary>>(`/api/t/${PB}/orders?q=003/SP`);
    const third = list.body.items[0]!;
    const stale = await staff[PB]!.post<ErrorResponse>(`/api/t/${PB}/orders/${third.id}/cancel`, { version: third.version + 1, reason: 'Salah pesan' });
    expect(stale.body.code).toBe('STALE_VERSION');
    const cancelled = await staff[PB]!.post<Order>(`/api/t/${PB}/orders/${third.id}/cancel`, { version: third.version, reason: 'Salah pesan' });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await budget(PB)).committed).toBe(1_500_000);
    const again = await staff[PB]!.post<ErrorResponse>(`/api/t/${PB}/orders/${third.id}/cancel`, { version: cancelled.body.version, reason: 'Salah pesan' });
    expect([again.status, again.body.code]).toEqual([409, 'INVALID_TRANSITION']);

    const declinable = (await order(SMD)).body;
    const declined = await media().post<Order>(`/api/t/${SMD}/media/${companyId}/orders/${declinable.id}/decline`, { reason: 'Jadwal bentrok dengan edisi khusus' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Jadwal bentrok dengan edisi khusus' });
    expect((await budget(SMD)).committed).toBe(400_000);
    expect((await media().post<ErrorResponse>(`/api/t/${SMD}/media/${companyId}/orders/${declinable.id}/accept`)).body.code).toBe('INVALID_TRANSITION');
  });

  it('walks the proof: accept, upload, submit, link check, return, resubmit, accept', async () => {
    const path = `/api/t/${PB}/media/${companyId}/orders/${firstOrder.id}`;
    const early = await media().post<ErrorResponse>(`${path}/proof`, { fields: {} });
    expect([early.status, early.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await media().post<Order>(`${path}/accept`)).body.status).toBe('accepted');
    expect((await media().post<ErrorResponse>(`${path}/accept`)).status).toBe(409);

    const screenshot = await upload(env.api, `${path}/proof-files`, pdf('screenshot'), 'tangkapan.pdf', token);
    expect(screenshot.status).toBe(201);
    const invalid = await media().post<ErrorResponse>(`${path}/proof`, { fields: { url: 'not a url', publishedOn: '2026-02-30', screenshot: 'f'.repeat(64), shoeSize: 42 } });
    expect([invalid.status, invalid.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(invalid.body.details.map((d) => d.field)).toEqual(['fields.shoeSize', 'fields.url', 'fields.publishedOn', 'fields.screenshot']);

    const submitted = await media().post<Order>(`${path}/proof`, { fields: { url: `${siteUrl}/berita/pasar-krui`, publishedOn: TODAY, screenshot: screenshot.body.hash } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('proof-submitted');
    expect(submitted.body.proof).toMatchObject({ status: 'submitted', round: 1, linkChecks: [] });

    const results = await runLinkCheck(env.api.app, firstOrder.id);
    expect(results).toEqual([expect.objectContaining({ field: 'url', reachable: true, httpStatus: 200, verdict: 'match', matchScore: 1, title: `${TITLE} - Faktapers` })]);
    let seen = (await staff[PB]!.get<Order>(`/api/t/${PB}/orders/${firstOrder.id}`)).body;
    expect(seen.proof!.linkChecks[0]).toMatchObject({ verdict: 'match', url: `${siteUrl}/berita/pasar-krui` });

    const returned = await staff[PB]!.post<Order>(`/api/t/${PB}/orders/${firstOrder.id}/proof/return`, { version: seen.proof!.version, note: 'Tautan harus ke halaman berita lengkap' });
    expect(returned.body.status).toBe('proof-returned');
    expect(returned.body.proof).toMatchObject({ status: 'returned', note: 'Tautan harus ke halaman berita lengkap' });
    const staleAccept = await staff[PB]!.post<ErrorResponse>(`/api/t/${PB}/orders/${firstOrder.id}/proof/accept`, { version: seen.proof!.version });
    expect(staleAccept.body.code).toBe('STALE_VERSION');

    const resubmitted = await media().post<Order>(`${path}/proof`, { fields: { url: `${siteUrl}/berita/hilang`, publishedOn: TODAY, screenshot: screenshot.body.hash } });
    expect(resubmitted.body.proof).toMatchObject({ status: 'submitted', round: 2 });
    const unreachable = await runLinkCheck(env.api.app, firstOrder.id);
    expect(unreachable![0]).toMatchObject({ reachable: false, httpStatus: 404, verdict: 'unreachable' });

    seen = (await staff[PB]!.get<Order>(`/api/t/${PB}/orders/${firstOrder.id}`)).body;
    const accepted = await staff[PB]!.post<Order>(`/api/t/${PB}/orders/${firstOrder.id}/proof/accept`, { version: seen.proof!.version });
    expect(accepted.body.status).toBe('proof-accepted');
    expect(accepted.body.history.map((h) => h.action)).toEqual([
      'order.issued',
      'order.material-added',
      'order.accept',
      'proof.file-uploaded',
      'order.submit-proof',
      'proof.link-checked',
      'order.return-proof',
      'order.submit-proof',
      'proof.link-checked',
      'order.accept-proof',
    ]);
    const mediaView = (await media().get<Order>(`/api/t/${PB}/media/${companyId}/orders/${firstOrder.id}`)).body;
    expect(mediaView.history.find((h) => h.action === 'order.issued')!.actor).toBe('staff');
    expect(mediaView.history.find((h) => h.action === 'order.accept')!.actor).toBe(DEMO_MEDIA.email);
    expect(accepted.body.history.find((h) => h.action === 'order.issued')!.actor).toBe(demoAdminEmail(PB));
    // Staff reviewing proofs download its files by their field; a field that holds no file is 404.
    const reviewer = await login(env.api.url, demoAdminEmail(PB), DEMO_PASSWORD);
    const proofFile = await fetch(`${env.api.url}/api/t/${PB}/orders/${firstOrder.id}/proof/files/screenshot`, { headers: { authorization: `Bearer ${reviewer}` } });
    expect([proofFile.status, proofFile.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await proofFile.arrayBuffer()).equals(pdf('screenshot'))).toBe(true);
    expect(proofFile.headers.get('content-disposition')).toContain('tangkapan.pdf');
    expect((await staff[PB]!.get<ErrorResponse>(`/api/t/${PB}/orders/${firstOrder.id}/proof/files/publishedOn`)).body.code).toBe('FILE_NOT_FOUND');
    const file = await fetch(`${env.api.url}/api/t/${PB}/media/${companyId}/orders/${firstOrder.id}/pdf`, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
  });

  it('locks an order past its proof deadline (lazily on a late proof, and by the daily job), then the overdue rule refuses new orders', async () => {
    const late = (await order(PB)).body;
    await media().post(`/api/t/${PB}/media/${companyId}/orders/${late.id}/accept`);
    await backdate(PB, late.id, day(-5), day(-3));
    expect((await budget(PB)).committed).toBe(2_000_000);

    const refused = await order(PB);
    expect([refused.status, refused.body.code]).toEqual([422, 'OUTLET_HAS_OVERDUE_PROOFS']);
    expect(refused.body.details[0]!.message).toContain(late.number);
    const distribution = await staff[PB]!.get<DistributionRow[]>(`/api/t/${PB}/orders/distribution?fiscalYear=${YEAR}`);
    expect(distribution.body[0]).toMatchObject({ overdueProofs: 1, refusal: 'OUTLET_HAS_OVERDUE_PROOFS' });

    const proofFile = await upload(env.api, `/api/t/${PB}/media/${companyId}/orders/${late.id}/proof-files`, pdf('late'), 'late.pdf', token);
    expect([proofFile.status, proofFile.body.code]).toEqual([423, 'ORDER_LOCKED']);
    const tooLate = await media().post<ErrorResponse>(`/api/t/${PB}/media/${companyId}/orders/${late.id}/proof`, { fields: { url: `${siteUrl}/berita/pasar-krui`, publishedOn: day(-5) } });
    expect([tooLate.status, tooLate.body.code]).toEqual([423, 'ORDER_LOCKED']);
    const locked = (await staff[PB]!.get<Order>(`/api/t/${PB}/orders/${late.id}`)).body;
    expect(locked.status).toBe('locked'); // the lock stayed, though the request was refused
    expect(locked.history.at(-1)).toMatchObject({ action: 'order.lock', actor: 'system:proof-deadline' });
    expect((await budget(PB)).committed).toBe(1_500_000);
    expect((await media().post<ErrorResponse>(`/api/t/${PB}/media/${companyId}/orders/${late.id}/proof`, { fields: {} })).status).toBe(423);

    // The rule is the region's: turned off, the outlet gets orders again; one left unanswered is locked by the daily job.
    const current = (await staff[PB]!.get<PublicationSettings>(`/api/t/${PB}/publication-settings/${YEAR}`)).body;
    const { products, rates, agreementRates, proofForms } = current;
    expect((await staff[PB]!.raw('PUT', `/api/t/${PB}/publication-settings/${YEAR}`, { products, rates, agreementRates, proofForms, blockOutletsWithOverdueProofs: false })).status).toBe(200);
    const unanswered = (await order(PB)).body;
    expect(unanswered.status).toBe('issued');
    await backdate(PB, unanswered.id, day(-4), day(-2));
    const run = await env.api.app.get(OverdueLocker).lockDueEverywhere();
    expect(run).toMatchObject({ tenants: 2, locked: 1, failed: [] });
    expect((await staff[PB]!.get<Order>(`/api/t/${PB}/orders/${unanswered.id}`)).body.status).toBe('locked');
    expect((await env.api.app.get(OverdueLocker).lockDueEverywhere()).locked).toBe(0);
    expect((await budget(PB)).committed).toBe(1_500_000);
  });

  it('keeps the link checker off private networks when the allow flag is off', async () => {
    const strict = await startApi({ ...env.config, linkCheckAllowPrivate: false });
    try {
      const path = `/api/t/${SMD}/media/${companyId}/orders/${smdOrder.id}`;
      expect((await media(strict).post<Order>(`${path}/accept`)).body.status).toBe('accepted');
      const shot = await upload(strict, `${path}/proof-files`, pdf('smd'), 'smd.pdf', token);
      for (const url of [`${siteUrl}/berita/pasar-krui`, 'http://10.1.2.3/berita', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]/', 'http://localhost/']) {
        const refused = await media(strict).post<ErrorResponse>(`${path}/proof`, { fields: { url, publishedOn: TODAY, screenshot: shot.body.hash } });
        expect([url, refused.status, refused.body.code]).toEqual([url, 422, 'LINK_TARGET_FORBIDDEN']);
      }
      // A link that passed (here, through the permissive instance) is still refused when checked by a strict one.
      expect((await media().post<Order>(`${path}/proof`, { fields: { url: `${siteUrl}/berita/pasar-krui`, publishedOn: TODAY, screenshot: shot.body.hash } })).status).toBe(200);
      await runLinkCheck(env.api.app, smdOrder.id);
      const adminToken = await login(strict.url, demoAdminEmail(SMD), DEMO_PASSWORD);
      const rerun = await client(strict.url, adminToken).post(`/api/t/${SMD}/orders/${smdOrder.id}/proof/link-check`);
      expect(rerun.status).toBe(202);
      const results = await runLinkCheck(strict.app, smdOrder.id);
      expect(results![0]).toMatchObject({ reachable: false, verdict: 'forbidden', problem: expect.stringMatching(/loopback/) });
      const linkCheck = env.api.app.get(LinkCheckService);
      const strictChecker = strict.app.get(LinkCheckService);
      for (const url of ['http://127.0.0.1/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/']) {
        expect((await strictChecker.check('url', url, TITLE)).verdict).toBe('forbidden');
      }
      expect((await linkCheck.check('url', `${siteUrl}/berita/pasar-krui`, TITLE)).verdict).toBe('match');
    } finally {
      await strict.close();
    }
  });
});
