/**
 * The realistic volume of one tenant's year for npm run bench:orders, written straight into its
 * schema with set-based SQL (the product's services would take hours for 552 tenants): 200 partner
 * outlets with final applications and agreements, 5,000 orders, their proofs (all but the 100 locked
 * orders), 1,000 claims of three orders each with their lines, payments for 70% of them, the budget
 * ledger, and an approval instance per claim. Shapes follow the migrations; amounts are consistent
 * (claims sum their orders, payments equal the claims' net, realised budget equals paid orders).
 */
export const YEAR = 2026;
export const OUTLETS_PER_TENANT = 200;
export const ORDERS_PER_TENANT = 5_000;
export const PLATFORM_OUTLETS = 2_000;

/** Platform rows: press companies with one outlet each, shared by the tenants. */
export function platformMediaSql(): string {
  return `
    insert into platform.media_companies (id, legal_name, legal_form, pkp, npwp)
    select gen_random_uuid(), 'PT Media Bench ' || lpad(g::text, 4, '0'), 'PT', g % 3 <> 0, case when g % 10 <> 0 then '01.234.567.8-' || lpad(g::text, 3, '0') || '.000' end
      from generate_series(1, ${PLATFORM_OUTLETS}) g;
    insert into platform.media_outlets (company_id, name, media_type, url)
    select id, replace(lower(legal_name), 'pt media bench ', 'beritabench') || '.id',
           (array['online','online','online','print-daily','print-weekly','tv','radio','social-media'])[1 + (row_number() over (order by id))::int % 8],
           'https://' || replace(lower(legal_name), 'pt media bench ', 'beritabench') || '.id'
      from platform.media_companies where legal_name like 'PT Media Bench %';
  `;
}

const TITLES = [
  'Pemkab Gelar Musrenbang Tingkat Kecamatan',
  'Bupati Resmikan Jalan Poros Desa',
  'Diskominfo Latih Admin Media Sosial OPD',
  'Festival Budaya Pesisir Dibuka Meriah',
  'Capaian Vaksinasi Lampaui Target Provinsi',
  'Pemda Salurkan Bantuan Bibit kepada Petani',
  'Sosialisasi Perbup Kerja Sama Media',
  'Peringatan Hari Jadi Kabupaten',
];

/** A platform outlet as a tenant's applications copy it (read by the caller, passed in as a parameter). */
export type BenchOutlet = { id: string; company_id: string; name: string; media_type: string; legal_name: string };

/** The platform's bench outlets in a stable order; each tenant takes OUTLETS_PER_TENANT of them (outletsOf). */
export const PLATFORM_OUTLETS_SQL = `
  select o.id, o.company_id, o.name, o.media_type, c.legal_name
    from platform.media_outlets o join platform.media_companies c on c.id = o.company_id
   where o.name like 'beritabench%' order by o.id`;

export function outletsOf(all: BenchOutlet[], tenantIndex: number): BenchOutlet[] {
  const offset = (tenantIndex * 37) % (PLATFORM_OUTLETS - OUTLETS_PER_TENANT);
  return all.slice(offset, offset + OUTLETS_PER_TENANT);
}

/**
 * The tenant's final applications, one per outlet: the first statement of a tenant's year, run
 * inside the tenant (its role cannot read the platform's tables) with the outlets as parameter $1.
 */
export const TENANT_APPLICATIONS_SQL = `
    insert into applications (fiscal_year, company_id, company_name, outlet_id, outlet_name, media_type, configuration_id, status, evaluation, requirements, tier, score, submitted_by)
    select ${YEAR}, o.company_id, o.legal_name, o.id, o.name, o.media_type, (select id from partnership_configurations limit 1), 'final', '{}', '[]',
           (array['A','B','C'])[1 + (row_number() over (order by o.id))::int % 3], 70, 'bench'
      from jsonb_to_recordset($1::jsonb) as o(id uuid, company_id uuid, name text, media_type text, legal_name text)`;

/** The tenant's configuration, before its applications (TENANT_APPLICATIONS_SQL). */
export function tenantConfigurationSql(): string {
  return `
    insert into partnership_configurations (fiscal_year, version, legal_basis, owning_unit, unit_code, letterhead, agreement_signatory, factual_visit, content, calendar, created_by)
    values (${YEAR}, 1, 'Peraturan Bupati Nomor 54 Tahun 2018', 'Dinas Komunikasi dan Informatika', 'DISKOMINFO',
      '{"governmentName":"PEMERINTAH KABUPATEN BENCH","unitName":"DINAS KOMUNIKASI DAN INFORMATIKA","address":"Jl. Merdeka 1","phone":null,"email":null,"website":null}',
      '{"name":"Kepala Dinas","nip":null,"position":"Kepala Dinas"}', false, '{}', '{}', 'bench');`;
}

/** The rest of one tenant's year, after its applications, as one script run inside the tenant. */
export function tenantYearSql(): string {
  const titles = `array[${TITLES.map((t) => `'${t}'`).join(',')}]`;
  return `
    insert into agreements (number, fiscal_year, application_id, company_id, company_name, outlet_id, outlet_name, media_type, tier, starts_on, ends_on, signed_on, document_hash, created_by)
    select lpad((row_number() over (order by id))::text, 3, '0') || '/PKS/DISKOMINFO/${YEAR}', ${YEAR}, id, company_id, company_name, outlet_id, outlet_name, media_type, tier,
           '${YEAR}-01-02', '${YEAR}-12-31', '${YEAR}-01-02', repeat('0', 64), 'bench'
      from applications;

    insert into orders (number, fiscal_year, agreement_id, company_id, company_name, outlet_id, outlet_name, media_type, tier, product_code, product_name, product_kind,
                        unit, quantity, unit_price, price_source, amount, title, body, publish_from, publish_until, proof_deadline, status, settings_version, document_hash,
                        created_by, created_at)
    select lpad((g + 1)::text, 4, '0') || '/SP/DISKOMINFO/${YEAR}', ${YEAR}, a.id, a.company_id, a.company_name, a.outlet_id, a.outlet_name, a.media_type, a.tier,
           'ADV', 'Advertorial', 'advertorial', 'item', q, p, 'tier', p * q, (${titles})[1 + g % ${TITLES.length}], 'Materi publikasi', d, d + 2, d + 4,
           case when g % 50 = 49 then 'locked' when g % 20 < 2 then 'proof-submitted' when g % 20 = 2 then 'proof-returned'
                when g % 20 < 8 then 'proof-accepted' else 'claimed' end,
           1, repeat('0', 64), 'operator@bench', (d - 3)::timestamptz + make_interval(secs => g)
      from generate_series(0, ${ORDERS_PER_TENANT - 1}) g
      join (select row_number() over (order by id) - 1 as i, * from agreements) a on a.i = g / ${ORDERS_PER_TENANT / OUTLETS_PER_TENANT}
      cross join lateral (select date '${YEAR}-01-06' + (g * 7 % 330) as d, 1 + g % 3 as q,
                                 (array[300000, 400000, 500000, 1200000])[1 + g % 4] as p) x;

    insert into proofs (order_id, status, fields, published_on, submitted_by, submitted_at, reviewed_by, reviewed_at)
    select id, case status when 'proof-submitted' then 'submitted' when 'proof-returned' then 'returned' else 'accepted' end,
           jsonb_build_object('url', 'https://' || outlet_name || '/berita/' || number, 'publishedOn', publish_from::text), publish_from,
           'redaksi@bench', publish_from::timestamptz + interval '1 day',
           case when status <> 'proof-submitted' then 'operator@bench' end, case when status <> 'proof-submitted' then publish_from::timestamptz + interval '2 days' end
      from orders where status <> 'locked';

    insert into tax_settings (fiscal_year, version, ppn_rate_bp, ppn_base_numerator, ppn_base_denominator, pph23_rate_bp, pph23_rate_without_npwp_bp, ppn_collection_threshold, legal_basis, created_by)
    values (${YEAR}, 1, 1200, 11, 12, 200, 400, 2000000, 'PMK 131/2024; PMK 141/2015', 'bench');

    create temp table bench_claims on commit drop as
    select gen_random_uuid() as id, agreement_id, k, array_agg(id order by number) as order_ids, sum(amount)::bigint as gross, max(publish_until) as last_day,
           case when k % 10 < 7 then 'paid' when k % 10 < 8 then 'approved' else 'submitted' end as status
      from (select id, agreement_id, number, amount, publish_until,
                   (dense_rank() over (order by agreement_id) - 1) * 5 + (row_number() over (partition by agreement_id order by number) - 1) / 3 as k
              from orders where status = 'claimed') x
     group by agreement_id, k;

    insert into claims (id, number, fiscal_year, company_id, company_name, outlet_id, outlet_name, media_type, agreement_id, status, gross, net, taxes, tax_settings_id,
                        submitted_by, submitted_at, approved_at, paid_at)
    select b.id, lpad((row_number() over (order by b.k))::text, 4, '0') || '/TAG/DISKOMINFO/${YEAR}', ${YEAR}, a.company_id, a.company_name, a.outlet_id, a.outlet_name, a.media_type,
           a.id, b.status, b.gross, b.gross - t.ppn - t.pph, jsonb_build_object('gross', b.gross, 'pkp', true, 'hasNpwp', true, 'ppnBase', t.base, 'ppn', t.ppn,
           'ppnCollected', true, 'ppnWithheld', t.ppn, 'pph23RateBp', 200, 'pph23', t.pph, 'net', b.gross - t.ppn - t.pph),
           (select id from tax_settings limit 1), 'redaksi@bench', b.last_day::timestamptz + interval '5 days',
           case when b.status <> 'submitted' then b.last_day::timestamptz + interval '12 days' end,
           case when b.status = 'paid' then b.last_day::timestamptz + interval '20 days' end
      from bench_claims b join agreements a on a.id = b.agreement_id
      cross join lateral (select round(b.gross * 100.0 / 111)::bigint as base) tb
      cross join lateral (select tb.base, b.gross - tb.base as ppn, round(tb.base * 0.02)::bigint as pph) t;

    insert into claim_lines (claim_id, position, proof_id, order_id, order_number, product_code, product_name, quantity, unit_price, amount, published_on)
    select b.id, l.n, p.id, o.id, o.number, o.product_code, o.product_name, o.quantity, o.unit_price, o.amount, o.publish_from
      from bench_claims b cross join lateral unnest(b.order_ids) with ordinality l(order_id, n)
      join orders o on o.id = l.order_id join proofs p on p.order_id = o.id;

    update orders o set claim_id = b.id, status = case when b.status = 'paid' then 'paid' else 'claimed' end
      from bench_claims b where o.id = any (b.order_ids);

    insert into payments (claim_id, idempotency_key, request_hash, sp2d_number, sp2d_date, amount, tax_receipts, recorded_by, recorded_at)
    select id, 'bench-' || id, repeat('0', 64), lpad((row_number() over (order by paid_at))::text, 5, '0') || '/SP2D/LS/${YEAR}', (paid_at at time zone 'Asia/Jakarta')::date, net,
           jsonb_build_array(jsonb_build_object('kind', 'ppn', 'ntpn', 'NTPN' || left(md5(id::text), 12), 'amount', (taxes->>'ppnWithheld')::bigint, 'paidOn', (paid_at at time zone 'Asia/Jakarta')::date),
                             jsonb_build_object('kind', 'pph23', 'ntpn', 'NTPN' || right(md5(id::text), 12), 'amount', (taxes->>'pph23')::bigint, 'paidOn', (paid_at at time zone 'Asia/Jakarta')::date)),
           'bendahara@bench', paid_at
      from claims where status = 'paid';

    insert into budget_revisions (fiscal_year, revision, kind, document_number, effective_on, total, by_media_type, created_by)
    values (${YEAR}, 1, 'dpa', 'DPA-SKPD 2.16.01', '${YEAR}-01-02', 20000000000, null, 'bench');

    insert into budget_commitments (fiscal_year, media_type, ref_type, ref_id, outlet_id, amount, status, committed_at, realised_on, realised_amount, released_at)
    select o.fiscal_year, o.media_type, 'order', o.id, o.outlet_id, o.amount,
           case o.status when 'paid' then 'realised' when 'locked' then 'released' else 'committed' end, o.created_at,
           case when o.status = 'paid' then p.sp2d_date end, case when o.status = 'paid' then o.amount end,
           case when o.status = 'locked' then o.proof_deadline::timestamptz end
      from orders o left join payments p on p.claim_id = o.claim_id;

    insert into approval_chains (kind, version, steps, created_by)
    values ('claim', 1, '[{"key":"pptk","role":"approving-official","label":"PPTK","deadlineDays":3},{"key":"bendahara","role":"treasurer","label":"Bendahara","deadlineDays":3}]', 'bench');

    insert into approval_instances (kind, subject_id, subject_label, chain_id, chain_version, status, steps, facts, step_index, step_role, submitted_by_name,
                                    started_at, step_since, due_at, finished_at)
    select 'claim', c.id, c.number, (select id from approval_chains limit 1), 1, case when c.status = 'submitted' then 'in-progress' else 'approved' end,
           (select steps from approval_chains limit 1), jsonb_build_object('amount', c.gross, 'mediaType', c.media_type),
           case when c.status = 'submitted' then (row_number() over (order by c.id))::int % 2 end,
           case when c.status = 'submitted' then (array['approving-official', 'treasurer'])[1 + (row_number() over (order by c.id))::int % 2] end,
           'redaksi@bench', c.submitted_at, case when c.status = 'submitted' then c.submitted_at end,
           case when c.status = 'submitted' then c.submitted_at + interval '3 days' end, c.approved_at
      from claims c;

    insert into approval_actions (instance_id, round, step_key, role, action, actor_name, resulting_version, at)
    select id, 1, null, null, 'submit', 'redaksi@bench', 1, started_at from approval_instances
    union all
    select id, 1, 'pptk', 'approving-official', 'approve', 'pptk@bench', 2, started_at + interval '1 day' from approval_instances where status = 'approved' or step_index = 1
    union all
    select id, 1, 'bendahara', 'treasurer', 'approve', 'bendahara@bench', 3, finished_at from approval_instances where status = 'approved';
  `;
}
