import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppException, SinergiRequest } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';

/**
 * Runs before validation on `/media/companies/:companyId/...`: another company's id answers 404
 * whatever the body, so a stranger learns nothing (not even that the body was wrong).
 */
@Injectable()
export class CompanyMemberGuard implements CanActivate {
  constructor(private readonly memberships: MembershipService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const companyId = request.params?.['companyId'];
    if (!request.caller) throw new AppException('UNAUTHENTICATED');
    const memberships = await this.memberships.mediaMembershipsOf(request.caller.userId);
    if (typeof companyId !== 'string' || !memberships.some((m) => m.companyId === companyId)) {
      throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
    }
    return true;
  }
}
