import type {
  Application,
  ApplicationSummary,
  ErrorResponse,
  LoginResponse,
  MediaMe,
  MediaOutlet,
  Page as ApiPage,
  StartingConfiguration,
} from '@sinergi/contracts';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousA11yViolations, signIn, until, withScreenshot } from './support/browser';
import { client, login, startWebStack, type WebStack } from './support/stack';

const STEP_TIMEOUT = 90_000;
const SAMARINDA = 'kota-samarinda';
const PESISIR_BARAT = 'pesisir-barat';
const MEDIA = { email: 'redaksi@kaltimdaily.id', password: 'Kaltim-Daily-2026', outlet: 'kaltimdaily.id' };

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}
const YEAR = Number(wibDate(0).slice(0, 4));

function pdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

describe('Web app: a tenant admin runs the partnership cycle from the rules to a tier, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let applicationId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack('web-partnership'), launchBrowser()]);
    await seedDemoTenants(stack.env.api.app, DEMO_TENANTS.filter((t) => t.slug === SAMARINDA));
    adminToken = await login(stack.url, demoAdminEmail(SAMARINDA), DEMO_PASSWORD);
    page = await openPage(browser, stack.url);
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, STEP_TIMEOUT);

  const step = (name: string, body: () => Promise<void>) => it(name, () => withScreenshot(page, name, body), STEP_TIMEOUT);

  /** A press company with a complete dossier (as the API's partnership-cycle test prepares it), applying to Samarinda. */
  async function prepareMediaAndApply(): Promise<string> {
    const registered = await client(stack.url).post<MediaMe>('/api/media/register', {
      email: MEDIA.email,
      password: MEDIA.password,
      name: 'Rahmat Hidayat',
      company: { legalName: 'PT Kaltim Daily Media', legalForm: 'PT' },
    });
    const companyId = registered.body.companies[0]!.id;
    const token = (await client(stack.url).post<LoginResponse>('/api/auth/login', { email: MEDIA.email, password: MEDIA.password })).body.accessToken;
    const media = client(stack.url, token);
    const profile = (await media.get<{ version: number }>(`/api/media/companies/${companyId}`)).body;
    expect(
      (
        await media.patch(`/api/media/companies/${companyId}`, {
          version: profile.version,
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
        })
      ).status,
    ).toBe(200);
    for (const person of [
      { name: 'Rahmat Hidayat', position: 'pemimpin-redaksi', ukwLevel: 'utama', ukwCertificateNumber: 'UKW-U-1234', ukwCertifiedOn: '2019-05-01', ktpRegionCode: '64.72' },
      { name: 'Suryadi', position: 'bureau-chief', ukwLevel: 'madya', ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: '18.13' },
    ]) {
      expect((await media.post(`/api/media/companies/${companyId}/people`, person)).status).toBe(201);
    }
    const outlet = await media.post<MediaOutlet>(`/api/media/companies/${companyId}/outlets`, {
      name: MEDIA.outlet,
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
    expect(outlet.status).toBe(201);
    const upload = async (documentType: string, extra: Record<string, string>) => {
      const form = new FormData();
      form.set('documentType', documentType);
      for (const [key, value] of Object.entries(extra)) form.set(key, value);
      form.set('file', new Blob([new Uint8Array(pdf(documentType))], { type: 'application/pdf' }), `${documentType}.pdf`);
      const response = await fetch(`${stack.url}/api/media/companies/${companyId}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
    };
    for (const type of ['akta-pendirian', 'sk-kemenkumham', 'nib', 'npwp', 'bank-account', 'ktp-penanggung-jawab', 'pkp-certificate', 'ukw-certificate', 'e-katalog-registration']) {
      await upload(type, { number: `${type.toUpperCase()}/001` });
    }
    for (const type of ['spt', 'domicile-letter', 'constituent-membership']) await upload(type, { expiresOn: wibDate(400) });
    await upload('masthead', { outletId: outlet.body.id });
    const applied = await media.post<Application[] & ErrorResponse>(`/api/t/${SAMARINDA}/media/${companyId}/applications`, {
      fiscalYear: YEAR,
      outletIds: [outlet.body.id],
    });
    expect(applied.status).toBe(201);
    return applied.body[0]!.id;
  }

  step('the admin starts the year from the strict configuration, sees a broken value named in place, fixes it and saves', async () => {
    await signIn(page, demoAdminEmail(SAMARINDA), DEMO_PASSWORD);
    await page.goto(`/t/${SAMARINDA}/configuration?year=${YEAR}`);
    await page.getByRole('heading', { level: 1, name: 'Konfigurasi kemitraan' }).waitFor();
    await page.getByText(`Belum ada konfigurasi untuk tahun ${YEAR}.`).waitFor();
    // The partnership pages are in the tenant's tab bar.
    const tabs = page.getByRole('navigation', { name: 'Halaman ruang kerja' });
    for (const tab of ['Konfigurasi', 'Pendaftaran', 'Pengumuman', 'Perjanjian', 'Studi tiru']) await tabs.getByRole('link', { name: tab, exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Konfigurasi awal' }).click();
    await page.getByRole('option', { name: /^Ketat/ }).click();
    await page.getByRole('button', { name: 'Mulai dari konfigurasi awal' }).click();
    const editor = page.getByRole('form', { name: 'Ubah konfigurasi' });
    await editor.waitFor();
    await editor.getByLabel('Nama penanda tangan', { exact: true }).fill('Drs. Kepala Dinas');
    await editor.getByLabel('Verifikasi faktual sebelum penetapan kelas').check();
    const dates = { 'Pendaftaran dibuka': -1, 'Pendaftaran ditutup': 5, Pengumuman: 6, 'Masa sanggah dibuka': 7, 'Masa sanggah ditutup': 8, 'Penetapan akhir': 9 };
    for (const [label, offset] of Object.entries(dates)) await editor.getByLabel(label, { exact: true }).fill(wibDate(offset));

    const rule = editor.getByRole('group', { name: /active-two-years/ });
    const value = rule.getByLabel('Nilai', { exact: true });
    expect(await value.inputValue()).toBe('24');
    await value.fill('');
    await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await editor.getByRole('alert').filter({ hasText: /1 masalah/ }).waitFor();
    // In the UI's language, next to the rule it names (the API answers in Bahasa Indonesia when asked).
    await rule.getByText('nilai harus berupa angka, bukan null').waitFor();
    // Only the broken rule carries a problem.
    expect(await editor.locator('.problem').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await value.fill('24');
    await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await page.getByRole('status').filter({ hasText: 'Konfigurasi disimpan sebagai versi 1.' }).waitFor();
    await page.getByRole('heading', { name: `Versi 1 berlaku untuk ${YEAR}` }).waitFor();
    await page.getByRole('table', { name: 'Riwayat versi' }).getByText('v1').waitFor();
    await page.getByRole('table', { name: 'Aturan kelayakan' }).getByText('active-two-years').waitFor();
  });

  step('an application prepared through the API appears in the filtered list, which passes axe', async () => {
    await prepareMediaAndApply();
    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Pendaftaran', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pendaftaran media' }).waitFor();
    const table = page.getByRole('table', { name: 'Daftar pendaftaran' });
    await table.getByRole('link', { name: MEDIA.outlet }).waitFor();
    await page.getByLabel('Cari media atau perusahaan').fill('tidak ada');
    await page.getByText('Tidak ada pendaftaran yang cocok.').waitFor();
    await page.getByLabel('Cari media atau perusahaan').fill('kaltim');
    const row = table.getByRole('row').filter({ hasText: MEDIA.outlet });
    await row.getByText('Diajukan').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('the admin tests a stricter rule against the company that applied, live, before saving anything', async () => {
    await page.goto(`/t/${SAMARINDA}/configuration?year=${YEAR}`);
    await page.getByRole('button', { name: 'Ubah versi ini' }).click();
    const editor = page.getByRole('form', { name: 'Ubah konfigurasi' });
    const preview = editor.getByRole('region', { name: 'Uji terhadap perusahaan media' });
    await preview.getByRole('combobox', { name: 'Perusahaan media' }).click();
    await page.getByRole('option', { name: 'PT Kaltim Daily Media' }).click();
    const outlet = preview.getByRole('article', { name: MEDIA.outlet });
    await outlet.getByText('Memenuhi syarat', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Ten years of activity instead of two: the same dossier would now fail that rule.
    const value = editor.getByRole('group', { name: /active-two-years/ }).getByLabel('Nilai', { exact: true });
    await value.fill('120');
    await outlet.getByText('Tidak memenuhi syarat', { exact: true }).waitFor();
    await editor.getByRole('button', { name: 'Batal' }).click();
    const saved = await client(stack.url, adminToken).get<{ version: number }>(`/api/t/${SAMARINDA}/configurations/${YEAR}`);
    expect(saved.body.version).toBe(1);
    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Pendaftaran', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pendaftaran media' }).waitFor();
  });

  step('the admin approves every document, records the factual visit, tiers, and reads the stored explanation', async () => {
    await page.getByRole('table', { name: 'Daftar pendaftaran' }).getByRole('link', { name: MEDIA.outlet }).click();
    await page.getByRole('heading', { level: 1, name: MEDIA.outlet }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Someone else decides meanwhile: the page's version is stale, the API answers 409, the page offers a reload.
    const admin = client(stack.url, adminToken);
    const list = await admin.get<ApiPage<ApplicationSummary>>(`/api/t/${SAMARINDA}/applications?fiscalYear=${YEAR}`);
    applicationId = list.body.items[0]!.id;
    const seen = (await admin.get<Application>(`/api/t/${SAMARINDA}/applications/${applicationId}`)).body;
    const elsewhere = seen.documents.find((d) => d.documentType === 'npwp')!;
    expect(
      (await admin.post(`/api/t/${SAMARINDA}/applications/${applicationId}/documents/${elsewhere.id}/decision`, { decision: 'approved', version: seen.version })).status,
    ).toBe(200);
    await page.getByRole('button', { name: /^Setujui: / }).first().click();
    const stale = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Muat ulang' }) });
    await stale.waitFor();
    await stale.getByRole('button', { name: 'Muat ulang' }).click();
    await stale.waitFor({ state: 'detached' });

    const approve = page.getByRole('button', { name: /^Setujui: / });
    const total = await until(() => approve.count(), (n) => n === seen.documents.length - 1);
    expect(total).toBeGreaterThan(5);
    for (let left = total; left > 0; left--) {
      await approve.first().click();
      expect(await until(() => approve.count(), (n) => n < left)).toBe(left - 1);
    }
    expect(await page.getByText('Status: Terverifikasi').count()).toBe(0); // the strict region also visits the newsroom
    await page.getByRole('form', { name: 'Hasil verifikasi faktual' }).getByRole('button', { name: 'Simpan hasil kunjungan' }).click();
    await page.getByText(/Dikunjungi .* oleh /).waitFor();
    await page.getByRole('button', { name: 'Tetapkan kelas' }).click();
    const decision = page.getByRole('region', { name: 'Penetapan kelas', exact: true });
    await decision.waitFor();

    const stored = (await admin.get<Application>(`/api/t/${SAMARINDA}/applications/${applicationId}`)).body;
    expect(stored.status).toBe('tiered');
    expect(stored.decision).toMatchObject({ tier: 'B', configurationVersion: 1 });
    await decision.getByText('Kelas: B', { exact: false }).waitFor();
    await decision.getByText(stored.decision!.result.tierExplanation.id).waitFor();
    await decision.getByText(/konfigurasi versi 1/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('announcements show the API refusals in place, then announce the initial and, after the objection window, the final results', async () => {
    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Pengumuman', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengumuman hasil' }).waitFor();
    const initial = page.getByRole('region', { name: 'Pengumuman awal' });
    const final = page.getByRole('region', { name: 'Pengumuman akhir' });
    const announce = async (section: typeof initial, button: string) => {
      await section.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: section === initial ? 'Pengumuman awal' : 'Pengumuman akhir' });
      await dialog.getByRole('button', { name: button }).click();
      await dialog.waitFor({ state: 'detached' });
    };

    await announce(final, 'Umumkan hasil akhir');
    await final.getByRole('alert').getByText('announce the initial results first').waitFor();
    await announce(initial, 'Umumkan hasil awal');
    await initial.getByRole('status').getByText(/1 pendaftaran/).waitFor();
    await announce(final, 'Umumkan hasil akhir');
    await final.getByRole('alert').getByText(/objection window runs until/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The region moves its calendar (through the API): the objection window is over.
    const admin = client(stack.url, adminToken);
    const current = (await admin.get<Record<string, unknown>>(`/api/t/${SAMARINDA}/configurations/${YEAR}`)).body;
    const moved = await admin.raw('PUT', `/api/t/${SAMARINDA}/configurations/${YEAR}`, {
      ...Object.fromEntries(['legalBasis', 'owningUnit', 'unitCode', 'letterhead', 'agreementSignatory', 'factualVisit', 'content'].map((k) => [k, current[k]])),
      calendar: { registrationOpens: wibDate(-30), registrationCloses: wibDate(-20), announcement: wibDate(-10), objectionOpens: wibDate(-9), objectionCloses: wibDate(-5), final: wibDate(-1) },
    });
    expect(moved.status).toBe(200);
    await announce(final, 'Umumkan hasil akhir');
    await final.getByRole('status').getByText(/1 pendaftaran/).waitFor();

    // The year's record (GET /announcements): both announcements, and no button to announce again.
    const record = page.getByRole('table', { name: 'Pengumuman tahun ini' });
    await record.getByRole('row').filter({ hasText: 'Pengumuman akhir' }).waitFor();
    expect(await record.getByRole('row').filter({ hasText: 'Pengumuman awal' }).getByRole('cell').last().textContent()).toContain('1');
    expect(await page.getByRole('button', { name: /Umumkan hasil/ }).count()).toBe(0);
    await page.reload();
    await record.getByRole('row').nth(2).waitFor();
    expect(await page.getByRole('button', { name: /Umumkan hasil/ }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('an agreement is made from the final application (ceiling in rupiah), listed with its PDF; the outlet is blocked and the block lifted', async () => {
    await page.goto(`/t/${SAMARINDA}/applications/${applicationId}`);
    await page.getByText('Status: Final').waitFor();
    const create = page.getByRole('region', { name: 'Buat perjanjian' });
    await create.getByLabel('Mulai berlaku').fill(`${YEAR}-02-01`);
    await create.getByLabel('Berakhir').fill(`${YEAR}-12-31`);
    await create.getByLabel('Pagu (rupiah)').fill('24000000');
    await create.getByText('Rp24.000.000').waitFor();
    await create.getByRole('button', { name: 'Buat perjanjian' }).click();
    await page.getByRole('region', { name: 'Perjanjian kerja sama' }).getByRole('button', { name: 'Unduh PDF' }).waitFor();

    const outlet = page.getByRole('region', { name: `Media ${MEDIA.outlet}: riwayat dan blokir` });
    await outlet.getByLabel('Alasan blokir').fill('Bukti tayang terlambat tiga kali');
    await outlet.getByRole('button', { name: 'Blokir media' }).click();
    await outlet.getByText('Bukti tayang terlambat tiga kali').first().waitFor();
    await outlet.getByRole('button', { name: 'Cabut blokir' }).click();
    await outlet.getByText(/\(dicabut /).waitFor();
    expect(await outlet.getByRole('button', { name: 'Cabut blokir' }).count()).toBe(0);
    expect(await outlet.getByRole('listitem').filter({ hasText: 'Perjanjian' }).count()).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Perjanjian', exact: true }).click();
    const row = page.getByRole('table', { name: 'Daftar perjanjian' }).getByRole('row').filter({ hasText: `001/PKS/DISKOMINFO/${YEAR}` });
    await row.getByText('Rp24.000.000').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /Unduh PDF/ }).click()]);
    expect(download.suggestedFilename()).toBe(`001-PKS-DISKOMINFO-${YEAR}.pdf`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('the agreements page lists the outlet blocks in force today or all of them, paginated, and lifts one after confirming', async () => {
    const admin = client(stack.url, adminToken);
    const outletId = (await admin.get<Application>(`/api/t/${SAMARINDA}/applications/${applicationId}`)).body.outlet.id;
    const blocks = page.getByRole('region', { name: 'Blokir media' });
    const table = blocks.getByRole('table', { name: 'Daftar blokir media' });
    // The block made and lifted on the application page is not in force.
    await blocks.getByText('Tidak ada blokir yang berlaku hari ini.').waitFor();
    await blocks.getByRole('radio', { name: 'Semua blokir' }).click();
    const lifted = table.getByRole('row').filter({ hasText: 'Bukti tayang terlambat tiga kali' });
    await lifted.getByText('Dicabut', { exact: true }).waitFor();
    await lifted.getByRole('link', { name: MEDIA.outlet }).waitFor();

    const made = await admin.post(`/api/t/${SAMARINDA}/outlets/${outletId}/blocks`, { reason: 'Pajak belum dilaporkan', startsOn: wibDate(0), endsOn: null });
    expect(made.status).toBe(201);
    await blocks.getByRole('radio', { name: 'Yang berlaku hari ini' }).click();
    const active = table.getByRole('row').filter({ hasText: 'Pajak belum dilaporkan' });
    await active.getByText('Berlaku', { exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2); // header + the block in force
    expect(await seriousA11yViolations(page)).toEqual([]);

    await active.getByRole('button', { name: `Cabut blokir ${MEDIA.outlet}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cabut blokir ${MEDIA.outlet}?` });
    await dialog.getByRole('button', { name: 'Cabut blokir' }).click();
    await blocks.getByRole('status').getByText(`Blokir ${MEDIA.outlet} dicabut.`).waitFor();
    await blocks.getByText('Tidak ada blokir yang berlaku hari ini.').waitFor();
    const all = await admin.get<ApiPage<{ liftedAt: string | null }>>(`/api/t/${SAMARINDA}/outlet-blocks`);
    expect(all.body.items.map((b) => b.liftedAt !== null)).toEqual([true, true]);
  });

  step('packs: ours is published; another region\'s pack is compared line by line, differences marked, and a part adopted', async () => {
    await seedDemoTenants(stack.env.api.app, DEMO_TENANTS.filter((t) => t.slug === PESISIR_BARAT));
    const other = client(stack.url, await login(stack.url, demoAdminEmail(PESISIR_BARAT), DEMO_PASSWORD));
    const starting = (await other.get<StartingConfiguration[]>(`/api/t/${PESISIR_BARAT}/configurations/starting`)).body.find((c) => c.key === 'local-presence')!;
    expect(
      (
        await other.raw('PUT', `/api/t/${PESISIR_BARAT}/configurations/${YEAR}`, {
          legalBasis: starting.legalBasis,
          owningUnit: 'Dinas Komunikasi dan Informatika',
          unitCode: 'DISKOMINFO',
          letterhead: { governmentName: 'PEMERINTAH KABUPATEN PESISIR BARAT', unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA', address: null, phone: null, email: null, website: null },
          agreementSignatory: { name: 'Kepala Dinas', nip: null, position: 'Kepala Dinas Komunikasi dan Informatika' },
          factualVisit: false,
          content: starting.content,
        })
      ).status,
    ).toBe(200);
    expect((await other.post(`/api/t/${PESISIR_BARAT}/packs`, { fiscalYear: YEAR, title: 'Aturan kehadiran lokal' })).status).toBe(201);

    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Studi tiru', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Studi tiru' }).waitFor();
    await page.getByLabel('Judul').fill('Aturan ketat Samarinda');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('status').getByText('Paket versi 1 telah diterbitkan.').waitFor();
    const packs = page.getByRole('table', { name: 'Paket yang diterbitkan' });
    await packs.getByRole('row').filter({ hasText: 'Aturan ketat Samarinda' }).getByText('Paket kita').waitFor();

    await packs.getByRole('button', { name: 'Bandingkan: Aturan kehadiran lokal' }).click();
    const comparison = page.getByRole('region', { name: /Aturan kita .* dibandingkan dengan/ });
    const rules = comparison.getByRole('table', { name: 'Aturan kelayakan, penilaian dan kelas' });
    await rules.getByText('berbeda').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await comparison.getByRole('checkbox', { name: 'Pola jadwal' }).check();
    await comparison.getByRole('button', { name: 'Adopsi bagian terpilih' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopsi bagian terpilih' });
    await dialog.getByRole('button', { name: 'Adopsi bagian terpilih' }).click();
    await page.getByRole('status').getByText(`Diadopsi: konfigurasi ${YEAR} kini versi 3.`).waitFor();
    const adopted = await client(stack.url, adminToken).get<{ adoptedFrom: unknown }>(`/api/t/${SAMARINDA}/configurations/${YEAR}`);
    expect(adopted.body.adoptedFrom).toEqual({ tenant: PESISIR_BARAT, packVersion: 1, parts: ['schedule'] });
  });
});
