import { renderMessage } from '@sinergi/server/notification';

describe('claim mail', () => {
  const returned = {
    name: 'redaksi@faktapers.id',
    companyName: 'PT Faktapers Media Lampung',
    tenantName: 'Kabupaten Pesisir Barat',
    claimNumber: '001/TAG/DISKOMINFO/2026',
    outletName: 'faktapers.id',
    note: 'Lampirkan tangkapan layar <yang> memuat tanggal tayang.',
    returnedBy: 'PPK-SKPD',
    claimUrl: 'https://sinergi.example/media/c/t/pesisir-barat/claims/1',
  };

  it('tells the media, in both languages, who returned the claim and why, with the note escaped in HTML', () => {
    const id = renderMessage({ template: 'claim-returned', to: returned.name, language: 'id', data: returned });
    expect(id.subject).toBe('Tagihan 001/TAG/DISKOMINFO/2026 dikembalikan oleh Kabupaten Pesisir Barat');
    expect(id.text).toContain('PPK-SKPD');
    expect(id.text).toContain(returned.note);
    expect(id.html).toContain('&lt;yang&gt;');
    expect(id.html).not.toContain('<yang>');
    const en = renderMessage({ template: 'claim-returned', to: returned.name, language: 'en', data: returned });
    expect(en.subject).toBe('Claim 001/TAG/DISKOMINFO/2026 returned by Kabupaten Pesisir Barat');
    expect(en.text).toContain(returned.claimUrl);
  });

  it('tells the media what was paid and by which SP2D', () => {
    const paid = renderMessage({
      template: 'claim-paid',
      to: returned.name,
      language: 'id',
      data: { name: returned.name, companyName: returned.companyName, tenantName: returned.tenantName, claimNumber: returned.claimNumber, sp2dNumber: '00042/SP2D/LS/2026', sp2dDate: '2026-11-23', amount: 'Rp1.059.459', claimUrl: returned.claimUrl },
    });
    expect(paid.subject).toBe('Tagihan 001/TAG/DISKOMINFO/2026 telah dibayar');
    expect(paid.text).toContain('Rp1.059.459');
    expect(paid.text).toContain('00042/SP2D/LS/2026');
  });
});
