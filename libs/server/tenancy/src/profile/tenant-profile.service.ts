import { Injectable } from '@nestjs/common';
import { TenantProfile, UpdateTenantProfileRequest } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { TenantProfileEntity } from '../entities/tenant-profile.entity';

/** Who runs the partnership in this region (Diskominfo, or Humas of the Setda) and on what basis. */
@Injectable()
export class TenantProfileService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly audit: AuditTrail,
  ) {}

  async get(name: string): Promise<TenantProfile> {
    // Read on most pages of the web app: one constant statement, since building a find with
    // TypeORM's query builder cost more CPU than the rest of the request (bench:tenancy profile).
    const [row] = (await this.tenantDb.manager().query(PROFILE_SQL)) as ProfileRow[];
    if (!row) throw new AppException('TENANT_NOT_FOUND');
    return toProfile(this.tenantDb.currentTenant().slug, name, row);
  }

  async update(name: string, changes: UpdateTenantProfileRequest, actor: RequestActor): Promise<TenantProfile> {
    const repo = this.tenantDb.repository(TenantProfileEntity);
    const row = await repo.findOneBy({ id: 1 });
    if (!row) throw new AppException('TENANT_NOT_FOUND');
    // Spending is shown on the public page: publishing it without the page means nothing.
    if ((changes.publicSpending ?? row.publicSpending) && !(changes.publicPage ?? row.publicPage)) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'publicSpending', message: 'the spending is published on the public page: publish the page too (publicPage)' }]);
    }
    await repo.update({ id: 1 }, changes);
    await this.audit.record(actor, { action: 'tenant-profile.updated', subject: { type: 'TenantProfile' }, details: { changes } });
    return this.get(name);
  }

  /** What the region chose to publish (read inside the region's unit of work). */
  async publication(): Promise<{ publicPage: boolean; publicSpending: boolean }> {
    const row = await this.tenantDb.repository(TenantProfileEntity).findOne({ where: { id: 1 }, select: { id: true, publicPage: true, publicSpending: true } });
    return { publicPage: row?.publicPage ?? false, publicSpending: row?.publicSpending ?? false };
  }
}

const PROFILE_SQL = `select owning_unit as "owningUnit", legal_basis as "legalBasis", address, email, phone,
         public_page as "publicPage", public_spending as "publicSpending", updated_at as "updatedAt"
    from tenant_profile where id = 1`;

type ProfileRow = Omit<TenantProfileEntity, 'id'>;

function toProfile(slug: string, name: string, row: ProfileRow): TenantProfile {
  return {
    slug,
    name,
    owningUnit: row.owningUnit,
    legalBasis: row.legalBasis,
    address: row.address,
    email: row.email,
    phone: row.phone,
    publicPage: row.publicPage,
    publicSpending: row.publicSpending,
    updatedAt: row.updatedAt.toISOString(),
  };
}
