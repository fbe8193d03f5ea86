import { renderMessage, scrubbedData } from '.';
import type { MailMessage } from '../mail/mail-message';

const message = (language: 'id' | 'en'): MailMessage => ({
  template: 'tenant-invitation',
  to: 'kominfo@okikab.go.id',
  language,
  data: {
    inviteeName: 'Sekretaris <Diskominfo>',
    tenantName: 'Kabupaten Ogan Komering Ilir',
    roles: ['admin', 'verifier'],
    acceptUrl: 'https://sinergi.example/invitations/abc',
    expiresAt: '2026-11-30T03:00:00.000Z',
  },
});

describe('the tenant invitation mail', () => {
  it('speaks Bahasa Indonesia with the deadline in WIB', () => {
    const mail = renderMessage(message('id'));
    expect(mail.subject).toBe('Undangan bergabung di Sinergi: Kabupaten Ogan Komering Ilir');
    expect(mail.text).toContain('sebagai Administrator, Verifikator');
    expect(mail.text).toContain('30 November 2026');
    expect(mail.text).toContain('10.00 WIB');
    expect(mail.text).toContain('Terima undangan: https://sinergi.example/invitations/abc');
  });

  it('speaks English when asked', () => {
    const mail = renderMessage(message('en'));
    expect(mail.subject).toBe('Invitation to join Kabupaten Ogan Komering Ilir on Sinergi');
    expect(mail.text).toContain('Accept the invitation: https://sinergi.example/invitations/abc');
  });

  it('escapes what it puts into HTML', () => {
    const mail = renderMessage(message('id'));
    expect(mail.html).toContain('Sekretaris &lt;Diskominfo&gt;');
    expect(mail.html).not.toContain('<Diskominfo>');
  });

  it('drops the link once sent', () => {
    const scrubbed = scrubbedData(message('id'));
    expect(scrubbed.template === 'tenant-invitation' && scrubbed.data.acceptUrl).toBe('(sent)');
  });
});
