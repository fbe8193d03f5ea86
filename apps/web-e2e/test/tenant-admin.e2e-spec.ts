import type { CreateTenantResponse, ErrorResponse, Page as ApiPage, TenantMember } from '@sinergi/contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousA11yViolations, signIn, until, withScreenshot } from './support/browser';
import { PLATFORM_ADMIN, client, login, startWebStack, type WebStack } from './support/stack';

const STEP_TIMEOUT = 90_000;
const INVITATION_LINK = /http:\/\/[^\s]+\/invitations\/([\w-]{40,})/;
const FIRST_ADMIN = { email: 'kominfo@rajaampatkab.go.id', name: 'Yohanes Mambrasar', password: 'Raja-Ampat-Kominfo-2026' };

describe('Web app: a tenant admin, from the invitation mail to inviting staff, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack('web-tenant', { mail: true }), launchBrowser()]);
    page = await openPage(browser, stack.url);
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, STEP_TIMEOUT);

  const step = (name: string, body: () => Promise<void>) =>
    it(name, () => withScreenshot(page, name, body), STEP_TIMEOUT);

  step('the first admin opens the mailed invitation, sets a password and is signed in', async () => {
    const platform = client(stack.url, await login(stack.url, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password));
    const created = await platform.post<CreateTenantResponse>('/api/platform/tenants', {
      regionCode: '96.03',
      adminEmail: FIRST_ADMIN.email,
      adminName: FIRST_ADMIN.name,
    });
    expect(created.status).toBe(201);
    const mail = await stack.waitForMail((m) => m.to.includes(FIRST_ADMIN.email));
    const token = INVITATION_LINK.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    // PUBLIC_URL is not this test's port: open the same path on the stack's origin.
    await page.goto(`/invitations/${token}`);
    await page.getByRole('heading', { level: 1, name: `Undangan untuk ${FIRST_ADMIN.name}` }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(FIRST_ADMIN.password);
    await page.getByLabel('Ulangi kata sandi', { exact: true }).fill(FIRST_ADMIN.password);
    await page.getByRole('button', { name: 'Terima undangan' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/invitations'));
    expect(await page.getByRole('button', { name: 'Keluar' }).count()).toBe(1);
  });

  step('the members page lists the staff, passes axe, and an invitation reaches the invitee by mail', async () => {
    await page.goto('/t/raja-ampat/members');
    await page.getByRole('heading', { level: 1, name: 'Staf' }).waitFor();
    const table = page.getByRole('table', { name: 'Daftar staf' });
    await table.getByText(FIRST_ADMIN.email).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Undang staf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undang staf' });
    await dialog.waitFor();
    const email = dialog.getByLabel('E-mail', { exact: true });
    const name = dialog.getByLabel('Nama lengkap', { exact: true });
    // While it opens, the dialog may still move focus to its first field: type until both hold their text.
    const typed = await until(
      async () => {
        await email.fill('verifikator@rajaampatkab.go.id');
        await name.fill('Maria Wompere');
        return `${await email.inputValue()}|${await name.inputValue()}`;
      },
      (value) => value === 'verifikator@rajaampatkab.go.id|Maria Wompere',
    );
    expect(typed).toBe('verifikator@rajaampatkab.go.id|Maria Wompere');
    await dialog.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Verifikator' }).click();
    await page.keyboard.press('Escape'); // closes the multi-select panel, not the dialog
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Kirim undangan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = table.getByRole('row').filter({ hasText: 'verifikator@rajaampatkab.go.id' });
    await row.getByText('Diundang').waitFor();
    const mail = await stack.waitForMail((m) => m.to.includes('verifikator@rajaampatkab.go.id'));
    expect(mail.text).toMatch(INVITATION_LINK);

    const admin = client(stack.url, await login(stack.url, FIRST_ADMIN.email, FIRST_ADMIN.password));
    const members = await admin.get<ApiPage<TenantMember>>('/api/t/raja-ampat/members');
    expect(members.body.items.find((m) => m.email === 'verifikator@rajaampatkab.go.id')?.roles).toEqual(['verifier']);
  });

  step('the members list sorts by name from its header, both ways, keeping the sort in the URL', async () => {
    const table = page.getByRole('table', { name: 'Daftar staf' });
    const header = table.getByRole('columnheader', { name: /Nama/ });
    const emails = async () => (await table.locator('td.mat-column-name .meta').allTextContents()).map((text) => text.trim());
    await until(emails, (values) => values.length === 2);
    const byName = await emails();
    await header.getByRole('button').click();
    await page.waitForURL(/sort=name/);
    expect(await until(() => header.getAttribute('aria-sort'), (value) => value === 'ascending')).toBe('ascending');
    await header.getByRole('button').press('Enter');
    await page.waitForURL(/sort=-name/);
    expect(await until(emails, (values) => values.join() === [...byName].reverse().join())).toEqual([...byName].reverse());
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  step('inviting someone who is already a member shows the server message in the dialog', async () => {
    const admin = client(stack.url, await login(stack.url, FIRST_ADMIN.email, FIRST_ADMIN.password), 'id');
    const duplicate = await admin.post<ErrorResponse>('/api/t/raja-ampat/members', {
      email: 'verifikator@rajaampatkab.go.id',
      name: 'Maria Wompere',
      roles: ['verifier'],
    });
    expect(duplicate.status).toBe(409);

    await page.getByRole('button', { name: 'Undang staf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undang staf' });
    const email = dialog.getByLabel('E-mail', { exact: true });
    const name = dialog.getByLabel('Nama lengkap', { exact: true });
    // While it opens, the dialog may still move focus to its first field: type until both hold their text.
    const typed = await until(
      async () => {
        await email.fill('verifikator@rajaampatkab.go.id');
        await name.fill('Maria Wompere');
        return `${await email.inputValue()}|${await name.inputValue()}`;
      },
      (value) => value === 'verifikator@rajaampatkab.go.id|Maria Wompere',
    );
    expect(typed).toBe('verifikator@rajaampatkab.go.id|Maria Wompere');
    await dialog.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Verifikator' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Kirim undangan' }).click();
    await dialog.getByRole('alert').filter({ hasText: duplicate.body.message }).waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  step('the admin defines a role of the region (PPTK) with its permissions, renames it and removes it', async () => {
    await page.goto('/t/raja-ampat');
    // An admin may read the dashboard: the tenant area opens there.
    await page.waitForURL('**/t/raja-ampat/dashboard');
    await page.getByRole('navigation', { name: 'Halaman ruang kerja' }).getByRole('link', { name: 'Peran', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Peran dan hak akses' }).waitFor();
    const roles = page.getByRole('table', { name: 'Daftar peran' });
    await roles.getByRole('row').filter({ hasText: 'verifier' }).getByText('bawaan').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Peran baru' }).click();
    const form = page.getByRole('form', { name: 'Peran baru' });
    await form.getByLabel('Kode peran').fill('PPTK!');
    await form.getByText('Kode peran: 2–60 huruf kecil, angka atau tanda hubung, diawali huruf.').waitFor();
    expect(await form.getByRole('button', { name: 'Simpan peran' }).isDisabled()).toBe(true);
    await form.getByLabel('Kode peran').fill('pptk');
    await form.getByLabel('Nama peran').fill('PPTK');
    await form.getByRole('checkbox', { name: 'Lihat Surat pesanan' }).check();
    await form.getByRole('checkbox', { name: 'Ubah Bukti tayang' }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Simpan peran' }).click();
    await page.getByRole('status').getByText('Peran dibuat.').waitFor();
    const row = roles.getByRole('row').filter({ hasText: 'pptk' });
    await row.getByText('Surat pesanan').waitFor();

    await row.getByRole('button', { name: 'Ubah peran PPTK' }).click();
    const edit = page.getByRole('form', { name: 'Ubah peran' });
    await edit.getByLabel('Nama peran').fill('PPTK Publikasi');
    await edit.getByRole('button', { name: 'Simpan peran' }).click();
    await page.getByRole('status').getByText('Peran disimpan.').waitFor();
    await roles.getByRole('row').filter({ hasText: 'PPTK Publikasi' }).waitFor();

    await roles.getByRole('button', { name: 'Hapus peran PPTK Publikasi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await page.getByRole('status').getByText('Peran dihapus.').waitFor();
    await roles.getByRole('row').filter({ hasText: 'pptk' }).waitFor({ state: 'detached' });
  });

  step('the admin publishes the region\'s public page from its profile, and it opens without a login', async () => {
    await page.goto('/t/raja-ampat/profile');
    await page.getByRole('heading', { level: 1, name: 'Profil instansi' }).waitFor();
    const form = page.getByRole('form', { name: 'Profil instansi' });
    await form.getByText('Halaman publik belum diterbitkan', { exact: false }).waitFor();
    const spending = form.getByRole('checkbox', { name: /belanja publikasi/ });
    // Spending is published only on the public page: it cannot be ticked on its own.
    expect(await spending.isDisabled()).toBe(true);
    await form.getByLabel('Dasar hukum').fill('Perbup Raja Ampat tentang Kemitraan Media');
    await form.getByRole('checkbox', { name: /Terbitkan halaman publik/ }).check();
    await until(() => spending.isDisabled(), (disabled) => !disabled);
    await spending.check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByRole('status').getByText('Profil tersimpan.').waitFor();

    const admin = client(stack.url, await login(stack.url, FIRST_ADMIN.email, FIRST_ADMIN.password));
    const profile = await admin.get<{ publicPage: boolean; publicSpending: boolean; legalBasis: string }>('/api/t/raja-ampat/profile');
    expect(profile.body).toMatchObject({ publicPage: true, publicSpending: true, legalBasis: 'Perbup Raja Ampat tentang Kemitraan Media' });

    await form.getByRole('link', { name: 'Buka halaman publik' }).click();
    await page.waitForURL('**/public/raja-ampat**');
    await page.getByRole('heading', { level: 1, name: /Raja Ampat/ }).waitFor();
  });

  step('a signed-out visitor signs in again with the new password', async () => {
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
    await page.goto('/t/raja-ampat/members');
    await page.getByRole('table', { name: 'Daftar staf' }).getByText('verifikator@rajaampatkab.go.id').waitFor();
  });
});
