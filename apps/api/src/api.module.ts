import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import {
  AllExceptionsFilter,
  AppConfig,
  ConfigModule,
  DatabaseModule,
  HealthController,
  QueueModule,
  RedisModule,
} from '@sinergi/server/core';
import { AbilityGuard, AuthenticationGuard } from '@sinergi/server/identity';
import { AuditModule } from '@sinergi/server/audit';
import { SERVER_ENTITIES } from '@sinergi/server/entities';
import { PartnershipModule } from '@sinergi/server/partnership';
import { MediaModule } from '@sinergi/server/media';
import { BudgetModule } from '@sinergi/server/budget';
import { WorkflowModule } from '@sinergi/server/workflow';
import { PublicationModule } from '@sinergi/server/publication';
import { BillingModule } from '@sinergi/server/billing';
import { ReportingModule } from '@sinergi/server/reporting';
import {
  TenancyModule,
  TenantAccessGuard,
  TenantResolverGuard,
} from '@sinergi/server/tenancy';

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
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(SERVER_ENTITIES, 'sinergi-api'), RedisModule, QueueModule, AuditModule, TenancyModule, MediaModule, PartnershipModule, BudgetModule, WorkflowModule, PublicationModule, BillingModule, ReportingModule],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: TenantResolverGuard },
        { provide: APP_GUARD, useExisting: AuthenticationGuard },
        { provide: APP_GUARD, useExisting: TenantAccessGuard },
        { provide: APP_GUARD, useExisting: AbilityGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
