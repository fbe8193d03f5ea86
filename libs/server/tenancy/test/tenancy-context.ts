import { Global, INestApplicationContext, Module, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { createTestDatabase, TestDatabase, testConfig } from '@sinergi/server/core/testing';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { NOTIFICATION_ENTITIES } from '@sinergi/server/notification';
import { AUDIT_ENTITIES, AuditModule } from '@sinergi/server/audit';
import { MEDIA_ENTITIES } from '@sinergi/server/media';
import { SchemaMigrator, TENANCY_PLATFORM_ENTITIES, TENANCY_TENANT_ENTITIES, TenancyModule } from '../src';

export type TenancyTestContext = {
  context: INestApplicationContext;
  database: TestDatabase;
  config: AppConfig;
  close: () => Promise<void>;
};

/** The tenancy module on a fresh, platform-migrated database, without HTTP. */
export async function createTenancyTestContext(
  label: string,
  options: { providers?: Provider[]; env?: Record<string, string> } = {},
): Promise<TenancyTestContext> {
  const database = await createTestDatabase(label);
  const config = testConfig(database.url, options.env);
  // Global, so the tenancy module's optional injections (e.g. PROVISIONING_HOOKS) can see them.
  @Global()
  @Module({ providers: options.providers ?? [], exports: options.providers ?? [] })
  class TestProvidersModule {}
  @Module({
    imports: [
      TestProvidersModule,
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(
        [...AUDIT_ENTITIES, ...MEDIA_ENTITIES, ...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...TENANCY_PLATFORM_ENTITIES, ...TENANCY_TENANT_ENTITIES],
        'sinergi-test',
      ),
      RedisModule,
      QueueModule,
      AuditModule,
      TenancyModule,
    ],
  })
  class TestModule {}
  const context = await NestFactory.createApplicationContext(TestModule, { logger: ['error'] });
  await context.get(SchemaMigrator).migratePlatform();
  return {
    context,
    database,
    config,
    close: async () => {
      await context.close();
      await database.drop();
    },
  };
}
