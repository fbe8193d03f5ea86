import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PROVISIONING_HOOKS, PROVISIONING_STEPS, ProvisioningStep, TenantProvisioner, TenantRegistry } from '../src';
import { createTenancyTestContext, TenancyTestContext } from './tenancy-context';
import { TENANT_MIGRATIONS } from '@sinergi/migrations';

class InjectedFailure extends Error {}

describe('Provisioning a tenant is one transaction', () => {
  let t: TenancyTestContext;
  const failAfter: { step: ProvisioningStep | null } = { step: null };

  beforeAll(async () => {
    t = await createTenancyTestContext('provisioning', {
      providers: [
        {
          provide: PROVISIONING_HOOKS,
          useValue: {
            afterStep: (step: ProvisioningStep) => {
              if (step === failAfter.step) throw new InjectedFailure(`injected failure after ${step}`);
            },
          },
        },
      ],
    });
  });
  afterAll(() => t.close());

  async function leftovers(db: string) {
    const dataSource = t.context.get<DataSource>(getDataSourceToken());
    const [schemas, roles, tenants, users, memberships, invitations] = await Promise.all([
      dataSource.query(`select nspname from pg_namespace where nspname like 't\\_%'`),
      dataSource.query(`select rolname from pg_roles where rolname like $1`, [`sng_${db}_t\\_%`]),
      dataSource.query(`select slug from platform.tenants`),
      dataSource.query(`select email from platform.users`),
      dataSource.query(`select id from platform.tenant_memberships`),
      dataSource.query(`select id from platform.invitations`),
    ]);
    return { schemas, roles, tenants, users, memberships, invitations };
  }

  it.each(PROVISIONING_STEPS)('leaves nothing behind when it fails after the %s step', async (step) => {
    failAfter.step = step;
    await expect(
      t.context.get(TenantProvisioner).provision({
        regionCode: '16.02',
        adminEmail: 'kominfo@okikab.go.id',
        adminName: 'Admin OKI',
      }),
    ).rejects.toBeInstanceOf(InjectedFailure);
    expect(await leftovers(t.database.name)).toEqual({
      schemas: [],
      roles: [],
      tenants: [],
      users: [],
      memberships: [],
      invitations: [],
    });
    expect(await t.context.get(TenantRegistry).resolve('ogan-komering-ilir')).toBeNull();
  });

  it('creates registry row, role, schema, admin and tables when nothing fails', async () => {
    failAfter.step = null;
    const tenant = await t.context.get(TenantProvisioner).provision({
      regionCode: '16.02',
      adminEmail: 'kominfo@okikab.go.id',
      adminName: 'Admin OKI',
    });
    expect(tenant).toMatchObject({ slug: 'ogan-komering-ilir', status: 'active', schemaVersion: TENANT_MIGRATIONS.length });
    const found = await leftovers(t.database.name);
    expect(found.schemas).toEqual([{ nspname: 't_16_02' }]);
    expect(found.roles).toHaveLength(1);
    expect(found.tenants).toEqual([{ slug: 'ogan-komering-ilir' }]);
    expect(found.users).toEqual([{ email: 'kominfo@okikab.go.id' }]);
    expect(found.invitations).toHaveLength(1);
  });
});
