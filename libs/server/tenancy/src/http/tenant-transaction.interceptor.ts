import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { READS_ONLY, SinergiRequest, TenantDatabase, WITHOUT_TENANT_TRANSACTION } from '@sinergi/server/core';
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
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TENANT_TRANSACTION, targets)) {
      return next.handle();
    }
    const readOnly = this.reflector.getAllAndOverride<boolean>(READS_ONLY, targets) === true;
    // next.handle() is called inside run(), so the handler inherits the unit of work's context.
    return from(this.tenantDb.run(tenant.handle, () => lastValueFrom(next.handle(), { defaultValue: undefined }), { readOnly }));
  }
}
