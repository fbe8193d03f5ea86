import { DocumentRequirement, DossierDocumentFact } from '@sinergi/contracts';
import { evaluateRequirements, summarizeRequirements } from './evaluate-requirements';

const REQUIREMENTS: DocumentRequirement[] = [
  { documentType: 'akta-pendirian', mediaTypes: 'all', level: 'company', required: true, mustBeUnexpired: false },
  { documentType: 'spt', mediaTypes: 'all', level: 'company', required: true, mustBeUnexpired: true },
  { documentType: 'company-profile', mediaTypes: 'all', level: 'company', required: false, mustBeUnexpired: false },
  { documentType: 'dewan-pers-certificate', mediaTypes: 'all', level: 'company', required: false, mustBeUnexpired: true },
  { documentType: 'broadcast-licence', mediaTypes: ['tv', 'radio'], level: 'outlet', required: true, mustBeUnexpired: true },
  { documentType: 'circulation-statement', mediaTypes: ['print-daily', 'print-weekly'], level: 'outlet', required: true, mustBeUnexpired: false },
  { documentType: 'masthead', mediaTypes: ['online'], level: 'outlet', required: true, mustBeUnexpired: false },
];

const doc = (documentType: DossierDocumentFact['documentType'], level: DossierDocumentFact['level'], expiresOn: string | null = null): DossierDocumentFact => ({
  documentType,
  level,
  expiresOn,
});

const ON = '2026-01-08';

describe('document requirements against a dossier', () => {
  it('keeps only the requirements for the media type', () => {
    const types = (mediaType: Parameters<typeof evaluateRequirements>[1]) =>
      evaluateRequirements(REQUIREMENTS, mediaType, [], ON).map((l) => l.documentType);
    expect(types('tv')).toEqual(['akta-pendirian', 'spt', 'company-profile', 'dewan-pers-certificate', 'broadcast-licence']);
    expect(types('print-daily')).toContain('circulation-statement');
    expect(types('print-monthly')).not.toContain('circulation-statement');
    expect(types('online')).toEqual(['akta-pendirian', 'spt', 'company-profile', 'dewan-pers-certificate', 'masthead']);
  });

  it('finds each outcome: present, missing, expired, optional-missing', () => {
    const lines = evaluateRequirements(
      REQUIREMENTS,
      'tv',
      [doc('akta-pendirian', 'company'), doc('spt', 'company', '2025-12-31'), doc('dewan-pers-certificate', 'company', '2025-06-30')],
      ON,
    );
    expect(lines.map((l) => [l.documentType, l.outcome])).toEqual([
      ['akta-pendirian', 'present'],
      ['spt', 'expired'],
      ['company-profile', 'optional-missing'],
      ['dewan-pers-certificate', 'optional-missing'],
      ['broadcast-licence', 'missing'],
    ]);
    expect(summarizeRequirements(lines)).toEqual({ missingRequired: 1, expiredRequired: 1 });
  });

  it('explains each line in both languages', () => {
    const lines = evaluateRequirements(
      REQUIREMENTS,
      'tv',
      [doc('akta-pendirian', 'company'), doc('spt', 'company', '2025-12-31'), doc('broadcast-licence', 'outlet', '2030-01-01')],
      ON,
    );
    expect(lines.map((l) => l.message)).toEqual([
      { id: 'Akta pendirian dan perubahan terakhir (perusahaan): tersedia.', en: 'Deed of establishment and latest amendment (company): provided.' },
      {
        id: 'SPT tahunan terakhir (perusahaan) wajib masih berlaku: kedaluwarsa sejak 2025-12-31; unggah versi yang berlaku.',
        en: 'Latest annual tax return (SPT) (company) must be valid: it expired on 2025-12-31; upload a current one.',
      },
      { id: 'Profil perusahaan (perusahaan) (opsional): belum ada di dossier.', en: 'Company profile (company) (optional): not in the dossier.' },
      {
        id: 'Sertifikat verifikasi Dewan Pers (perusahaan) (opsional): belum ada di dossier.',
        en: 'Dewan Pers verification certificate (company) (optional): not in the dossier.',
      },
      {
        id: 'Izin penyelenggaraan penyiaran (IPP) (media): tersedia, berlaku sampai 2030-01-01.',
        en: 'Broadcasting licence (IPP) (outlet): provided, valid until 2030-01-01.',
      },
    ]);
  });

  it('counts a document valid through its expiry date', () => {
    const [, spt] = evaluateRequirements(REQUIREMENTS, 'online', [doc('spt', 'company', ON)], ON);
    expect(spt!.outcome).toBe('present');
    const [, later] = evaluateRequirements(REQUIREMENTS, 'online', [doc('spt', 'company', ON)], '2026-01-09');
    expect(later!.outcome).toBe('expired');
  });

  it('accepts an expired document when the requirement does not ask for a valid one', () => {
    const [akta] = evaluateRequirements(REQUIREMENTS, 'online', [doc('akta-pendirian', 'company', '2020-01-01')], ON);
    expect(akta!.outcome).toBe('present');
  });

  it('takes any valid version when the dossier holds an expired one and a current one', () => {
    const [, spt] = evaluateRequirements(REQUIREMENTS, 'online', [doc('spt', 'company', '2024-12-31'), doc('spt', 'company', '2026-12-31')], ON);
    expect(spt!.outcome).toBe('present');
  });

  it('meets a company-level requirement only with a company document, an outlet-level one only with the outlet', () => {
    const lines = evaluateRequirements(REQUIREMENTS, 'online', [doc('akta-pendirian', 'outlet'), doc('masthead', 'company')], ON);
    expect(lines.find((l) => l.documentType === 'akta-pendirian')!.outcome).toBe('missing');
    expect(lines.find((l) => l.documentType === 'masthead')).toMatchObject({ level: 'outlet', outcome: 'missing' });
  });

  it("uses the requirement's own label when it has one", () => {
    const [line] = evaluateRequirements(
      [
        {
          documentType: 'domicile-letter',
          mediaTypes: 'all',
          level: 'company',
          required: true,
          mustBeUnexpired: true,
          label: { id: 'Surat domisili biro lokal', en: 'Domicile letter of the local bureau' },
        },
      ],
      'radio',
      [],
      ON,
    );
    expect(line!.message.en).toBe('Domicile letter of the local bureau (company) is required: not in the dossier.');
  });
});
