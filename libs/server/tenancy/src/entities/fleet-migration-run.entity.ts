import { FleetMigrationTenantResult } from '@sinergi/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type FleetRunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

@Entity({ schema: 'platform', name: 'fleet_migration_runs' })
export class FleetMigrationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'target_version', type: 'integer' })
  targetVersion!: number;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  migrated!: number;

  @Column({ name: 'up_to_date', type: 'integer' })
  upToDate!: number;

  @Column({ type: 'integer' })
  failed!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: FleetRunStatus;

  @Column({ type: 'jsonb' })
  results!: FleetMigrationTenantResult[];
}
