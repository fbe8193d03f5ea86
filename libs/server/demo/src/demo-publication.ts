import { INestApplicationContext, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { getDataSourceToken } from '@nestjs/typeorm';
import type {
  ApprovalInstance,
  ApprovalStep,
  Claim,
  CreateOrderRequest,
  Order,
  OrderQuery,
  OrderSummary,
  Page,
  Payment,
  Permission,
  ProofFileUpload,
  RecordPaymentRequest,
  SetBudgetRequest,
  TaxSettingsRequest,
  TenantRoleDefinition,
} from '@sinergi/contracts';
import { RequestActor, TenantDatabase, TenantHandle, todayInJakarta } from '@sinergi/server/core';
import { BudgetService } from '@sinergi/server/budget';
import { BillingModule, ClaimService, STARTING_TAX_SETTINGS, TaxSettingsService } from '@sinergi/server/billing';
import { IdentityModule, MembershipService, RoleCatalogue, UserService } from '@sinergi/server/identity';
import { DossierService } from '@sinergi/server/media';
import { AgreementService, ApplicationService, PartnershipConfigurationService } from '@sinergi/server/partnership';
import { PublicationModule, PublicationSettingsService, STARTING_PUBLICATION_SETTINGS } from '@sinergi/server/publication';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { ApprovalChainService, ApprovalWorkflow } from '@sinergi/server/workflow';
import { DataSource } from 'typeorm';
import { DEMO_MEDIA } from './demo-partnerships';
import { DemoLogin } from './demo-seeder';
import { DEMO_PASSWORD, DEMO_TENANTS, DemoTenant } from './demo-tenants';

/*
 * The services below are providers of their modules that the libs' index files do not export
 * (orders, proofs and payments; tenant roles). The demo finds them by name in the module's own
 * provider list so that it runs exactly the product's code; only the calls it makes are typed here.
 */
type OrderOperations = {
  create(request: CreateOrderRequest, actor: RequestActor): Promise<Order>;
  accept(companyId: string, id: string, actor: RequestActor): Promise<Order>;
  list(query: OrderQuery): Promise<Page<OrderSummary>>;
};
type ProofOperations = {
  uploadFile(companyId: string, orderId: string, upload: { buffer: Buffer; originalname: string }, actor: RequestActor): Promise<ProofFileUpload>;
  submit(companyId: string, orderId: string, input: Record<string, unknown>, actor: RequestActor): Promise<{ order: Order } | { lockedNow: Error }>;
  accept(orderId: string, version: number, actor: RequestActor): Promise<Order>;
};
type PaymentOperations = {
  record(claimId: string, request: RecordPaymentRequest, idempotencyKey: string | undefined, actor: RequestActor): Promise<Payment>;
};
type RoleOperations = {
  create(
    tenant: { handle: TenantHandle; name: string; roles: string[]; abilities: [] },
    role: { name: string; label: string; permissions: Permission[] },
    actor: RequestActor,
  ): Promise<TenantRoleDefinition>;
};

function provider<T>(context: INestApplicationContext, module: Type, name: string): T {
  const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? []) as unknown[];
  const type = providers.find((p): p is Type => typeof p === 'function' && p.name === name);
  if (!type) throw new Error(`the demo needs ${name} of ${module.name}, which it no longer provides`);
  return context.get<unknown>(type, { strict: false }) as T;
}

/** A staff member of a demo region, with the demo password. */
type DemoOfficial = { key: string; email: string; name: string; roles: string[]; position: string };

/** One demo order: what is ordered and how far along the cycle the demo takes it. */
type DemoOrder = {
  productCode: string;
  quantity: number;
  title: string;
  body: string;
  slug: string;
  stage: 'issued' | 'proof-submitted' | 'proof-accepted' | 'claim-at-second-step' | 'paid';
};

type DemoRegion = {
  slug: string;
  /** PPTK/PPK/PA-KPA are not built-in roles: the region defines them (as a real region would). */
  customRoles: { name: string; label: string; permissions: Permission[] }[];
  officials: DemoOfficial[];
  /** The official who orders and reviews proofs. */
  operator: string;
  budget: (year: number) => SetBudgetRequest;
  taxes: TaxSettingsRequest;
  chain: ApprovalStep[];
  ceiling: number | null;
  /** Local presence: the bureau chief the company appoints in the region (KTP of the region), if it has none. */
  bureauChief: { name: string; ktpRegionCode: string } | null;
  /** The agreement's own prices (override the tier price of the rate card). */
  agreementRates: { productCode: string; unitPrice: number }[];
  orders: (year: number) => DemoOrder[];
};

const approver: Permission[] = [
  { action: 'read', subject: 'TenantProfile' },
  { action: 'read', subject: 'Agreement' },
  { action: 'read', subject: 'Order' },
  { action: 'read', subject: 'Proof' },
  { action: 'read', subject: 'Budget' },
  { action: 'read', subject: 'Claim' },
  { action: 'read', subject: 'Approval' },
  { action: 'update', subject: 'Approval' },
  { action: 'read', subject: 'Report' },
];

/**
 * Pesisir Barat follows the payment chain of PP 12/2019 (PPTK → PPK-SKPD → PA/KPA from Rp5 million →
 * bendahara) and the 2025 PPN (12% × 11/12) collected from Rp1 million; Lampung Barat, where the
 * demo company has its office, runs a short chain (Kepala Dinas → bendahara) and collects PPN only
 * from Rp2 million (REGULATIONS.md).
 */
const REGIONS: DemoRegion[] = [
  {
    slug: 'pesisir-barat',
    customRoles: [
      { name: 'pptk', label: 'PPTK', permissions: [...approver, { action: 'create', subject: 'Order' }, { action: 'update', subject: 'Order' }, { action: 'update', subject: 'Proof' }] },
      { name: 'ppk', label: 'PPK-SKPD', permissions: approver },
      { name: 'pa-kpa', label: 'PA/KPA', permissions: approver },
    ],
    officials: [
      { key: 'pptk', email: 'pptk@pesisir-barat.demo.sinergi.id', name: 'Sri Wahyuni', roles: ['pptk', 'publication-operator'], position: 'PPTK Publikasi Media' },
      { key: 'ppk', email: 'ppk@pesisir-barat.demo.sinergi.id', name: 'Budi Santoso', roles: ['ppk'], position: 'PPK-SKPD' },
      { key: 'pa', email: 'kadis@pesisir-barat.demo.sinergi.id', name: 'Drs. Hendra Gunawan', roles: ['pa-kpa', 'approving-official'], position: 'Kepala Dinas (PA)' },
      { key: 'treasurer', email: 'bendahara@pesisir-barat.demo.sinergi.id', name: 'Dewi Lestari', roles: ['treasurer'], position: 'Bendahara Pengeluaran' },
    ],
    operator: 'pptk',
    budget: (year) => ({
      kind: 'dpa',
      documentNumber: `DPA/2.16.0.00.0.00.01.0000/${year}`,
      effectiveOn: `${year}-01-02`,
      total: 850_000_000,
      byMediaType: { online: 450_000_000, 'print-daily': 220_000_000, 'print-weekly': 60_000_000, radio: 70_000_000, 'social-media': 50_000_000 },
      note: 'Belanja jasa publikasi media, DPA Diskominfo',
    }),
    taxes: { ...STARTING_TAX_SETTINGS, ppnCollectionThreshold: 1_000_000 },
    chain: [
      { key: 'pptk', role: 'pptk', label: 'PPTK', deadlineDays: 2 },
      { key: 'ppk', role: 'ppk', label: 'PPK-SKPD', deadlineDays: 3 },
      { key: 'pa', role: 'pa-kpa', label: 'PA/KPA', deadlineDays: 3, when: { amountAtLeast: 5_000_000 } },
      { key: 'bendahara', role: 'treasurer', label: 'Bendahara Pengeluaran', deadlineDays: 2 },
    ],
    ceiling: 24_000_000,
    bureauChief: { name: 'Hendri Yanto', ktpRegionCode: '18.13' },
    // Kota Metro's monthly price: the worked example of the taxes (net Rp1,059,459 at 11%).
    agreementRates: [{ productCode: 'ONL-ADV', unitPrice: 1_200_000 }],
    orders: (year) => [
      { stage: 'paid', productCode: 'ONL-ADV', quantity: 1, slug: 'bupati-resmikan-pasar-rakyat-krui', title: 'Bupati Resmikan Pasar Rakyat Krui', body: 'Bupati Pesisir Barat meresmikan Pasar Rakyat Krui yang direvitalisasi dengan dana alokasi khusus.' },
      { stage: 'claim-at-second-step', productCode: 'ONL-BNR-HEADER', quantity: 1, slug: 'banner-pesisir-barat-bersih', title: 'Banner Gerakan Pesisir Barat Bersih', body: 'Banner ajakan menjaga kebersihan pantai Tanjung Setia dan Labuhan Jukung selama satu bulan.' },
      { stage: 'proof-accepted', productCode: 'ONL-ADV', quantity: 1, slug: 'pesisir-barat-raih-opini-wtp', title: `Pesisir Barat Raih Opini WTP atas LKPD ${year - 1}`, body: 'Pemerintah Kabupaten Pesisir Barat kembali meraih opini Wajar Tanpa Pengecualian dari BPK RI Perwakilan Lampung.' },
      { stage: 'proof-submitted', productCode: 'ONL-INF', quantity: 1, slug: 'bupati-tinjau-jalan-krui-way-heni', title: 'Bupati Tinjau Perbaikan Jalan Krui-Way Heni', body: 'Bupati meninjau perbaikan ruas jalan kabupaten Krui-Way Heni yang ditargetkan selesai akhir tahun.' },
      { stage: 'issued', productCode: 'ONL-INF', quantity: 1, slug: 'festival-teluk-stabas', title: `Festival Teluk Stabas ${year} Digelar di Krui`, body: 'Festival budaya tahunan Pesisir Barat menampilkan lomba perahu, tari tradisional dan kuliner pesisir.' },
    ],
  },
  {
    slug: 'lampung-barat',
    customRoles: [],
    officials: [
      { key: 'operator', email: 'operator@lampung-barat.demo.sinergi.id', name: 'Rahmat Hidayat', roles: ['publication-operator'], position: 'Pengelola Kemitraan Media' },
      { key: 'kadis', email: 'kadis@lampung-barat.demo.sinergi.id', name: 'Siti Rahmawati', roles: ['approving-official'], position: 'Kepala Dinas (PA)' },
      { key: 'treasurer', email: 'bendahara@lampung-barat.demo.sinergi.id', name: 'Yusuf Maulana', roles: ['treasurer'], position: 'Bendahara Pengeluaran' },
    ],
    operator: 'operator',
    budget: (year) => ({
      kind: 'dpa',
      documentNumber: `DPA/2.16.0.00.0.00.01.0000/${year}/LB`,
      effectiveOn: `${year}-01-02`,
      total: 1_150_000_000,
      byMediaType: { online: 500_000_000, 'print-daily': 400_000_000, 'print-weekly': 100_000_000, radio: 100_000_000, 'social-media': 50_000_000 },
      note: 'Belanja jasa publikasi dan kemitraan media',
    }),
    taxes: STARTING_TAX_SETTINGS,
    chain: [
      { key: 'kadis', role: 'approving-official', label: 'Kepala Dinas', deadlineDays: 3 },
      { key: 'bendahara', role: 'treasurer', label: 'Bendahara Pengeluaran', deadlineDays: 2 },
    ],
    ceiling: null,
    // Rudi Hartono, the company's bureau chief, is from Liwa already.
    bureauChief: null,
    agreementRates: [],
    orders: (year) => [
      { stage: 'paid', productCode: 'ONL-ADV', quantity: 3, slug: 'festival-sekala-bekhak', title: `Festival Sekala Bekhak ${year} Meriah`, body: 'Tiga advertorial Festival Sekala Bekhak: pawai budaya, lomba kopi robusta dan pameran UMKM di Liwa.' },
      { stage: 'claim-at-second-step', productCode: 'ONL-BNR-HEADER', quantity: 1, slug: 'banner-lampung-barat-hebat', title: 'Banner Lampung Barat Hebat', body: 'Banner header satu bulan untuk kampanye pariwisata Danau Ranau dan Kebun Raya Liwa.' },
      { stage: 'proof-accepted', productCode: 'ONL-ADV', quantity: 1, slug: 'pesta-sekura', title: `Pesta Sekura ${year} Digelar di Balik Bukit`, body: 'Pesta topeng Sekura, tradisi masyarakat Lampung Barat, kembali digelar dan dihadiri ribuan pengunjung.' },
      { stage: 'proof-submitted', productCode: 'ONL-INF', quantity: 1, slug: 'bupati-tinjau-jalan-liwa-ranau', title: 'Bupati Tinjau Perbaikan Jalan Liwa-Lumbok Ranau', body: 'Bupati Lampung Barat meninjau perbaikan jalan menuju kawasan wisata Danau Ranau.' },
      { stage: 'issued', productCode: 'ONL-INF', quantity: 1, slug: 'pendaftaran-beasiswa-lampung-barat', title: `Pendaftaran Beasiswa Pemkab Lampung Barat ${year} Dibuka`, body: 'Pemerintah Kabupaten Lampung Barat membuka pendaftaran beasiswa bagi mahasiswa asal Lampung Barat.' },
    ],
  },
];

const SEED_ACTOR: RequestActor = { id: null, name: 'demo seed', ip: null };

export type DemoPublicationLogin = DemoLogin & { position: string };

/** The demo regions that carry the orders-to-payment cycle (the others stay at the partnership cycle). */
export const DEMO_PUBLICATION_REGIONS = REGIONS.map((r) => r.slug);

/** The demo staff of a region (roles of the claim chain), e.g. for the start-up banner and the tests. */
export function demoOfficialEmail(slug: string, key: string): string {
  const official = REGIONS.find((r) => r.slug === slug)?.officials.find((o) => o.key === key);
  if (!official) throw new Error(`no demo official ${key} in ${slug}`);
  return official.email;
}

/**
 * Development data for orders to payment, after seedDemoPartnerships: for Pesisir Barat and Lampung
 * Barat the demo press company's application (submitted here for Lampung Barat) made final with an
 * agreement, staff for the claim chain, the pagu of the DPA split by media type, tax settings, the
 * claim chain, publication settings from the starting point, and five orders along the cycle: one
 * issued (in the media inbox), one with a proof to review, one accepted proof to claim, one claim at
 * the chain's second step, one paid claim (SP2D, its documents). Everything goes through the
 * product's services; each part is skipped when present, so a second start changes nothing (the
 * orders as a whole: a start that failed halfway leaves them as they are).
 */
export async function seedDemoPublication(context: INestApplicationContext, tenants: DemoTenant[] = DEMO_TENANTS): Promise<DemoPublicationLogin[]> {
  const logins: DemoPublicationLogin[] = [];
  const media = await demoMedia(context);
  if (!media) return logins;
  for (const region of REGIONS) {
    if (!tenants.some((t) => t.slug === region.slug)) continue;
    const tenant = await context.get(TenantRegistry).resolve(region.slug);
    if (!tenant) continue;
    const handle = tenant.handle;
    const officials = await ensureOfficials(context, handle, tenant.name, region);
    const agreement = await ensureAgreement(context, handle, region, media);
    if (!agreement) continue;
    await ensureConfiguration(context, handle, region, agreement.id);
    await ensureOrders(context, handle, region, media, agreement.id, officials);
    logins.push(...region.officials.map((o) => ({ tenant: region.slug, name: o.name, email: o.email, password: DEMO_PASSWORD, position: o.position })));
  }
  return logins;
}

type DemoMediaCompany = { companyId: string; outletId: string; actor: RequestActor };

async function demoMedia(context: INestApplicationContext): Promise<DemoMediaCompany | null> {
  const user = await context.get(UserService).findByEmail(DEMO_MEDIA.email);
  if (!user) return null;
  const memberships = await context.get(MembershipService).mediaMembershipsOf(user.id);
  const companyId = memberships[0]?.companyId;
  if (!companyId) return null;
  const outlet = (await context.get(DossierService).snapshot(companyId)).outlets.find((o) => o.active);
  if (!outlet) return null;
  // Named by e-mail, as the HTTP layer names a caller (mail to the submitter goes there).
  return { companyId, outletId: outlet.id, actor: { id: user.id, name: user.email, ip: null } };
}

/** Custom roles, then the officials with their roles; a password only for someone who has none yet. */
async function ensureOfficials(context: INestApplicationContext, handle: TenantHandle, tenantName: string, region: DemoRegion): Promise<Map<string, RequestActor & { roles: string[] }>> {
  const tenantDb = context.get(TenantDatabase);
  const catalogue = context.get(RoleCatalogue);
  const existing = new Set((await catalogue.definitions(handle)).map((r) => r.name));
  const missing = region.customRoles.filter((r) => !existing.has(r.name));
  if (missing.length) {
    const roles = provider<RoleOperations>(context, IdentityModule, 'TenantRolesService');
    await tenantDb.run(handle, async () => {
      for (const role of missing) await roles.create({ handle, name: tenantName, roles: ['admin'], abilities: [] }, role, SEED_ACTOR);
    });
  }
  const users = context.get(UserService);
  const memberships = context.get(MembershipService);
  const dataSource = context.get<DataSource>(getDataSourceToken());
  const officials = new Map<string, RequestActor & { roles: string[] }>();
  for (const official of region.officials) {
    const { id, granted } = await dataSource.transaction(async (manager) => {
      const user = await users.ensureUser(manager, official.email, official.name);
      if (!user.passwordHash) await users.setPassword(manager, user.id, DEMO_PASSWORD);
      const held = await memberships.tenantRoles(user.id, handle.id);
      if (held && official.roles.every((r) => held.includes(r))) return { id: user.id, granted: false };
      await memberships.grantTenantRoles(manager, user.id, handle.id, [...new Set([...(held ?? []), ...official.roles])]);
      return { id: user.id, granted: true };
    });
    if (granted) await memberships.announceChange(id, handle.id);
    officials.set(official.key, { id, name: official.email, ip: null, roles: official.roles });
  }
  return officials;
}

/**
 * The company's application in the region taken to final, and the agreement. The demo's calendar
 * keeps the objection window open until late December, so the final announcement cannot be made
 * yet: the tiered application is made final directly, as the final announcement would.
 */
async function ensureAgreement(context: INestApplicationContext, handle: TenantHandle, region: DemoRegion, media: DemoMediaCompany) {
  const tenantDb = context.get(TenantDatabase);
  const agreements = context.get(AgreementService);
  const applications = context.get(ApplicationService);
  const year = Number(todayInJakarta().slice(0, 4));
  const signed = await tenantDb.run(handle, async () => (await agreements.list({ fiscalYear: year, companyId: media.companyId })).items.find((a) => a.outlet.id === media.outletId));
  if (signed) return signed;
  if (region.bureauChief) {
    const dossiers = context.get(DossierService);
    const chief = region.bureauChief;
    const people = (await dossiers.snapshot(media.companyId)).people;
    if (!people.some((p) => p.position === 'bureau-chief' && p.ktpRegionCode === chief.ktpRegionCode)) {
      await dossiers.addPerson(media.companyId, { name: chief.name, position: 'bureau-chief', ukwLevel: 'muda', ukwCertificateNumber: null, ukwCertifiedOn: null, ktpRegionCode: chief.ktpRegionCode });
    }
  }
  return tenantDb.run(handle, async ({ queryRunner }) => {
    const configuration = await context.get(PartnershipConfigurationService).current(year);
    if (!configuration) return null;
    let application = (await applications.forCompany(media.companyId)).find((a) => a.outlet.id === media.outletId && a.fiscalYear === year && a.status !== 'withdrawn');
    application ??= (await applications.submit(media.companyId, year, [media.outletId], media.actor))[0]!;
    const verifier: RequestActor = { id: null, name: `Verifikator ${region.slug}`, ip: null };
    for (const document of application.documents.filter((d) => d.decision !== 'approved')) {
      application = await applications.decideDocument(application.id, document.id, { decision: 'approved', version: application.version }, verifier);
    }
    if (configuration.factualVisit && !application.factualVisit) {
      application = await applications.recordFactualVisit(application.id, { visitedOn: todayInJakarta(), passed: true, note: 'Kantor redaksi dan boks redaksi sesuai.', version: application.version }, verifier);
    }
    if (application.status === 'verified') application = await applications.tier(application.id, application.version, verifier);
    if (application.status !== 'tiered' && application.status !== 'final') {
      throw new Error(`the demo application in ${region.slug} is ${application.status} after verification: ${JSON.stringify(application.decision ?? application.documents.map((d) => [d.documentType, d.decision]))}`);
    }
    if (application.status === 'tiered') {
      await queryRunner.query(`update applications set status = 'final', version = version + 1, updated_at = now() where id = $1 and status = 'tiered'`, [application.id]);
    }
    return agreements.create({ applicationId: application.id, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, ceiling: region.ceiling }, SEED_ACTOR);
  });
}

/** Pagu, taxes, the claim chain and the publication settings of the year, each only when missing. */
async function ensureConfiguration(context: INestApplicationContext, handle: TenantHandle, region: DemoRegion, agreementId: string) {
  const year = Number(todayInJakarta().slice(0, 4));
  await context.get(TenantDatabase).run(handle, async () => {
    const budget = context.get(BudgetService);
    if (!(await budget.get(year)).revisions.length) await budget.set(year, region.budget(year), SEED_ACTOR);
    const taxes = context.get(TaxSettingsService);
    if (!(await taxes.current(year))) await taxes.save(year, region.taxes, SEED_ACTOR);
    const chains = context.get(ApprovalChainService);
    if (!(await chains.current('claim'))) await chains.save(handle, 'claim', { steps: region.chain }, SEED_ACTOR);
    const settings = context.get(PublicationSettingsService);
    if (!(await settings.current(year))) {
      await settings.save(
        year,
        { ...structuredClone(STARTING_PUBLICATION_SETTINGS), agreementRates: region.agreementRates.map((r) => ({ agreementId, ...r })) },
        SEED_ACTOR,
      );
    }
  });
}

/** The five orders along the cycle, each step in its own unit of work (as separate requests would be). */
async function ensureOrders(
  context: INestApplicationContext,
  handle: TenantHandle,
  region: DemoRegion,
  media: DemoMediaCompany,
  agreementId: string,
  officials: Map<string, RequestActor & { roles: string[] }>,
) {
  const tenantDb = context.get(TenantDatabase);
  const orders = provider<OrderOperations>(context, PublicationModule, 'OrderService');
  const proofs = provider<ProofOperations>(context, PublicationModule, 'ProofService');
  const payments = provider<PaymentOperations>(context, BillingModule, 'PaymentService');
  const claims = context.get(ClaimService);
  const workflow = context.get(ApprovalWorkflow);
  const today = todayInJakarta();
  const year = Number(today.slice(0, 4));
  const inTenant = <T>(work: () => Promise<T>) => tenantDb.run(handle, work);

  const seeded = await inTenant(() => orders.list({ fiscalYear: year, companyId: media.companyId, pageSize: 1 }));
  if (seeded.total > 0) return;

  const operator = officials.get(region.operator)!;
  const decide = async (claim: Claim, until: (instance: ApprovalInstance) => boolean) => {
    let instance = (await inTenant(() => workflow.forSubject('claim', claim.id)))!;
    while (instance.status === 'in-progress' && !until(instance)) {
      const role = instance.steps.find((s) => s.key === instance.currentStep)!.role;
      const official = [...officials.values()].find((o) => o.roles.includes(role));
      if (!official) throw new Error(`no demo official holds ${role} in ${region.slug}`);
      const current = instance;
      instance = await inTenant(() =>
        workflow.decide(
          current.id,
          { action: 'approve', expectedVersion: current.version, idempotencyKey: `demo-${claim.id}-${current.round}-${current.currentStep}` },
          { ...official, delegations: [] },
        ),
      );
    }
  };

  for (const demo of region.orders(year)) {
    const order = await inTenant(() =>
      orders.create({ agreementId, productCode: demo.productCode, quantity: demo.quantity, material: { title: demo.title, body: demo.body }, publishFrom: today, publishUntil: today }, operator),
    );
    if (demo.stage === 'issued') continue;
    await inTenant(() => orders.accept(media.companyId, order.id, media.actor));
    const screenshot = await inTenant(() =>
      proofs.uploadFile(media.companyId, order.id, { buffer: screenshotPdf(demo.title), originalname: `tangkapan-layar-${demo.slug}.pdf` }, media.actor),
    );
    const submitted = await inTenant(() =>
      proofs.submit(media.companyId, order.id, { url: `https://faktapers.id/berita/${demo.slug}`, publishedOn: today, screenshot: screenshot.hash }, media.actor),
    );
    if (!('order' in submitted)) throw submitted.lockedNow;
    if (demo.stage === 'proof-submitted') continue;
    const accepted = await inTenant(() => proofs.accept(order.id, submitted.order.proof!.version, operator));
    if (demo.stage === 'proof-accepted') continue;
    const claim = await inTenant(() => claims.submit(media.companyId, [accepted.proof!.id], media.actor));
    if (demo.stage === 'claim-at-second-step') {
      await decide(claim, (instance) => instance.steps.findIndex((s) => s.key === instance.currentStep) >= 1);
      continue;
    }
    await decide(claim, () => false);
    const approved = await inTenant(() => claims.get(claim.id));
    const number = String(approved.number.match(/^\d+/)?.[0] ?? '1').padStart(5, '0');
    const receipts = [
      ...(approved.taxes.ppnWithheld > 0 ? [{ kind: 'ppn' as const, ntpn: `DEMO${number}PPN${year}`.slice(0, 16), billingCode: null, amount: approved.taxes.ppnWithheld, paidOn: today }] : []),
      ...(approved.taxes.pph23 > 0 ? [{ kind: 'pph23' as const, ntpn: `DEMO${number}PPH${year}`.slice(0, 16), billingCode: null, amount: approved.taxes.pph23, paidOn: today }] : []),
    ];
    await inTenant(() =>
      payments.record(
        claim.id,
        { version: approved.version, sp2dNumber: `${number}/SP2D/LS/DISKOMINFO/${year}`, sp2dDate: today, amount: approved.net, taxReceipts: receipts },
        `demo-payment-${claim.id}`,
        officials.get('treasurer')!,
      ),
    );
  }
}

/** A one-page PDF standing for the screenshot of the published article (the demo has no scans). */
function screenshotPdf(title: string): Buffer {
  const text = `Tangkapan layar: ${title}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n` +
      `4 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}
