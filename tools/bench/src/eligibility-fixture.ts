/**
 * Seeds, straight in SQL, what the eligibility list of one tenant reads: press companies with their
 * people, outlets and versioned dossier documents (platform schema), and one submitted application
 * per outlet in the tenant's schema, with the evaluation and requirements the API would have stored.
 */
import { DossierDocumentType, MediaType, PartnershipConfiguration } from '@sinergi/contracts';
import { todayInJakarta } from '@sinergi/server/core';
import { DossierService } from '@sinergi/server/media';
import { evaluateOutlet } from '@sinergi/server/partnership';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export type EligibilityFixture = { companies: number; outlets: number; people: number; documents: number; versions: number; applications: number };

type Row = unknown[];

const TOWNS = ['Samarinda', 'Balikpapan', 'Bontang', 'Tenggarong', 'Sangatta', 'Penajam', 'Tanjung Redeb', 'Sendawar'];
const WORDS = ['Pos', 'Tribun', 'Kabar', 'Warta', 'Suara', 'Berita', 'Media', 'Info', 'Fokus', 'Lintas', 'Sinar', 'Radar'];
const COMPANY_DOCUMENTS: { type: DossierDocumentType; expires?: boolean; share: number }[] = [
  { type: 'akta-pendirian', share: 0.99 },
  { type: 'sk-kemenkumham', share: 0.97 },
  { type: 'nib', share: 0.98 },
  { type: 'npwp', share: 0.97 },
  { type: 'spt', expires: true, share: 0.92 },
  { type: 'bank-account', share: 0.97 },
  { type: 'ktp-penanggung-jawab', share: 0.97 },
  { type: 'pkp-certificate', share: 0.7 },
  { type: 'domicile-letter', expires: true, share: 0.85 },
  { type: 'company-profile', share: 0.5 },
  { type: 'dewan-pers-certificate', expires: true, share: 0.4 },
  { type: 'ukw-certificate', share: 0.8 },
  { type: 'constituent-membership', expires: true, share: 0.6 },
  { type: 'e-katalog-registration', share: 0.3 },
];
const PRINT: MediaType[] = ['print-daily', 'print-weekly', 'print-monthly'];
/** Roughly the mix of a Kalimantan province's media partners: mostly online, then print, radio, TV. */
const TYPE_MIX: [MediaType, number][] = [
  ['online', 0.62],
  ['print-daily', 0.08],
  ['print-weekly', 0.05],
  ['print-monthly', 0.02],
  ['radio', 0.1],
  ['tv', 0.06],
  ['social-media', 0.05],
  ['videotron', 0.02],
];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Multi-row insert in chunks (PostgreSQL takes at most 65,535 parameters a statement). */
async function insert(sql: Client, table: string, columns: string[], rows: Row[]): Promise<void> {
  const perStatement = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await sql.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
  }
}

export async function seedEligibilityFixture(options: {
  databaseUrl: string;
  dataSource: DataSource;
  tenantSchema: string;
  tenantId: string;
  tenantRegion: string;
  configuration: PartnershipConfiguration;
  companies: number;
  outlets: number;
  next: () => number;
}): Promise<EligibilityFixture> {
  const { next, tenantRegion } = options;
  const chance = (p: number) => next() < p;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const weighted = (): MediaType => {
    let r = next();
    for (const [type, share] of TYPE_MIX) if ((r -= share) < 0) return type;
    return 'online';
  };
  const daysFromNow = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));
  const hash = () => randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
  const otherRegion = () => pick(['64.71', '64.02', '64.03', '63.71', '31.71']);

  const companies: Row[] = [];
  const people: Row[] = [];
  const outlets: Row[] = [];
  const documents: Row[] = [];
  const versions: Row[] = [];
  const links: Row[] = [];
  // Spread the outlets: every company one, then the rest at random (so some have 2, 3 or 4).
  const outletCounts = Array.from({ length: options.companies }, () => 1);
  for (let i = options.companies; i < options.outlets; i++) outletCounts[Math.floor(next() * options.companies)]! += 1;
  let created = 0;

  for (let c = 0; c < options.companies; c++) {
    const companyId = randomUUID();
    const town = pick(TOWNS);
    const good = chance(0.45); // a company that keeps its dossier in order
    const legalForm = good || chance(0.7) ? 'PT' : pick(['yayasan', 'koperasi', 'CV']);
    const types = Array.from({ length: outletCounts[c]! }, () => weighted());
    const kbli = [...new Set(types.map((t) => (t === 'online' ? '63122' : PRINT.includes(t) ? '58130' : t === 'tv' ? '60202' : t === 'radio' ? '60102' : '73100')))]
      .filter(() => good || chance(0.85));
    const base = `${pick(WORDS)} ${town} ${c + 1}`;
    companies.push([
      companyId,
      `${legalForm === 'PT' ? 'PT' : legalForm === 'CV' ? 'CV' : legalForm === 'yayasan' ? 'Yayasan' : 'Koperasi'} ${base} Media`,
      legalForm,
      good || chance(0.9) ? `0${c % 10}.${String(100 + (c % 900)).padStart(3, '0')}.${String(c).padStart(3, '0')}.4-722.000` : null,
      `91200${String(c).padStart(8, '0')}`,
      good || chance(0.6),
      `{${kbli.join(',')}}`,
      `Jl. ${pick(WORDS)} No. ${1 + (c % 120)}, ${town}`,
      chance(0.8) ? tenantRegion : otherRegion(),
      chance(0.25) ? `{${tenantRegion}}` : '{}',
      isoDate(new Date(Date.UTC(2000 + Math.floor(next() * 25), Math.floor(next() * 12), 1 + Math.floor(next() * 28)))),
      `+62 541 ${String(700000 + c)}`,
      `https://${base.toLowerCase().replace(/\s+/g, '')}.id`,
      pick(['Bank Kaltimtara', 'BRI', 'BNI', 'Mandiri']),
      String(1_000_000_000 + c),
      `${base} Media`,
      good ? pick(['administrative', 'factual', 'factual']) : pick(['none', 'none', 'administrative']),
      good || chance(0.5) ? pick(['SMSI', 'PWI', 'AMSI', 'IJTI', 'PRSSNI']) : null,
    ]);
    links.push([companyId, options.tenantId]);

    const pemredLocal = good || chance(0.6);
    people.push([randomUUID(), companyId, `Pemred ${c + 1}`, 'pemimpin-redaksi', good ? 'utama' : chance(0.15) ? null : pick(['muda', 'madya', 'utama']), `UKW-${c}`, '2018-05-01', pemredLocal ? tenantRegion : otherRegion()]);
    for (let j = 0; j < 1 + Math.floor(next() * 3); j++) {
      people.push([randomUUID(), companyId, `Wartawan ${c + 1}.${j + 1}`, 'journalist', chance(0.5) ? pick(['muda', 'madya']) : null, null, null, chance(0.7) ? tenantRegion : otherRegion()]);
    }
    if (chance(0.3)) people.push([randomUUID(), companyId, `Kepala Biro ${c + 1}`, 'bureau-chief', 'madya', null, null, tenantRegion]);

    const addDocument = (type: DossierDocumentType, outletId: string | null, expires: boolean) => {
      const documentId = randomUUID();
      documents.push([documentId, companyId, outletId, type]);
      const count = chance(0.25) ? 2 : 1; // some replaced once (a renewed SPT, a corrected NPWP)
      for (let v = 1; v <= count; v++) {
        const current = v === count;
        const expiresOn = expires ? (current ? (good || chance(0.9) ? daysFromNow(30 + Math.floor(next() * 330)) : daysFromNow(-10)) : daysFromNow(-200)) : null;
        versions.push([randomUUID(), documentId, v, `${type.toUpperCase()}/${c}/${v}`, daysFromNow(-400 + v * 100), expiresOn, hash(), 20_000 + Math.floor(next() * 2_000_000), 'application/pdf', `${type}.pdf`]);
      }
    };
    for (const doc of COMPANY_DOCUMENTS) if (good || chance(doc.share)) addDocument(doc.type, null, !!doc.expires);

    for (const type of types) {
      const outletId = randomUUID();
      created++;
      const name = `${base}${types.length > 1 ? ` ${pick(['Online', 'TV', 'FM', 'Pos', 'Daily'])} ${created}` : ''}`;
      outlets.push([
        outletId,
        companyId,
        name,
        type,
        type === 'online' || type === 'social-media' ? `https://${name.toLowerCase().replace(/\s+/g, '')}.id` : null,
        isoDate(new Date(Date.UTC(2008 + Math.floor(next() * 18), Math.floor(next() * 12), 1))),
        type === 'online' ? (chance(0.85) ? Math.floor(next() * 400_000) : null) : null,
        PRINT.includes(type) ? Math.floor(next() * 15_000) : null,
        type === 'tv' || type === 'radio' ? (good || chance(0.8) ? `IPP-${c}-${created}` : null) : null,
        type === 'social-media' ? pick(['instagram', 'youtube', 'tiktok']) : null,
        type === 'videotron' ? `Simpang ${pick(WORDS)}, ${town}` : null,
        good || chance(0.8),
      ]);
      if (type === 'online' || PRINT.includes(type)) if (good || chance(0.9)) addDocument('masthead', outletId, false);
      if (PRINT.includes(type) && (good || chance(0.85))) addDocument('circulation-statement', outletId, true);
      if ((type === 'tv' || type === 'radio') && (good || chance(0.85))) addDocument('broadcast-licence', outletId, true);
      if (type === 'online' && chance(0.6)) addDocument('traffic-statistics', outletId, false);
    }
  }

  const sql = new Client({ connectionString: options.databaseUrl });
  sql.on('error', () => undefined);
  await sql.connect();
  try {
    await sql.query('begin');
    await insert(sql, 'platform.media_companies', [
      'id', 'legal_name', 'legal_form', 'npwp', 'nib', 'pkp', 'kbli', 'address', 'region_code', 'office_region_codes', 'established_on',
      'phone', 'website', 'bank_name', 'bank_account_number', 'bank_account_holder', 'dewan_pers_status', 'constituent_organisation',
    ], companies);
    await insert(sql, 'platform.media_people', ['id', 'company_id', 'name', 'position', 'ukw_level', 'ukw_certificate_number', 'ukw_certified_on', 'ktp_region_code'], people);
    await insert(sql, 'platform.media_outlets', [
      'id', 'company_id', 'name', 'media_type', 'url', 'launched_on', 'monthly_visitors', 'circulation', 'broadcast_licence_number',
      'social_platform', 'location', 'publishes_masthead',
    ], outlets);
    await insert(sql, 'platform.dossier_documents', ['id', 'company_id', 'outlet_id', 'document_type'], documents);
    await insert(sql, 'platform.dossier_document_versions', [
      'id', 'document_id', 'version', 'number', 'issued_on', 'expires_on', 'file_hash', 'file_size', 'content_type', 'original_name',
    ], versions);
    await insert(sql, 'platform.company_tenant_links', ['company_id', 'tenant_id'], links);
    await sql.query('commit');

    // What the API stores on submit: the evaluation and the requirement lines at that moment.
    const dossiers = new DossierService(options.dataSource, undefined as never, undefined as never);
    const snapshots = await dossiers.snapshots(companies.map((row) => row[0] as string));
    const today = todayInJakarta();
    const applications: Row[] = [];
    for (const row of outlets) {
      const snapshot = snapshots.get(row[1] as string)!;
      const outlet = snapshot.outlets.find((o) => o.id === row[0])!;
      const { evaluation, requirements } = evaluateOutlet(options.configuration.content, snapshot, outlet, tenantRegion, today);
      applications.push([
        2026, snapshot.company.id, snapshot.company.legalName, outlet.id, outlet.name, outlet.mediaType, options.configuration.id,
        'submitted', JSON.stringify(evaluation), JSON.stringify(requirements), `Pemred ${snapshot.company.legalName}`,
      ]);
    }
    await sql.query('begin');
    await insert(sql, `"${options.tenantSchema}".applications`, [
      'fiscal_year', 'company_id', 'company_name', 'outlet_id', 'outlet_name', 'media_type', 'configuration_id', 'status', 'evaluation',
      'requirements', 'submitted_by',
    ], applications);
    await sql.query('commit');
    await sql.query(`analyze platform.media_companies, platform.media_people, platform.media_outlets, platform.dossier_documents,
      platform.dossier_document_versions, "${options.tenantSchema}".applications`);
    return {
      companies: companies.length,
      outlets: outlets.length,
      people: people.length,
      documents: documents.length,
      versions: versions.length,
      applications: applications.length,
    };
  } finally {
    await sql.end();
  }
}
