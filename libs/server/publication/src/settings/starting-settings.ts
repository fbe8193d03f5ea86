import type { MediaType, Product, ProofField, ProofForm, PublicationSettingsRequest, Rate } from '@sinergi/contracts';

/**
 * A starting point built from REGULATIONS.md, for a region to adjust before saving:
 * - prices per tier A/B/C: online infotorial Rp300,000-500,000 by reach (Dumai 2023), online
 *   banner Rp1,200,000 a month (Kota Metro 2019), press releases per day Rp75,000-125,000 (Lingga
 *   2024), daily paper advertorial Rp5,000,000 and weekly Rp3,000,000 (Pringsewu 2022);
 * - proof deadlines after publication (Mojokerto, SIJAMED): 2 days online and daily print, 7 days
 *   weekly print and TV/radio, 10 days monthly print;
 * - proof fields per media type: what verifiers ask for (link, date, screenshot; edition, page,
 *   scan; broadcast log; views; photos).
 */
const products: Product[] = [
  { code: 'ONL-ADV', mediaType: 'online', kind: 'advertorial', name: 'Advertorial media siber', unit: 'item' },
  { code: 'ONL-INF', mediaType: 'online', kind: 'infotorial', name: 'Infotorial media siber', unit: 'item' },
  { code: 'ONL-BNR-HEADER', mediaType: 'online', kind: 'banner', name: 'Banner header per bulan', unit: 'month', position: 'header' },
  { code: 'ONL-BNR-SIDEBAR', mediaType: 'online', kind: 'banner', name: 'Banner samping per bulan', unit: 'month', position: 'sidebar' },
  { code: 'ONL-PR', mediaType: 'online', kind: 'press-release', name: 'Publikasi siaran pers per hari', unit: 'day' },
  { code: 'PD-ADV', mediaType: 'print-daily', kind: 'advertorial', name: 'Advertorial surat kabar harian', unit: 'item', size: '1/2 halaman' },
  { code: 'PD-AD', mediaType: 'print-daily', kind: 'print-ad', name: 'Iklan surat kabar harian per mm kolom', unit: 'column-mm', size: 'per mm kolom' },
  { code: 'PW-ADV', mediaType: 'print-weekly', kind: 'advertorial', name: 'Advertorial surat kabar mingguan', unit: 'item', size: '1/2 halaman' },
  { code: 'PM-ADV', mediaType: 'print-monthly', kind: 'advertorial', name: 'Advertorial majalah bulanan', unit: 'item', size: '1 halaman' },
  { code: 'TV-SPOT30', mediaType: 'tv', kind: 'spot', name: 'Spot iklan televisi 30 detik', unit: 'slot', durationSeconds: 30 },
  { code: 'TV-LIVE', mediaType: 'tv', kind: 'live-coverage', name: 'Liputan langsung televisi', unit: 'day' },
  { code: 'RD-SPOT60', mediaType: 'radio', kind: 'spot', name: 'Spot iklan radio 60 detik', unit: 'slot', durationSeconds: 60 },
  { code: 'RD-LIVE', mediaType: 'radio', kind: 'live-coverage', name: 'Siaran langsung radio', unit: 'day' },
  { code: 'SOC-POST', mediaType: 'social-media', kind: 'social-post', name: 'Unggahan media sosial', unit: 'item' },
  { code: 'VT-SLOT', mediaType: 'videotron', kind: 'videotron-slot', name: 'Tayang videotron per hari', unit: 'day' },
];

const byTier = (productCode: string, a: number, b: number, c: number): Rate[] => [
  { productCode, tier: 'A', unitPrice: a },
  { productCode, tier: 'B', unitPrice: b },
  { productCode, tier: 'C', unitPrice: c },
];

const rates: Rate[] = [
  ...byTier('ONL-ADV', 500_000, 400_000, 300_000),
  ...byTier('ONL-INF', 500_000, 400_000, 300_000),
  ...byTier('ONL-BNR-HEADER', 1_200_000, 1_000_000, 800_000),
  ...byTier('ONL-BNR-SIDEBAR', 900_000, 750_000, 600_000),
  ...byTier('ONL-PR', 125_000, 100_000, 75_000),
  ...byTier('PD-ADV', 5_000_000, 4_000_000, 3_000_000),
  ...byTier('PD-AD', 35_000, 30_000, 25_000),
  ...byTier('PW-ADV', 3_000_000, 2_500_000, 2_000_000),
  ...byTier('PM-ADV', 3_500_000, 3_000_000, 2_500_000),
  ...byTier('TV-SPOT30', 1_500_000, 1_000_000, 750_000),
  ...byTier('TV-LIVE', 10_000_000, 7_500_000, 5_000_000),
  ...byTier('RD-SPOT60', 150_000, 100_000, 75_000),
  ...byTier('RD-LIVE', 2_500_000, 2_000_000, 1_500_000),
  ...byTier('SOC-POST', 250_000, 200_000, 150_000),
  ...byTier('VT-SLOT', 700_000, 600_000, 500_000),
];

const field = (key: string, id: string, en: string, type: ProofField['type'], required = true): ProofField => ({ key, label: { id, en }, type, required });

const onlineFields = [
  field('url', 'Tautan berita', 'Article link', 'url'),
  field('publishedOn', 'Tanggal tayang', 'Published on', 'date'),
  field('screenshot', 'Tangkapan layar', 'Screenshot', 'file'),
];
const printFields = [
  field('editionDate', 'Tanggal edisi', 'Edition date', 'date'),
  field('page', 'Halaman', 'Page', 'number'),
  field('pageScan', 'Pindaian halaman', 'Page scan', 'file'),
];
const broadcastFields = [
  field('airedAt', 'Tanggal siar', 'Aired on', 'date'),
  field('broadcastLog', 'Log siaran', 'Broadcast log', 'file'),
  field('recordingUrl', 'Tautan rekaman', 'Recording link', 'url', false),
];

const form = (mediaType: MediaType, deadlineDays: number, fields: ProofField[]): ProofForm => ({ mediaType, deadlineDays, fields });

const proofForms: ProofForm[] = [
  form('online', 2, onlineFields),
  form('print-daily', 2, printFields),
  form('print-weekly', 7, printFields),
  form('print-monthly', 10, printFields),
  form('tv', 7, broadcastFields),
  form('radio', 7, broadcastFields),
  form('social-media', 2, [
    field('url', 'Tautan unggahan', 'Post link', 'url'),
    field('publishedOn', 'Tanggal unggah', 'Posted on', 'date'),
    field('views', 'Jumlah tayangan', 'Views', 'number'),
    field('screenshot', 'Tangkapan layar', 'Screenshot', 'file', false),
  ]),
  form('videotron', 7, [
    field('photo', 'Foto penayangan', 'Photo of the display', 'file'),
    field('period', 'Periode tayang', 'Display period', 'text'),
    field('publishedOn', 'Tanggal mulai tayang', 'First shown on', 'date'),
  ]),
];

export const STARTING_PUBLICATION_SETTINGS: PublicationSettingsRequest = {
  products,
  rates,
  agreementRates: [],
  proofForms,
  blockOutletsWithOverdueProofs: true,
};
