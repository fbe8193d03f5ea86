import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@sinergi/server/core';

export type RoleHolder = { userId: string; name: string; email: string; delegatedBy: string | null };

/**
 * Who holds which roles in the current tenant: its members (platform.calling_tenant_members, a
 * definer function that shows the calling tenant's members only) and the people a role is
 * delegated to that day. One query on the tenant's own connection: a second pooled connection
 * during a tenant request starves the pool under load.
 */
@Injectable()
export class RoleHolders {
  constructor(private readonly tenantDb: TenantDatabase) {}

  /** Per role: members holding it (by name), then today's delegates who are not members with it. Only people who can sign in. */
  async holdersOf(roles: string[], today: string): Promise<Map<string, RoleHolder[]>> {
    const rows = (await this.tenantDb.manager().query(
      `with delegated as (
         select role, to_user_id, to_name, from_name from delegations
          where revoked_at is null and $1::date between starts_on and ends_on and role = any ($2::text[])
       )
       select 0 as part, m.user_id as "userId", m.name, m.email, m.roles, null::text as role, null::text as "fromName", row_number() over () as position
         from platform.calling_tenant_members($2::text[], array(select distinct to_user_id from delegated)) m
       union all
       select 1, to_user_id, to_name, null, null, role, from_name, row_number() over (order by to_name) from delegated
       order by part, position`,
      [today, roles],
    )) as { part: number; userId: string; name: string; email: string | null; roles: string[] | null; role: string | null; fromName: string | null }[];
    const people = rows.filter((row) => row.part === 0);
    const delegates = rows.filter((row) => row.part === 1);
    const emails = new Map(people.map((p) => [p.userId, p.email!]));
    const byRole = new Map<string, RoleHolder[]>();
    for (const role of roles) {
      const list = people.filter((m) => m.roles!.includes(role)).map((m): RoleHolder => ({ userId: m.userId, name: m.name, email: m.email!, delegatedBy: null }));
      for (const d of delegates) {
        const email = emails.get(d.userId);
        if (d.role === role && email && !list.some((h) => h.userId === d.userId)) list.push({ userId: d.userId, name: d.name, email, delegatedBy: d.fromName });
      }
      byRole.set(role, list);
    }
    return byRole;
  }
}
