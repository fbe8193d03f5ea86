import type { MediaLegalForm } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A press company: one dossier for every tenant it works with (outlets and documents come next). */
@Entity({ schema: 'platform', name: 'media_companies' })
export class MediaCompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column({ name: 'legal_form', type: 'varchar', length: 20 })
  legalForm!: MediaLegalForm;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
