import { LoginResponse, MediaMe } from '@sinergi/contracts';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { DossierExpiryReminders } from '@sinergi/server/media';
import { ApiTestEnvironment, client, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}

describe('Reminders before a dossier document expires (30, 7 and 1 days), by mail through the outbox', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;

  beforeAll(async () => {
    sink = await startMailSink();
    env = await startApiTestEnvironment('expiry', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
  });
  afterAll(async () => {
    await env.teardown();
    await sink.stop();
  });

  it('reminds each person of the company once per lead time, about the current version only', async () => {
    const account = { email: 'redaksi@lampungpost.id', password: 'Lampung-Post-2026', name: 'Rina Lestari' };
    const registered = await client(env.api.url).post<MediaMe>('/api/media/register', { ...account, company: { legalName: 'PT Lampung Post Digital', legalForm: 'PT' } });
    const companyId = registered.body.companies[0]!.id;
    const token = (await client(env.api.url).post<LoginResponse>('/api/auth/login', { email: account.email, password: account.password })).body.accessToken;
    const upload = async (documentType: string, expiresOn: string, label: string) => {
      const form = new FormData();
      form.set('documentType', documentType);
      form.set('expiresOn', expiresOn);
      form.set('number', `${documentType.toUpperCase()}-${label}`);
      form.set('file', new Blob([new Uint8Array(Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`))], { type: 'application/pdf' }), `${label}.pdf`);
      const response = await fetch(`${env.api.url}/api/media/companies/${companyId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      expect(response.status).toBe(201);
    };
    await upload('spt', wibDate(7), 'spt-2025');
    await upload('domicile-letter', wibDate(30), 'domisili');
    await upload('dewan-pers-certificate', wibDate(200), 'dewan-pers');
    // Renewed: the old version would expire tomorrow, the current one in a year — no reminder.
    await upload('nib', wibDate(1), 'nib-old');
    await upload('nib', wibDate(365), 'nib-new');

    const reminders = env.api.app.get(DossierExpiryReminders);
    expect(await reminders.sendDue()).toEqual({ reminders: 2, mails: 2 });
    expect(await reminders.sendDue()).toEqual({ reminders: 0, mails: 0 });

    const worker = await startMailWorker(env.config);
    try {
      const spt = await sink.waitFor((m) => m.subject.includes('berakhir dalam 7 hari'));
      expect(spt.to).toContain(account.email);
      expect(spt.text.replace(/\s+/g, ' ')).toContain('(SPT-spt-2025) milik PT Lampung Post Digital berlaku sampai');
      await sink.waitFor((m) => m.subject.includes('berakhir dalam 30 hari'));
    } finally {
      await worker.close();
    }

    // Three weeks later the domicile letter is 7 days from expiry: its second reminder, once.
    expect(await reminders.sendDue(wibDate(23))).toEqual({ reminders: 1, mails: 1 });
    expect(await reminders.sendDue(wibDate(23))).toEqual({ reminders: 0, mails: 0 });
  });
});
