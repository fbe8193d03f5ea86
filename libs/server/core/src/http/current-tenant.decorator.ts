import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { SinergiRequest, TenantRequestContext } from './request-context';

/** The resolved tenant of a `/api/t/:tenant/...` request (set by the global tenant guards). */
export const CurrentTenant = createParamDecorator((_: unknown, context: ExecutionContext): TenantRequestContext => {
  const tenant = context.switchToHttp().getRequest<SinergiRequest>().tenant;
  if (!tenant) throw new AppException('TENANT_CONTEXT_MISSING');
  return tenant;
});
