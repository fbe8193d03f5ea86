import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, PipeTransform, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { APPROVAL_KINDS, ApprovalChain, ApprovalInstance, ApprovalKind, ApprovalWaitingRow, Page } from '@sinergi/contracts';
import { AppException, Can, CurrentActor, CurrentTenant, RequestActor, TenantRequestContext } from '@sinergi/server/core';
import { RoleCatalogue } from '@sinergi/server/identity';
import { ApprovalChainService } from './chains/approval-chains.service';
import { ApprovalActor, ApprovalWorkflow } from './instances/approval-workflow.service';
import { ApprovalDecisionDto, ApprovalsQueryDto, SaveApprovalChainDto } from './workflow.dto';

const uuid = new ParseUUIDPipe({ version: '4' });
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

/** A path segment that must be one of the approval kinds. */
const kindPipe: PipeTransform<string, ApprovalKind> = {
  transform(value: string): ApprovalKind {
    if (!(APPROVAL_KINDS as readonly string[]).includes(value)) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'kind', message: `kind must be one of ${APPROVAL_KINDS.join(', ')}` }]);
    }
    return value as ApprovalKind;
  },
};

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('t/:tenant/approval-chains')
export class ApprovalChainsController {
  constructor(private readonly chains: ApprovalChainService) {}

  @Get(':kind')
  @Can('read', 'ApprovalChain')
  @ApiParam({ name: 'kind', enum: APPROVAL_KINDS })
  @ApiOkResponse({ description: 'The chain version in force for this kind (404 when none yet)' })
  get(@Param('kind', kindPipe) kind: ApprovalKind): Promise<ApprovalChain> {
    return this.chains.get(kind);
  }

  @Get(':kind/versions')
  @Can('read', 'ApprovalChain')
  @ApiParam({ name: 'kind', enum: APPROVAL_KINDS })
  @ApiOkResponse({ description: 'Every saved version, newest first' })
  versions(@Param('kind', kindPipe) kind: ApprovalKind): Promise<ApprovalChain[]> {
    return this.chains.versions(kind);
  }

  @Put(':kind')
  @Can('update', 'ApprovalChain')
  @ApiParam({ name: 'kind', enum: APPROVAL_KINDS })
  @ApiOkResponse({
    description:
      'Saved as a new version (running approvals keep theirs); 422 CHAIN_INVALID lists every problem (no steps, duplicate keys, unknown roles, a next that loops or points nowhere, unreachable steps, bad conditions or deadlines) and nothing is saved',
  })
  save(
    @Param('kind', kindPipe) kind: ApprovalKind,
    @Body() body: SaveApprovalChainDto,
    @CurrentTenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
  ): Promise<ApprovalChain> {
    return this.chains.save(tenant.handle, kind, body, actor);
  }
}

@ApiTags('workflow')
@ApiBearerAuth()
@Controller('t/:tenant/approvals')
export class ApprovalsController {
  constructor(
    private readonly workflow: ApprovalWorkflow,
    private readonly roles: RoleCatalogue,
  ) {}

  @Get()
  @Can('read', 'Approval')
  @ApiOkResponse({ description: "The caller's inbox: open items at their roles (own and delegated today), oldest first; scope=all for every open item" })
  async list(@Query() query: ApprovalsQueryDto, @CurrentTenant() tenant: TenantRequestContext, @CurrentActor() actor: RequestActor): Promise<Page<ApprovalInstance>> {
    let roles: string[] | undefined;
    if (query.scope !== 'all') {
      const approver = await this.actor(tenant, actor);
      roles = [...new Set([...approver.roles, ...approver.delegations.map((d) => d.role)])];
    }
    return this.workflow.waiting({ roles, kind: query.kind, page: query.page, pageSize: query.pageSize });
  }

  @Get('waiting-by-official')
  @Can('read', 'Approval')
  @ApiOkResponse({ description: 'Per role of a current step: how many items wait, the oldest one’s age, how many are overdue, and who holds the role' })
  waitingByOfficial(): Promise<ApprovalWaitingRow[]> {
    return this.workflow.waitingByOfficial();
  }

  @Get(':id')
  @Can('read', 'Approval')
  @ApiOkResponse({ description: 'The approval with its frozen steps and the history of every action' })
  get(@Param('id', uuid) id: string): Promise<ApprovalInstance> {
    return this.workflow.get(id);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @Can('update', 'Approval')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8 to 200 visible ASCII characters; a retry with the same key and body returns the result without acting again' })
  @ApiOkResponse({
    description:
      'Approve, or return with a note (to the previous step, or to the submitter). 403 NOT_CURRENT_APPROVER when the caller does not hold the current step’s role (own or delegated today); 409 STALE_VERSION; 409 INVALID_TRANSITION when finished; 422 IDEMPOTENCY_KEY_REUSED',
  })
  async decide(
    @Param('id', uuid) id: string,
    @Body() body: ApprovalDecisionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentTenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
  ): Promise<ApprovalInstance> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'Idempotency-Key', message: 'the Idempotency-Key header is required: 8 to 200 visible ASCII characters' }]);
    }
    return this.workflow.decide(
      id,
      { action: body.action, note: body.note ?? null, toSubmitter: body.toSubmitter ?? false, expectedVersion: body.version, idempotencyKey },
      await this.actor(tenant, actor),
    );
  }

  /** The caller as an approver: membership roles here plus the roles delegated to them today. */
  private async actor(tenant: TenantRequestContext, actor: RequestActor): Promise<ApprovalActor> {
    const delegations = actor.id ? await this.roles.delegationsTo(tenant.handle, actor.id) : [];
    return { ...actor, roles: tenant.roles, delegations: delegations.map((d) => ({ role: d.role, fromUserId: d.fromUserId, fromName: d.fromName })) };
  }
}
