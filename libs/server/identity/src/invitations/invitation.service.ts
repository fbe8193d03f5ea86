import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvitationPreview, LoginResponse, passwordProblems } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { OutboxService } from '@sinergi/server/notification';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { InvitationEntity } from '../entities/invitation.entity';
import { UserEntity } from '../entities/user.entity';
import { TENANT_DIRECTORY, TenantDirectory } from '../memberships/tenant-directory.port';
import { UserService } from '../users/user.service';

const INVITATION_TTL_DAYS = 7;

export type IssuedInvitation = { email: string; acceptUrl: string; expiresAt: Date };

/**
 * Invitations to join a tenant's staff. The token travels only in the invitee's mail (through the
 * outbox, in the same transaction as the invitation); we keep its hash.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TENANT_DIRECTORY) private readonly tenants: TenantDirectory,
    private readonly outbox: OutboxService,
    private readonly users: UserService,
    private readonly auth: AuthService,
  ) {}

  inviteToTenant(
    manager: EntityManager,
    tenant: { id: string; name: string },
    invitee: { email: string; name: string },
    roles: string[],
  ): Promise<IssuedInvitation> {
    return this.issue(manager, { tenantId: tenant.id, companyId: null, name: tenant.name }, invitee, roles);
  }

  /** To a press company's team (owner, editor): the membership is granted now, the mail carries the link. */
  inviteToCompany(
    manager: EntityManager,
    company: { id: string; name: string },
    invitee: { email: string; name: string },
    roles: string[],
  ): Promise<IssuedInvitation> {
    return this.issue(manager, { tenantId: null, companyId: company.id, name: company.name }, invitee, roles);
  }

  /** The invitation row and its mail, in the caller's transaction (the mail counts toward the tenant's share). */
  private async issue(
    manager: EntityManager,
    target: { tenantId: string | null; companyId: string | null; name: string },
    invitee: { email: string; name: string },
    roles: string[],
  ): Promise<IssuedInvitation> {
    const { token, hash } = newSecretToken();
    const email = invitee.email.trim().toLowerCase();
    const name = invitee.name.trim();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000);
    await manager.getRepository(InvitationEntity).insert({
      tenantId: target.tenantId,
      companyId: target.companyId,
      contextName: target.name,
      email,
      name,
      roles,
      tokenHash: hash,
      expiresAt,
    });
    const acceptUrl = `${this.config.publicUrl}/invitations/${token}`;
    await this.outbox.enqueueMail(manager, target.tenantId, {
      template: 'tenant-invitation',
      to: email,
      language: 'id',
      data: { inviteeName: name, tenantName: target.name, roles, acceptUrl, expiresAt: expiresAt.toISOString() },
    });
    return { email, acceptUrl, expiresAt };
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    const user = await this.users.findByEmail(invitation.email);
    const tenant = invitation.tenantId ? await this.tenants.summariesByIds([invitation.tenantId]) : new Map();
    return {
      email: invitation.email,
      name: invitation.name,
      tenant: invitation.tenantId ? (tenant.get(invitation.tenantId) ?? null) : null,
      company: invitation.companyId ? { id: invitation.companyId, name: invitation.contextName ?? '' } : null,
      roles: invitation.roles,
      expiresAt: invitation.expiresAt.toISOString(),
      accountExists: Boolean(user?.passwordHash),
    };
  }

  /** Accepts once: a new person sets a password here; then they are logged in. */
  async accept(token: string, password: string | undefined): Promise<LoginResponse> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.usable(token, manager);
      const user = await this.users.findByEmail(invitation.email, manager);
      if (!user) throw new AppException('INVITATION_NOT_FOUND');
      if (!user.passwordHash) {
        const problems = passwordProblems(password ?? '');
        if (problems.length) {
          throw new AppException('PASSWORD_TOO_WEAK', undefined, problems.map((problem) => ({ field: 'password', message: problem })));
        }
        await this.users.setPassword(manager, user.id, password!);
      }
      // Conditional: of two concurrent accepts of one token, one wins.
      const done = await manager
        .getRepository(InvitationEntity)
        .update({ id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!done.affected) throw new AppException('INVITATION_USED');
      return user.id;
    });
    return this.auth.sessionFor(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId }));
  }

  private async usable(token: string, manager: EntityManager = this.dataSource.manager): Promise<InvitationEntity> {
    const invitation = await manager.getRepository(InvitationEntity).findOneBy({ tokenHash: hashSecretToken(token) });
    if (!invitation) throw new AppException('INVITATION_NOT_FOUND');
    if (invitation.acceptedAt) throw new AppException('INVITATION_USED');
    if (invitation.expiresAt <= new Date()) throw new AppException('INVITATION_EXPIRED');
    return invitation;
  }
}
