import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { TENANT_SLUG_PATTERN } from '@sinergi/contracts';
import { AppException, SinergiRequest } from '@sinergi/server/core';
import { TenantRegistry } from '../registry/tenant-registry.service';

/**
 * First global guard: on any route with a `:tenant` parameter, the tenant is resolved before
 * anything else (unknown → 404, suspended or archived → 403 to everyone).
 */
@Injectable()
export class TenantResolverGuard implements CanActivate {
  constructor(private readonly registry: TenantRegistry) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const slug = request.params?.['tenant'];
    if (slug === undefined) return true;
    const tenant = typeof slug === 'string' && TENANT_SLUG_PATTERN.test(slug) ? await this.registry.resolve(slug) : null;
    if (!tenant) throw new AppException('TENANT_NOT_FOUND');
    if (tenant.status !== 'active') throw new AppException('TENANT_SUSPENDED');
    request.tenant = { handle: tenant.handle, name: tenant.name, roles: [], abilities: [] };
    return true;
  }
}
