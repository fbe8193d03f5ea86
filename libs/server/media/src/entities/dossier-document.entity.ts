import type { DossierDocumentType } from '@sinergi/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One document of a dossier (company-level, or an outlet's); its files are its versions. */
@Entity({ schema: 'platform', name: 'dossier_documents' })
export class DossierDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId!: string | null;

  @Column({ name: 'document_type', type: 'varchar', length: 40 })
  documentType!: DossierDocumentType;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A version is never changed or deleted: a tenant's verification points at the one it saw. */
@Entity({ schema: 'platform', name: 'dossier_document_versions' })
export class DossierDocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 120, nullable: true })
  number!: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'file_hash', type: 'char', length: 64 })
  fileHash!: string;

  @Column({ name: 'file_size', type: 'integer' })
  fileSize!: number;

  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}

/** One reminder mail per version and lead time (30, 7, 1 days), never twice. */
@Entity({ schema: 'platform', name: 'dossier_expiry_reminders' })
export class DossierExpiryReminderEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ name: 'days_before', type: 'integer' })
  daysBefore!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}

/** The tenants a company applied to (its portal lists them; they may read the files it showed them). */
@Entity({ schema: 'platform', name: 'company_tenant_links' })
export class CompanyTenantLinkEntity {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'first_applied_at', type: 'timestamptz', default: () => 'now()' })
  firstAppliedAt!: Date;
}
