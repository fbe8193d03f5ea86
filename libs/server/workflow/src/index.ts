export { WorkflowModule } from './workflow.module';
export { ApprovalWorkflow } from './instances/approval-workflow.service';
export type { ApprovalActor, ApprovalDecision, ApprovalSubjectHandler } from './instances/approval-workflow.service';
export { ApprovalChainService } from './chains/approval-chains.service';
export { resolveSteps, validateChain } from './chains/chain-rules';
export { ApprovalReminders } from './reminders/approval-reminders.service';
export { ApprovalReminderJobs, APPROVAL_REMINDERS_JOB } from './reminders/approval-reminders.jobs';
import { WORKFLOW_TENANT_ENTITIES } from './workflow.entities';

/** Tenant tables of this module, for the data source's entity list. */
export const WORKFLOW_ENTITIES = WORKFLOW_TENANT_ENTITIES;
