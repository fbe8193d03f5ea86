import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberQuery, MemberSort, Page, TenantMember } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, pageOf, pageWindow, RequestActor, TenantRequestContext } from '@sinergi/server/core';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationService } from '../invitations/invitation.service';
import { MembershipService } from '../memberships/membership.service';
import { UserService } from '../users/user.service';
import { RoleCatalogue } from './role-catalogue.service';

type MemberRow = { userId: string; email: string; name: string; roles: string[]; invited: boolean };

/** The whitelist behind `sort` (only these reach SQL); the user id breaks ties, so pages do not overlap. */
const MEMBER_ORDER: Record<MemberSort, string> = {
  name: 'lower(u.name) asc',
  '-name': 'lower(u.name) desc',
  email: 'u.email asc',
  '-email': 'u.email desc',
  invited: '(u.password_hash is null) desc, lower(u.name) asc',
  '-invited': '(u.password_hash is null) asc, lower(u.name) asc',
};

/** A tenant's staff: who is a member with which roles; tenant admins invite and change them. */
@Injectable()
export class TenantMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly roles: RoleCatalogue,
    private readonly audit: AuditTrail,
  ) {}

  async list(tenantId: string, query: MemberQuery): Promise<Page<TenantMember>> {
    const { page, pageSize, offset } = pageWindow(query);
    const order = MEMBER_ORDER[query.sort ?? 'name'];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `select u.id as "userId", u.email, u.name, m.roles, (u.password_hash is null) as invited
         from platform.tenant_memberships m join platform.users u on u.id = m.user_id
         where m.tenant_id = $1 order by ${order}, u.id offset $2 limit $3`,
        [tenantId, offset, pageSize],
      ) as Promise<MemberRow[]>,
      this.dataSource.query(`select count(*)::int as total from platform.tenant_memberships where tenant_id = $1`, [
        tenantId,
      ]) as Promise<{ total: number }[]>,
    ]);
    return pageOf(rows, page, pageSize, total);
  }

  async invite(
    tenant: TenantRequestContext,
    invitee: { email: string; name: string; roles: string[] },
    actor: RequestActor,
  ): Promise<TenantMember> {
    await this.assertRolesExist(tenant, invitee.roles);
    const member = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.ensureUser(manager, invitee.email, invitee.name);
      if (await this.rolesOf(manager, tenant.handle.id, user.id)) throw new AppException('ALREADY_A_MEMBER');
      await this.memberships.grantTenantRoles(manager, user.id, tenant.handle.id, invitee.roles);
      await this.invitations.inviteToTenant(manager, { id: tenant.handle.id, name: tenant.name }, invitee, invitee.roles);
      return { userId: user.id, email: user.email, name: user.name, roles: invitee.roles, invited: !user.passwordHash };
    });
    await this.memberships.announceChange(member.userId, tenant.handle.id);
    await this.audit.recordFor(tenant.handle, actor, {
      action: 'member.invited',
      subject: { type: 'Member', id: member.userId },
      details: { email: member.email, roles: invitee.roles },
    });
    return member;
  }

  async changeRoles(tenant: TenantRequestContext, userId: string, roles: string[], actor: RequestActor): Promise<TenantMember> {
    await this.assertRolesExist(tenant, roles);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.rolesOf(manager, tenant.handle.id, userId, true);
      if (!current) throw new AppException('MEMBER_NOT_FOUND');
      if (current.includes('admin') && !roles.includes('admin')) await this.assertAnotherAdmin(manager, tenant.handle.id, userId);
      await this.memberships.grantTenantRoles(manager, userId, tenant.handle.id, roles);
    });
    await this.memberships.announceChange(userId, tenant.handle.id);
    await this.audit.recordFor(tenant.handle, actor, { action: 'member.roles-changed', subject: { type: 'Member', id: userId }, details: { roles } });
    const [member] = (await this.dataSource.query(
      `select u.id as "userId", u.email, u.name, m.roles, (u.password_hash is null) as invited
       from platform.tenant_memberships m join platform.users u on u.id = m.user_id where m.tenant_id = $1 and m.user_id = $2`,
      [tenant.handle.id, userId],
    )) as MemberRow[];
    return member!;
  }

  async remove(tenant: TenantRequestContext, userId: string, actor: RequestActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.rolesOf(manager, tenant.handle.id, userId, true);
      if (!current) throw new AppException('MEMBER_NOT_FOUND');
      if (current.includes('admin')) await this.assertAnotherAdmin(manager, tenant.handle.id, userId);
      await manager.query('delete from platform.tenant_memberships where tenant_id = $1 and user_id = $2', [tenant.handle.id, userId]);
    });
    await this.memberships.announceChange(userId, tenant.handle.id);
    await this.audit.recordFor(tenant.handle, actor, { action: 'member.removed', subject: { type: 'Member', id: userId } });
  }

  private async assertRolesExist(tenant: TenantRequestContext, roles: string[]): Promise<void> {
    const known = await this.roles.permissionsByRole(tenant.handle);
    const unknown = roles.filter((role) => !known.has(role));
    if (unknown.length) throw new AppException('ROLE_NOT_FOUND', undefined, unknown.map((role) => ({ field: 'roles', message: role })));
  }

  private async rolesOf(manager: EntityManager, tenantId: string, userId: string, lock = false): Promise<string[] | null> {
    const rows = (await manager.query(
      `select roles from platform.tenant_memberships where tenant_id = $1 and user_id = $2${lock ? ' for update' : ''}`,
      [tenantId, userId],
    )) as { roles: string[] }[];
    return rows[0]?.roles ?? null;
  }

  /** Serialised per tenant (row locks on its admins), so two admins cannot demote each other at once. */
  private async assertAnotherAdmin(manager: EntityManager, tenantId: string, leaving: string): Promise<void> {
    const others = (await manager.query(
      `select user_id from platform.tenant_memberships where tenant_id = $1 and 'admin' = any(roles) and user_id <> $2 for update`,
      [tenantId, leaving],
    )) as unknown[];
    if (others.length === 0) throw new AppException('LAST_ADMIN');
  }
}
