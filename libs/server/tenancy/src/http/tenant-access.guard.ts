import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppException, SinergiRequest } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';

/**
 * Third global guard (after authentication): a tenant route is only for the tenant's own people.
 * Platform admins get nothing here by virtue of their platform role.
 */
@Injectable()
export class TenantAccessGuard implements CanActivate {
  constructor(private readonly memberships: MembershipService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    if (!request.tenant) return true;
    if (!request.caller) throw new AppException('UNAUTHENTICATED');
    const roles = await this.memberships.tenantRoles(request.caller.userId, request.tenant.handle.id);
    if (!roles) throw new AppException('NOT_A_MEMBER');
    request.tenant.roles = roles;
    return true;
  }
}
