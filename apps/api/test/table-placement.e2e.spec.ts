import { getDataSourceToken } from '@nestjs/typeorm';
import { TenantProvisioner } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, startApiTestEnvironment } from './support/api-harness';

/**
 * Every table of the whole product (all modules, as the API wires them) lives where it must:
 * platform tables in `platform`, tenant tables in each tenant schema and nowhere else.
 */
describe('Where every table lives', () => {
  let env: ApiTestEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await startApiTestEnvironment('tables');
    dataSource = env.api.app.get<DataSource>(getDataSourceToken());
    const provisioner = env.api.app.get(TenantProvisioner);
    for (const regionCode of ['96.01', '96.03']) {
      await provisioner.provision({ regionCode, adminEmail: `admin-${regionCode}@example.go.id`, adminName: 'Admin' });
    }
  });
  afterAll(() => env.teardown());

  it('keeps every table where it must live: platform tables in platform, tenant tables in tenant schemas only', async () => {
    const tables: { schema: string; name: string }[] = await dataSource.query(`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`);
    const platformEntities = dataSource.entityMetadatas.filter((m) => m.schema === 'platform').map((m) => m.tableName);
    const tenantEntities = dataSource.entityMetadatas.filter((m) => !m.schema).map((m) => m.tableName);
    const tenantSchemas = new Set(tables.map((row) => row.schema).filter((schema) => /^t_\d{2}(_\d{2})?$/.test(schema)));
    expect([...tenantSchemas].sort()).toEqual(['t_96_01', 't_96_03']);
    for (const { schema, name } of tables) {
      if (schema === 'platform') {
        expect(['migrations', ...platformEntities]).toContain(name);
      } else {
        expect(tenantSchemas.has(schema)).toBe(true);
        expect(['migrations', ...tenantEntities]).toContain(name);
      }
    }
    for (const schema of tenantSchemas) {
      const names = tables.filter((row) => row.schema === schema).map((row) => row.name);
      expect(names.sort()).toEqual(['migrations', ...tenantEntities].sort());
    }
    expect(tables.filter((row) => row.schema === 'platform').map((row) => row.name).sort()).toEqual(
      ['migrations', ...platformEntities].sort(),
    );
  });
});
