import { DEFAULT_PAGE_SIZE, OrderQuery, OrderSummary, Page, RELEASED_ORDER_STATUSES, TenantDashboard } from '@sinergi/contracts';
import { BudgetService } from '@sinergi/server/budget';
import { TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { PublicationService } from '@sinergi/server/publication';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const SLUG = 'lampung-barat';
const YEAR = 2026;
const STATUSES = ['issued', 'accepted', 'declined', 'cancelled', 'proof-submitted', 'proof-returned', 'proof-accepted', 'locked', 'claimed', 'paid'];
const MEDIA = ['online', 'print-daily', 'radio'];
// Titles with capitals, LIKE's wildcards and a backslash: the search must treat them as text.
const TITLES = ['Bupati Resmikan Pasar Rakyat', 'Diskon 50% di Festival_Budaya', 'Musrenbang KECAMATAN', 'Jalan C:\\Desa Baru'];

/**
 * The open-orders list (one statement: filters, sort, page and total) and the dashboard's sums
 * (read from running totals kept by triggers) against the same figures computed straight from
 * the rows, over a varied year of orders and commitments changed in every way the product does.
 */
describe('Order list and dashboard figures at volume', () => {
  let env: ApiTestEnvironment;
  let admin: ReturnType<typeof client>;
  const inTenant = async <T>(work: (run: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> => {
    const { handle } = (await env.api.app.get(TenantRegistry).resolve(SLUG))!;
    const tenantDb = env.api.app.get(TenantDatabase);
    return tenantDb.run(handle, () => work((sql, params) => tenantDb.manager().query(sql, params)));
  };
  const inTenantService = async <T>(work: () => Promise<T>): Promise<T> => inTenant(() => work());

  beforeAll(async () => {
    env = await startApiTestEnvironment('order-figures');
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === SLUG));
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail(SLUG), DEMO_PASSWORD), 'en');
    await inTenant(async (sql) => {
      // 12 outlets, 240 orders spread over statuses, media, dates, amounts and titles.
      await sql(
        `insert into orders (number, fiscal_year, agreement_id, company_id, company_name, outlet_id, outlet_name, media_type, tier, product_code, product_name, product_kind,
                             unit, quantity, unit_price, price_source, amount, title, body, publish_from, publish_until, proof_deadline, status, settings_version, document_hash,
                             created_by, created_at)
         select lpad(g::text, 3, '0') || '/SP/TEST/${YEAR}', case when g % 17 = 0 then ${YEAR - 1} else ${YEAR} end, gen_random_uuid(),
                ('00000000-0000-4000-8000-' || lpad((g % 12)::text, 12, '0'))::uuid, 'PT Media ' || (g % 12),
                ('10000000-0000-4000-8000-' || lpad((g % 12)::text, 12, '0'))::uuid, 'Berita' || (g % 12) || '.id', ($1::text[])[1 + g % 3], 'A',
                case when g % 5 = 0 then 'BNR' else 'ADV' end, 'Advertorial', 'advertorial', 'item', 1 + g % 3, 100000 * (1 + g % 7), 'tier', 100000 * (1 + g % 7) * (1 + g % 3),
                ($2::text[])[1 + g % 4], 'isi', date '${YEAR}-01-05' + (g * 3 % 330), date '${YEAR}-01-05' + (g * 3 % 330) + 2, date '${YEAR}-01-05' + (g * 3 % 330) + 6,
                ($3::text[])[1 + (g * 7) % 10], 1, repeat('0', 64), 'test', timestamptz '${YEAR}-01-01 08:00:00+07' + make_interval(hours => (g * 37) % 2000)
           from generate_series(1, 240) g`,
        [MEDIA, TITLES, STATUSES],
      );
      await sql(
        `insert into budget_revisions (fiscal_year, revision, kind, document_number, effective_on, total, by_media_type, created_by)
         values ($1, 1, 'dpa', 'DPA 1', '${YEAR}-01-02', 900000000, null, 'test'),
                ($1, 2, 'apbd-p', null, '${YEAR}-09-01', 1000000000, '{"online": 500000000, "print-daily": 300000000, "radio": 200000000}', 'test')`,
        [YEAR],
      );
      await sql(
        `insert into budget_commitments (fiscal_year, media_type, ref_type, ref_id, outlet_id, amount, status, realised_on, realised_amount)
         select fiscal_year, media_type, 'order', id, outlet_id, amount,
                case status when 'paid' then 'realised' when 'locked' then 'released' when 'declined' then 'released' when 'cancelled' then 'released' else 'committed' end,
                case when status = 'paid' then publish_until + 20 end, case when status = 'paid' then amount end
           from orders`,
      );
    });
  });
  afterAll(() => env.teardown());

  type Row = OrderSummary & { fiscalYear: number };
  /** The list over HTTP, as the staff console asks for it. */
  const list = async (query: OrderQuery): Promise<Page<OrderSummary>> => {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
    const response = await admin.get<Page<OrderSummary>>(`/api/t/${SLUG}/orders?${search}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const everyOrder = async (): Promise<Row[]> => {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const batch = await list({ page, pageSize: 100, sort: 'number', direction: 'asc' });
      rows.push(...(batch.items as Row[]));
      if (batch.items.length < 100) return rows;
    }
  };

  /** What the list must answer, computed from every order in plain JS. */
  function expected(rows: Row[], query: OrderQuery): Page<string> {
    const q = query.q?.trim().toLowerCase();
    const kept = rows.filter(
      (o) =>
        (!query.fiscalYear || o.fiscalYear === query.fiscalYear) &&
        (!query.status?.length || query.status.includes(o.status)) &&
        (!query.mediaType || o.outlet.mediaType === query.mediaType) &&
        (!query.outletId || o.outlet.id === query.outletId) &&
        (!query.productCode || o.product.code === query.productCode) &&
        (!query.publishFrom || o.publishUntil >= query.publishFrom) &&
        (!query.publishTo || o.publishFrom <= query.publishTo) &&
        (!q || `${o.number} ${o.title} ${o.outlet.name}`.toLowerCase().includes(q)),
    );
    const key = (o: Row): string | number => ({ createdAt: o.createdAt, publishFrom: o.publishFrom, amount: o.amount, number: o.number })[query.sort ?? 'createdAt'];
    const direction = query.direction ?? (query.sort && query.sort !== 'createdAt' ? 'asc' : 'desc');
    kept.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return (direction === 'asc' ? order : -order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    return { items: kept.slice((page - 1) * pageSize, page * pageSize).map((o) => o.id), page, pageSize, total: kept.length };
  }

  it('lists with every filter, sort and page exactly as the rows say, in the summary shape', async () => {
    const rows = await everyOrder();
    expect(rows).toHaveLength(240);
    const open: OrderQuery['status'] = ['proof-submitted', 'proof-returned', 'proof-accepted'];
    const outletId = rows[3]!.outlet.id;
    const queries: OrderQuery[] = [
      {},
      { fiscalYear: YEAR, status: open },
      { fiscalYear: YEAR, status: open, sort: 'createdAt', direction: 'asc', page: 2, pageSize: 7 },
      { fiscalYear: YEAR, status: open, mediaType: 'online', sort: 'publishFrom' },
      { fiscalYear: YEAR, status: open, q: 'musrenbang', sort: 'amount', direction: 'desc' },
      { q: '50%' },
      { q: 'festival_budaya' },
      { q: '_' },
      { q: 'c:\\desa' },
      { q: '  PASAR rakyat ', sort: 'number', direction: 'desc', pageSize: 5, page: 3 },
      { q: 'berita3.id' },
      { fiscalYear: YEAR, status: ['proof-submitted'], sort: 'number', direction: 'asc' },
      { fiscalYear: YEAR, publishFrom: `${YEAR}-03-01`, publishTo: `${YEAR}-06-30`, sort: 'publishFrom', direction: 'desc' },
      { fiscalYear: YEAR - 1 },
      { outletId, productCode: 'ADV', sort: 'amount' },
      { fiscalYear: YEAR, status: open, page: 50, pageSize: 20 },
      { status: ['paid', 'claimed'], mediaType: 'radio', sort: 'amount', direction: 'asc', pageSize: 100 },
    ];
    for (const query of queries) {
      const page = await list(query);
      expect({ query, page: { ...page, items: page.items.map((o) => o.id) } }).toEqual({ query, page: expected(rows, query) });
    }

    // Over HTTP: the same page, and every field of a summary as the single-order endpoint shows it.
    const http = await admin.get<Page<OrderSummary>>(`/api/t/${SLUG}/orders?fiscalYear=${YEAR}&status=${open.join(',')}&q=Musrenbang&sort=amount&direction=desc&pageSize=3`);
    expect(http.body.items.map((o) => o.id)).toEqual(expected(rows, { fiscalYear: YEAR, status: open, q: 'Musrenbang', sort: 'amount', direction: 'desc', pageSize: 3 }).items);
    for (const summary of http.body.items) {
      const full = (await admin.get<OrderSummary>(`/api/t/${SLUG}/orders/${summary.id}`)).body;
      expect(Object.fromEntries(Object.keys(summary).map((k) => [k, full[k as keyof OrderSummary]]))).toEqual(summary);
    }
  });

  /** The dashboard's sums computed straight from orders and commitments (the queries they replace). */
  const truth = () =>
    inTenant(async (sql) => ({
      spend: (
        await sql(
          `select outlet_id, min(outlet_name) as outlet_name, min(media_type) as media_type, count(*) filter (where status not in ('declined', 'cancelled'))::int as orders,
                  coalesce(sum(amount) filter (where status <> all($2::varchar[]) and status <> 'paid'), 0)::bigint as committed,
                  coalesce(sum(amount) filter (where status = 'paid'), 0)::bigint as paid
             from orders where fiscal_year = $1 group by outlet_id order by 5 desc, 2`,
          [YEAR, [...RELEASED_ORDER_STATUSES]],
        )
      ).map((r) => ({ outletId: r.outlet_id, outletName: r.outlet_name, mediaType: r.media_type, orders: r.orders, committed: Number(r.committed), paid: Number(r.paid) })),
      budget: (
        await sql(
          `select media_type, coalesce(sum(amount) filter (where status = 'committed'), 0)::bigint as committed, coalesce(sum(realised_amount) filter (where status = 'realised'), 0)::bigint as realised
             from budget_commitments where fiscal_year = $1 group by media_type order by 1`,
          [YEAR],
        )
      ).map((r) => ({ mediaType: r.media_type, committed: Number(r.committed), realised: Number(r.realised) })),
      absorption: (
        await sql(
          `select extract(month from realised_on)::int as month, media_type, sum(realised_amount)::bigint as realised
             from budget_commitments where fiscal_year = $1 and status = 'realised' group by 1, 2 order by 1, 2`,
          [YEAR],
        )
      ).map((r) => ({ month: r.month, mediaType: r.media_type, realised: Number(r.realised) })),
    }));
  const figures = () =>
    inTenantService(async () => {
      const budgets = env.api.app.get(BudgetService);
      const summary = await budgets.summary(YEAR);
      const dashboard = await budgets.dashboardFigures(YEAR);
      // The budget's own screens and the dashboard read the same totals.
      expect(dashboard).toEqual({ summary, absorption: await budgets.absorptionByMonth(YEAR) });
      return {
        spend: (await env.api.app.get(PublicationService).dashboardFigures(YEAR, {})).spendPerOutlet,
        budget: summary.byMediaType.map((r) => ({ mediaType: r.mediaType, committed: r.committed, realised: r.realised })).sort((a, b) => a.mediaType.localeCompare(b.mediaType)),
        absorption: dashboard.absorption,
      };
    });

  it('keeps the dashboard sums exact through inserts, single and bulk updates, and deletes', async () => {
    expect((await truth()).spend).toHaveLength(12);
    expect(await figures()).toEqual(await truth());

    await inTenant(async (sql) => {
      // One order at a time, as the product moves them; then bulk moves as the locker and billing do.
      const [first] = await sql(`select id from orders where status = 'proof-accepted' and fiscal_year = $1 order by number limit 1`, [YEAR]);
      await sql(`update orders set status = 'claimed', version = version + 1 where id = $1`, [first.id]);
      await sql(`update orders set status = 'paid' where id = $1`, [first.id]);
      await sql(`update budget_commitments set status = 'realised', realised_on = '${YEAR}-07-31', realised_amount = amount where ref_id = $1`, [first.id]);
      await sql(`update orders set status = 'locked' where status in ('issued', 'accepted') and fiscal_year = $1 and publish_from < '${YEAR}-04-01'`, [YEAR]);
      await sql(`update budget_commitments set status = 'released' where ref_id in (select id from orders where status = 'locked') and status = 'committed'`);
      await sql(`update orders set version = version + 1, updated_at = now()`); // changes no figure
      await sql(`update orders set amount = amount + 1000, unit_price = unit_price + 1000, quantity = 1 where number like '00%'`);
      await sql(`update orders set outlet_id = $1, outlet_name = 'Berita0.id' where number = '011/SP/TEST/${YEAR}'`, ['10000000-0000-4000-8000-000000000000']);
      await sql(`delete from budget_commitments where ref_id in (select id from orders where status = 'cancelled' limit 3)`);
      await sql(`delete from orders where status = 'declined'`);
      await sql(
        `insert into orders (number, fiscal_year, agreement_id, company_id, company_name, outlet_id, outlet_name, media_type, tier, product_code, product_name, product_kind,
                             unit, quantity, unit_price, price_source, amount, title, body, publish_from, publish_until, proof_deadline, status, settings_version, document_hash, created_by)
         values ('999/SP/TEST/${YEAR}', $1, gen_random_uuid(), gen_random_uuid(), 'PT Baru', '20000000-0000-4000-8000-000000000001', 'Baru.id', 'tv', 'B', 'ADV', 'Advertorial',
                 'advertorial', 'item', 1, 750000, 'tier', 750000, 'Baru', 'isi', '${YEAR}-08-01', '${YEAR}-08-02', '${YEAR}-08-09', 'issued', 1, repeat('0', 64), 'test')`,
        [YEAR],
      );
    });
    const after = await truth();
    expect(after.spend.some((r) => r.outletName === 'Baru.id')).toBe(true);
    expect(await figures()).toEqual(after);

    // A write that fails leaves no trace in the sums (the totals live in the writer's transaction).
    await expect(
      inTenant(async (sql) => {
        await sql(`update orders set status = 'paid' where fiscal_year = $1`, [YEAR]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await figures()).toEqual(after);

    // The dashboard over HTTP says the same, and pages the late proofs as the rows say.
    const dashboard = (await admin.get<TenantDashboard>(`/api/t/${SLUG}/dashboard?fiscalYear=${YEAR}`)).body;
    expect(dashboard.spendPerOutlet).toEqual(after.spend);
    expect(dashboard.absorption).toEqual(after.absorption);
    expect(dashboard.budget.current).toMatchObject({ revision: 2, kind: 'apbd-p', total: 1_000_000_000, byMediaType: { online: 500_000_000 } });
    const late = await inTenant((sql) =>
      sql(
        `select id from orders where fiscal_year = $1 and (status = 'locked' or (status in ('issued', 'accepted', 'proof-returned') and proof_deadline < $2::date))
          order by proof_deadline, id`,
        [YEAR, todayInJakarta()],
      ),
    );
    expect(late.length).toBeGreaterThan(10);
    expect([dashboard.overdueProofs.total, dashboard.overdueProofs.items.map((o) => o.orderId)]).toEqual([late.length, late.slice(0, 10).map((r) => r.id)]);
  });
});
