import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import { AppException, JOBS, QUEUES } from '@sinergi/server/core';
import type { Job, Queue } from 'bull';
import { SchemaMigrator } from './schema-migrator.service';

export type FleetMigrationJob = { concurrency: number; requestedBy: string };

const ENQUEUE_TIMEOUT_MS = 3000;

/** API side: a platform admin asks for a fleet migration; the worker runs it. */
@Injectable()
export class FleetMigrationScheduler {
  constructor(@InjectQueue(QUEUES.platform) private readonly queue: Queue) {}

  async request(job: FleetMigrationJob): Promise<{ jobId: string }> {
    const added = await Promise.race([
      this.queue.add(JOBS.fleetMigrate, job, { attempts: 1 }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new AppException('DEPENDENCY_DOWN')), ENQUEUE_TIMEOUT_MS).unref(),
      ),
    ]);
    return { jobId: String(added.id) };
  }
}

/** Worker side. Progress is reported on the job and in the fleet run row. */
@Processor(QUEUES.platform)
export class FleetMigrationProcessor {
  private readonly logger = new Logger('FleetMigration');

  constructor(private readonly migrator: SchemaMigrator) {}

  @Process({ name: JOBS.fleetMigrate, concurrency: 1 })
  async run(job: Job<FleetMigrationJob>): Promise<{ migrated: number; failed: number }> {
    this.logger.log(`fleet migration requested by ${job.data.requestedBy}`);
    const summary = await this.migrator.migrateFleet({
      concurrency: job.data.concurrency,
      onProgress: ({ done, total }) => void job.progress(Math.floor((done / total) * 100)),
    });
    this.logger.log(`fleet migration: ${summary.migrated} migrated, ${summary.failed} failed`);
    return { migrated: summary.migrated, failed: summary.failed };
  }
}
