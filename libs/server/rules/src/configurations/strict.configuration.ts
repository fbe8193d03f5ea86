import { StartingConfiguration } from '@sinergi/contracts';
import { broadcastLicenceRule, dewanPersTiers, documentRules, kbliRules } from './common-rules';
import { basicLegalDocuments, companyDocument, mediaTypeDocuments, outletDocument, PRINT } from './document-requirements';

/** Modelled on Kalimantan Timur, Pergub 49/2024 (REGULATIONS.md): the strict model. */
export const STRICT_CONFIGURATION: StartingConfiguration = {
  key: 'strict',
  label: { id: 'Ketat (model Pergub Kaltim 49/2024)', en: 'Strict (Kalimantan Timur Pergub 49/2024 model)' },
  description: {
    id:
      'Hanya PT dengan NPWP dan PKP, kantor redaksi di wilayah dengan boks redaksi, anggota konstituen Dewan Pers, ' +
      'aktif minimal 2 tahun, pemimpin redaksi UKW Utama ber-KTP daerah, paling banyak 2 media. ' +
      'Kelas A terverifikasi faktual, B terverifikasi administratif, C memenuhi syarat lainnya.',
    en:
      'PT only, with NPWP and PKP; a newsroom in the region with a published masthead; member of a Dewan Pers ' +
      'constituent; active for at least 2 years; editor-in-chief with UKW Utama and a local KTP; at most 2 outlets. ' +
      'Tier A factually verified, B administratively verified, C otherwise eligible.',
  },
  legalBasis: 'Peraturan Gubernur Kalimantan Timur Nomor 49 Tahun 2024',
  content: {
    requirements: [
      ...basicLegalDocuments(),
      companyDocument('pkp-certificate'),
      companyDocument('domicile-letter', { mustBeUnexpired: true }),
      companyDocument('company-profile', { required: false }),
      companyDocument('dewan-pers-certificate', { required: false, mustBeUnexpired: true }),
      companyDocument('ukw-certificate'),
      companyDocument('constituent-membership', { mustBeUnexpired: true }),
      outletDocument('masthead', ['online', ...PRINT]),
      ...mediaTypeDocuments(false),
    ],
    eligibility: {
      rules: [
        { id: 'legal-form', field: 'company.legalForm', operator: 'eq', value: 'PT' },
        { id: 'npwp', field: 'company.hasNpwp', operator: 'isTrue' },
        { id: 'pkp', field: 'company.pkp', operator: 'isTrue' },
        { id: 'office-in-region', field: 'company.hasOfficeInRegion', operator: 'isTrue' },
        { id: 'masthead', field: 'outlet.publishesMasthead', operator: 'isTrue', appliesTo: ['online', ...PRINT] },
        { id: 'constituent-member', field: 'company.constituentMember', operator: 'isTrue' },
        { id: 'active-two-years', field: 'outlet.activeMonths', operator: 'gte', value: 24 },
        { id: 'pemred-ukw', field: 'pemred.ukwLevel', operator: 'atLeast', value: 'utama' },
        { id: 'pemred-local-ktp', field: 'pemred.hasLocalKtp', operator: 'isTrue' },
        { id: 'outlets-per-company', field: 'company.outletCount', operator: 'lte', value: 2 },
        ...kbliRules(),
        broadcastLicenceRule(),
        ...documentRules(),
      ],
      scoring: [
        {
          id: 'dewan-pers-verified',
          label: { id: 'Terverifikasi Dewan Pers', en: 'Verified by Dewan Pers' },
          condition: { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
          points: 20,
        },
        {
          id: 'dewan-pers-factual',
          label: { id: 'Terverifikasi faktual', en: 'Factually verified' },
          condition: { field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' },
          points: 20,
        },
        {
          id: 'established-five-years',
          label: { id: 'Perusahaan berdiri minimal 5 tahun', en: 'Company established for 5 years or more' },
          condition: { field: 'company.ageMonths', operator: 'gte', value: 60 },
          points: 10,
        },
        {
          id: 'online-reach',
          label: { id: 'Jangkauan pembaca daring', en: 'Online reach' },
          condition: { field: 'outlet.monthlyVisitors', operator: 'gte', value: 50_000 },
          points: 10,
          appliesTo: ['online'],
        },
        {
          id: 'print-circulation',
          label: { id: 'Oplah cetak', en: 'Print circulation' },
          condition: { field: 'outlet.circulation', operator: 'gte', value: 3_000 },
          points: 10,
          appliesTo: PRINT,
        },
      ],
      tiers: dewanPersTiers(),
    },
    // An example calendar: Pergub 49/2024 does not fix dates.
    schedule: {
      registrationOpens: '01-06',
      registrationCloses: '01-24',
      announcement: '02-10',
      objectionOpens: '02-11',
      objectionCloses: '02-17',
      final: '02-24',
    },
  },
};
