import type { MediaType } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One outlet of a press company: a news site, a paper, a station, a social account, a videotron. */
@Entity({ schema: 'platform', name: 'media_outlets' })
export class MediaOutletEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 20 })
  mediaType!: MediaType;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'launched_on', type: 'date', nullable: true })
  launchedOn!: string | null;

  @Column({ name: 'monthly_visitors', type: 'integer', nullable: true })
  monthlyVisitors!: number | null;

  @Column({ type: 'integer', nullable: true })
  circulation!: number | null;

  @Column({ name: 'broadcast_licence_number', type: 'varchar', length: 80, nullable: true })
  broadcastLicenceNumber!: string | null;

  @Column({ name: 'social_platform', type: 'varchar', length: 40, nullable: true })
  socialPlatform!: string | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'publishes_masthead', type: 'boolean', default: false })
  publishesMasthead!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
