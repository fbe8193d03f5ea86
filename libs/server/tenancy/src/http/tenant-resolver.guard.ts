import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { AppException, SinergiRequest } from '@sinergi/server/core';
import { ResolvedTenant, TenantRegistry } from '../registry/tenant-registry.service';

/**
 * First global guard: on any route with a `:tenant` parameter, the tenant is resolved before
 * anything else (unknown → 404, suspended or archived → 403 to everyone). Answers at once when the
 * registry has the tenant cached, as it has on nearly every request.
 */
@Injectable()
export class TenantResolverGuard implements CanActivate {
  constructor(private readonly registry: TenantRegistry) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const slug = request.params?.['tenant'];
    if (slug === undefined) return true;
    if (typeof slug !== 'string' || !TENANT_SLUG_PATTERN.test(slug)) return admit(request, null);
    const cached = this.registry.cached(slug);
    if (cached !== undefined) return admit(request, cached);
    return this.registry.resolve(slug).then((tenant) => admit(request, tenant));
  }
}

function admit(request: SinergiRequest, tenant: ResolvedTenant | null): true {
  if (!tenant) throw new AppException('TENANT_NOT_FOUND');
  if (tenant.status !== 'active') throw new AppException('TENANT_SUSPENDED');
  request.tenant = { handle: tenant.handle, name: tenant.name, roles: [], abilities: [] };
  return true;
}
