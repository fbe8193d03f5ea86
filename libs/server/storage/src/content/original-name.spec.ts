import { downloadName, ORIGINAL_NAME_MAX_LENGTH, sanitizeOriginalName } from './original-name';

describe('Original file names are kept only in a safe form', () => {
  it.each([
    ['Akta Pendirian PT Faktapers.pdf', 'Akta Pendirian PT Faktapers.pdf'],
    ['C:\\Users\\redaksi\\Desktop\\NPWP.pdf', 'NPWP.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['bukti\u0000tayang\u0007.png', 'buktitayang.png'],
    ['bukti\r\ntayang.png', 'bukti tayang.png'],
    ['   .htaccess', 'htaccess'],
    ['a<b>:c"d|e?f*.jpg', 'a_b__c_d_e_f_.jpg'],
    ['Sertifikat   Dewan\tPers.pdf', 'Sertifikat Dewan Pers.pdf'],
    ['', 'file'],
    ['/', 'file'],
  ])('%j becomes %j', (name, expected) => {
    expect(sanitizeOriginalName(name)).toBe(expected);
  });

  it('cuts a long name to 200 characters, keeping the extension and whole characters', () => {
    const long = sanitizeOriginalName(`${'Surat Keterangan Domisili '.repeat(20)}ä😀.pdf`);
    expect(Array.from(long)).toHaveLength(ORIGINAL_NAME_MAX_LENGTH);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(sanitizeOriginalName('😀'.repeat(300))).toBe('😀'.repeat(ORIGINAL_NAME_MAX_LENGTH));
  });

  it('gives a download an extension that matches its content', () => {
    expect(downloadName('akta', 'application/pdf')).toBe('akta.pdf');
    expect(downloadName('foto.JPEG', 'image/jpeg')).toBe('foto.JPEG');
    expect(downloadName('scan.pdf', 'image/png')).toBe('scan.pdf.png');
  });
});
