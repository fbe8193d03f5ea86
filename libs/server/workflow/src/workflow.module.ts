import { Module } from '@nestjs/common';
import { IdentityModule } from '@sinergi/server/identity';
import { NotificationModule } from '@sinergi/server/notification';
import { ApprovalChainService } from './chains/approval-chains.service';
import { ApprovalWorkflow } from './instances/approval-workflow.service';
import { ApprovalReminders } from './reminders/approval-reminders.service';
import { ApprovalChainsController, ApprovalsController } from './workflow.controller';

/**
 * Generic approval chains (per kind, versioned), their instances and deadline reminders. Owners of
 * a kind (billing for claims) import this module and register a subject handler on start-up. The
 * reminder job itself (ApprovalReminderJobs) is a worker provider.
 */
@Module({
  imports: [IdentityModule, NotificationModule],
  controllers: [ApprovalChainsController, ApprovalsController],
  providers: [ApprovalChainService, ApprovalWorkflow, ApprovalReminders],
  exports: [ApprovalChainService, ApprovalWorkflow, ApprovalReminders],
})
export class WorkflowModule {}
