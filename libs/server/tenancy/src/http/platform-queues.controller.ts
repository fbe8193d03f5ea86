import { InjectQueue } from '@nestjs/bull';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  FailedQueueJob,
  PlatformQueuesResponse,
  QUEUE_JOB_STATES,
  QueueJobState,
  QueueStatus,
} from '@sinergi/contracts';
import { AppException, PlatformAdminOnly, QUEUES } from '@sinergi/server/core';
import type { Job, Queue } from 'bull';

/** Failures shown per queue; older ones stay in Redis (bull keeps 500) for whoever digs deeper. */
const RECENT_FAILURES = 10;
/** Redis not answering must not hang the page: the admin gets DEPENDENCY_DOWN instead. */
const REDIS_TIMEOUT_MS = 3000;
/** Bull stores a thrown error's message; keep the page readable when it is a stack or a dump. */
const MAX_ERROR_LENGTH = 500;

/** The background queues, read-only, for the platform admin's operations page. */
@ApiTags('platform')
@PlatformAdminOnly()
@Controller('platform/queues')
export class PlatformQueuesController {
  private readonly queues: readonly Queue[];

  constructor(
    @InjectQueue(QUEUES.platform) platform: Queue,
    @InjectQueue(QUEUES.mail) mail: Queue,
  ) {
    this.queues = [platform, mail];
  }

  @Get()
  @ApiOkResponse({ description: 'Job counts per queue and state, and the most recent failures (never job payloads)' })
  async list(): Promise<PlatformQueuesResponse> {
    const queues = await withTimeout(Promise.all(this.queues.map((queue) => describe(queue))));
    return { queues, checkedAt: new Date().toISOString() };
  }
}

async function describe(queue: Queue): Promise<QueueStatus> {
  const [raw, failed] = await Promise.all([
    queue.getJobCounts(),
    queue.getFailed(0, RECENT_FAILURES - 1) as Promise<(Job | null)[]>,
  ]);
  const byState = raw as unknown as Partial<Record<QueueJobState, number>>;
  const counts = Object.fromEntries(QUEUE_JOB_STATES.map((state) => [state, byState[state] ?? 0])) as Record<QueueJobState, number>;
  const recentFailures = failed
    .filter((job): job is Job => job !== null)
    .map(toFailure)
    .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''));
  return { name: queue.name, counts, recentFailures };
}

function toFailure(job: Job): FailedQueueJob {
  const error = job.failedReason ?? '';
  return {
    id: String(job.id),
    name: job.name,
    error: error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error,
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppException('DEPENDENCY_DOWN')), REDIS_TIMEOUT_MS);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
