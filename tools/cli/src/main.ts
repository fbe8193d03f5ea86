import 'reflect-metadata';
import { AppException, loadConfigOrExit } from '@sinergi/server/core';
import { parseArgs } from 'node:util';
import { auditVerifyCommand } from './commands/audit.command';
import { describeError } from './describe-error';
import { migrateCommand } from './commands/migrate.command';
import { seedDemoCommand } from './commands/seed-demo.command';
import { tenantCreateCommand, tenantCreateManyCommand, tenantListCommand, tenantStatusCommand } from './commands/tenant.command';
import { createPlatformContext } from '@sinergi/server/local-runtime';

const USAGE = `sinergi <command>

  migrate [--concurrency N] [--platform-only]   migrate the platform schema, then every tenant
  tenant create <region-code> --admin-email E --admin-name N [--slug S] [--from SLUG]
  tenant create-many --file F.csv [--concurrency N]   onboard every region of a CSV file
                                                (region_code,admin_email,admin_name[,slug])
  tenant list [--status active|suspended|archived]
  tenant suspend|resume|archive <slug>
  audit verify <tenant-slug|platform>           check an audit trail's hash chain (exit 1 if broken)
  seed                                          platform admin and the demo tenants (idempotent)
  start                                         run the whole product locally (npm start)
`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      concurrency: { type: 'string' },
      'platform-only': { type: 'boolean' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      slug: { type: 'string' },
      from: { type: 'string' },
      status: { type: 'string' },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'start') {
    const { startCommand } = await import('./start/start.command');
    return startCommand();
  }
  const config = loadConfigOrExit();
  const context = await createPlatformContext(config);
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(context, {
          concurrency: positiveInt(values.concurrency, 4, 'concurrency'),
          platformOnly: values['platform-only'] ?? false,
        });
      case 'audit':
        if (sub !== 'verify' || !arg) throw usage('audit verify <tenant-slug|platform>');
        return await auditVerifyCommand(context, arg);
      case 'seed':
        return await seedDemoCommand(context, config);
      case 'tenant':
        switch (sub) {
          case 'create': {
            if (!arg || !values['admin-email'] || !values['admin-name']) {
              throw usage('tenant create <region-code> --admin-email E --admin-name N');
            }
            return await tenantCreateCommand(context, {
              regionCode: arg,
              adminEmail: values['admin-email'],
              adminName: values['admin-name'],
              slug: values.slug,
              fromTenant: values.from,
            });
          }
          case 'create-many':
            if (!values.file) throw usage('tenant create-many --file F.csv [--concurrency N]');
            return await tenantCreateManyCommand(context, values.file, positiveInt(values.concurrency, 4, 'concurrency'));
          case 'list':
            return await tenantListCommand(context, values.status);
          case 'suspend':
          case 'resume':
          case 'archive':
            if (!arg) throw usage(`tenant ${sub} <slug>`);
            return await tenantStatusCommand(
              context,
              arg,
              sub === 'suspend' ? 'suspended' : sub === 'resume' ? 'active' : 'archived',
            );
          default:
            throw usage('tenant create|create-many|list|suspend|resume|archive');
        }
      default:
        throw usage(USAGE);
    }
  } finally {
    await context.close();
  }
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usage(`--${name} must be a whole number of at least 1`);
  return Number(value);
}

class UsageError extends Error {}
function usage(text: string): UsageError {
  return new UsageError(`usage: sinergi ${text.trim()}`);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof AppException) process.stderr.write(`error ${describeError(error)}\n`);
    else process.stderr.write(`error: ${describeError(error)}\n`);
    process.exit(1);
  },
);
