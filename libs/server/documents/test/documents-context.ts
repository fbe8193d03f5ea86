import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AUDIT_ENTITIES, AuditModule } from '@sinergi/server/audit';
import { ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@sinergi/server/core';
import { createTestDatabase, TestDatabase, testConfig } from '@sinergi/server/core/testing';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { MEDIA_ENTITIES } from '@sinergi/server/media';
import { NOTIFICATION_ENTITIES } from '@sinergi/server/notification';
import { SchemaMigrator, TENANCY_PLATFORM_ENTITIES, TENANCY_TENANT_ENTITIES, TenancyModule } from '@sinergi/server/tenancy';
import { DOCUMENTS_ENTITIES, DocumentsModule } from '../src';

export type DocumentsTestContext = { context: INestApplicationContext; database: TestDatabase; close: () => Promise<void> };

/** The documents module beside tenancy (to provision real tenants) on a fresh, platform-migrated database. */
export async function createDocumentsTestContext(label: string, env: Record<string, string> = {}): Promise<DocumentsTestContext> {
  const database = await createTestDatabase(label);
  const config = testConfig(database.url, env);
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(
        [
          ...AUDIT_ENTITIES,
          ...MEDIA_ENTITIES,
          ...IDENTITY_ENTITIES,
          ...NOTIFICATION_ENTITIES,
          ...TENANCY_PLATFORM_ENTITIES,
          ...TENANCY_TENANT_ENTITIES,
          ...DOCUMENTS_ENTITIES,
        ],
        'sinergi-test',
      ),
      RedisModule,
      QueueModule,
      AuditModule,
      TenancyModule,
      DocumentsModule,
    ],
  })
  class TestModule {}
  const context = await NestFactory.createApplicationContext(TestModule, { logger: ['error'] });
  await context.get(SchemaMigrator).migratePlatform();
  return {
    context,
    database,
    close: async () => {
      await context.close();
      await database.drop();
    },
  };
}
