import { Condition, FactField } from '@sinergi/contracts';
import { describeActual, describeCondition } from './condition-text';

const c = (field: FactField, operator: Condition['operator'], value?: unknown): Condition => ({ field, operator, value });

describe('what a condition asks, in words', () => {
  it.each([
    [c('company.legalForm', 'eq', 'PT'), 'Bentuk badan hukum perusahaan harus PT', "The company's legal form must be PT (limited company)"],
    [c('company.legalForm', 'neq', 'CV'), 'Bentuk badan hukum perusahaan harus selain CV', "The company's legal form must be other than CV (limited partnership)"],
    [c('outlet.mediaType', 'in', ['tv']), 'Jenis media harus televisi', 'The media type must be television'],
    [
      c('outlet.mediaType', 'notIn', ['social-media', 'videotron']),
      'Jenis media harus selain akun media sosial dan videotron',
      'The media type must be other than social media account and videotron',
    ],
    [c('company.outletCount', 'eq', 1), 'Jumlah media perusahaan harus tepat 1 media', "The company's number of outlets must be exactly 1 outlet"],
    [c('outlet.activeMonths', 'gt', 6), 'Media harus aktif lebih dari 6 bulan', 'The outlet must have been active for more than 6 months'],
    [c('outlet.circulation', 'lt', 1000), 'Oplah harus kurang dari 1.000 eksemplar', 'Circulation must be less than 1,000 copies'],
    [c('documents.expiredRequired', 'lte', 0), 'Jumlah dokumen wajib yang kedaluwarsa harus nol', 'The number of expired required documents must be zero'],
    [c('pemred.ukwLevel', 'atMost', 'madya'), 'Pemimpin redaksi harus memiliki UKW paling tinggi Madya', 'Editor-in-chief must hold UKW at most Madya'],
    [
      c('company.dewanPersStatus', 'atLeast', 'administrative'),
      'Status Dewan Pers perusahaan harus minimal terverifikasi administratif',
      "The company's Dewan Pers status must be at least administratively verified",
    ],
    [c('company.pkp', 'isFalse'), 'Perusahaan tidak boleh berstatus PKP', 'The company must not be VAT-registered (PKP)'],
    [
      c('company.kbli', 'containsAny', ['60202', '60102']),
      'KBLI perusahaan harus mencakup salah satu dari 60202 atau 60102',
      "The company's KBLI codes must include one of 60202 or 60102",
    ],
    [c('outlet.monthlyVisitors', 'present'), 'Pengunjung bulanan harus tercatat', 'Monthly visitors must be recorded'],
    [c('outlet.circulation', 'absent'), 'Oplah tidak boleh tercatat', 'Circulation must not be recorded'],
  ])('%o', (condition, id, en) => {
    expect(describeCondition(condition)).toEqual({ id, en });
  });
});

describe('what the dossier shows, in words', () => {
  it.each([
    ['company.dewanPersStatus', 'factual', 'dossier mencatat terverifikasi faktual', 'the dossier has factually verified'],
    ['company.ageMonths', 1, 'dossier mencatat 1 bulan', 'the dossier has 1 month'],
    ['company.kbli', ['63122', '73100'], 'dossier mencatat 63122, 73100', 'the dossier has 63122, 73100'],
    ['company.hasOfficeInRegion', false, 'menurut dossier, perusahaan tidak memiliki kantor di wilayah ini', 'the dossier says the company has no office in the region'],
    ['pemred.ukwLevel', null, 'tidak tercatat dalam dossier', 'not recorded in the dossier'],
  ] as const)('%s = %p', (field, actual, id, en) => {
    expect(describeActual(field, actual)).toEqual({ id, en });
  });
});
