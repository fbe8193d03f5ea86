import { Injectable } from '@nestjs/common';
import { Budget, BudgetAbsorptionRow, BudgetFigures, BudgetRevision, BudgetSummary, MEDIA_TYPES, MediaType, SetBudgetRequest } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { BudgetCommitmentEntity, BudgetRevisionEntity } from './budget.entities';

/** What a commitment belongs to; orders today, maybe other spending later. */
export type BudgetRef = { type: 'order'; id: string };

export type CommitInput = { fiscalYear: number; mediaType: MediaType; amount: number; outletId: string | null; ref: BudgetRef };

const formatRp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

/**
 * The pagu of each fiscal year and the ledger against it. An order commits its amount (refused when
 * the pagu, or its media type's share, cannot hold it), a payment realises it, a declined or lapsed
 * order releases it. Commits of one year are serialised on the year's current revision row, so two
 * orders placed at the same moment cannot both squeeze into the last rupiah.
 */
@Injectable()
export class BudgetService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly audit: AuditTrail,
  ) {}

  async set(fiscalYear: number, request: SetBudgetRequest, actor: RequestActor): Promise<Budget> {
    const problems = validateBudget(fiscalYear, request);
    if (problems.length) throw new AppException('VALIDATION_FAILED', undefined, problems);
    const manager = this.tenantDb.manager();
    const latest = await this.latestRevision(fiscalYear, true);
    const spent = await this.figures(fiscalYear);
    // A revision may cut the pagu, but not below what is already committed or paid.
    const used = spent.total.committed + spent.total.realised;
    if (request.total < used) {
      throw new AppException('BUDGET_EXCEEDED', { en: `The new pagu is below what is already committed and paid (${formatRp(used)}).`, id: `Pagu baru lebih kecil dari yang sudah terikat dan terbayar (${formatRp(used)}).` }, [
        { field: 'total', message: `committed ${used} > pagu ${request.total}`, pagu: request.total, committed: spent.total.committed, realised: spent.total.realised, requested: request.total },
      ]);
    }
    if (request.byMediaType) {
      for (const row of spent.byMediaType) {
        const share = request.byMediaType[row.mediaType] ?? 0;
        if (share < row.committed + row.realised) {
          throw new AppException('BUDGET_EXCEEDED', undefined, [
            { field: `byMediaType.${row.mediaType}`, message: `the ${row.mediaType} share ${share} is below what is already committed and paid (${row.committed + row.realised})`, mediaType: row.mediaType, pagu: share, committed: row.committed, realised: row.realised },
          ]);
        }
      }
    }
    const repo = manager.getRepository(BudgetRevisionEntity);
    const saved = await repo.save(
      repo.create({
        fiscalYear,
        revision: (latest?.revision ?? 0) + 1,
        kind: request.kind,
        documentNumber: request.documentNumber?.trim() || null,
        effectiveOn: request.effectiveOn,
        total: request.total,
        byMediaType: request.byMediaType ?? null,
        note: request.note?.trim() || null,
        createdBy: actor.name,
      }),
    );
    await this.audit.record(actor, {
      action: 'budget.revised',
      subject: { type: 'Budget', id: saved.id },
      details: { fiscalYear, revision: saved.revision, kind: saved.kind, total: saved.total, previousTotal: latest?.total ?? null },
    });
    return this.get(fiscalYear);
  }

  async get(fiscalYear: number): Promise<Budget> {
    const revisions = await this.tenantDb.repository(BudgetRevisionEntity).find({ where: { fiscalYear }, order: { revision: 'DESC' } });
    return { ...(await this.summary(fiscalYear)), revisions: revisions.map(toRevision) };
  }

  async summary(fiscalYear: number): Promise<BudgetSummary> {
    return this.figures(fiscalYear);
  }

  async commit(input: CommitInput): Promise<void> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'amount', message: 'the amount must be a positive whole number of rupiah' }]);
    }
    const current = await this.latestRevision(input.fiscalYear, true);
    if (!current) {
      throw new AppException('SETTINGS_MISSING', { en: `No budget (pagu) has been set for ${input.fiscalYear}.`, id: `Pagu anggaran ${input.fiscalYear} belum ditetapkan.` }, [
        { field: 'fiscalYear', message: `no pagu for ${input.fiscalYear}` },
      ]);
    }
    const repo = this.tenantDb.repository(BudgetCommitmentEntity);
    if (await repo.existsBy({ refType: input.ref.type, refId: input.ref.id })) {
      throw new AppException('CONFLICT', undefined, [{ field: 'ref', message: `${input.ref.type} ${input.ref.id} already holds a commitment` }]);
    }
    const figures = await this.figures(input.fiscalYear, current);
    const check = (scope: BudgetFigures, mediaType: MediaType | null) => {
      if (input.amount <= scope.available) return;
      const label = mediaType ? ` (${mediaType})` : '';
      throw new AppException(
        'BUDGET_EXCEEDED',
        {
          en: `This order of ${formatRp(input.amount)} would overrun the pagu${label}: ${formatRp(scope.available)} is left of ${formatRp(scope.pagu)}.`,
          id: `Pesanan senilai ${formatRp(input.amount)} melebihi pagu${label}: sisa ${formatRp(scope.available)} dari ${formatRp(scope.pagu)}.`,
        },
        [{ field: 'amount', message: `requested ${input.amount}, available ${scope.available}`, mediaType, pagu: scope.pagu, committed: scope.committed, realised: scope.realised, available: scope.available, requested: input.amount }],
      );
    };
    check(figures.total, null);
    if (current.byMediaType) {
      // A split pagu with no share for this media type holds nothing for it.
      const share = figures.byMediaType.find((row) => row.mediaType === input.mediaType) ?? { pagu: 0, committed: 0, realised: 0, available: 0 };
      check(share, input.mediaType);
    }
    await repo.insert({ fiscalYear: input.fiscalYear, mediaType: input.mediaType, refType: input.ref.type, refId: input.ref.id, outletId: input.outletId, amount: input.amount, status: 'committed' });
  }

  async release(ref: BudgetRef): Promise<void> {
    const repo = this.tenantDb.repository(BudgetCommitmentEntity);
    const row = await repo.findOne({ where: { refType: ref.type, refId: ref.id }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.status === 'released') return;
    if (row.status === 'realised') {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'ref', message: `${ref.type} ${ref.id} is already paid; its budget cannot be released` }]);
    }
    await repo.update({ id: row.id }, { status: 'released', releasedAt: new Date() });
  }

  async realise(ref: BudgetRef, payment: { amount: number; on: string }): Promise<void> {
    const repo = this.tenantDb.repository(BudgetCommitmentEntity);
    const row = await repo.findOne({ where: { refType: ref.type, refId: ref.id }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.status !== 'committed') {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'ref', message: `${ref.type} ${ref.id} has no open commitment (${row?.status ?? 'none'})` }]);
    }
    if (!Number.isSafeInteger(payment.amount) || payment.amount < 0 || payment.amount > row.amount) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'amount', message: `the realised amount must lie between 0 and the committed ${row.amount}` }]);
    }
    await repo.update({ id: row.id }, { status: 'realised', realisedAmount: payment.amount, realisedOn: payment.on });
  }

  /** Realised spending per month (of the SP2D date) and media type. */
  async absorptionByMonth(fiscalYear: number): Promise<BudgetAbsorptionRow[]> {
    const rows: { month: number; media_type: MediaType; realised: string }[] = await this.tenantDb.manager().query(ABSORPTION_SQL, [fiscalYear]);
    return rows.map((row) => ({ month: row.month, mediaType: row.media_type, realised: Number(row.realised) }));
  }

  /** The summary and the absorption by month together, in ONE statement (the dashboard's round trips are its cost). */
  async dashboardFigures(fiscalYear: number): Promise<{ summary: BudgetSummary; absorption: BudgetAbsorptionRow[] }> {
    const [row] = (await this.tenantDb.manager().query(
      `select (select row_to_json(r) from (
                 select revision, kind, document_number as "documentNumber", effective_on::text as "effectiveOn", total, by_media_type as "byMediaType", note,
                        created_by as "createdBy", to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
                   from budget_revisions where fiscal_year = $1 order by revision desc limit 1) r) as current,
              (select coalesce(json_agg(s), '[]') from (${SPENT_SQL}) s) as spent,
              (select coalesce(json_agg(a), '[]') from (${ABSORPTION_SQL}) a) as absorption`,
      [fiscalYear],
    )) as { current: BudgetRevision | null; spent: SpentRow[]; absorption: { month: number; media_type: MediaType; realised: number }[] }[];
    return {
      summary: summaryOf(fiscalYear, row!.current, row!.spent),
      absorption: row!.absorption.map((a) => ({ month: a.month, mediaType: a.media_type, realised: Number(a.realised) })),
    };
  }

  private async latestRevision(fiscalYear: number, lock: boolean): Promise<BudgetRevisionEntity | null> {
    return this.tenantDb.repository(BudgetRevisionEntity).findOne({
      where: { fiscalYear },
      order: { revision: 'DESC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  private async figures(fiscalYear: number, known?: BudgetRevisionEntity | null): Promise<BudgetSummary> {
    const current = known !== undefined ? known : await this.latestRevision(fiscalYear, false);
    const rows: SpentRow[] = await this.tenantDb.manager().query(SPENT_SQL, [fiscalYear]);
    return summaryOf(fiscalYear, current ? toRevision(current) : null, rows);
  }
}

// budget_totals: running totals per media type, status and month, kept by triggers on
// budget_commitments in the writer's transaction (exact, and a few dozen rows to read).
const SPENT_SQL = `select media_type,
         coalesce(sum(amount) filter (where status = 'committed'), 0)::bigint as committed,
         coalesce(sum(realised_amount) filter (where status = 'realised'), 0)::bigint as realised
    from budget_totals where fiscal_year = $1 group by media_type having sum(commitments) > 0`;
const ABSORPTION_SQL = `select nullif(realised_month, 0)::int as month, media_type, sum(realised_amount)::bigint as realised
    from budget_totals where fiscal_year = $1 and status = 'realised'
   group by 1, 2 having sum(commitments) > 0 order by 1, 2`;

/** bigint sums: text from a plain query, numbers inside JSON. */
type SpentRow = { media_type: MediaType; committed: string | number; realised: string | number };

function summaryOf(fiscalYear: number, current: BudgetRevision | null, rows: SpentRow[]): BudgetSummary {
  const spent = new Map(rows.map((row) => [row.media_type, { committed: Number(row.committed), realised: Number(row.realised) }]));
  const figure = (pagu: number, committed: number, realised: number): BudgetFigures => ({ pagu, committed, realised, available: pagu - committed - realised });
  const pagu = current?.total ?? 0;
  let committed = 0;
  let realised = 0;
  for (const value of spent.values()) {
    committed += value.committed;
    realised += value.realised;
  }
  const byMediaType = MEDIA_TYPES.filter((type) => current?.byMediaType?.[type] !== undefined || spent.has(type)).map((mediaType) => {
    const used = spent.get(mediaType) ?? { committed: 0, realised: 0 };
    return { mediaType, ...figure(current?.byMediaType?.[mediaType] ?? 0, used.committed, used.realised) };
  });
  return { fiscalYear, current, total: figure(pagu, committed, realised), byMediaType };
}

/** Every problem of a new pagu at once. */
export function validateBudget(fiscalYear: number, request: SetBudgetRequest): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!Number.isSafeInteger(request.total) || request.total < 0) problems.push({ field: 'total', message: 'the pagu must be a whole number of rupiah, 0 or more' });
  if (Number(request.effectiveOn.slice(0, 4)) !== fiscalYear) problems.push({ field: 'effectiveOn', message: `the revision must take effect within fiscal year ${fiscalYear}` });
  if (request.byMediaType) {
    let sum = 0;
    for (const [type, amount] of Object.entries(request.byMediaType)) {
      if (!(MEDIA_TYPES as readonly string[]).includes(type)) problems.push({ field: `byMediaType.${type}`, message: `unknown media type ${type}` });
      if (!Number.isSafeInteger(amount) || (amount as number) < 0) problems.push({ field: `byMediaType.${type}`, message: 'a share must be a whole number of rupiah, 0 or more' });
      else sum += amount as number;
    }
    if (Number.isSafeInteger(request.total) && sum !== request.total) {
      problems.push({ field: 'byMediaType', message: `the shares add up to ${sum}, not to the pagu ${request.total}` });
    }
  }
  return problems;
}

function toRevision(row: BudgetRevisionEntity): BudgetRevision {
  return {
    revision: row.revision,
    kind: row.kind,
    documentNumber: row.documentNumber,
    effectiveOn: row.effectiveOn,
    total: row.total,
    byMediaType: row.byMediaType,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
