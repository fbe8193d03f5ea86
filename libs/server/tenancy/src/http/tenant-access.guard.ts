import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, IS_PUBLIC, MEDIA_COMPANY_ROUTE, RouteMetadata, SinergiRequest, TenantRequestContext } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';

/**
 * Third global guard (after authentication): a tenant route is only for the tenant's own people.
 * Platform admins get nothing here by virtue of their platform role. A `@ForMediaCompany()` route
 * is for the people of the press company named in the path instead. A staff member's roles are
 * usually cached, and then the guard answers without waiting.
 */
@Injectable()
export class TenantAccessGuard implements CanActivate {
  private readonly route: RouteMetadata;

  constructor(
    private readonly memberships: MembershipService,
    reflector: Reflector,
  ) {
    this.route = new RouteMetadata(reflector);
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const tenant = request.tenant;
    if (!tenant) return true;
    // What a region publishes (`/api/public/t/:tenant/...`) is for everyone.
    if (this.route.has(IS_PUBLIC, context)) return true;
    const caller = request.caller;
    if (!caller) throw new AppException('UNAUTHENTICATED');
    if (this.route.has(MEDIA_COMPANY_ROUTE, context)) return this.admitCompanyMember(request, caller.userId);
    const cached = this.memberships.cachedTenantRoles(caller.userId, tenant.handle.id);
    if (cached !== undefined) return admitStaff(tenant, cached);
    return this.memberships.tenantRoles(caller.userId, tenant.handle.id).then((roles) => admitStaff(tenant, roles));
  }

  private async admitCompanyMember(request: SinergiRequest, userId: string): Promise<boolean> {
    const companyId = request.params?.['companyId'];
    const membership = (await this.memberships.mediaMembershipsOf(userId)).find((m) => m.companyId === companyId);
    if (!membership) throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
    request.media = { companyId: membership.companyId, roles: membership.roles };
    return true;
  }
}

function admitStaff(tenant: TenantRequestContext, roles: string[] | null): true {
  if (!roles) throw new AppException('NOT_A_MEMBER');
  tenant.roles = roles;
  return true;
}
