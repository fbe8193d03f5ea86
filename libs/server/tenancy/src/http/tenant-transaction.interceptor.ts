import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SinergiRequest, TenantDatabase, WITHOUT_TENANT_TRANSACTION } from '@sinergi/server/core';
import { from, lastValueFrom, Observable } from 'rxjs';

/** Runs each tenant request as one unit of work: one transaction, in the tenant's schema and role. */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant = context.switchToHttp().getRequest<SinergiRequest>().tenant;
    if (!tenant) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TENANT_TRANSACTION, [context.getHandler(), context.getClass()])) {
      return next.handle();
    }
    // next.handle() is called inside run(), so the handler inherits the unit of work's context.
    return from(this.tenantDb.run(tenant.handle, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
