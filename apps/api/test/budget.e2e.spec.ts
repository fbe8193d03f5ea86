import { randomUUID } from 'node:crypto';
import { Budget, ErrorResponse } from '@sinergi/contracts';
import { BudgetService } from '@sinergi/server/budget';
import { TenantDatabase } from '@sinergi/server/core';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const SLUG = 'lampung-barat';
const YEAR = 2026;

describe('Budget (pagu): revisions with history, commitments that never overrun it', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  const inTenant = async <T>(work: (budgets: BudgetService) => Promise<T>): Promise<T> => {
    const { handle } = (await env.api.app.get(TenantRegistry).resolve(SLUG))!;
    return env.api.app.get(TenantDatabase).run(handle, () => work(env.api.app.get(BudgetService)));
  };
  const order = () => ({ type: 'order' as const, id: randomUUID() });

  beforeAll(async () => {
    env = await startApiTestEnvironment('budget');
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === SLUG));
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail(SLUG), DEMO_PASSWORD), 'en');
  });
  afterAll(() => env.teardown());

  it('refuses a commitment before any pagu exists, and a pagu whose split does not add up', async () => {
    await expect(inTenant((b) => b.commit({ fiscalYear: YEAR, mediaType: 'online', amount: 1000, outletId: null, ref: order() }))).rejects.toMatchObject({ code: 'SETTINGS_MISSING' });
    const bad = await admin.raw<ErrorResponse>('PUT', `/api/t/${SLUG}/budgets/${YEAR}`, {
      kind: 'dpa',
      effectiveOn: '2025-12-30',
      total: 1_000_000,
      byMediaType: { online: 600_000, 'print-daily': 300_000, carrier: 5 },
    });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.details.map((d) => d.field).sort()).toEqual(['byMediaType', 'byMediaType.carrier', 'effectiveOn']);
    expect((await admin.raw<ErrorResponse>('PUT', `/api/t/${SLUG}/budgets/${YEAR}`, { kind: 'dpa', effectiveOn: '2026-01-02', total: -5 })).status).toBe(400);
  });

  it('keeps the DPA and the APBD-P revision; commitments move from committed to realised or released', async () => {
    // Lampung Utara 2021: Rp1.39 billion split online / daily / weekly.
    const dpa = await admin.raw<Budget>('PUT', `/api/t/${SLUG}/budgets/${YEAR}`, {
      kind: 'dpa',
      documentNumber: 'DPA-SKPD 2.16.01',
      effectiveOn: '2026-01-02',
      total: 1_390_000_000,
      byMediaType: { online: 600_000_000, 'print-daily': 668_000_000, 'print-weekly': 122_000_000 },
    });
    expect(dpa.status).toBe(200);
    expect(dpa.body.current).toMatchObject({ revision: 1, kind: 'dpa', total: 1_390_000_000 });

    const paid = order();
    const dropped = order();
    await inTenant(async (b) => {
      await b.commit({ fiscalYear: YEAR, mediaType: 'online', amount: 1_200_000, outletId: null, ref: paid });
      await b.commit({ fiscalYear: YEAR, mediaType: 'online', amount: 500_000, outletId: null, ref: dropped });
      await b.commit({ fiscalYear: YEAR, mediaType: 'print-daily', amount: 5_000_000, outletId: null, ref: order() });
      await b.realise(paid, { amount: 1_200_000, on: '2026-03-15' });
      await b.release(dropped);
      await b.release(dropped); // a second release changes nothing
    });
    await expect(inTenant((b) => b.realise(dropped, { amount: 500_000, on: '2026-03-15' }))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(inTenant((b) => b.release(paid))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    const budget = (await admin.get<Budget>(`/api/t/${SLUG}/budgets/${YEAR}`)).body;
    expect(budget.total).toEqual({ pagu: 1_390_000_000, committed: 5_000_000, realised: 1_200_000, available: 1_383_800_000 });
    expect(budget.byMediaType.find((r) => r.mediaType === 'online')).toEqual({ mediaType: 'online', pagu: 600_000_000, committed: 0, realised: 1_200_000, available: 598_800_000 });
    expect((await admin.get(`/api/t/${SLUG}/budgets/${YEAR}/absorption`)).body).toEqual([{ month: 3, mediaType: 'online', realised: 1_200_000 }]);

    // APBD-P: the weekly share is cut, the online share grows; history keeps both.
    const revised = await admin.raw<Budget>('PUT', `/api/t/${SLUG}/budgets/${YEAR}`, {
      kind: 'apbd-p',
      effectiveOn: '2026-09-01',
      total: 1_400_000_000,
      byMediaType: { online: 700_000_000, 'print-daily': 668_000_000, 'print-weekly': 32_000_000 },
      note: 'Perubahan APBD 2026',
    });
    expect(revised.status).toBe(200);
    expect(revised.body.revisions.map((r) => [r.revision, r.kind, r.total])).toEqual([
      [2, 'apbd-p', 1_400_000_000],
      [1, 'dpa', 1_390_000_000],
    ]);
    // Not below what is already committed: the daily share holds 5,000,000.
    const tooLow = await admin.raw<ErrorResponse>('PUT', `/api/t/${SLUG}/budgets/${YEAR}`, {
      kind: 'other',
      effectiveOn: '2026-10-01',
      total: 1_400_000_000,
      byMediaType: { online: 1_397_000_000, 'print-daily': 3_000_000 },
    });
    expect([tooLow.status, tooLow.body.code]).toEqual([422, 'BUDGET_EXCEEDED']);
    expect(tooLow.body.details[0]).toMatchObject({ field: 'byMediaType.print-daily', committed: 5_000_000 });
  });

  it('refuses an order beyond the share of its media type with the figures, and a type without a share', async () => {
    const error = await inTenant((b) => b.commit({ fiscalYear: YEAR, mediaType: 'print-weekly', amount: 32_000_001, outletId: null, ref: order() })).catch((e) => e);
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(error.details[0]).toMatchObject({ mediaType: 'print-weekly', pagu: 32_000_000, available: 32_000_000, requested: 32_000_001 });
    await expect(inTenant((b) => b.commit({ fiscalYear: YEAR, mediaType: 'tv', amount: 1, outletId: null, ref: order() }))).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
  });

  it('lets concurrent commitments take the last rupiah once, never twice', async () => {
    // 20 orders of 2,000,000 race for the 32,000,000 weekly share: exactly 16 fit.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => inTenant((b) => b.commit({ fiscalYear: YEAR, mediaType: 'print-weekly', amount: 2_000_000, outletId: null, ref: order() }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(16);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill('BUDGET_EXCEEDED'));
    const weekly = (await admin.get<Budget>(`/api/t/${SLUG}/budgets/${YEAR}`)).body.byMediaType.find((r) => r.mediaType === 'print-weekly');
    expect(weekly).toMatchObject({ pagu: 32_000_000, committed: 32_000_000, available: 0 });
  });

  it('answers 401 to an anonymous caller and 400 to a malformed year', async () => {
    expect((await client(env.api.url).get(`/api/t/${SLUG}/budgets/${YEAR}`)).status).toBe(401);
    expect((await admin.get<ErrorResponse>(`/api/t/${SLUG}/budgets/abc`)).body.code).toBe('VALIDATION_FAILED');
  });
});
