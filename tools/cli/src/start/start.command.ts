import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DEVELOPMENT_DEFAULTS, loadConfigOrExit } from '@sinergi/server/core';
import { seedDemoPartnerships, seedDemoPublication, seedDemoTenants, ensurePlatformAdmin } from '@sinergi/server/demo';
import { SchemaMigrator } from '@sinergi/server/tenancy';
import { createPlatformContext, ensureRedis, freePort, startEmbeddedDatabase, startMailSink } from '@sinergi/server/local-runtime';
import { ensureWebBuild } from './web-build';

const ROOT = resolve(__dirname, '../../../..');
// Local data (embedded PostgreSQL, Redis files); SINERGI_DATA_DIR moves it (the start-up test does).
const DATA = process.env['SINERGI_DATA_DIR'] ?? join(ROOT, '.data');

type Stoppable = { name: string; stop: () => Promise<void> | void };

/**
 * `npm start`: the whole product on one machine with no configuration. PostgreSQL from
 * DATABASE_URL or embedded, Redis from REDIS_URL or local, migrations, platform admin, demo
 * tenants, the web build, then API and worker as child processes until Ctrl+C.
 */
export async function startCommand(): Promise<number> {
  const stoppables: Stoppable[] = [];
  let stopping = false;
  const shutdown = async (code: number): Promise<never> => {
    stopping = true;
    for (const item of stoppables.reverse()) await Promise.resolve(item.stop()).catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    if (!process.env['DATABASE_URL']) {
      const database = await startEmbeddedDatabase(DATA);
      stoppables.push({ name: 'postgres', stop: database.stop });
      process.env['DATABASE_URL'] = database.url;
      console.log(`PostgreSQL: embedded, ${database.url.replace(/:[^:@/]+@/, ':***@')}`);
    } else {
      console.log('PostgreSQL: from DATABASE_URL');
    }
    const redis = await ensureRedis(DATA);
    stoppables.push({ name: 'redis', stop: redis.stop });
    process.env['REDIS_URL'] = redis.url;
    console.log(`Redis: ${redis.url}`);

    let mailPage: string | null = null;
    if (!process.env['SMTP_URL']) {
      const sink = await startMailSink({ web: true });
      stoppables.push({ name: 'mail', stop: sink.stop });
      process.env['SMTP_URL'] = sink.smtpUrl;
      mailPage = sink.webUrl;
    }
    console.log(`Mail: ${mailPage ? `local sink, read it at ${mailPage}` : `SMTP from SMTP_URL`}`);

    const port = process.env['PORT'] ? Number(process.env['PORT']) : await freePort(3000);
    process.env['PORT'] = String(port);
    process.env['PUBLIC_URL'] ??= `http://localhost:${port}`;
    const config = loadConfigOrExit();

    const context = await createPlatformContext(config, 'sinergi-start');
    const migrator = context.get(SchemaMigrator);
    await migrator.migratePlatform();
    const fleet = await migrator.migrateFleet({ concurrency: 4 });
    if (fleet.failed) console.warn(`${fleet.failed} tenant(s) failed to migrate: see npm run migrate`);
    const admin = await ensurePlatformAdmin(context, config.platformAdminEmail, config.platformAdminPassword);
    const demo = config.env === 'production' ? null : await seedDemoTenants(context);
    const demoMedia = demo ? await seedDemoPartnerships(context) : null;
    const demoStaff = demo ? await seedDemoPublication(context) : [];
    await context.close();

    const webDist = ensureWebBuild(ROOT);
    if (webDist) process.env['WEB_DIST_DIR'] = webDist;

    const children = [launch('api', 'apps/api/src/main.ts'), launch('worker', 'apps/worker/src/main.ts')];
    for (const child of children) {
      stoppables.push({ name: 'child', stop: () => void child.kill('SIGTERM') });
      child.once('exit', (code) => {
        if (stopping) return;
        console.error(`a process exited (${code ?? 'signal'}); stopping everything`);
        void shutdown(code ?? 1);
      });
    }
    await waitForHealth(`http://127.0.0.1:${port}/api/health`);

    const lines = [
      '',
      '  Sinergi is running',
      `  Web app:      ${config.publicUrl}/${webDist ? '' : '   (not built: see the build output above)'}`,
      `  API:          ${config.publicUrl}/api   (OpenAPI: ${config.publicUrl}/api/docs)`,
      `  Platform admin: ${config.platformAdminEmail}  ${
        config.platformAdminPassword === DEVELOPMENT_DEFAULTS.platformAdminPassword
          ? DEVELOPMENT_DEFAULTS.platformAdminPassword + '   (development default)'
          : '(password from PLATFORM_ADMIN_PASSWORD)'
      }${admin.created ? '   [created]' : ''}`,
    ];
    if (demo) {
      lines.push(
        `  Demo tenant admins (password ${demo.logins[0]?.password ?? ''})${demo.created.length ? ` [${demo.created.length} created]` : ''}:`,
      );
      for (const login of demo.logins) lines.push(`    ${login.tenant.padEnd(28)} ${login.email}`);
    }
    if (demoMedia) lines.push(`  Demo press company (same password): ${demoMedia.email}   (applied to pesisir-barat)`);
    if (demoStaff.length) {
      lines.push('  Demo officials (same password; orders, proofs, claims, approvals and payments):');
      for (const login of demoStaff) lines.push(`    ${login.tenant.padEnd(28)} ${login.email.padEnd(42)} ${login.position}`);
    }
    if (mailPage) lines.push(`  Mail sent by Sinergi (invitations and the like): ${mailPage}`);
    lines.push('  Stop with Ctrl+C. Data stays under .data/ for the next start.', '');
    console.log(lines.join('\n'));
    await new Promise(() => undefined);
    return 0;
  } catch (error) {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    return shutdown(1);
  }
}

function launch(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/register.js'), join(ROOT, entry)], {
    cwd: ROOT,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return child;
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The API did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}
