import type { MediaPersonPosition, UkwLevel } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Someone on a press company's masthead: the pemimpin redaksi, editors, journalists, bureau chiefs. */
@Entity({ schema: 'platform', name: 'media_people' })
export class MediaPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  position!: MediaPersonPosition;

  @Column({ name: 'ukw_level', type: 'varchar', length: 10, nullable: true })
  ukwLevel!: UkwLevel | null;

  @Column({ name: 'ukw_certificate_number', type: 'varchar', length: 80, nullable: true })
  ukwCertificateNumber!: string | null;

  @Column({ name: 'ukw_certified_on', type: 'date', nullable: true })
  ukwCertifiedOn!: string | null;

  @Column({ name: 'ktp_region_code', type: 'varchar', length: 13, nullable: true })
  ktpRegionCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
