import { Injectable } from '@nestjs/common';
import { ApprovalChain, ApprovalKind, ApprovalStep, SaveApprovalChainRequest } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, RequestActor, TenantDatabase, TenantHandle } from '@sinergi/server/core';
import { RoleCatalogue } from '@sinergi/server/identity';
import { ApprovalChainEntity } from '../workflow.entities';
import { validateChain } from './chain-rules';

/** A tenant's approval chain per kind: every save a new version, validated as a whole first. */
@Injectable()
export class ApprovalChainService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly roles: RoleCatalogue,
    private readonly audit: AuditTrail,
  ) {}

  /** The version in force (the latest), or null when the tenant has none for this kind. */
  async current(kind: ApprovalKind): Promise<ApprovalChainEntity | null> {
    return this.tenantDb.repository(ApprovalChainEntity).findOne({ where: { kind }, order: { version: 'DESC' } });
  }

  async get(kind: ApprovalKind): Promise<ApprovalChain> {
    const row = await this.current(kind);
    if (!row) {
      throw new AppException('RESOURCE_NOT_FOUND', { en: `No approval chain for ${kind} yet.`, id: `Belum ada alur persetujuan untuk ${kind}.` });
    }
    return toChain(row);
  }

  async versions(kind: ApprovalKind): Promise<ApprovalChain[]> {
    const rows = await this.tenantDb.repository(ApprovalChainEntity).find({ where: { kind }, order: { version: 'DESC' }, take: 200 });
    return rows.map(toChain);
  }

  async byId(id: string): Promise<ApprovalChainEntity> {
    const row = await this.tenantDb.repository(ApprovalChainEntity).findOneBy({ id });
    if (!row) throw new AppException('RESOURCE_NOT_FOUND');
    return row;
  }

  async save(tenant: TenantHandle, kind: ApprovalKind, request: SaveApprovalChainRequest, actor: RequestActor): Promise<ApprovalChain> {
    const known = new Set((await this.roles.definitions(tenant)).map((role) => role.name));
    const problems = validateChain(request.steps, known);
    if (problems.length) throw new AppException('CHAIN_INVALID', undefined, problems);
    const steps = request.steps.map(normalised);
    const manager = this.tenantDb.manager();
    // One writer per kind at a time, so versions never collide.
    await manager.query('select pg_advisory_xact_lock(hashtext(current_schema()), hashtext($1))', [`approval-chain:${kind}`]);
    const [{ next }] = (await manager.query('select coalesce(max(version), 0) + 1 as next from approval_chains where kind = $1', [kind])) as [
      { next: number },
    ];
    const repository = manager.getRepository(ApprovalChainEntity);
    const row = await repository.save(repository.create({ kind, version: next, steps, createdBy: actor.name }));
    await this.audit.record(actor, {
      action: 'approval-chain.saved',
      subject: { type: 'ApprovalChain', id: row.id },
      details: { kind, version: row.version, steps: steps.map((s) => `${s.key}:${s.role}`) },
    });
    return toChain(row);
  }
}

/** Only the fields of a step, without empty optionals, so stored chains compare cleanly. */
function normalised(step: ApprovalStep): ApprovalStep {
  const out: ApprovalStep = { key: step.key, role: step.role, label: step.label.trim(), deadlineDays: step.deadlineDays };
  if (step.when) {
    const when: NonNullable<ApprovalStep['when']> = {};
    if (step.when.amountAtLeast !== undefined) when.amountAtLeast = step.when.amountAtLeast;
    if (step.when.amountBelow !== undefined) when.amountBelow = step.when.amountBelow;
    if (step.when.mediaTypes !== undefined) when.mediaTypes = [...step.when.mediaTypes];
    out.when = when;
  }
  if (step.next !== undefined && step.next !== null) out.next = step.next;
  return out;
}

function toChain(row: ApprovalChainEntity): ApprovalChain {
  return { kind: row.kind, version: row.version, steps: row.steps, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}
