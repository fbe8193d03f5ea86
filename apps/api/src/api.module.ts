import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import {
  AllExceptionsFilter,
  AppConfig,
  ConfigModule,
  DatabaseModule,
  HealthController,
  QueueModule,
  RedisModule,
} from '@sinergi/server/core';
import { AbilityGuard, AuthenticationGuard, IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { NOTIFICATION_ENTITIES } from '@sinergi/server/notification';
import { AUDIT_ENTITIES, AuditModule } from '@sinergi/server/audit';
import { DOCUMENTS_ENTITIES } from '@sinergi/server/documents';
import { PARTNERSHIP_PLATFORM_ENTITIES, PARTNERSHIP_TENANT_ENTITIES, PartnershipModule } from '@sinergi/server/partnership';
import { MEDIA_ENTITIES, MediaModule } from '@sinergi/server/media';
import { BUDGET_ENTITIES, BudgetModule } from '@sinergi/server/budget';
import { WORKFLOW_ENTITIES, WorkflowModule } from '@sinergi/server/workflow';
import { PUBLICATION_ENTITIES, PublicationModule } from '@sinergi/server/publication';
import { BILLING_ENTITIES, BillingModule } from '@sinergi/server/billing';
import { REPORTING_ENTITIES, ReportingModule } from '@sinergi/server/reporting';
import {
  TENANCY_PLATFORM_ENTITIES,
  TENANCY_TENANT_ENTITIES,
  TenancyModule,
  TenantAccessGuard,
  TenantResolverGuard,
  TenantTransactionInterceptor,
} from '@sinergi/server/tenancy';

export const ENTITIES = [...AUDIT_ENTITIES, ...MEDIA_ENTITIES, ...PARTNERSHIP_PLATFORM_ENTITIES, ...PARTNERSHIP_TENANT_ENTITIES, ...DOCUMENTS_ENTITIES, ...BUDGET_ENTITIES, ...WORKFLOW_ENTITIES, ...PUBLICATION_ENTITIES, ...BILLING_ENTITIES, ...REPORTING_ENTITIES, ...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...TENANCY_PLATFORM_ENTITIES, ...TENANCY_TENANT_ENTITIES];

/**
 * The API's wiring. Guards run in the order given: tenant resolution first (404/403 to everyone),
 * then authentication (401), then tenant membership (403), then the handler's CASL check (403).
 * Every route gets all four, so a new route is closed unless it is explicitly @Public(), and a new
 * tenant route is closed unless it declares @Can(...) or @AnyMember().
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(ENTITIES, 'sinergi-api'), RedisModule, QueueModule, AuditModule, TenancyModule, MediaModule, PartnershipModule, BudgetModule, WorkflowModule, PublicationModule, BillingModule, ReportingModule],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: TenantResolverGuard },
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useExisting: TenantAccessGuard },
        { provide: APP_GUARD, useExisting: AbilityGuard },
        { provide: APP_INTERCEPTOR, useExisting: TenantTransactionInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
