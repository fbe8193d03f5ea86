import { getDataSourceToken } from '@nestjs/typeorm';
import { TenantDatabase } from '@sinergi/server/core';
import { DEMO_TENANTS, seedDemoTenants } from '@sinergi/server/demo';
import { OutboxService } from '@sinergi/server/notification';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, startApiTestEnvironment } from './support/api-harness';

const A = 'pesisir-barat';
const B = 'lampung-barat';

describe("A tenant's unit of work writes its mail into the outbox in its own transaction", () => {
  let env: ApiTestEnvironment;
  const handle = async (slug: string) => (await env.api.app.get(TenantRegistry).resolve(slug))!.handle;
  const run = async <T>(slug: string, work: (manager: import('typeorm').EntityManager) => Promise<T>) =>
    env.api.app.get(TenantDatabase).run(await handle(slug), ({ manager }) => work(manager));
  const outbox = (subject: string) =>
    env.api.app.get<DataSource>(getDataSourceToken()).query(`select tenant_id, payload->>'to' as "to" from platform.outbox where payload->'data'->>'claimNumber' = $1`, [subject]);
  const mail = (subject: string) => ({
    template: 'claim-paid' as const,
    to: `${subject}@media.test`,
    language: 'id' as const,
    data: { name: 'Redaksi', companyName: 'PT Media', tenantName: 'Pesisir Barat', claimNumber: subject, sp2dNumber: '1/SP2D', sp2dDate: '2026-03-01', amount: 'Rp1.059.459', claimUrl: 'http://localhost/claims/1' },
  });

  beforeAll(async () => {
    env = await startApiTestEnvironment('tenant-outbox');
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === A || t.slug === B));
  });
  afterAll(() => env.teardown());

  it('commits the mail with the change, stamped with the writing tenant', async () => {
    await run(A, (manager) => env.api.app.get(OutboxService).enqueueTenantMail(manager, mail('committed')));
    expect(await outbox('committed')).toEqual([{ tenant_id: (await handle(A)).id, to: 'committed@media.test' }]);
  });

  it('sends nothing when the change rolls back', async () => {
    await expect(
      run(A, async (manager) => {
        await env.api.app.get(OutboxService).enqueueTenantMail(manager, mail('rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox('rolled-back')).toEqual([]);
  });

  it("cannot write in another tenant's name, nor read or change anyone's mail", async () => {
    const other = (await handle(B)).id;
    await run(A, (manager) => manager.query(`insert into platform.outbox (tenant_id, kind, payload) values ($1, 'mail', $2)`, [other, JSON.stringify(mail('spoofed'))]));
    expect(await outbox('spoofed')).toEqual([{ tenant_id: (await handle(A)).id, to: 'spoofed@media.test' }]);
    await expect(run(A, (manager) => manager.query('select payload from platform.outbox limit 1'))).rejects.toThrow(/permission denied/);
    await expect(run(A, (manager) => manager.query(`update platform.outbox set status = 'sent'`))).rejects.toThrow(/permission denied/);
    await expect(run(A, (manager) => manager.query('delete from platform.outbox'))).rejects.toThrow(/permission denied/);
  });
});
