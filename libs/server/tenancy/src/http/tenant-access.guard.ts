import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, IS_PUBLIC, MEDIA_COMPANY_ROUTE, SinergiRequest } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';

/**
 * Third global guard (after authentication): a tenant route is only for the tenant's own people.
 * Platform admins get nothing here by virtue of their platform role. A `@ForMediaCompany()` route
 * is for the people of the press company named in the path instead.
 */
@Injectable()
export class TenantAccessGuard implements CanActivate {
  constructor(
    private readonly memberships: MembershipService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    if (!request.tenant) return true;
    // What a region publishes (`/api/public/t/:tenant/...`) is for everyone.
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    if (!request.caller) throw new AppException('UNAUTHENTICATED');
    if (this.reflector.getAllAndOverride<boolean>(MEDIA_COMPANY_ROUTE, [context.getHandler(), context.getClass()])) {
      const companyId = request.params?.['companyId'];
      const membership = (await this.memberships.mediaMembershipsOf(request.caller.userId)).find((m) => m.companyId === companyId);
      if (!membership) throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
      request.media = { companyId: membership.companyId, roles: membership.roles };
      return true;
    }
    const roles = await this.memberships.tenantRoles(request.caller.userId, request.tenant.handle.id);
    if (!roles) throw new AppException('NOT_A_MEMBER');
    request.tenant.roles = roles;
    return true;
  }
}
