import { StartingConfiguration } from '@sinergi/contracts';
import { dewanPersTiers, documentRules } from './common-rules';
import { basicLegalDocuments, companyDocument, mediaTypeDocuments } from './document-requirements';

/** The national default: legal entity and basic legal documents only; tiers by Dewan Pers status. */
export const PERMISSIVE_CONFIGURATION: StartingConfiguration = {
  key: 'permissive',
  label: { id: 'Longgar (bawaan nasional)', en: 'Permissive (national default)' },
  description: {
    id:
      'Badan hukum PT, yayasan atau koperasi dengan NPWP dan dokumen legalitas dasar. Kelas A terverifikasi faktual ' +
      'Dewan Pers, B terverifikasi administratif, C memenuhi syarat lainnya.',
    en:
      'A PT, yayasan or koperasi with an NPWP and the basic legal documents. Tier A Dewan Pers factually verified, ' +
      'B administratively verified, C otherwise eligible.',
  },
  legalBasis: 'Undang-Undang Nomor 40 Tahun 1999 tentang Pers; Peraturan Dewan Pers tentang Standar Perusahaan Pers',
  content: {
    requirements: [
      ...basicLegalDocuments(),
      companyDocument('company-profile', { required: false }),
      companyDocument('dewan-pers-certificate', { required: false, mustBeUnexpired: true }),
      ...mediaTypeDocuments(false),
    ],
    eligibility: {
      rules: [
        { id: 'legal-entity', field: 'company.legalForm', operator: 'in', value: ['PT', 'yayasan', 'koperasi'] },
        { id: 'npwp', field: 'company.hasNpwp', operator: 'isTrue' },
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
      ],
      tiers: dewanPersTiers(),
    },
    schedule: {
      registrationOpens: '01-06',
      registrationCloses: '01-31',
      announcement: '02-14',
      objectionOpens: '02-16',
      objectionCloses: '02-20',
      final: '02-28',
    },
  },
};
