import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException, SinergiRequest, TenantRequestContext } from '@sinergi/server/core';

/** The resolved tenant of a `/api/t/:tenant/...` request (set by the global tenant guards). */
export const CurrentTenant = createParamDecorator((_: unknown, context: ExecutionContext): TenantRequestContext => {
  const tenant = context.switchToHttp().getRequest<SinergiRequest>().tenant;
  if (!tenant) throw new AppException('TENANT_CONTEXT_MISSING');
  return tenant;
});
