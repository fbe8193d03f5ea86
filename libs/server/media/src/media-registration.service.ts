import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MediaMe, MediaRegistrationRequest, MediaRole, passwordProblems } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';
import { EmailConfirmationService, MembershipService, UserService } from '@sinergi/server/identity';
import { DataSource } from 'typeorm';
import { DossierService } from './dossier/dossier.service';
import { MediaCompanyEntity } from './entities/media-company.entity';

/** A press company signs up: its first person (owner) and the company, then confirms the address. */
@Injectable()
export class MediaRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly memberships: MembershipService,
    private readonly confirmations: EmailConfirmationService,
    private readonly dossiers: DossierService,
  ) {}

  async register(request: MediaRegistrationRequest): Promise<MediaMe> {
    const problems = passwordProblems(request.password);
    if (problems.length) {
      throw new AppException('PASSWORD_TOO_WEAK', undefined, problems.map((problem) => ({ field: 'password', message: problem })));
    }
    const userId = await this.dataSource.transaction(async (manager) => {
      const existing = await this.users.findByEmail(request.email, manager);
      if (existing?.passwordHash) throw new AppException('ACCOUNT_EXISTS');
      const user = await this.users.ensureUser(manager, request.email, request.name);
      await this.users.setPassword(manager, user.id, request.password);
      const companies = manager.getRepository(MediaCompanyEntity);
      const company = await companies.save(
        companies.create({ legalName: request.company.legalName.trim(), legalForm: request.company.legalForm }),
      );
      await this.memberships.grantMediaRoles(manager, user.id, company.id, ['owner']);
      await this.confirmations.issue(manager, user);
      return user.id;
    });
    return this.me(userId);
  }

  async me(userId: string): Promise<MediaMe> {
    const user = await this.users.findById(userId);
    const memberships = await this.memberships.mediaMembershipsOf(userId);
    if (!user || memberships.length === 0) throw new AppException('NOT_MEDIA');
    return {
      user: { id: user.id, name: user.name, email: user.email, emailConfirmed: user.emailConfirmedAt !== null },
      companies: await Promise.all(memberships.map((m) => this.dossiers.dossier(m.companyId, m.roles as MediaRole[]))),
    };
  }
}
