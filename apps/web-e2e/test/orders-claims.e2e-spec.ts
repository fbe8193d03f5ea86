import { getDataSourceToken } from '@nestjs/typeorm';
import type { Agreement, ApprovalStep, Claim, ClaimSummary, IssuedDocument, MediaMe, Order, Page as ApiPage, PublicationSettingsRequest, TenantMe } from '@sinergi/contracts';
import { DEMO_MEDIA, DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoPartnerships, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { TenantRegistry } from '@sinergi/server/tenancy';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { launchBrowser, openPage, seriousA11yViolations, signIn, until, withScreenshot } from './support/browser';
import { client, login, startWebStack, type WebStack } from './support/stack';

const STEP_TIMEOUT = 120_000;
const TENANT = 'pesisir-barat';
const OFFICIAL_PASSWORD = 'Pejabat-Sinergi-2026';
const KADIS = { email: 'kadis@pesisirbaratkab.go.id', name: 'Kepala Dinas Kominfo' };
const TREASURER = { email: 'bendahara@pesisirbaratkab.go.id', name: 'Dewi Bendahara' };
const CHAIN: ApprovalStep[] = [
  { key: 'kadis', role: 'approving-official', label: 'Kepala Dinas', deadlineDays: 3 },
  { key: 'bendahara', role: 'treasurer', label: 'Bendahara Pengeluaran', deadlineDays: 2 },
];
// A real 1×1 PNG: the photo of the print page the phone's camera takes.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function wibDate(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}
const TODAY = wibDate();
const YEAR = Number(TODAY.slice(0, 4));

describe('Web app: an order, its proof from a phone, a claim through a two-step chain, the payment and the dashboard, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let staff: Page;
  let phone: Page;
  let adminToken: string;
  let outletName: string;
  let companyId: string;
  let orderId: string;
  let orderNumber: string;
  let claimId: string;

  const admin = () => client(stack.url, adminToken);

  /** A member of the tenant who can log in, with these roles set through the members API. */
  async function official(email: string, name: string, roles: string[]): Promise<void> {
    const app = stack.env.api.app;
    const tenant = (await app.get(TenantRegistry).resolve(TENANT))!;
    const id = await app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
      const user = await app.get(UserService).ensureUser(manager, email, name);
      await app.get(UserService).setPassword(manager, user.id, OFFICIAL_PASSWORD);
      await app.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, ['auditor']);
      return user.id;
    });
    expect((await admin().patch(`/api/t/${TENANT}/members/${id}`, { roles })).status).toBe(200);
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack('web-orders'), launchBrowser()]);
    const app = stack.env.api.app;
    const tenants = DEMO_TENANTS.filter((t) => t.slug === TENANT);
    await seedDemoTenants(app, tenants);
    await seedDemoPartnerships(app, tenants);
    const schema = (await app.get(TenantRegistry).resolve(TENANT))!.handle.schema;

    // The partnership cycle has its own browser test: the demo application is made final, then signed.
    const mediaToken = await login(stack.url, DEMO_MEDIA.email, DEMO_PASSWORD);
    const me = (await client(stack.url, mediaToken).get<MediaMe>('/api/media/me')).body;
    companyId = me.companies[0]!.id;
    outletName = me.companies[0]!.outlets[0]!.name;
    await app.get<DataSource>(getDataSourceToken()).query(`update ${schema}.applications set status = 'final', tier = 'A' where company_id = $1`, [companyId]);

    adminToken = await login(stack.url, demoAdminEmail(TENANT), DEMO_PASSWORD);
    const self = (await admin().get<TenantMe>(`/api/t/${TENANT}/me`)).body.user.id;
    expect((await admin().patch(`/api/t/${TENANT}/members/${self}`, { roles: ['admin', 'publication-operator'] })).status).toBe(200);
    adminToken = await login(stack.url, demoAdminEmail(TENANT), DEMO_PASSWORD);
    const [application] = (await app.get<DataSource>(getDataSourceToken()).query(`select id from ${schema}.applications where company_id = $1`, [companyId])) as { id: string }[];
    const agreement = await admin().post<Agreement>(`/api/t/${TENANT}/agreements`, { applicationId: application!.id, startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, ceiling: null });
    expect(agreement.status).toBe(201);

    // The year's budget, prices (the worked example: Rp1,200,000 for this agreement), taxes and chain.
    expect((await admin().raw('PUT', `/api/t/${TENANT}/budgets/${YEAR}`, { kind: 'dpa', effectiveOn: `${YEAR}-01-02`, total: 50_000_000 })).status).toBe(200);
    const settings = (await admin().get<PublicationSettingsRequest>(`/api/t/${TENANT}/publication-settings/starting`)).body;
    settings.agreementRates = [{ agreementId: agreement.body.id, productCode: 'ONL-ADV', unitPrice: 1_200_000 }];
    expect((await admin().raw('PUT', `/api/t/${TENANT}/publication-settings/${YEAR}`, settings)).status).toBe(200);
    const taxes = (await admin().get<Record<string, unknown>>(`/api/t/${TENANT}/tax-settings/starting`)).body;
    expect((await admin().raw('PUT', `/api/t/${TENANT}/tax-settings/${YEAR}`, { ...taxes, ppnCollectionThreshold: 1_000_000 })).status).toBe(200);
    expect((await admin().raw('PUT', `/api/t/${TENANT}/approval-chains/claim`, { steps: CHAIN })).status).toBe(200);
    await official(KADIS.email, KADIS.name, ['approving-official']);
    await official(TREASURER.email, TREASURER.name, ['treasurer']);

    staff = await openPage(browser, stack.url);
    const phoneContext = await browser.newContext({ baseURL: stack.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phoneContext.setDefaultTimeout(20_000);
    phone = await phoneContext.newPage();
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, STEP_TIMEOUT);

  const step = (name: string, page: () => Page, body: () => Promise<void>) => it(name, () => withScreenshot(page(), name, body), STEP_TIMEOUT);

  step('staff order from the distribution table: an order over the pagu is refused in place with the figures, then one is issued', () => staff, async () => {
    await signIn(staff, demoAdminEmail(TENANT), DEMO_PASSWORD);
    // The tenant area opens on the dashboard for who may read it (its tab first in the bar).
    await staff.goto(`/t/${TENANT}`);
    await staff.waitForURL(`**/t/${TENANT}/dashboard`);
    await staff.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor();
    const tabs = staff.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link');
    expect(await tabs.first().textContent()).toContain('Dasbor');
    await staff.goto(`/t/${TENANT}/orders`);
    await staff.getByRole('heading', { level: 1, name: 'Surat pesanan' }).waitFor();
    for (const tab of ['Dasbor', 'Pesanan', 'Tagihan', 'Pembayaran', 'Anggaran', 'Pajak', 'Alur persetujuan']) {
      await staff.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: tab, exact: true }).waitFor();
    }
    await staff.getByText('Tidak ada pesanan yang cocok.').waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);

    await staff.getByRole('link', { name: 'Pesanan baru' }).first().click();
    await staff.getByRole('heading', { level: 1, name: 'Pesanan baru' }).waitFor();
    const distribution = staff.getByRole('table', { name: 'Media yang memiliki perjanjian' });
    await distribution.getByRole('row').filter({ hasText: outletName }).getByText('Dapat dipesan').waitFor();
    await staff.getByRole('radio', { name: outletName }).check();
    const form = staff.getByRole('form', { name: 'Isi pesanan' });
    await form.getByText(`Media terpilih: ${outletName} (kelas A)`).waitFor();
    await form.getByText('Harga perjanjian Rp1.200.000 per satuan; total Rp1.200.000').waitFor();
    await form.getByLabel('Judul materi').fill('Bupati Resmikan Pasar Rakyat Krui');
    await form.getByLabel('Isi materi').fill('Bupati Pesisir Barat meresmikan Pasar Rakyat Krui pada hari ini.');
    expect(await seriousA11yViolations(staff)).toEqual([]);

    // 50 × Rp1,200,000 is more than the pagu of Rp50,000,000: BUDGET_EXCEEDED, shown with its figures.
    await form.getByLabel('Jumlah').fill('50');
    await form.getByRole('button', { name: 'Terbitkan pesanan' }).click();
    const refusal = form.getByRole('alert');
    await refusal.getByText(/melebihi pagu/).waitFor();
    await refusal.getByRole('definition').filter({ hasText: 'Rp60.000.000' }).waitFor();
    await refusal.getByRole('definition').filter({ hasText: 'Rp50.000.000' }).first().waitFor();

    await form.getByLabel('Jumlah').fill('1');
    await form.getByRole('button', { name: 'Terbitkan pesanan' }).click();
    await staff.getByRole('heading', { level: 1, name: /^Surat pesanan / }).waitFor();
    orderId = staff.url().split('/').pop()!;
    const order = (await admin().get<Order>(`/api/t/${TENANT}/orders/${orderId}`)).body;
    expect(order).toMatchObject({ status: 'issued', amount: 1_200_000, priceSource: 'agreement', outlet: { name: outletName } });
    orderNumber = order.number;
    await staff.getByText('Status: Terbit').waitFor();
    await staff.getByRole('button', { name: 'Unduh surat pesanan (PDF)' }).waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);
  });

  step('the media accept the order and send the proof from a phone, the print page photographed with the camera', () => phone, async () => {
    await signIn(phone, DEMO_MEDIA.email, DEMO_PASSWORD);
    await phone.goto('/media/orders');
    await phone.getByRole('heading', { level: 1, name: 'Pesanan masuk' }).waitFor();
    await phone.getByRole('link', { name: orderNumber }).click();
    await phone.getByRole('heading', { level: 1, name: orderNumber }).waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Terima pesanan' }).click();
    await phone.getByRole('status').getByText('Pesanan diterima.', { exact: false }).waitFor();

    const proof = phone.getByRole('form', { name: 'Kirim bukti tayang' });
    // The fields come from the order's proof form (the tenant's form for online media), labelled in Bahasa Indonesia.
    const link = proof.getByLabel('Tautan berita', { exact: true });
    expect(await link.getAttribute('type')).toBe('url');
    expect(await proof.getByLabel('Tanggal tayang', { exact: true }).getAttribute('type')).toBe('date');
    // Sending it empty names every field to fill, and puts the keyboard on the first one.
    await proof.getByRole('button', { name: 'Kirim bukti tayang' }).click();
    await proof.getByText('Periksa isian yang ditandai lalu kirim lagi.').waitFor();
    await proof.getByText('Tautan berita wajib diisi.').waitFor();
    await proof.getByText('Ambil foto atau pilih berkas untuk Tangkapan layar.').waitFor();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    // The form checks the link as it is typed, with the API's rule.
    await link.fill('faktapers.id/berita');
    await proof.getByText('Tulis alamat lengkap yang diawali http:// atau https://.').waitFor();
    await link.fill(`https://faktapers.id/berita/${orderId}`);
    await proof.getByText('Tulis alamat lengkap yang diawali http:// atau https://.').waitFor({ state: 'detached' });
    await proof.getByLabel('Tanggal tayang', { exact: true }).fill(TODAY);
    const camera = proof.locator('input[type=file][capture=environment]').last();
    expect(await camera.getAttribute('accept')).toBe('image/*');
    await proof.getByLabel('Foto untuk Tangkapan layar').setInputFiles({ name: 'halaman-koran.png', mimeType: 'image/png', buffer: PHOTO });
    await proof.getByText('halaman-koran.png terunggah').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await proof.getByRole('button', { name: 'Kirim bukti tayang' }).click();
    await phone.getByRole('status').getByText('Bukti tayang terkirim.').waitFor();
    await phone.getByText('Status: Bukti tayang dikirim').waitFor();
    const sent = (await admin().get<Order>(`/api/t/${TENANT}/orders/${orderId}`)).body;
    expect(sent.status).toBe('proof-submitted');
    expect(Object.keys(sent.proof!.fields).sort()).toEqual(['publishedOn', 'screenshot', 'url']);
  });

  step('staff see the proof with its link check and accept it', () => staff, async () => {
    await staff.reload();
    const proof = staff.getByRole('region', { name: 'Bukti tayang' });
    await proof.getByText(`https://faktapers.id/berita/${orderId}`).waitFor();
    await proof.getByRole('heading', { name: 'Pemeriksaan tautan' }).waitFor();
    // The photographed page, downloaded as the media sent it.
    const [download] = await Promise.all([staff.waitForEvent('download'), proof.getByRole('button', { name: 'Unduh Tangkapan layar' }).click()]);
    expect(download.suggestedFilename()).toBe('halaman-koran.png');
    expect(readFileSync((await download.path())!)).toEqual(PHOTO);
    await proof.getByRole('button', { name: 'Terima bukti tayang' }).click();
    await staff.getByRole('status').getByText('Bukti tayang diterima.').waitFor();
    await staff.getByText('Status: Bukti tayang diterima').waitFor();
  });

  step('the media bundle the accepted proof into a claim and follow it', () => phone, async () => {
    await phone.goto('/media/claims');
    await phone.getByRole('heading', { level: 1, name: 'Tagihan' }).waitFor();
    await phone.getByText('Belum ada tagihan. Setelah bukti tayang Anda diterima daerah, ajukan tagihannya di sini.').waitFor();
    await phone.getByRole('link', { name: 'Ajukan tagihan baru' }).first().click();
    await phone.getByRole('heading', { level: 1, name: 'Ajukan tagihan' }).waitFor();
    await phone.getByRole('checkbox', { name: new RegExp(orderNumber.replace(/[/.]/g, '\\$&')) }).check();
    await phone.getByRole('status').getByText('1 dipilih, Rp1.200.000').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Ajukan tagihan' }).click();
    await phone.getByRole('heading', { level: 1, name: /^Tagihan \d+\/TAG\// }).waitFor();
    claimId = phone.url().split('/').pop()!;
    await phone.getByText('Bruto Rp1.200.000, dibayar bersih Rp1.059.459').waitFor();
    await phone.getByText('Status: Dalam persetujuan', { exact: false }).waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
  });

  step('the approving official approves from the inbox (a double click approves once), then the treasurer', () => staff, async () => {
    const kadis = await openPage(browser, stack.url);
    await signIn(kadis, KADIS.email, OFFICIAL_PASSWORD);
    await kadis.goto(`/t/${TENANT}/approvals`);
    await kadis.getByRole('heading', { level: 1, name: 'Persetujuan' }).waitFor();
    const item = kadis.getByRole('listitem').filter({ hasText: 'Langkah Kepala Dinas (approving-official)' });
    await item.waitFor();
    expect(await seriousA11yViolations(kadis)).toEqual([]);
    await item.getByRole('button', { name: 'Setujui' }).dblclick();
    await kadis.getByRole('status').getByText(/Keputusan untuk .* tersimpan\./).waitFor();
    await kadis.getByText('Tidak ada yang menunggu keputusan Anda.').waitFor();
    await kadis.context().close();
    const afterKadis = (await admin().get<Claim>(`/api/t/${TENANT}/claims/${claimId}`)).body;
    expect(afterKadis.approval).toMatchObject({ status: 'in-progress', currentStep: 'bendahara' });
    expect(afterKadis.approval!.actions.filter((a) => a.action === 'approve')).toHaveLength(1);

    const treasurer = await openPage(browser, stack.url);
    await signIn(treasurer, TREASURER.email, OFFICIAL_PASSWORD);
    await treasurer.goto(`/t/${TENANT}/approvals`);
    const waiting = treasurer.getByRole('listitem').filter({ hasText: 'Langkah Bendahara Pengeluaran (treasurer)' });
    await waiting.getByRole('button', { name: 'Setujui' }).click();
    await treasurer.getByRole('status').getByText(/tersimpan/).waitFor();
    expect((await admin().get<Claim>(`/api/t/${TENANT}/claims/${claimId}`)).body.status).toBe('approved');

    // The treasurer pays: SP2D and the tax receipts, prefilled from what the claim withholds.
    await treasurer.goto(`/t/${TENANT}/claims/${claimId}`);
    const pay = treasurer.getByRole('form', { name: 'Catat pembayaran (SP2D)' });
    await pay.waitFor();
    expect(await pay.getByLabel('Nilai dibayar (rupiah)').inputValue()).toBe('1059459');
    const history = treasurer.getByRole('table', { name: 'Riwayat persetujuan' });
    await history.waitFor();
    const approved = (await admin().get<Claim>(`/api/t/${TENANT}/claims/${claimId}`)).body.approval!.actions.filter((a) => a.action === 'approve');
    expect(approved.map((a) => a.stepKey)).toEqual(['kadis', 'bendahara']);
    for (const action of approved) await history.getByRole('row').filter({ hasText: action.actor.name }).first().waitFor();
    expect(await seriousA11yViolations(treasurer)).toEqual([]);
    await pay.getByRole('button', { name: /^Catat pembayaran/ }).click();
    await pay.getByText('NTPN terdiri dari 16 huruf atau angka.').first().waitFor();
    await pay.getByLabel('Nomor SP2D').fill(`00042/SP2D/LS/${YEAR}`);
    const ntpns = pay.getByLabel(/^NTPN /);
    const count = await ntpns.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await ntpns.nth(i).fill(`A1B2C3D4E5F6G7H${i}`);
    await pay.getByRole('button', { name: 'Catat pembayaran Rp1.059.459' }).click();
    await treasurer.getByRole('status').getByText(`Pembayaran dengan SP2D 00042/SP2D/LS/${YEAR} tercatat.`).waitFor();
    await treasurer.getByRole('region', { name: 'Pembayaran' }).getByText(/Dibayar dengan SP2D/).waitFor();
    await treasurer.getByRole('button', { name: /^Kuitansi/ }).waitFor();

    // The payments list: the SP2D row with its amount, its claim and its documents; the text filter finds it (or not).
    const claimNumber = (await admin().get<Claim>(`/api/t/${TENANT}/claims/${claimId}`)).body.number;
    await treasurer.goto(`/t/${TENANT}/payments`);
    await treasurer.getByRole('heading', { level: 1, name: 'Pembayaran (SP2D)' }).waitFor();
    const payments = treasurer.getByRole('table', { name: 'Pembayaran' });
    const paymentRow = payments.getByRole('row').filter({ hasText: `00042/SP2D/LS/${YEAR}` });
    await paymentRow.getByText('Rp1.059.459', { exact: true }).waitFor();
    await paymentRow.getByRole('link', { name: claimNumber }).waitFor();
    await paymentRow.getByRole('button', { name: /^Unduh Kuitansi \S+ tagihan / }).waitFor();
    await treasurer.getByText('1 pembayaran, total Rp1.059.459').waitFor();
    expect(await seriousA11yViolations(treasurer)).toEqual([]);
    const search = treasurer.getByLabel('Cari SP2D, tagihan, media atau perusahaan');
    await search.fill('SP2D-yang-tidak-ada');
    await treasurer.getByText(/Belum ada pembayaran yang cocok/).waitFor();
    expect(await until(async () => treasurer.url(), (url) => url.includes('q=SP2D-yang-tidak-ada'))).toContain('q=SP2D-yang-tidak-ada');
    await search.fill('00042/sp2d');
    await paymentRow.waitFor();
    await treasurer.getByText('1 pembayaran, total Rp1.059.459').waitFor();
    expect(await seriousA11yViolations(treasurer)).toEqual([]);
    await treasurer.context().close();
    const paid = await admin().get<ApiPage<ClaimSummary>>(`/api/t/${TENANT}/claims?status=paid`);
    expect(paid.body.items.map((c) => [c.id, c.net])).toEqual([[claimId, 1_059_459]]);
  });

  step('on the phone, the claims list of every region shows the claim paid, filters by status and sorts', () => phone, async () => {
    const claim = (await admin().get<Claim>(`/api/t/${TENANT}/claims/${claimId}`)).body;
    await phone.goto('/media/claims');
    await phone.getByRole('heading', { level: 1, name: 'Tagihan' }).waitFor();
    const list = phone.getByRole('list', { name: 'Daftar tagihan' });
    const card = list.getByRole('listitem').filter({ hasText: claim.number });
    await card.getByText('Kabupaten Pesisir Barat', { exact: false }).waitFor();
    await card.getByText('Dibayar', { exact: true }).waitFor();
    await card.getByText(/Dibayar \d+ .*: Rp1\.059\.459 diterima bersih/).waitFor();
    await card.getByText('bruto Rp1.200.000, bersih Rp1.059.459', { exact: false }).waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);

    await phone.getByLabel('Status', { exact: true }).selectOption({ label: 'Dikembalikan' });
    await phone.getByText('Tidak ada tagihan yang cocok dengan saringan ini.').waitFor();
    expect(phone.url()).toContain('status=returned');
    await phone.getByLabel('Status', { exact: true }).selectOption({ label: 'Dibayar' });
    await card.waitFor();
    await phone.getByLabel('Urutkan', { exact: true }).selectOption({ label: 'Nilai terbesar dulu' });
    expect(await until(() => Promise.resolve(phone.url()), (url) => url.includes('sort=-gross'))).toContain('sort=-gross');
    await card.getByRole('link', { name: claim.number }).click();
    await phone.getByRole('heading', { level: 1, name: /^Tagihan \d+\/TAG\// }).waitFor();
    await phone.getByText('Status: Dibayar', { exact: false }).waitFor();
  });

  step("the region's public page shows its partners and what it paid, to anyone, on a phone", () => phone, async () => {
    const visitor = await browser.newContext({ baseURL: stack.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    visitor.setDefaultTimeout(20_000);
    const anonymous = await visitor.newPage();
    await withScreenshot(anonymous, 'public page', async () => {
      await anonymous.goto('/public');
      await anonymous.getByRole('heading', { level: 1, name: 'Daerah yang membuka pendaftaran media' }).waitFor();
      await anonymous.getByRole('link', { name: 'Kabupaten Pesisir Barat' }).click();
      await anonymous.getByRole('heading', { level: 1, name: 'Kabupaten Pesisir Barat' }).waitFor();
      const partners = anonymous.getByRole('table', { name: 'Media mitra' });
      await partners.getByRole('row').filter({ hasText: outletName }).getByText('Media siber').waitFor();
      await anonymous.getByText(`Total dibayar tahun ${YEAR}: Rp1.200.000`).waitFor();
      const perOutlet = anonymous.getByRole('table', { name: 'Per media' });
      await perOutlet.getByRole('row').filter({ hasText: outletName }).getByText('Rp1.200.000').waitFor();
      await anonymous.getByRole('table', { name: 'Per jenis media' }).getByRole('row').filter({ hasText: 'Media siber' }).getByText('Rp1.200.000').waitFor();
      // Sortable by keyboard, and it says so.
      const header = partners.getByRole('columnheader', { name: /Perusahaan/ });
      await header.getByRole('button').focus();
      await anonymous.keyboard.press('Enter');
      expect(await until(() => header.getAttribute('aria-sort'), (sort) => sort === 'ascending')).toBe('ascending');
      expect(await seriousA11yViolations(anonymous)).toEqual([]);

      // A region that stops publishing: its page says so, in place.
      expect((await admin().patch(`/api/t/${TENANT}/profile`, { publicPage: false, publicSpending: false })).status).toBe(200);
      await anonymous.reload();
      await anonymous.getByText('Daerah ini tidak menerbitkan halaman publik.', { exact: false }).waitFor();
      expect(await seriousA11yViolations(anonymous)).toEqual([]);
    });
    await visitor.close();
  });

  step('the dashboard shows the realised spending, the outlet and nothing waiting; the media see the claim paid', () => staff, async () => {
    await staff.goto(`/t/${TENANT}/dashboard`);
    await staff.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor();
    const figures = staff.getByRole('region', { name: 'Angka anggaran' });
    await figures.getByText('Rp50.000.000').waitFor();
    // Paid: the order's amount moved from committed to realised.
    const realised = figures.locator('.tile').filter({ hasText: 'Terealisasi' });
    expect(await until(() => realised.textContent(), (text) => (text ?? '').includes('Rp1.200.000'))).toContain('Rp1.200.000');
    expect(await figures.locator('.tile').filter({ hasText: 'Terikat' }).textContent()).toContain('Rp0');
    await staff.getByRole('table', { name: 'Belanja per media' }).getByRole('row').filter({ hasText: outletName }).waitFor();
    await staff.getByRole('img', { name: new RegExp(`Grafik realisasi per bulan tahun ${YEAR}`) }).waitFor();
    await staff.getByText('Tidak ada persetujuan yang menunggu.').waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);

    await phone.reload();
    await phone.getByText('Status: Dibayar', { exact: false }).waitFor();
  });

  step('staff find the numbered documents in the register: the agreement, the order letter and the kwitansi, by kind, with the PDF and the object', () => staff, async () => {
    const issued = (await admin().get<ApiPage<IssuedDocument>>(`/api/t/${TENANT}/documents?pageSize=100`)).body.items;
    const agreement = issued.find((d) => d.kind === 'agreement')!;
    const receipt = issued.find((d) => d.kind === 'receipt')!;
    expect(issued.filter((d) => d.kind === 'order').map((d) => d.number)).toContain(orderNumber);
    expect(receipt.objectId).toBe(claimId);

    await staff.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Dokumen', exact: true }).click();
    await staff.getByRole('heading', { level: 1, name: 'Register dokumen' }).waitFor();
    const table = staff.getByRole('table', { name: 'Dokumen yang diterbitkan' });
    for (const [number, kind] of [[agreement.number, 'Perjanjian kerja sama (PKS)'], [orderNumber, 'Surat pesanan'], [receipt.number, 'Kwitansi']] as const) {
      await table.getByRole('row').filter({ hasText: number }).getByText(kind, { exact: true }).waitFor();
    }
    expect(await seriousA11yViolations(staff)).toEqual([]);

    // Only the kwitansi, then its PDF under its number.
    await staff.getByRole('combobox', { name: 'Jenis dokumen' }).click();
    await staff.getByRole('option', { name: 'Kwitansi', exact: true }).click();
    const rows = table.locator('tbody tr');
    expect(await until(() => rows.allTextContents(), (texts) => texts.length === 1 && texts[0]!.includes(receipt.number))).toHaveLength(1);
    const [download] = await Promise.all([staff.waitForEvent('download'), table.getByRole('button', { name: `Unduh ${receipt.number}` }).click()]);
    expect(download.suggestedFilename()).toBe(`${receipt.number.replace(/[^\w.-]+/g, '-')}.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    // A search that finds nothing says so; the claim is one click from its kwitansi.
    const search = staff.getByLabel('Cari nomor atau nama');
    await search.fill('tidak-ada-nomor-ini');
    await staff.getByText('Tidak ada dokumen yang cocok.').waitFor();
    await search.fill(receipt.number);
    await table.getByRole('row').filter({ hasText: receipt.number }).getByRole('link', { name: 'Tagihan', exact: true }).click();
    await staff.waitForURL(`**/t/${TENANT}/claims/${claimId}`);
  });

  step('the admin names an acting official (Plt.) for the Kepala Dinas while away, then revokes it', () => staff, async () => {
    await staff.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Pelaksana tugas', exact: true }).click();
    await staff.getByRole('heading', { level: 1, name: 'Pelaksana tugas (Plt./Plh.)' }).waitFor();
    await staff.getByText('Belum ada delegasi. Buat delegasi di atas ketika pejabat berhalangan.').waitFor();
    const form = staff.getByRole('form', { name: 'Delegasi baru' });
    await form.getByRole('combobox', { name: 'Pejabat yang berhalangan' }).click();
    await staff.getByRole('option', { name: KADIS.name }).click();
    // Only the roles the Kepala Dinas holds can be handed on.
    await form.getByRole('combobox', { name: 'Peran' }).click();
    const roles = staff.getByRole('option');
    expect(await until(() => roles.allTextContents(), (names) => names.length === 1)).toEqual([expect.stringMatching(/Pejabat/)]);
    await roles.first().click();
    await form.getByRole('combobox', { name: 'Pelaksana tugas' }).click();
    await staff.getByRole('option', { name: TREASURER.name }).click();
    await form.getByLabel('Sampai').fill(wibDate(3));
    await form.getByLabel(/^Alasan/).fill('Dinas luar ke Bandar Lampung');
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await form.getByRole('button', { name: 'Buat delegasi' }).click();
    await staff.getByRole('status').getByText('Delegasi dibuat.').waitFor();
    const row = staff.getByRole('table', { name: 'Daftar delegasi' }).getByRole('row').filter({ hasText: 'Dinas luar ke Bandar Lampung' });
    await row.getByText('Berlaku').waitFor();
    const [delegation] = (await admin().get<{ id: string; role: string; to: { name: string } }[]>(`/api/t/${TENANT}/delegations`)).body;
    expect(delegation).toMatchObject({ role: 'approving-official', to: { name: TREASURER.name } });

    await row.getByRole('button', { name: `Cabut delegasi kepada ${TREASURER.name}` }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cabut' }).click();
    await staff.getByRole('status').getByText('Delegasi dicabut.').waitFor();
    await row.getByText('Dicabut').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
  });
});
