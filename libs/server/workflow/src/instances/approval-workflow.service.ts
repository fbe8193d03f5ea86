import { Injectable } from '@nestjs/common';
import {
  ApprovalAction,
  ApprovalActionKind,
  ApprovalFacts,
  ApprovalInstance,
  ApprovalKind,
  ApprovalWaitingRow,
  MEDIA_TYPES,
  Page,
} from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { RoleHolder, RoleHolders } from '@sinergi/server/identity';
import { AppException, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { createHash } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { resolveSteps } from '../chains/chain-rules';
import { ApprovalChainService } from '../chains/approval-chains.service';
import { ApprovalActionEntity, ApprovalInstanceEntity } from '../workflow.entities';
import { move } from './transitions';

const DAY_MS = 86_400_000;

/** Who decides: the request's actor, their membership roles here and the roles delegated to them today. */
export type ApprovalActor = RequestActor & { roles: string[]; delegations: { role: string; fromUserId: string; fromName: string }[] };

export type ApprovalDecision = {
  action: 'approve' | 'return';
  note?: string | null;
  toSubmitter?: boolean;
  expectedVersion: number;
  idempotencyKey: string;
};

/** What the owner of a kind of subject (claims, orders, ...) does when its approval ends. */
export type ApprovalSubjectHandler = {
  /** Called inside the same transaction when the last step approves. */
  onApproved(subjectId: string, instance: ApprovalInstance, actor: RequestActor): Promise<void>;
  /** Called when a step returns the item to its submitter (not when it goes back one step). */
  onReturned(subjectId: string, instance: ApprovalInstance, note: string, actor: RequestActor): Promise<void>;
};

/**
 * The generic approval engine. A subject starts on the chain version in force for its kind, with the
 * steps its facts resolve to frozen on the instance; each decision locks the instance row, is checked
 * against the state machine, the caller's role (own or delegated today) and the version the caller
 * saw, and lands in the append-only history and the audit trail. A retried decision (same
 * idempotency key) returns the instance without acting again.
 */
@Injectable()
export class ApprovalWorkflow {
  private readonly handlers = new Map<ApprovalKind, ApprovalSubjectHandler>();

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly chains: ApprovalChainService,
    private readonly audit: AuditTrail,
    private readonly roleHolders: RoleHolders,
  ) {}

  registerSubject(kind: ApprovalKind, handler: ApprovalSubjectHandler): void {
    this.handlers.set(kind, handler);
  }

  async start(kind: ApprovalKind, subject: { id: string; label: string; facts: ApprovalFacts }, actor: RequestActor): Promise<ApprovalInstance> {
    assertFacts(subject.facts);
    const chain = await this.chains.current(kind);
    if (!chain) {
      throw new AppException('SETTINGS_MISSING', { en: `There is no approval chain for ${kind} yet.`, id: `Belum ada alur persetujuan untuk ${kind}.` }, [
        { field: 'kind', message: `no approval chain for ${kind}` },
      ]);
    }
    const steps = resolveSteps(chain.steps, subject.facts);
    if (steps.length === 0) throw noStepApplies(kind, subject.facts);
    const manager = this.tenantDb.manager();
    const repository = manager.getRepository(ApprovalInstanceEntity);
    if (await repository.existsBy({ kind, subjectId: subject.id })) {
      throw new AppException(
        'INVALID_TRANSITION',
        { en: 'This item is already in approval; after a return it is resubmitted.', id: 'Data ini sudah dalam proses persetujuan; setelah dikembalikan, data diajukan ulang.' },
        [{ field: 'subjectId', message: `${kind} ${subject.id} already has an approval` }],
      );
    }
    const now = new Date();
    const row = await repository.save(
      repository.create({
        kind,
        subjectId: subject.id,
        subjectLabel: subject.label,
        chainId: chain.id,
        chainVersion: chain.version,
        status: 'in-progress',
        steps,
        facts: { amount: subject.facts.amount, mediaType: subject.facts.mediaType },
        stepIndex: 0,
        currentRole: steps[0]!.role,
        round: 1,
        version: 1,
        submittedById: actor.id,
        submittedByName: actor.name,
        startedAt: now,
        stepSince: now,
        dueAt: new Date(now.getTime() + steps[0]!.deadlineDays * DAY_MS),
        finishedAt: null,
        returnNote: null,
        updatedAt: now,
      }),
    );
    await this.appendAction(manager, row, { action: 'submit', stepKey: null, role: null, actor, note: null });
    await this.audit.record(actor, {
      action: 'approval.started',
      subject: { type: 'Approval', id: row.id },
      details: { kind, subjectId: subject.id, subjectLabel: subject.label, chainVersion: chain.version, steps: steps.map((s) => s.key), facts: row.facts },
    });
    return this.view(row);
  }

  async resubmit(kind: ApprovalKind, subjectId: string, facts: ApprovalFacts, actor: RequestActor): Promise<ApprovalInstance> {
    assertFacts(facts);
    const manager = this.tenantDb.manager();
    const row = await manager.getRepository(ApprovalInstanceEntity).findOne({ where: { kind, subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new AppException('RESOURCE_NOT_FOUND', { en: 'This item has no approval to resubmit.', id: 'Data ini belum memiliki proses persetujuan.' });
    move({ status: row.status, stepIndex: row.stepIndex }, row.steps.length, 'resubmit');
    // The instance keeps the chain version it started with; the new facts may change the steps.
    const chain = await this.chains.byId(row.chainId);
    const steps = resolveSteps(chain.steps, facts);
    if (steps.length === 0) throw noStepApplies(kind, facts);
    const now = new Date();
    Object.assign(row, {
      status: 'in-progress',
      steps,
      facts: { amount: facts.amount, mediaType: facts.mediaType },
      stepIndex: 0,
      currentRole: steps[0]!.role,
      round: row.round + 1,
      version: row.version + 1,
      stepSince: now,
      dueAt: new Date(now.getTime() + steps[0]!.deadlineDays * DAY_MS),
      finishedAt: null,
      updatedAt: now,
    } satisfies Partial<ApprovalInstanceEntity>);
    await manager.getRepository(ApprovalInstanceEntity).save(row);
    await this.appendAction(manager, row, { action: 'resubmit', stepKey: null, role: null, actor, note: null });
    await this.audit.record(actor, {
      action: 'approval.resubmitted',
      subject: { type: 'Approval', id: row.id },
      details: { kind, subjectId, round: row.round, steps: steps.map((s) => s.key), facts: row.facts },
    });
    return this.view(row);
  }

  async decide(instanceId: string, decision: ApprovalDecision, actor: ApprovalActor): Promise<ApprovalInstance> {
    const manager = this.tenantDb.manager();
    const note = decision.note?.trim() || null;
    // The row lock serialises decisions on one instance: a concurrent retry waits here, then finds its key.
    const row = await manager.getRepository(ApprovalInstanceEntity).findOne({ where: { id: instanceId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new AppException('RESOURCE_NOT_FOUND');
    const hash = requestHash(instanceId, decision, note, actor.id);
    const earlier = await manager.getRepository(ApprovalActionEntity).findOneBy({ idempotencyKey: decision.idempotencyKey });
    if (earlier) {
      if (earlier.requestHash !== hash) throw new AppException('IDEMPOTENCY_KEY_REUSED', undefined, [{ field: 'Idempotency-Key', message: 'used for another request' }]);
      return this.view(row);
    }
    // Finished → 409, not the caller's step → 403, someone decided meanwhile → 409, then the body.
    const next = move({ status: row.status, stepIndex: row.stepIndex }, row.steps.length, decision.action, decision.toSubmitter ?? false);
    const step = row.steps[row.stepIndex!]!;
    const acting = this.actingAs(step.role, actor);
    if (row.version !== decision.expectedVersion) {
      throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `the approval is at version ${row.version}`, current: row.version }]);
    }
    if (decision.action === 'return' && !note) {
      throw new AppException('VALIDATION_FAILED', { en: 'A return needs a note.', id: 'Pengembalian memerlukan catatan.' }, [{ field: 'note', message: 'required for a return' }]);
    }
    const now = new Date();
    const nextStep = next.stepIndex === null ? null : row.steps[next.stepIndex]!;
    Object.assign(row, {
      status: next.status,
      stepIndex: next.stepIndex,
      currentRole: nextStep?.role ?? null,
      stepSince: nextStep ? now : null,
      dueAt: nextStep ? new Date(now.getTime() + nextStep.deadlineDays * DAY_MS) : null,
      finishedAt: next.status === 'in-progress' ? null : now,
      // The note of a return stays visible until the item moves forward again.
      returnNote: decision.action === 'return' ? note : null,
      version: row.version + 1,
      updatedAt: now,
    } satisfies Partial<ApprovalInstanceEntity>);
    await manager.getRepository(ApprovalInstanceEntity).save(row);
    await this.appendAction(manager, row, {
      action: decision.action,
      stepKey: step.key,
      role: step.role,
      actor: acting,
      note,
      toSubmitter: next.outcome === 'returned-to-submitter',
      idempotency: { key: decision.idempotencyKey, hash },
    });
    await this.audit.record(acting, {
      action: `approval.${next.outcome}`,
      subject: { type: 'Approval', id: row.id },
      details: { kind: row.kind, subjectId: row.subjectId, round: row.round, step: step.key, role: step.role, note, nextStep: nextStep?.key ?? null, version: row.version },
    });
    const instance = await this.view(row);
    const handler = this.handlers.get(row.kind);
    if (handler && next.outcome === 'approved') await handler.onApproved(row.subjectId, instance, acting);
    if (handler && next.outcome === 'returned-to-submitter') await handler.onReturned(row.subjectId, instance, note!, acting);
    return instance;
  }

  async get(id: string): Promise<ApprovalInstance> {
    const row = await this.tenantDb.repository(ApprovalInstanceEntity).findOneBy({ id });
    if (!row) throw new AppException('RESOURCE_NOT_FOUND');
    return this.view(row);
  }

  async forSubject(kind: ApprovalKind, subjectId: string): Promise<ApprovalInstance | null> {
    const row = await this.tenantDb.repository(ApprovalInstanceEntity).findOneBy({ kind, subjectId });
    return row ? this.view(row) : null;
  }

  /** Open instances whose current step is one of these roles (all open ones without roles), oldest first. */
  async waiting(query: { roles?: string[]; kind?: ApprovalKind; page?: number; pageSize?: number }): Promise<Page<ApprovalInstance>> {
    const { page, pageSize, offset } = pageWindow(query);
    if (query.roles && query.roles.length === 0) return pageOf([], page, pageSize, 0);
    const builder = this.tenantDb
      .repository(ApprovalInstanceEntity)
      .createQueryBuilder('i')
      .where(`i.status = 'in-progress'`)
      .orderBy('i.step_since', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .offset(offset)
      .limit(pageSize);
    if (query.roles) builder.andWhere('i.step_role in (:...roles)', { roles: query.roles });
    if (query.kind) builder.andWhere('i.kind = :kind', { kind: query.kind });
    const [rows, total] = await builder.getManyAndCount();
    const actions = await this.actionsOf(rows.map((row) => row.id));
    return pageOf(
      rows.map((row) => toInstance(row, actions.get(row.id) ?? [])),
      page,
      pageSize,
      total,
    );
  }

  /**
   * Per role of a current step: how many items wait, since when, and who holds the role (members and
   * today's delegates). `candidateRoles` (every role a step may have, e.g. the tenant's role names)
   * lets the holders be asked together with the counts, in the same round trip, instead of after.
   */
  async waitingByOfficial(candidateRoles?: string[]): Promise<ApprovalWaitingRow[]> {
    const counting = this.tenantDb.manager().query(
      `select step_role as role, count(*)::int as count, min(step_since) as oldest, count(*) filter (where due_at < now())::int as overdue
         from approval_instances where status = 'in-progress' group by step_role order by min(step_since)`,
    ) as Promise<{ role: string; count: number; oldest: Date; overdue: number }[]>;
    const early = candidateRoles?.length ? this.holdersOf(candidateRoles, todayInJakarta()) : null;
    const [rows, known] = await Promise.all([counting, early]);
    if (rows.length === 0) return [];
    const holders = known && rows.every((row) => candidateRoles!.includes(row.role)) ? known : await this.holdersOf(rows.map((row) => row.role), todayInJakarta());
    const now = Date.now();
    return rows.map((row) => ({
      role: row.role,
      count: row.count,
      oldestSince: new Date(row.oldest).toISOString(),
      oldestAgeDays: Math.floor((now - new Date(row.oldest).getTime()) / DAY_MS),
      overdue: row.overdue,
      holders: (holders.get(row.role) ?? []).map((h) => ({ userId: h.userId, name: h.name, delegatedBy: h.delegatedBy })),
    }));
  }

  /** Who holds each role in the current tenant on `today`: its members and that day's delegates (identity's RoleHolders, on the tenant's own connection). */
  holdersOf(roles: string[], today: string): Promise<Map<string, RoleHolder[]>> {
    return this.roleHolders.holdersOf(roles, today);
  }

  /** The actor as the history and the audit trail name them: with the delegator when the role is delegated. */
  private actingAs(role: string, actor: ApprovalActor): RequestActor {
    const base: RequestActor = { id: actor.id, name: actor.name, ip: actor.ip };
    if (actor.roles.includes(role)) return { ...base, onBehalfOf: null };
    const delegation = actor.delegations.find((d) => d.role === role);
    if (delegation) return { ...base, onBehalfOf: { id: delegation.fromUserId, name: delegation.fromName } };
    throw new AppException('NOT_CURRENT_APPROVER', undefined, [{ field: 'role', message: `the current step needs ${role}`, role }]);
  }

  private async appendAction(
    manager: EntityManager,
    row: ApprovalInstanceEntity,
    entry: {
      action: ApprovalActionKind;
      stepKey: string | null;
      role: string | null;
      actor: RequestActor;
      note: string | null;
      toSubmitter?: boolean;
      idempotency?: { key: string; hash: string };
    },
  ): Promise<void> {
    await manager.getRepository(ApprovalActionEntity).insert({
      instanceId: row.id,
      round: row.round,
      stepKey: entry.stepKey,
      role: entry.role,
      action: entry.action,
      toSubmitter: entry.toSubmitter ?? false,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      onBehalfOfId: entry.actor.onBehalfOf?.id ?? null,
      onBehalfOfName: entry.actor.onBehalfOf?.name ?? null,
      note: entry.note,
      idempotencyKey: entry.idempotency?.key ?? null,
      requestHash: entry.idempotency?.hash ?? null,
      resultingVersion: row.version,
    });
  }

  private async view(row: ApprovalInstanceEntity): Promise<ApprovalInstance> {
    return toInstance(row, (await this.actionsOf([row.id])).get(row.id) ?? []);
  }

  private async actionsOf(instanceIds: string[]): Promise<Map<string, ApprovalActionEntity[]>> {
    const byInstance = new Map<string, ApprovalActionEntity[]>();
    if (instanceIds.length === 0) return byInstance;
    const rows = await this.tenantDb
      .repository(ApprovalActionEntity)
      .find({ where: { instanceId: In(instanceIds) }, order: { resultingVersion: 'ASC' } });
    for (const row of rows) byInstance.set(row.instanceId, [...(byInstance.get(row.instanceId) ?? []), row]);
    return byInstance;
  }
}

function assertFacts(facts: ApprovalFacts): void {
  const problems = [];
  if (!Number.isSafeInteger(facts.amount) || facts.amount < 0) problems.push({ field: 'facts.amount', message: 'a whole number of rupiah, 0 or more' });
  if (facts.mediaType !== null && !(MEDIA_TYPES as readonly string[]).includes(facts.mediaType)) {
    problems.push({ field: 'facts.mediaType', message: `unknown media type ${String(facts.mediaType)}` });
  }
  if (problems.length) throw new AppException('VALIDATION_FAILED', undefined, problems);
}

function noStepApplies(kind: ApprovalKind, facts: ApprovalFacts): AppException {
  return new AppException(
    'CHAIN_INVALID',
    { en: `No step of the ${kind} approval chain applies to this item.`, id: `Tidak ada tahap alur persetujuan ${kind} yang berlaku untuk data ini.` },
    [{ field: 'steps', message: `no step applies to amount ${facts.amount} and media type ${facts.mediaType ?? '-'}` }],
  );
}

/** The same decision retried by the same person hashes the same; anything else under that key is another request. */
function requestHash(instanceId: string, decision: ApprovalDecision, note: string | null, actorId: string | null): string {
  const canonical = JSON.stringify([instanceId, actorId, decision.action, note, decision.toSubmitter ?? false, decision.expectedVersion]);
  return createHash('sha256').update(canonical).digest('hex');
}

function toInstance(row: ApprovalInstanceEntity, actions: ApprovalActionEntity[]): ApprovalInstance {
  const current = row.stepIndex === null ? null : (row.steps[row.stepIndex] ?? null);
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subjectId,
    subjectLabel: row.subjectLabel,
    status: row.status,
    chainVersion: row.chainVersion,
    currentStep: current?.key ?? null,
    currentRole: current?.role ?? null,
    steps: row.steps,
    facts: row.facts,
    round: row.round,
    version: row.version,
    submittedBy: { id: row.submittedById, name: row.submittedByName },
    startedAt: row.startedAt.toISOString(),
    currentStepSince: row.stepSince?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    returnNote: row.returnNote,
    actions: actions.map(toAction),
  };
}

function toAction(row: ApprovalActionEntity): ApprovalAction {
  return {
    id: row.id,
    round: row.round,
    stepKey: row.stepKey,
    role: row.role,
    action: row.action,
    toSubmitter: row.toSubmitter,
    actor: { id: row.actorId, name: row.actorName },
    onBehalfOf: row.onBehalfOfId ? { id: row.onBehalfOfId, name: row.onBehalfOfName ?? '' } : null,
    note: row.note,
    version: row.resultingVersion,
    at: row.at.toISOString(),
  };
}
