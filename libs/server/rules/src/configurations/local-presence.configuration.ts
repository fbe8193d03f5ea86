import { StartingConfiguration } from '@sinergi/contracts';
import { broadcastLicenceRule, documentRules, kbliRules } from './common-rules';
import { basicLegalDocuments, companyDocument, mediaTypeDocuments } from './document-requirements';

/** Modelled on Lampung Utara, Perbup 63/2025 (REGULATIONS.md): the local-presence model. */
export const LOCAL_PRESENCE_CONFIGURATION: StartingConfiguration = {
  key: 'local-presence',
  label: { id: 'Kehadiran lokal (model Perbup Lampung Utara 63/2025)', en: 'Local presence (Lampung Utara Perbup 63/2025 model)' },
  description: {
    id:
      'Badan hukum PT, yayasan atau koperasi yang terdaftar di e-Katalog, dengan kantor di daerah dan kepala biro ' +
      'ber-KTP daerah; satu perusahaan satu media. Verifikasi Dewan Pers diutamakan lewat skor: kelas A mulai 70 poin, ' +
      'B mulai 40 poin, C memenuhi syarat lainnya.',
    en:
      'A PT, yayasan or koperasi registered in e-Katalog, with an office in the region and a bureau chief holding a ' +
      'local KTP; one company, one outlet. Dewan Pers verification is prioritised through the score: tier A from 70 ' +
      'points, B from 40, C otherwise eligible.',
  },
  legalBasis: 'Peraturan Bupati Lampung Utara Nomor 63 Tahun 2025',
  content: {
    requirements: [
      ...basicLegalDocuments(),
      companyDocument('domicile-letter', { mustBeUnexpired: true }),
      companyDocument('e-katalog-registration'),
      companyDocument('company-profile', { required: false }),
      companyDocument('dewan-pers-certificate', { required: false, mustBeUnexpired: true }),
      companyDocument('ukw-certificate', { required: false }),
      ...mediaTypeDocuments(false),
    ],
    eligibility: {
      rules: [
        { id: 'legal-entity', field: 'company.legalForm', operator: 'in', value: ['PT', 'yayasan', 'koperasi'] },
        { id: 'npwp', field: 'company.hasNpwp', operator: 'isTrue' },
        { id: 'office-in-region', field: 'company.hasOfficeInRegion', operator: 'isTrue' },
        { id: 'local-bureau-chief', field: 'company.hasLocalBureauChief', operator: 'isTrue' },
        {
          id: 'one-company-one-outlet',
          label: { id: 'Satu perusahaan satu media', en: 'One company, one outlet' },
          field: 'company.outletCount',
          operator: 'lte',
          value: 1,
        },
        ...kbliRules(),
        broadcastLicenceRule(),
        ...documentRules(),
      ],
      scoring: [
        {
          id: 'dewan-pers-verified',
          label: { id: 'Terverifikasi Dewan Pers', en: 'Verified by Dewan Pers' },
          condition: { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
          points: 30,
        },
        {
          id: 'dewan-pers-factual',
          label: { id: 'Terverifikasi faktual', en: 'Factually verified' },
          condition: { field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' },
          points: 20,
        },
        {
          id: 'pemred-ukw-madya',
          label: { id: 'Pemimpin redaksi UKW Madya atau lebih', en: 'Editor-in-chief UKW Madya or higher' },
          condition: { field: 'pemred.ukwLevel', operator: 'atLeast', value: 'madya' },
          points: 10,
        },
        {
          id: 'pemred-ukw-utama',
          label: { id: 'Pemimpin redaksi UKW Utama', en: 'Editor-in-chief UKW Utama' },
          condition: { field: 'pemred.ukwLevel', operator: 'eq', value: 'utama' },
          points: 10,
        },
        {
          id: 'pemred-local',
          label: { id: 'Pemimpin redaksi warga daerah', en: 'Local editor-in-chief' },
          condition: { field: 'pemred.hasLocalKtp', operator: 'isTrue' },
          points: 10,
        },
        {
          id: 'constituent-member',
          label: { id: 'Anggota konstituen Dewan Pers', en: 'Member of a Dewan Pers constituent' },
          condition: { field: 'company.constituentMember', operator: 'isTrue' },
          points: 10,
        },
        {
          id: 'active-one-year',
          label: { id: 'Aktif minimal 1 tahun', en: 'Active for a year or more' },
          condition: { field: 'outlet.activeMonths', operator: 'gte', value: 12 },
          points: 10,
        },
      ],
      tiers: [
        { code: 'A', label: { id: 'Skor 70 atau lebih', en: 'Score 70 or more' }, conditions: [], minScore: 70 },
        { code: 'B', label: { id: 'Skor 40 atau lebih', en: 'Score 40 or more' }, conditions: [], minScore: 40 },
        { code: 'C', label: { id: 'Memenuhi syarat lainnya', en: 'Otherwise eligible' }, conditions: [] },
      ],
    },
    // 2026: online registration 7-11 Jan, first announcement 24 Jan, objections 26-27 Jan, final 28 Jan.
    schedule: {
      registrationOpens: '01-07',
      registrationCloses: '01-11',
      announcement: '01-24',
      objectionOpens: '01-26',
      objectionCloses: '01-27',
      final: '01-28',
    },
  },
};
