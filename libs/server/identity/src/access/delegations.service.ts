import { Injectable } from '@nestjs/common';
import type { CreateDelegationRequest, Delegation } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase, TenantRequestContext } from '@sinergi/server/core';
import { IsNull } from 'typeorm';
import { MembershipService } from '../memberships/membership.service';
import { UserService } from '../users/user.service';
import { DelegationEntity } from './delegation.entity';
import { RoleCatalogue } from './role-catalogue.service';

/** Acting officials: a member hands one of their roles to another member for a date range. */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly catalogue: RoleCatalogue,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<Delegation[]> {
    const rows = await this.tenantDb.repository(DelegationEntity).find({ order: { startsOn: 'DESC', createdAt: 'DESC' }, take: 500 });
    return rows.map(toDelegation);
  }

  async create(tenant: TenantRequestContext, request: CreateDelegationRequest, actor: RequestActor): Promise<Delegation> {
    if (request.endsOn < request.startsOn || request.fromUserId === request.toUserId) {
      throw new AppException('DELEGATION_INVALID', undefined, [{ message: 'dates or people' }]);
    }
    const known = await this.catalogue.permissionsByRole(tenant.handle);
    if (!known.has(request.role)) throw new AppException('ROLE_NOT_FOUND', undefined, [{ field: 'role', message: request.role }]);
    const [fromRoles, toRoles, from, to] = await Promise.all([
      this.memberships.tenantRoles(request.fromUserId, tenant.handle.id),
      this.memberships.tenantRoles(request.toUserId, tenant.handle.id),
      this.users.findById(request.fromUserId),
      this.users.findById(request.toUserId),
    ]);
    if (!fromRoles?.includes(request.role) || !toRoles || !from || !to) throw new AppException('DELEGATION_INVALID');
    const repository = this.tenantDb.repository(DelegationEntity);
    const saved = await repository.save(
      repository.create({
        role: request.role,
        fromUserId: from.id,
        fromName: from.name,
        toUserId: to.id,
        toName: to.name,
        startsOn: request.startsOn,
        endsOn: request.endsOn,
        reason: request.reason,
      }),
    );
    await this.audit.record(actor, {
      action: 'delegation.created',
      subject: { type: 'Delegation', id: saved.id },
      details: { role: saved.role, from: from.name, to: to.name, startsOn: saved.startsOn, endsOn: saved.endsOn, reason: saved.reason },
    });
    this.tenantDb.afterCommit(() => this.catalogue.announceChange(tenant.handle.id));
    return toDelegation(saved);
  }

  async revoke(tenant: TenantRequestContext, id: string, actor: RequestActor): Promise<void> {
    const done = await this.tenantDb.repository(DelegationEntity).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!done.affected) throw new AppException('DELEGATION_NOT_FOUND');
    await this.audit.record(actor, { action: 'delegation.revoked', subject: { type: 'Delegation', id } });
    this.tenantDb.afterCommit(() => this.catalogue.announceChange(tenant.handle.id));
  }
}

function toDelegation(row: DelegationEntity): Delegation {
  return {
    id: row.id,
    role: row.role,
    from: { userId: row.fromUserId, name: row.fromName },
    to: { userId: row.toUserId, name: row.toName },
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    reason: row.reason,
    revoked: row.revokedAt !== null,
  };
}
