/**
 * The regions of the seed reports (shared/seeds): who studied whom, and who runs media
 * partnerships there. Development start-up, the tests and the benchmarks all use them.
 */
export type DemoTenant = {
  regionCode: string;
  slug: string;
  owningUnit: string;
  legalBasis: string | null;
  adminName: string;
  /** Publishes its public page with its partners and yearly spending (one demo region shows it). */
  publicPage?: boolean;
};

export const DEMO_TENANTS: DemoTenant[] = [
  {
    regionCode: '18.13',
    slug: 'pesisir-barat',
    owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Pesisir Barat',
    legalBasis: null,
    adminName: 'Kasi Pengelolaan Media Diskominfo Pesisir Barat',
    publicPage: true,
  },
  {
    regionCode: '18.04',
    slug: 'lampung-barat',
    owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Lampung Barat',
    legalBasis: null,
    adminName: 'Kabid Komunikasi dan Informasi Publik Lampung Barat',
  },
  {
    regionCode: '16.02',
    slug: 'ogan-komering-ilir',
    owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Ogan Komering Ilir',
    legalBasis: 'Perbup Kabupaten Ogan Komering Ilir Nomor 54 Tahun 2018',
    adminName: 'Sekretaris Diskominfo Ogan Komering Ilir',
  },
  {
    regionCode: '16.12',
    slug: 'penukal-abab-lematang-ilir',
    owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Penukal Abab Lematang Ilir',
    legalBasis: null,
    adminName: 'Kabid IKP Diskominfo PALI',
  },
  {
    regionCode: '96.01',
    slug: 'sorong',
    owningUnit: 'Dinas Komunikasi dan Informatika Kabupaten Sorong',
    legalBasis: null,
    adminName: 'Kabid Komunikasi Diskominfo Kabupaten Sorong',
  },
  {
    regionCode: '96.03',
    slug: 'raja-ampat',
    owningUnit: 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Raja Ampat',
    legalBasis: null,
    adminName: 'Kabid Komunikasi dan Informatika Raja Ampat',
  },
  {
    regionCode: '14.71',
    slug: 'kota-pekanbaru',
    owningUnit: 'Bagian Humas Sekretariat Daerah Kota Pekanbaru',
    legalBasis: null,
    adminName: 'Kabag Humas Setda Kota Pekanbaru',
  },
  {
    regionCode: '13.76',
    slug: 'kota-payakumbuh',
    owningUnit: 'Dinas Komunikasi dan Informatika Kota Payakumbuh',
    legalBasis: null,
    adminName: 'Kabid Humas Diskominfo Payakumbuh',
  },
  {
    regionCode: '64.72',
    slug: 'kota-samarinda',
    owningUnit: 'Dinas Komunikasi dan Informatika Kota Samarinda',
    legalBasis: null,
    adminName: 'Kabid IKP Diskominfo Samarinda',
  },
];

export const DEMO_PASSWORD = 'Sinergi-Demo-2026!';

export function demoAdminEmail(slug: string): string {
  return `admin@${slug}.demo.sinergi.id`;
}
