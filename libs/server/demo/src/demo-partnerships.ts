import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { StartingConfigurationKey } from '@sinergi/contracts';
import { RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { UserService } from '@sinergi/server/identity';
import { DossierService, MediaRegistrationService } from '@sinergi/server/media';
import { ApplicationService, PartnershipConfigurationService } from '@sinergi/server/partnership';
import { startingConfiguration } from '@sinergi/server/rules';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_TENANTS, DemoTenant } from './demo-tenants';

const SEED_ACTOR: RequestActor = { id: null, name: 'demo seed', ip: null };

/** Which starting configuration each demo region runs, after what real regions do (REGULATIONS.md). */
const RULES_OF: Record<string, StartingConfigurationKey> = {
  'kota-samarinda': 'strict',
  'pesisir-barat': 'local-presence',
  'lampung-barat': 'local-presence',
};

/** The demo press company (from the Pesisir Barat report: local online media working with SiKAMDO). */
export const DEMO_MEDIA = {
  email: 'redaksi@faktapers.demo.sinergi.id',
  name: 'Andi Saputra',
  company: { legalName: 'PT Faktapers Media Lampung', legalForm: 'PT' as const },
};

/**
 * Development data for the partnership cycle: each demo region's configuration for this year (open
 * for registration), and one press company with a full dossier that has applied to Pesisir Barat.
 * Idempotent: a region that has a configuration, or an existing demo company, is left alone.
 */
export async function seedDemoPartnerships(context: INestApplicationContext, tenants: DemoTenant[] = DEMO_TENANTS) {
  const registry = context.get(TenantRegistry);
  const tenantDb = context.get(TenantDatabase);
  const configurations = context.get(PartnershipConfigurationService);
  const year = Number(todayInJakarta().slice(0, 4));
  for (const demo of tenants) {
    const tenant = await registry.resolve(demo.slug);
    if (!tenant) continue;
    await tenantDb.run(tenant.handle, async () => {
      if (await configurations.current(year)) return;
      const preset = startingConfiguration(RULES_OF[demo.slug] ?? 'permissive')!;
      await configurations.save(
        year,
        {
          legalBasis: demo.legalBasis ?? preset.legalBasis,
          owningUnit: demo.owningUnit,
          unitCode: 'DISKOMINFO',
          letterhead: {
            governmentName: `PEMERINTAH ${tenant.name.toUpperCase()}`,
            unitName: demo.owningUnit.toUpperCase().replace(` ${tenant.name.toUpperCase()}`, ''),
            address: null,
            phone: null,
            email: null,
            website: null,
          },
          agreementSignatory: { name: demo.adminName, nip: null, position: `Kepala ${demo.owningUnit}` },
          factualVisit: preset.key === 'strict',
          content: preset.content,
          // Open now, so the demo can apply: the year's real dates are set by each region.
          calendar: {
            registrationOpens: `${year}-01-02`,
            registrationCloses: `${year}-12-20`,
            announcement: `${year}-12-21`,
            objectionOpens: `${year}-12-22`,
            objectionCloses: `${year}-12-24`,
            final: `${year}-12-28`,
          },
        },
        SEED_ACTOR,
      );
    });
  }
  return seedDemoMedia(context, year);
}

async function seedDemoMedia(context: INestApplicationContext, year: number) {
  const login = { tenant: 'media', name: DEMO_MEDIA.name, email: DEMO_MEDIA.email, password: DEMO_PASSWORD };
  if ((await context.get(UserService).findByEmail(DEMO_MEDIA.email))?.passwordHash) return login;
  const registered = await context.get(MediaRegistrationService).register({ ...DEMO_MEDIA, password: DEMO_PASSWORD });
  const companyId = registered.companies[0]!.id;
  await context.get<DataSource>(getDataSourceToken()).query('update platform.users set email_confirmed_at = now() where lower(email) = $1', [DEMO_MEDIA.email]);
  const dossiers = context.get(DossierService);
  const userId = registered.user.id;
  const profile = await dossiers.snapshot(companyId);
  await dossiers.updateProfile(companyId, {
    version: profile.company.version,
    npwp: '02.345.678.9-325.000',
    nib: '9120105432178',
    pkp: true,
    kbli: ['63122'],
    address: 'Jl. Merdeka No. 21, Krui, Pesisir Barat',
    regionCode: '18.13',
    officeRegionCodes: ['18.04'],
    establishedOn: '2016-04-12',
    bankName: 'Bank Lampung',
    bankAccountNumber: '380 01 23456 7',
    bankAccountHolder: DEMO_MEDIA.company.legalName,
    dewanPersStatus: 'administrative',
    constituentOrganisation: 'SMSI',
  });
  await dossiers.addPerson(companyId, { name: DEMO_MEDIA.name, position: 'pemimpin-redaksi', ukwLevel: 'utama', ukwCertificateNumber: 'UKW-U-2019-0412', ukwCertifiedOn: '2019-08-20', ktpRegionCode: '18.13' });
  await dossiers.addPerson(companyId, { name: 'Rudi Hartono', position: 'bureau-chief', ukwLevel: 'madya', ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: '18.04' });
  const outlet = await dossiers.addOutlet(companyId, {
    name: 'faktapers.id',
    mediaType: 'online',
    url: 'https://faktapers.id',
    launchedOn: '2017-01-10',
    monthlyVisitors: 180_000,
    circulation: null,
    broadcastLicenceNumber: null,
    socialPlatform: null,
    location: null,
    publishesMasthead: true,
  });
  const nextYear = `${year + 1}-03-31`;
  const documents: [string, string | undefined][] = [
    ['akta-pendirian', undefined], ['sk-kemenkumham', undefined], ['nib', undefined], ['npwp', undefined], ['spt', nextYear],
    ['bank-account', undefined], ['ktp-penanggung-jawab', undefined], ['domicile-letter', nextYear], ['e-katalog-registration', undefined],
    ['pkp-certificate', undefined], ['ukw-certificate', undefined], ['constituent-membership', nextYear],
  ];
  for (const [documentType, expiresOn] of documents) {
    await dossiers.upload(companyId, userId, { documentType: documentType as never, expiresOn, number: `${documentType.toUpperCase()}/FAKTAPERS/${year}` }, {
      buffer: demoPdf(`${DEMO_MEDIA.company.legalName}: ${documentType}`),
      originalname: `${documentType}.pdf`,
    });
  }
  await dossiers.upload(companyId, userId, { documentType: 'masthead', outletId: outlet.id }, { buffer: demoPdf('Boks redaksi faktapers.id'), originalname: 'boks-redaksi.pdf' });
  const tenant = await context.get(TenantRegistry).resolve('pesisir-barat');
  if (tenant) {
    await context.get(TenantDatabase).run(tenant.handle, () =>
      context.get(ApplicationService).submit(companyId, year, [outlet.id], { id: userId, name: DEMO_MEDIA.name, ip: null }),
    );
  }
  return login;
}

/** A one-page PDF that says what it stands for (the demo has no scans). */
function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
