import type { ErrorResponse, Tenant } from '@sinergi/contracts';
import { TENANT_MIGRATIONS } from '@sinergi/migrations';
import { SchemaMigrator } from '@sinergi/server/tenancy';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousA11yViolations, until, withScreenshot } from './support/browser';
import { PLATFORM_ADMIN, client, login, startWebStack, type WebStack } from './support/stack';

const STEP_TIMEOUT = 90_000;

describe('Web app: the platform admin console in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let page: Page;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack('web-platform'), launchBrowser()]);
    api = client(stack.url, await login(stack.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password), 'id');
    page = await openPage(browser, stack.url);
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, STEP_TIMEOUT);

  const step = (name: string, body: () => Promise<void>) =>
    it(name, () => withScreenshot(page, name, body), STEP_TIMEOUT);

  step('login: Indonesian by default, the server message in place, Tab and Enter only, no serious axe violations', async () => {
    await page.goto('/platform/tenants');
    // Not signed in: the guard sends the admin to the login page, in Bahasa Indonesia.
    await page.waitForURL(/\/login/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Masuk ke Sinergi');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Keyboard only: Tab until the e-mail field has the focus (it must be reachable), type, Tab, type, Enter.
    for (let i = 0; i < 15 && !(await isFocused(page, 'input[type=email]')); i++) await page.keyboard.press('Tab');
    expect(await isFocused(page, 'input[type=email]')).toBe(true);
    await page.keyboard.type(PLATFORM_ADMIN.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(page, 'input[autocomplete=current-password]')).toBe(true);
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    const wrong = await client(stack.url, undefined, 'id').post<ErrorResponse>('/api/auth/login', {
      email: PLATFORM_ADMIN.email,
      password: 'not-the-password-either',
    });
    expect(wrong.status).toBe(401);
    await page.getByRole('alert').filter({ hasText: wrong.body.message }).waitFor();

    await page.locator('input[autocomplete=current-password]').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(PLATFORM_ADMIN.password);
    await page.keyboard.press('Enter');
    // Back where the guard stopped the admin.
    await page.waitForURL(/\/platform\/tenants$/);
    await page.getByRole('heading', { level: 1, name: 'Tenant' }).waitFor();
  });

  step('regions: a searchable table with a province filter, showing which regions are tenants', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Katalog wilayah' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog wilayah' }).waitFor();
    const table = page.getByRole('table', { name: 'Daftar wilayah' });
    await table.getByRole('row').nth(25).waitFor(); // header + a first page of 25
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Provinsi' }).click();
    await page.getByRole('option', { name: 'Lampung', exact: true }).click();
    await page.waitForURL(/province=18/);
    await table.getByRole('cell', { name: 'Kabupaten Pesisir Barat', exact: true }).waitFor();
    const provinces = await table.locator('td.mat-column-province').allTextContents();
    expect(provinces.length).toBeGreaterThan(10);
    expect(new Set(provinces.map((text) => text.trim()))).toEqual(new Set(['Lampung']));

    await page.getByRole('searchbox', { name: 'Cari wilayah' }).fill('Pesisir');
    await page.waitForURL(/q=Pesisir/);
    expect(await until(() => table.getByRole('row').count(), (rows) => rows === 2)).toBe(2);
    // Not a tenant yet: the row offers onboarding, which opens the wizard on this region.
    await table.getByRole('link', { name: 'Onboard Kabupaten Pesisir Barat sebagai tenant' }).click();
    await page.waitForURL(/\/platform\/tenants\/new\?region=18\.13/);
  });

  step('onboarding wizard: region, slug, first admin, starting configuration, review', async () => {
    await page.getByText('Lampung · ').first().waitFor(); // the preselected region is loaded
    expect(await seriousA11yViolations(page)).toEqual([]);
    await nextStep(page);
    const slug = page.getByLabel('Slug', { exact: true });
    await slug.waitFor();
    expect(await slug.inputValue()).toBe('pesisir-barat');
    await nextStep(page);
    await page.getByLabel('E-mail admin', { exact: true }).fill('kominfo@pesisirbaratkab.go.id');
    await page.getByLabel('Nama lengkap admin', { exact: true }).fill('Ahmad Nalpa');
    await nextStep(page);
    await page.getByRole('radio', { name: /Mulai kosong/ }).waitFor();
    await nextStep(page);
    await page.getByRole('button', { name: 'Buat tenant' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Buat tenant' }).click();
    await page.getByText('Tenant Kabupaten Pesisir Barat berhasil dibuat.').waitFor();
  });

  step('tenants list: status and schema version; suspend and resume with a confirmation dialog', async () => {
    await page.getByRole('link', { name: 'Ke daftar tenant' }).click();
    const table = page.getByRole('table', { name: 'Daftar tenant' });
    const row = table.getByRole('row').filter({ hasText: 'Kabupaten Pesisir Barat' });
    await row.waitFor();
    expect(await row.locator('td.mat-column-slug').textContent()).toContain('pesisir-barat');
    expect(await row.locator('td.mat-column-status').textContent()).toContain('Aktif');
    expect((await row.locator('td.mat-column-schemaVersion').textContent())?.trim()).toBe(`v${TENANT_MIGRATIONS.length}`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Cancelling the dialog changes nothing.
    await row.getByRole('button', { name: 'Tangguhkan: Kabupaten Pesisir Barat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tangguhkan Kabupaten Pesisir Barat?' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api.get<Tenant>('/api/platform/tenants/pesisir-barat')).body.status).toBe('active');

    await row.getByRole('button', { name: 'Tangguhkan: Kabupaten Pesisir Barat' }).click();
    await dialog.getByRole('button', { name: 'Tangguhkan' }).click();
    await row.locator('td.mat-column-status').getByText('Ditangguhkan').waitFor();
    expect((await api.get<Tenant>('/api/platform/tenants/pesisir-barat')).body.status).toBe('suspended');

    await row.getByRole('button', { name: 'Aktifkan kembali: Kabupaten Pesisir Barat' }).click();
    await page.getByRole('dialog', { name: 'Aktifkan kembali Kabupaten Pesisir Barat?' }).getByRole('button', { name: 'Aktifkan kembali' }).click();
    await row.locator('td.mat-column-status').getByText('Aktif').waitFor();
    expect((await api.get<Tenant>('/api/platform/tenants/pesisir-barat')).body.status).toBe('active');
  });

  step('a server error appears as its message, in place (another admin onboarded the region first)', async () => {
    await page.goto('/platform/tenants/new?region=18.04');
    await page.getByText('Lampung · ').first().waitFor();
    await nextStep(page);
    await page.getByLabel('Slug', { exact: true }).waitFor();
    await nextStep(page);
    await page.getByLabel('E-mail admin', { exact: true }).fill('kominfo@lampungbaratkab.go.id');
    await page.getByLabel('Nama lengkap admin', { exact: true }).fill('Admin Lampung Barat');
    await nextStep(page);
    await page.getByRole('radio', { name: /Mulai kosong/ }).waitFor();
    await nextStep(page);
    const body = { regionCode: '18.04', adminEmail: 'humas@lampungbaratkab.go.id', adminName: 'Humas Lampung Barat' };
    expect((await api.post('/api/platform/tenants', body)).status).toBe(201);
    const again = await api.post<ErrorResponse>('/api/platform/tenants', body);
    expect(again.status).toBe(409);

    await page.getByRole('button', { name: 'Buat tenant' }).click();
    const alert = page.locator('#submit-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.locator('.error-message').textContent()).toContain(again.body.message);
  });

  step('regions and tenants (now two) sort by their column headers, by mouse and by keyboard, with aria-sort and the sort in the URL', async () => {
    await page.goto('/platform/regions?level=provinsi');
    const table = page.getByRole('table', { name: 'Daftar wilayah' });
    await table.getByRole('row').nth(25).waitFor();
    const header = table.getByRole('columnheader', { name: /Penduduk/ });
    expect(await header.getAttribute('aria-sort')).toBe('none');

    await header.getByRole('button', { name: /Penduduk/ }).click();
    await page.waitForURL(/sort=population/);
    expect(await until(() => header.getAttribute('aria-sort'), (value) => value === 'ascending')).toBe('ascending');
    const firstName = () => table.locator('td.mat-column-name').first().textContent().then((text) => text?.trim());
    const populations = async () => (await table.locator('td.mat-column-population').allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
    await until(populations, (values) => values.length > 1 && values.every((v, i) => i === 0 || values[i - 1]! <= v));
    expect(await populations()).toEqual([...(await populations())].sort((a, b) => a - b));

    // The keyboard: the header is a focusable button; Enter turns the order round.
    await header.getByRole('button', { name: /Penduduk/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=-population/);
    expect(await until(firstName, (name) => name === 'Jawa Barat')).toBe('Jawa Barat');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A shared link keeps its order.
    await page.reload();
    expect(await until(firstName, (name) => name === 'Jawa Barat')).toBe('Jawa Barat');

    await page.goto('/platform/tenants');
    const tenants = page.getByRole('table', { name: 'Daftar tenant' });
    await tenants.getByRole('row').nth(2).waitFor();
    const slugs = async () => (await tenants.locator('td.mat-column-slug').allTextContents()).map((text) => text.trim());
    await tenants.getByRole('columnheader', { name: /Slug/ }).getByRole('button').click();
    await page.waitForURL(/sort=slug/);
    const ascending = await until(slugs, (values) => values.join() === [...values].sort().join());
    await tenants.getByRole('columnheader', { name: /Slug/ }).getByRole('button').click();
    await page.waitForURL(/sort=-slug/);
    expect(await until(slugs, (values) => values.join() === [...ascending].reverse().join())).toEqual([...ascending].reverse());
    expect(await tenants.getByRole('columnheader', { name: /Slug/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('operations: the last fleet migration per tenant, the queues, and starting a migration after confirming', async () => {
    const summary = await stack.env.api.app.get(SchemaMigrator).migrateFleet({ concurrency: 2 });
    expect(summary.failed).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Operasional' }).click();
    await page.getByRole('heading', { level: 1, name: 'Operasional platform' }).waitFor();
    // Both tenants were provisioned at the latest version: counted, and listed by nobody.
    await page.getByText('0 dimigrasikan, 2 sudah mutakhir, 0 gagal, dari 2 tenant').first().waitFor();
    await page.getByText('Semua tenant sudah mutakhir: tidak ada yang perlu dimigrasikan.').waitFor();
    const queues = page.getByRole('table', { name: 'Jumlah job per antrean dan status' });
    await queues.getByRole('cell', { name: 'Platform (migrasi armada)' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Migrasikan semua tenant' }).click();
    await page.getByRole('dialog', { name: 'Migrasikan semua tenant?' }).getByRole('button', { name: 'Mulai migrasi' }).click();
    await page.getByText(/Migrasi armada masuk antrean \(job \d+\)/).waitFor();
    const platformRow = queues.getByRole('row').filter({ hasText: 'Platform (migrasi armada)' });
    expect((await until(() => platformRow.locator('td.mat-column-waiting').textContent(), (text) => text?.trim() === '1'))?.trim()).toBe('1');
  });

  step('switching to English changes the texts, and the choice survives a reload', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Platform operations' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Tenants' }).click();
    await page.getByRole('table', { name: 'Tenants' }).getByRole('button', { name: 'Suspend: Kabupaten Pesisir Barat' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tenants' }).waitFor();
    await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tenant' }).waitFor();
  });
});

async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);
}

/** The wizard's visible step: its "Lanjut" button (the others are hidden by the stepper). */
async function nextStep(page: Page): Promise<void> {
  await page.locator('.mat-horizontal-stepper-content:not(.mat-horizontal-stepper-content-inactive)').getByRole('button', { name: 'Lanjut' }).click();
}
