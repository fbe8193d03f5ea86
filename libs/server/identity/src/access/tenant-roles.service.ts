import { Injectable } from '@nestjs/common';
import { Permission, TENANT_ACTIONS, TENANT_SUBJECTS, TenantRoleDefinition } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase, TenantRequestContext } from '@sinergi/server/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RoleCatalogue } from './role-catalogue.service';
import { TenantRoleEntity } from './tenant-role.entity';

/** A tenant defines its own roles from the permission list; the built-in ones stay as shipped. */
@Injectable()
export class TenantRolesService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly catalogue: RoleCatalogue,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(tenant: TenantRequestContext, role: TenantRoleDefinitionInput, actor: RequestActor): Promise<TenantRoleDefinition> {
    const roles = this.tenantDb.repository(TenantRoleEntity);
    if (await roles.existsBy({ name: role.name })) throw new AppException('CONFLICT', undefined, [{ field: 'name', message: role.name }]);
    const permissions = normalise(role.permissions);
    const requiresTotp = role.requiresTotp ?? false;
    await roles.insert({ name: role.name, label: role.label, builtin: false, permissions, requiresTotp });
    await this.audit.record(actor, { action: 'role.created', subject: { type: 'Role', id: role.name }, details: { permissions } });
    this.tenantDb.afterCommit(() => this.catalogue.announceChange(tenant.handle.id));
    return { name: role.name, label: role.label, builtin: false, permissions, requiresTotp };
  }

  async update(
    tenant: TenantRequestContext,
    name: string,
    changes: Partial<Pick<TenantRoleDefinitionInput, 'label' | 'permissions' | 'requiresTotp'>>,
    actor: RequestActor,
  ): Promise<TenantRoleDefinition> {
    const roles = this.tenantDb.repository(TenantRoleEntity);
    const role = await roles.findOneBy({ name });
    if (!role) throw new AppException('ROLE_NOT_FOUND', undefined, [{ field: 'name', message: name }]);
    // Built-in roles keep their name, label and permissions; whether they demand a second factor is the tenant's call.
    if (role.builtin && (changes.label !== undefined || changes.permissions !== undefined)) throw new AppException('ROLE_BUILTIN');
    const permissions = changes.permissions ? normalise(changes.permissions) : role.permissions;
    const label = changes.label ?? role.label;
    const requiresTotp = changes.requiresTotp ?? role.requiresTotp;
    await roles.update({ name }, { label, permissions, requiresTotp });
    await this.audit.record(actor, {
      action: 'role.changed',
      subject: { type: 'Role', id: name },
      details: { label, permissions, requiresTotp },
    });
    this.tenantDb.afterCommit(() => this.catalogue.announceChange(tenant.handle.id));
    return { name, label, builtin: role.builtin, permissions, requiresTotp };
  }

  async remove(tenant: TenantRequestContext, name: string, actor: RequestActor): Promise<void> {
    const roles = this.tenantDb.repository(TenantRoleEntity);
    const role = await roles.findOneBy({ name });
    if (!role) throw new AppException('ROLE_NOT_FOUND', undefined, [{ field: 'name', message: name }]);
    if (role.builtin) throw new AppException('ROLE_BUILTIN');
    const [{ n }] = (await this.dataSource.query(
      `select count(*)::int as n from platform.tenant_memberships where tenant_id = $1 and $2 = any(roles)`,
      [tenant.handle.id, name],
    )) as { n: number }[];
    if (n > 0) throw new AppException('ROLE_IN_USE', undefined, [{ field: 'name', message: `${n} member(s)` }]);
    await roles.delete({ name });
    await this.audit.record(actor, { action: 'role.removed', subject: { type: 'Role', id: name } });
    this.tenantDb.afterCommit(() => this.catalogue.announceChange(tenant.handle.id));
  }
}

export type TenantRoleDefinitionInput = { name: string; label: string; permissions: Permission[]; requiresTotp?: boolean };

/** Only known action/subject pairs, each once. */
function normalise(permissions: Permission[]): Permission[] {
  const seen = new Set<string>();
  return permissions.filter((p) => {
    const key = `${p.action}:${p.subject}`;
    const known = (TENANT_ACTIONS as readonly string[]).includes(p.action) && (TENANT_SUBJECTS as readonly string[]).includes(p.subject);
    if (!known || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
