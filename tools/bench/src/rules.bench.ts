/**
 * npm run bench:rules — what the rule engine costs. Section 1: one application evaluated against a
 * 40-condition configuration (rules + scoring + tiers), over 100,000 generated fact sets (target
 * under 1 ms p99). Section 2: the eligibility list of one tenant (GET /api/t/:tenant/eligibility)
 * with 1,000 applied outlets of 400 press companies, over HTTP from a real API process on a scratch
 * database (target under 300 ms p99), then where its time goes, stage by stage, in process.
 * Each section is a function that returns its verdicts.
 */
import 'reflect-metadata';
import {
  Condition,
  DEWAN_PERS_STATUSES,
  EligibilityFacts,
  EligibilityRuleSet,
  MEDIA_LEGAL_FORMS,
  MEDIA_TYPES,
  RulesContent,
  UKW_LEVELS,
} from '@sinergi/contracts';
import { evaluateEligibility, STARTING_CONFIGURATIONS, validateRulesContent } from '@sinergi/server/rules';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EligibilityListEntry, PartnershipConfiguration } from '@sinergi/contracts';
import { TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { dropTestDatabase, testConfig } from '@sinergi/server/core/testing';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { createPlatformContext, freePort } from '@sinergi/server/local-runtime';
import { DossierService, MEDIA_ENTITIES } from '@sinergi/server/media';
import { evaluateOutlet, PARTNERSHIP_TENANT_ENTITIES } from '@sinergi/server/partnership';
import { SchemaMigrator, TenantRegistry } from '@sinergi/server/tenancy';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { benchServices, ROOT, scratchDatabase, waitForHealth } from './bench-environment';
import { seedEligibilityFixture } from './eligibility-fixture';
import { ms, percentile, printVerdicts, summarize, Verdict } from './stats';

const APPLICATIONS = 100_000;
const WARM_UP = 5_000;

/** mulberry32: a seeded generator, so every run evaluates the same fact sets. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function µs(valueMs: number): string {
  return `${(valueMs * 1000).toFixed(1)} µs`;
}

// ---------------------------------------------------------------------------------------------
// Section 1: one application against a 40-rule configuration
// ---------------------------------------------------------------------------------------------

/** The strict preset widened to 24 rules, 10 scoring criteria and 6 tier conditions: 40 conditions. */
function fortyRuleSet(): EligibilityRuleSet {
  const strict = STARTING_CONFIGURATIONS.find((c) => c.key === 'strict')!.content.eligibility;
  const extraRules: EligibilityRuleSet['rules'] = [
    { id: 'legal-entity', field: 'company.legalForm', operator: 'notIn', value: ['CV'] },
    { id: 'company-age', field: 'company.ageMonths', operator: 'between', value: [24, 1200] },
    { id: 'bureau-chief', field: 'company.hasLocalBureauChief', operator: 'isTrue', appliesTo: ['online', 'print-daily'] },
    { id: 'visitors-known', field: 'outlet.monthlyVisitors', operator: 'present', appliesTo: ['online'] },
    { id: 'circulation', field: 'outlet.circulation', operator: 'gt', value: 1000, appliesTo: ['print-daily', 'print-weekly', 'print-monthly'] },
    { id: 'not-social', field: 'outlet.mediaType', operator: 'neq', value: 'social-media' },
    { id: 'pemred-known', field: 'pemred.ukwLevel', operator: 'present' },
  ];
  const rules = [...strict.rules, ...extraRules];
  const criterion = (id: string, condition: Condition, points: number) => ({ id, label: { id, en: id }, condition, points });
  const scoring: EligibilityRuleSet['scoring'] = [
    ...strict.scoring,
    criterion('kbli-advertising', { field: 'company.kbli', operator: 'containsAny', value: ['73100', '73111'] }, 5),
    criterion('ukw-madya', { field: 'pemred.ukwLevel', operator: 'atLeast', value: 'madya' }, 5),
    criterion('active-long', { field: 'outlet.activeMonths', operator: 'gte', value: 120 }, 5),
    criterion('single-outlet', { field: 'company.outletCount', operator: 'eq', value: 1 }, 5),
    criterion('late-documents', { field: 'documents.expiredRequired', operator: 'gt', value: 0 }, -10),
  ];
  const tiers: EligibilityRuleSet['tiers'] = [
    {
      code: 'A',
      label: { id: 'A', en: 'A' },
      minScore: 50,
      conditions: [
        { field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' },
        { field: 'pemred.ukwLevel', operator: 'eq', value: 'utama' },
        { field: 'outlet.activeMonths', operator: 'gte', value: 36 },
      ],
    },
    {
      code: 'B',
      label: { id: 'B', en: 'B' },
      conditions: [
        { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
        { field: 'company.constituentMember', operator: 'isTrue' },
      ],
    },
    { code: 'C', label: { id: 'C', en: 'C' }, conditions: [{ field: 'company.hasOfficeInRegion', operator: 'isTrue' }] },
  ];
  return { rules, scoring, tiers };
}

function conditionCount(ruleSet: EligibilityRuleSet): number {
  return ruleSet.rules.length + ruleSet.scoring.length + ruleSet.tiers.reduce((sum, t) => sum + t.conditions.length, 0);
}

/** Varied fact sets: mostly plausible outlets, some missing facts, a few with everything in order. */
function generateFacts(count: number, seed: number): EligibilityFacts[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const chance = (p: number) => next() < p;
  const maybeNull = <T>(value: T, p = 0.05): T | null => (chance(p) ? null : value);
  const KBLI = ['63122', '58130', '60202', '60102', '73100'];
  const facts: EligibilityFacts[] = [];
  for (let i = 0; i < count; i++) {
    const mediaType = pick(MEDIA_TYPES);
    const good = chance(0.3);
    facts.push({
      'company.legalForm': good ? 'PT' : pick(MEDIA_LEGAL_FORMS),
      'company.dewanPersStatus': pick(DEWAN_PERS_STATUSES),
      'company.pkp': good || chance(0.6),
      'company.hasNpwp': good || chance(0.9),
      'company.kbli': KBLI.filter(() => chance(0.4)),
      'company.ageMonths': maybeNull(Math.floor(next() * 240)),
      'company.hasOfficeInRegion': good || chance(0.7),
      'company.hasLocalBureauChief': chance(0.6),
      'company.constituentMember': good || chance(0.5),
      'company.outletCount': 1 + Math.floor(next() * (good ? 2 : 4)),
      'pemred.ukwLevel': good ? 'utama' : maybeNull(pick(UKW_LEVELS), 0.15),
      'pemred.hasLocalKtp': good || chance(0.7),
      'outlet.mediaType': mediaType,
      'outlet.activeMonths': Math.floor(next() * 180),
      'outlet.monthlyVisitors': mediaType === 'online' ? maybeNull(Math.floor(next() * 500_000), 0.2) : null,
      'outlet.circulation': mediaType.startsWith('print') ? maybeNull(Math.floor(next() * 20_000), 0.2) : null,
      'outlet.hasBroadcastLicence': (mediaType === 'tv' || mediaType === 'radio') && (good || chance(0.7)),
      'outlet.publishesMasthead': good || chance(0.8),
      'documents.missingRequired': good ? 0 : Math.floor(next() * 3),
      'documents.expiredRequired': good ? 0 : Math.floor(next() * 2),
    });
  }
  return facts;
}

function sectionOneApplication(): Verdict[] {
  const ruleSet = fortyRuleSet();
  const content: RulesContent = { ...STARTING_CONFIGURATIONS[0]!.content, eligibility: ruleSet };
  const problems = validateRulesContent(content);
  if (problems.length > 0) throw new Error(`the bench configuration is invalid: ${JSON.stringify(problems)}`);
  const conditions = conditionCount(ruleSet);
  const factSets = generateFacts(APPLICATIONS, 4924);

  for (let i = 0; i < WARM_UP; i++) evaluateEligibility(ruleSet, factSets[i % factSets.length]!);
  const times = new Float64Array(factSets.length);
  const tiers = new Map<string, number>();
  let eligible = 0;
  const started = performance.now();
  for (let i = 0; i < factSets.length; i++) {
    const t0 = performance.now();
    const result = evaluateEligibility(ruleSet, factSets[i]!);
    times[i] = performance.now() - t0;
    if (result.eligible) eligible++;
    tiers.set(result.tier ?? 'none', (tiers.get(result.tier ?? 'none') ?? 0) + 1);
  }
  const wall = performance.now() - started;
  const sorted = Array.from(times).sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  const max = sorted[sorted.length - 1]!;
  const tierMix = [...tiers].sort(([a], [b]) => a.localeCompare(b)).map(([tier, n]) => `${tier} ${n}`).join(', ');
  console.log(
    `1. One application against a ${conditions}-condition configuration (${ruleSet.rules.length} rules, ` +
      `${ruleSet.scoring.length} scoring criteria, ${conditions - ruleSet.rules.length - ruleSet.scoring.length} tier conditions), ` +
      `${factSets.length.toLocaleString('en')} generated fact sets in ${(wall / 1000).toFixed(2)} s`,
  );
  console.log(`   per evaluation: p50 ${µs(p50)}, p99 ${µs(p99)}, max ${µs(max)}`);
  console.log(`   outcomes: ${eligible.toLocaleString('en')} eligible; tiers: ${tierMix}`);
  return [
    {
      name: `one application, ${conditions}-rule configuration (p99)`,
      figure: `p99 ${µs(p99)} (p50 ${µs(p50)})`,
      target: '< 1 ms p99',
      pass: conditions >= 40 && p99 < 1,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Section 2: the eligibility list of one tenant, 1,000 applied outlets, over HTTP
// ---------------------------------------------------------------------------------------------

const LIST_TENANT = 'kota-samarinda'; // region 64.72, the strict (Pergub Kaltim 49/2024) model
const LIST_YEAR = 2026;
const LIST_COMPANIES = 400;
const LIST_OUTLETS = 1_000;
const LIST_WARM_UP = 5;
const LIST_REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 30);
const PROFILE_RUNS = 15;


/** Median of `runs` timings of `work` (after one unmeasured run). */
async function medianOf(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return summarize(times).median;
}

async function sectionTwoEligibilityList(): Promise<Verdict[]> {
  const services = await benchServices();
  const database = await scratchDatabase('rules');
  let api: ChildProcess | null = null;
  let context: INestApplicationContext | null = null;
  try {
    const config = testConfig(database.url, { LOG_LEVEL: 'error' });
    context = await createPlatformContext(config, 'sinergi-bench-rules');
    await context.get(SchemaMigrator).migratePlatform();
    const demo = DEMO_TENANTS.find((t) => t.slug === LIST_TENANT)!;
    await seedDemoTenants(context, [demo]);
    const tenant = (await context.get(TenantRegistry).resolve(LIST_TENANT))!;

    const port = await freePort(3970);
    api = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        REDIS_URL: config.redisUrl,
        REDIS_PREFIX: config.redisPrefix,
        STORAGE_DIR: config.storageDir,
        LOG_LEVEL: 'warn',
        ARGON2_MEMORY_KIB: '4096',
        ARGON2_TIME_COST: '1',
      },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(`${baseUrl}/api/health`);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAdminEmail(LIST_TENANT), password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const authorization = `Bearer ${accessToken}`;

    // The configuration in force, saved as a region admin would: the strict starting configuration.
    const strict = STARTING_CONFIGURATIONS.find((c) => c.key === 'strict')!;
    const saved = await fetch(`${baseUrl}/api/t/${LIST_TENANT}/configurations/${LIST_YEAR}`, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({
        legalBasis: strict.legalBasis,
        owningUnit: 'Dinas Komunikasi dan Informatika',
        unitCode: 'DISKOMINFO',
        letterhead: { governmentName: 'PEMERINTAH KOTA SAMARINDA', unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA', address: 'Jl. Kesuma Bangsa 1', phone: null, email: null, website: null },
        agreementSignatory: { name: 'Drs. Kepala Dinas', nip: '197001011990031001', position: 'Kepala Dinas Komunikasi dan Informatika' },
        factualVisit: true,
        content: strict.content,
      }),
    });
    if (saved.status !== 200) throw new Error(`saving the configuration answered ${saved.status}: ${await saved.text()}`);
    const configuration = (await saved.json()) as PartnershipConfiguration;
    const rules = configuration.content.eligibility;

    const dataSource = context.get<DataSource>(getDataSourceToken());
    const seedStarted = performance.now();
    const fixture = await seedEligibilityFixture({
      databaseUrl: database.url,
      dataSource,
      tenantSchema: tenant.handle.schema,
      tenantId: tenant.handle.id,
      tenantRegion: demo.regionCode,
      configuration,
      companies: LIST_COMPANIES,
      outlets: LIST_OUTLETS,
      next: random(2026),
    });
    const seedMs = performance.now() - seedStarted;

    // Sequential requests, as one verifier opening the list; the time includes reading the whole body.
    const path = `/api/t/${LIST_TENANT}/eligibility?fiscalYear=${LIST_YEAR}`;
    const times: number[] = [];
    let bytes = 0;
    let entries: EligibilityListEntry[] = [];
    for (let i = 0; i < LIST_WARM_UP + LIST_REQUESTS; i++) {
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: { authorization } });
      const text = await response.text();
      const elapsed = performance.now() - t0;
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
      if (i >= LIST_WARM_UP) times.push(elapsed);
      bytes = Buffer.byteLength(text);
      entries = JSON.parse(text) as EligibilityListEntry[];
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const max = sorted[sorted.length - 1]!;
    const eligible = entries.filter((e) => e.eligible).length;
    const tiers = new Map<string, number>();
    for (const e of entries) tiers.set(e.tier ?? 'none', (tiers.get(e.tier ?? 'none') ?? 0) + 1);
    const tierMix = [...tiers].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${t} ${n}`).join(', ');

    console.log(
      `\n2. Eligibility list (GET /api/t/${LIST_TENANT}/eligibility?fiscalYear=${LIST_YEAR}) as the tenant admin, ` +
        `strict configuration (${rules.rules.length} rules, ${rules.scoring.length} scoring criteria, ${configuration.content.requirements.length} document requirements)`,
    );
    console.log(
      `   data: ${fixture.companies} companies, ${fixture.outlets} outlets, ${fixture.people} people, ${fixture.documents} dossier documents ` +
        `(${fixture.versions} versions), ${fixture.applications} applications; seeded in ${ms(seedMs)}`,
    );
    console.log(`   ${LIST_REQUESTS} sequential requests after ${LIST_WARM_UP} warm-up: p50 ${ms(p50)}, p99 ${ms(p99)}, max ${ms(max)}; body ${(bytes / 1024).toFixed(1)} KiB`);
    console.log(`   answer: ${entries.length} entries, ${eligible} eligible; tiers: ${tierMix}`);

    // Where the time goes: the route's stages one by one, in process, on the same database.
    const tenantDb = context.get(TenantDatabase);
    // Entities by name (the libraries export the lists, not every class): untyped rows are enough here.
    const entity = (name: string) => [...PARTNERSHIP_TENANT_ENTITIES, ...MEDIA_ENTITIES].find((e) => e.name === name)! as EntityTarget<ObjectLiteral>;
    const ApplicationEntity = entity('ApplicationEntity');
    const dossiers = new DossierService(dataSource, undefined as never, undefined as never);
    const loadRows = () =>
      tenantDb.run(tenant.handle, () =>
        tenantDb.repository(ApplicationEntity).find({
          where: { fiscalYear: LIST_YEAR, status: In(['submitted', 'in-review', 'returned', 'verified', 'tiered', 'ineligible', 'final']) },
          order: { outletName: 'ASC' },
        }),
      );
    const rows = (await loadRows()) as { companyId: string; outletId: string; id: string }[];
    const companyIds = [...new Set(rows.map((r) => r.companyId))];
    const snapshots = await dossiers.snapshots(companyIds);
    const documentIds = [...snapshots.values()].flatMap((s) => s.documents.map((d) => d.id));
    const region = demo.regionCode;
    const today = todayInJakarta();
    const evaluateAll = () =>
      rows.flatMap((row) => {
        const snapshot = snapshots.get(row.companyId);
        const outlet = snapshot?.outlets.find((o) => o.id === row.outletId);
        if (!snapshot || !outlet) return [];
        const { evaluation } = evaluateOutlet(configuration.content, snapshot, outlet, region, today);
        return [{ applicationId: row.id, outlet: { id: outlet.id, name: outlet.name, mediaType: outlet.mediaType }, company: snapshot.company.legalName, eligible: evaluation.eligible, score: evaluation.score, tier: evaluation.tier }];
      });
    const list = evaluateAll();
    const stages: [string, number][] = [
      ['applications rows (TypeORM, with evaluation + requirements jsonb)', await medianOf(PROFILE_RUNS, loadRows)],
      ['applications rows, raw SQL, only the columns the list uses', await medianOf(PROFILE_RUNS, () =>
        tenantDb.run(tenant.handle, ({ queryRunner }) =>
          queryRunner.query(`select id, company_id, outlet_id from applications where fiscal_year = $1 and status <> 'withdrawn' order by outlet_name`, [LIST_YEAR]),
        ),
      )],
      ['applications rows, raw SQL, select * (same bytes, no TypeORM)', await medianOf(PROFILE_RUNS, () =>
        tenantDb.run(tenant.handle, ({ queryRunner }) =>
          queryRunner.query(`select * from applications where fiscal_year = $1 and status <> 'withdrawn' order by outlet_name`, [LIST_YEAR]),
        ),
      )],
      [`DossierService.snapshots(${companyIds.length} companies), whole`, await medianOf(PROFILE_RUNS, () => dossiers.snapshots(companyIds))],
      ['  companies (TypeORM In)', await medianOf(PROFILE_RUNS, () => dataSource.getRepository(entity('MediaCompanyEntity')).findBy({ id: In(companyIds) }))],
      ['  people (TypeORM In)', await medianOf(PROFILE_RUNS, () => dataSource.getRepository(entity('MediaPersonEntity')).find({ where: { companyId: In(companyIds) }, order: { createdAt: 'ASC' } }))],
      ['  outlets (TypeORM In)', await medianOf(PROFILE_RUNS, () => dataSource.getRepository(entity('MediaOutletEntity')).find({ where: { companyId: In(companyIds) }, order: { createdAt: 'ASC' } }))],
      ['  documents (TypeORM In)', await medianOf(PROFILE_RUNS, () => dataSource.getRepository(entity('DossierDocumentEntity')).find({ where: { companyId: In(companyIds) }, order: { createdAt: 'ASC' } }))],
      [`  versions (TypeORM In, ${documentIds.length} ids)`, await medianOf(PROFILE_RUNS, () => dataSource.getRepository(entity('DossierDocumentVersionEntity')).find({ where: { documentId: In(documentIds) }, order: { version: 'DESC' } }))],
      ['  versions, raw SQL (= any($1), one array parameter)', await medianOf(PROFILE_RUNS, () => dataSource.query('select * from platform.dossier_document_versions where document_id = any($1) order by version desc', [documentIds]))],
      ['  current versions only, raw SQL (distinct on)', await medianOf(PROFILE_RUNS, () => dataSource.query(
        `select distinct on (v.document_id) v.document_id, v.expires_on from platform.dossier_document_versions v
           join platform.dossier_documents d on d.id = v.document_id where d.company_id = any($1) order by v.document_id, v.version desc`, [companyIds]))],
      [`evaluateOutlet x ${rows.length} (documents + ${rules.rules.length} rules + scoring + tiers)`, await medianOf(PROFILE_RUNS, evaluateAll)],
      [`JSON.stringify of the answer (${list.length} entries)`, await medianOf(PROFILE_RUNS, () => JSON.stringify(list))],
    ];
    const [stored] = (await tenantDb.run(tenant.handle, ({ queryRunner }) =>
      queryRunner.query(`select avg(length(evaluation::text) + length(requirements::text))::int as bytes from applications`),
    )) as [{ bytes: number }];
    console.log(`   where the time goes (in process, median of ${PROFILE_RUNS}; HTTP p50 ${ms(p50)}; stored evaluation + requirements ${(stored.bytes / 1024).toFixed(1)} KiB a row):`);
    for (const [label, value] of stages) console.log(`     ${label.padEnd(72)} ${ms(value)}`);

    return [
      {
        name: `eligibility list, ${entries.length} outlets, one tenant (p99)`,
        figure: `p99 ${ms(p99)} (p50 ${ms(p50)})`,
        target: '< 300 ms p99',
        pass: p99 < 300 && entries.length === LIST_OUTLETS && rules.rules.length >= 17,
      },
      {
        name: 'eligibility list answers every applied outlet',
        figure: `${entries.length} of ${fixture.applications}`,
        target: `${LIST_OUTLETS}`,
        pass: entries.length === LIST_OUTLETS,
      },
    ];
  } finally {
    api?.kill('SIGTERM');
    await context?.close().catch(() => undefined);
    await dropTestDatabase(database.name).catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
    await services.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const verdicts: Verdict[] = [];
  verdicts.push(...sectionOneApplication());
  verdicts.push(...(await sectionTwoEligibilityList()));
  printVerdicts('Targets', verdicts);
  process.exit(verdicts.every((v) => v.pass) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
