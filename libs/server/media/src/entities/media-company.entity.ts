import type { DewanPersStatus, MediaLegalForm } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A press company: one dossier for every tenant it works with. */
@Entity({ schema: 'platform', name: 'media_companies' })
export class MediaCompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column({ name: 'legal_form', type: 'varchar', length: 20 })
  legalForm!: MediaLegalForm;

  @Column({ type: 'varchar', length: 32, nullable: true })
  npwp!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  nib!: string | null;

  @Column({ type: 'boolean', default: false })
  pkp!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kbli!: string[];

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 13, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'office_region_codes', type: 'text', array: true, default: () => "'{}'" })
  officeRegionCodes!: string[];

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'bank_name', type: 'text', nullable: true })
  bankName!: string | null;

  @Column({ name: 'bank_account_number', type: 'varchar', length: 40, nullable: true })
  bankAccountNumber!: string | null;

  @Column({ name: 'bank_account_holder', type: 'text', nullable: true })
  bankAccountHolder!: string | null;

  @Column({ name: 'dewan_pers_status', type: 'varchar', length: 20, default: 'none' })
  dewanPersStatus!: DewanPersStatus;

  @Column({ name: 'dewan_pers_certificate_number', type: 'varchar', length: 80, nullable: true })
  dewanPersCertificateNumber!: string | null;

  @Column({ name: 'dewan_pers_verified_on', type: 'date', nullable: true })
  dewanPersVerifiedOn!: string | null;

  @Column({ name: 'constituent_organisation', type: 'text', nullable: true })
  constituentOrganisation!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
