import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@sinergi/server/core';
import { EntityManager } from 'typeorm';
import { newSecretToken } from '../auth/secret-token';
import { InvitationEntity } from '../entities/invitation.entity';

const INVITATION_TTL_DAYS = 7;

export type IssuedInvitation = { email: string; acceptUrl: string; expiresAt: Date };

/** Invitations to join a tenant's staff. The token is returned once; only its hash is kept. */
@Injectable()
export class InvitationService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async inviteToTenant(
    manager: EntityManager,
    tenantId: string,
    invitee: { email: string; name: string },
    roles: string[],
  ): Promise<IssuedInvitation> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000);
    await manager.getRepository(InvitationEntity).insert({
      tenantId,
      email: invitee.email.trim().toLowerCase(),
      name: invitee.name.trim(),
      roles,
      tokenHash: hash,
      expiresAt,
    });
    const acceptUrl = `${this.config.publicUrl}/invitations/${token}`;
    return { email: invitee.email.trim().toLowerCase(), acceptUrl, expiresAt };
  }
}
