/**
 * npm run bench:web — the web app in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core), served by the real API process with the production build:
 *   1. the initial JavaScript of the media portal (`/media`, signed in as the demo press company)
 *      under 300 KB gzipped, and of the staff console (`/t/lampung-barat`, its landing page, signed
 *      in as the tenant admin) under 500 KB: every JavaScript response until the network is idle,
 *      gzip-compressed here (the API serves it uncompressed);
 *   2. the largest staff list, the orders (surat pesanan) of Lampung Barat with 1,000 orders more
 *      than the demo's five, issued through the API: from navigation to the first page of rows on
 *      screen and its page control answering (next page clicked, page 2 on screen), median of
 *      BENCH_RUNS fresh browser contexts (default 5, after one warm-up), under 1 s.
 * Reuses dist/apps/web when it is newer than the web sources (as npm start does), else builds it.
 * BENCH_ORDERS and BENCH_RUNS change the volume and the runs; BENCH_WATERFALL=1 prints each list
 * run's requests (start, end, size) to see what the first rows waited for.
 */
import 'reflect-metadata';
import type { LoginResponse, Page as ApiPage, Agreement, OrderSummary } from '@sinergi/contracts';
import { testConfig, dropTestDatabase } from '@sinergi/server/core/testing';
import { DEMO_MEDIA, DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, demoOfficialEmail, seedDemoPartnerships, seedDemoPublication, seedDemoTenants } from '@sinergi/server/demo';
import { createPlatformContext } from '@sinergi/server/local-runtime';
import { SchemaMigrator } from '@sinergi/server/tenancy';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
// The staleness check and build of `npm start`, so that the bench measures what npm start serves.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ensureWebBuild } from '../../cli/src/start/web-build';
import { BenchApi, benchServices, ROOT, scratchDatabase, startBenchApi } from './bench-environment';
import { printVerdicts, seconds, summarize, Verdict } from './stats';

const TENANT = 'lampung-barat';
const EXTRA_ORDERS = Number(process.env['BENCH_ORDERS'] ?? 1_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const PAGE_SIZE = 25;
const MEDIA_PORTAL_TARGET_KB = 300;
const STAFF_CONSOLE_TARGET_KB = 500;
const LIST_TARGET_MS = 1_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main(): Promise<void> {
  const dist = ensureWebBuild(ROOT);
  if (!dist) throw new Error('the web app did not build');
  const services = await benchServices();
  const database = await scratchDatabase('web');
  const config = testConfig(database.url);
  const verdicts: Verdict[] = [];
  let api: BenchApi | null = null;
  let browser: Browser | null = null;
  try {
    console.log(`Sinergi web benchmark: ${EXTRA_ORDERS} extra orders in ${TENANT}, ${RUNS} runs (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
    // 1. The demo tenant with its orders-to-payment cycle, through the product's services.
    const context = await createPlatformContext(config, 'sinergi-bench-web');
    try {
      await context.get(SchemaMigrator).migratePlatform();
      const tenants = DEMO_TENANTS.filter((t) => t.slug === TENANT);
      await seedDemoTenants(context, tenants);
      await seedDemoPartnerships(context, tenants);
      await seedDemoPublication(context, tenants);
    } finally {
      await context.close();
    }
    api = await startBenchApi({ DATABASE_URL: database.url, REDIS_URL: config.redisUrl, REDIS_PREFIX: config.redisPrefix, STORAGE_DIR: config.storageDir, WEB_DIST_DIR: dist });

    // 2. A year's worth of orders through the API, as the operator issues them (4 at a time).
    const admin = await signIn(api.baseUrl, demoAdminEmail(TENANT));
    const operator = await signIn(api.baseUrl, demoOfficialEmail(TENANT, 'operator'));
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    // A pagu that holds them all (the demo's is a realistic Rp1.15 billion).
    await call(api.baseUrl, admin, 'PUT', `/api/t/${TENANT}/budgets/${year}`, { kind: 'apbd-p', effectiveOn: today, total: 5_000_000_000, note: 'bench:web' });
    const agreements = await call<ApiPage<Agreement>>(api.baseUrl, admin, 'GET', `/api/t/${TENANT}/agreements?fiscalYear=${year}`);
    const agreementId = agreements.items[0]!.id;
    const seeding = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let index = next++; index < EXTRA_ORDERS; index = next++) {
          await call(api!.baseUrl, operator.accessToken, 'POST', `/api/t/${TENANT}/orders`, {
            agreementId,
            productCode: 'ONL-INF',
            quantity: 1,
            material: { title: `Infotorial Pemkab Lampung Barat nomor ${index + 1}`, body: 'Materi infotorial kegiatan pemerintah daerah untuk media siber.' },
            publishFrom: today,
            publishUntil: today,
          });
        }
      }),
    );
    const total = (await call<ApiPage<OrderSummary>>(api.baseUrl, admin.accessToken, 'GET', `/api/t/${TENANT}/orders?fiscalYear=${year}&pageSize=1`)).total;
    console.log(`  ${EXTRA_ORDERS} orders issued through the API in ${seconds(performance.now() - seeding)}; the list holds ${total}`);

    // playwright-core starts Chromium on a fresh, temporary user-data dir of its own.
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

    // 3. Initial JavaScript of each entry route, signed in, in a fresh context.
    const media = await signIn(api.baseUrl, DEMO_MEDIA.email);
    const portal = await initialJavaScript(browser, api.baseUrl, media, '/media');
    const consoleJs = await initialJavaScript(browser, api.baseUrl, admin, `/t/${TENANT}`);
    console.log(`  media portal ${portal.path} → ${portal.landedOn}: ${portal.files} scripts, ${kb(portal.raw)} raw, ${kb(portal.gzip)} gzipped`);
    console.log(`  staff console ${consoleJs.path} → ${consoleJs.landedOn}: ${consoleJs.files} scripts, ${kb(consoleJs.raw)} raw, ${kb(consoleJs.gzip)} gzipped`);
    verdicts.push({ name: 'media portal: initial JavaScript (gzip)', figure: kb(portal.gzip), target: `< ${MEDIA_PORTAL_TARGET_KB} KB`, pass: portal.gzip < MEDIA_PORTAL_TARGET_KB * 1024 });
    verdicts.push({ name: 'staff console: initial JavaScript (gzip)', figure: kb(consoleJs.gzip), target: `< ${STAFF_CONSOLE_TARGET_KB} KB`, pass: consoleJs.gzip < STAFF_CONSOLE_TARGET_KB * 1024 });

    // 4. The orders list: rows on screen, then the page control answering.
    const samples: { rows: number; interactive: number }[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const sample = await listPage(browser, api.baseUrl, admin, `/t/${TENANT}/orders`);
      if (run > 0) samples.push(sample);
      console.log(`  orders list ${run === 0 ? 'warm-up' : `run ${run}`}: rows at ${Math.round(sample.rows)} ms, page 2 at ${Math.round(sample.interactive)} ms`);
    }
    const rows = summarize(samples.map((s) => s.rows));
    const interactive = summarize(samples.map((s) => s.interactive));
    verdicts.push({ name: `orders list (${total} rows): first page of rows on screen, median`, figure: `${Math.round(rows.median)} ms`, target: 'for information', pass: true });
    verdicts.push({ name: `orders list (${total} rows): interactive (page 2 shown), median`, figure: `${Math.round(interactive.median)} ms`, target: `< ${LIST_TARGET_MS} ms`, pass: total >= 1_000 && interactive.median < LIST_TARGET_MS });
  } finally {
    await browser?.close();
    api?.stop();
    await dropTestDatabase(database.url).catch(() => undefined);
    await services.cleanup();
  }
  printVerdicts(`bench:web (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`, verdicts);
  if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
}

type Session = LoginResponse;

async function signIn(baseUrl: string, email: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Session;
}

async function call<T = unknown>(baseUrl: string, session: Session | string, method: string, path: string, body?: unknown): Promise<T> {
  const token = typeof session === 'string' ? session : session.accessToken;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A fresh context (empty cache and storage) with the session where the app keeps it (sessionStorage). */
async function signedInContext(browser: Browser, baseUrl: string, session: Session): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  await context.addInitScript((stored: string) => window.sessionStorage.setItem('sinergi.session', stored), JSON.stringify(session));
  return context;
}

async function initialJavaScript(browser: Browser, baseUrl: string, session: Session, path: string) {
  const context = await signedInContext(browser, baseUrl, session);
  try {
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() === 'script' || type.includes('javascript')) bodies.push(response.body());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const scripts = await Promise.all(bodies);
    return {
      path,
      landedOn: new URL(page.url()).pathname,
      files: scripts.length,
      raw: scripts.reduce((sum, body) => sum + body.length, 0),
      gzip: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from the navigation's start (the page's time origin) to the first page of rows on
 * screen, then to page 2 on screen after the paginator's next button is clicked at that moment.
 * Measured in the page itself (a script installed before the app's), frame by frame.
 */
async function listPage(browser: Browser, baseUrl: string, session: Session, path: string): Promise<{ rows: number; interactive: number }> {
  const context = await signedInContext(browser, baseUrl, session);
  try {
    await context.addInitScript((pageSize: number) => {
      const rows = () => document.querySelectorAll('table tbody tr');
      (window as unknown as { __listTiming: Promise<{ rows: number; interactive: number }> }).__listTiming = new Promise((resolve) => {
        const untilRows = () => {
          const shown = rows();
          const next = document.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next');
          if (shown.length < pageSize || !next || next.disabled) return void requestAnimationFrame(untilRows);
          const rowsAt = performance.now();
          const first = shown[0]!.textContent;
          next.click();
          const untilPageTwo = () => {
            const now = rows();
            if (now.length && now[0]!.textContent !== first) resolve({ rows: rowsAt, interactive: performance.now() });
            else requestAnimationFrame(untilPageTwo);
          };
          requestAnimationFrame(untilPageTwo);
        };
        requestAnimationFrame(untilRows);
      });
    }, PAGE_SIZE);
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'commit' });
    const timing = await page.evaluate(() => (window as unknown as { __listTiming: Promise<{ rows: number; interactive: number }> }).__listTiming);
    if (process.env['BENCH_WATERFALL']) {
      // What the first page of rows waited for: each request's start and end since navigation.
      const entries = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, size: e.decodedBodySize })));
      for (const e of entries) console.log(`    ${Math.round(e.start).toString().padStart(5)} → ${Math.round(e.end).toString().padStart(5)} ms ${(e.size / 1024).toFixed(1).padStart(7)} KB  ${new URL(e.name).pathname}${new URL(e.name).search}`);
    }
    return timing;
  } finally {
    await context.close();
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
