import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MediaRole } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';
import { InvitationService, MembershipService, UserService } from '@sinergi/server/identity';
import { DataSource } from 'typeorm';
import { MediaCompanyEntity } from './entities/media-company.entity';

export type CompanyMember = { userId: string; email: string; name: string; roles: MediaRole[]; invited: boolean };

/**
 * A press company's team. Only its own people see it (another company's id answers 404, as if it
 * did not exist); only owners invite.
 */
@Injectable()
export class CompanyMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly invitations: InvitationService,
  ) {}

  async list(callerId: string, companyId: string): Promise<CompanyMember[]> {
    await this.rolesOf(callerId, companyId);
    return (await this.memberships.companyMembers(companyId)) as CompanyMember[];
  }

  async invite(callerId: string, companyId: string, invitee: { email: string; name: string; role: MediaRole }): Promise<CompanyMember> {
    const roles = await this.rolesOf(callerId, companyId);
    if (!roles.includes('owner')) throw new AppException('FORBIDDEN');
    const company = await this.dataSource.getRepository(MediaCompanyEntity).findOneByOrFail({ id: companyId });
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.ensureUser(manager, invitee.email, invitee.name);
      if (await this.memberships.isCompanyMember(manager, user.id, companyId)) throw new AppException('ALREADY_A_MEMBER');
      await this.memberships.grantMediaRoles(manager, user.id, companyId, [invitee.role]);
      await this.invitations.inviteToCompany(manager, { id: companyId, name: company.legalName }, invitee, [invitee.role]);
      return { userId: user.id, email: user.email, name: user.name, roles: [invitee.role], invited: !user.passwordHash };
    });
  }

  private async rolesOf(callerId: string, companyId: string): Promise<string[]> {
    const membership = (await this.memberships.mediaMembershipsOf(callerId)).find((m) => m.companyId === companyId);
    if (!membership) throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
    return membership.roles;
  }
}
