import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MediaRole } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';
import { InvitationService, MembershipService, UserService } from '@sinergi/server/identity';
import { DataSource } from 'typeorm';
import { MediaCompanyEntity } from './entities/media-company.entity';

export type CompanyMember = { userId: string; email: string; name: string; roles: MediaRole[]; invited: boolean };

/**
 * A press company's team. The guards admit only its own people (another company's id answers 404,
 * as if it did not exist) and only owners to invite (@MediaCan('create', 'MediaMember')).
 */
@Injectable()
export class CompanyMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly invitations: InvitationService,
  ) {}

  async list(companyId: string): Promise<CompanyMember[]> {
    return (await this.memberships.companyMembers(companyId)) as CompanyMember[];
  }

  async invite(companyId: string, invitee: { email: string; name: string; role: MediaRole }): Promise<CompanyMember> {
    const company = await this.dataSource.getRepository(MediaCompanyEntity).findOneByOrFail({ id: companyId });
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.ensureUser(manager, invitee.email, invitee.name);
      if (await this.memberships.isCompanyMember(manager, user.id, companyId)) throw new AppException('ALREADY_A_MEMBER');
      await this.memberships.grantMediaRoles(manager, user.id, companyId, [invitee.role]);
      await this.invitations.inviteToCompany(manager, { id: companyId, name: company.legalName }, invitee, [invitee.role]);
      return { userId: user.id, email: user.email, name: user.name, roles: [invitee.role], invited: !user.passwordHash };
    });
  }
}
