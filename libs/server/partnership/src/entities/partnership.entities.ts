import type {
  ApplicationStatus,
  DocumentDecision,
  DossierDocumentType,
  EligibilityResult,
  Letterhead,
  MediaType,
  PackPart,
  PartnershipCalendar,
  RequirementLine,
  RulesContent,
  Signatory,
  TierDecision,
} from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A tenant's partnership configuration for a fiscal year; every save is a new version. */
@Entity({ name: 'partnership_configurations' })
export class PartnershipConfigurationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ name: 'owning_unit', type: 'text' }) owningUnit!: string;
  @Column({ name: 'unit_code', type: 'varchar', length: 40 }) unitCode!: string;
  @Column({ type: 'jsonb' }) letterhead!: Letterhead;
  @Column({ name: 'agreement_signatory', type: 'jsonb' }) agreementSignatory!: Signatory;
  @Column({ name: 'factual_visit', type: 'boolean' }) factualVisit!: boolean;
  @Column({ type: 'jsonb' }) content!: RulesContent;
  @Column({ type: 'jsonb' }) calendar!: PartnershipCalendar;
  @Column({ name: 'adopted_from', type: 'jsonb', nullable: true }) adoptedFrom!: { tenant: string; packVersion: number; parts: PackPart[] } | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ name: 'outlet_name', type: 'text' }) outletName!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ name: 'configuration_id', type: 'uuid' }) configurationId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: ApplicationStatus;
  @Column({ type: 'jsonb' }) evaluation!: EligibilityResult;
  @Column({ type: 'jsonb' }) requirements!: RequirementLine[];
  @Column({ type: 'jsonb', nullable: true }) decision!: TierDecision | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) tier!: string | null;
  @Column({ type: 'integer', nullable: true }) score!: number | null;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'application_documents' })
export class ApplicationDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'document_type', type: 'varchar', length: 40 }) documentType!: DossierDocumentType;
  @Column({ type: 'varchar', length: 10 }) level!: 'company' | 'outlet';
  @Column({ name: 'dossier_document_id', type: 'uuid' }) dossierDocumentId!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'version_number', type: 'integer' }) versionNumber!: number;
  @Column({ type: 'text', nullable: true }) number!: string | null;
  @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) decision!: DocumentDecision;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}

@Entity({ name: 'factual_visits' })
export class FactualVisitEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'visited_on', type: 'date' }) visitedOn!: string;
  @Column({ type: 'text' }) officer!: string;
  @Column({ type: 'boolean' }) passed!: boolean;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}

@Entity({ name: 'announcements' })
export class AnnouncementEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) kind!: 'initial' | 'final';
  @Column({ name: 'announced_at', type: 'timestamptz', default: () => 'now()' }) announcedAt!: Date;
  @Column({ name: 'announced_by', type: 'text' }) announcedBy!: string;
  @Column({ type: 'integer' }) applications!: number;
}

@Entity({ name: 'objections' })
export class ObjectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ type: 'text', nullable: true }) answer!: string | null;
  @Column({ type: 'boolean', nullable: true }) upheld!: boolean | null;
  @Column({ name: 'answered_by', type: 'text', nullable: true }) answeredBy!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}

@Entity({ name: 'agreements' })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ name: 'outlet_name', type: 'text' }) outletName!: string;
  @Column({ name: 'media_type', type: 'varchar', length: 20 }) mediaType!: MediaType;
  @Column({ type: 'varchar', length: 20 }) tier!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber }) ceiling!: number | null;
  @Column({ name: 'signed_on', type: 'date' }) signedOn!: string;
  @Column({ name: 'document_hash', type: 'char', length: 64 }) documentHash!: string;
  @Column({ type: 'varchar', length: 12, default: 'active' }) status!: 'active' | 'terminated';
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'outlet_blocks' })
export class OutletBlockEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'outlet_id', type: 'uuid' }) outletId!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true }) liftedAt!: Date | null;
  @Column({ name: 'lifted_by', type: 'text', nullable: true }) liftedBy!: string | null;
}

/** Platform: a published configuration pack (studi tiru). */
@Entity({ schema: 'platform', name: 'configuration_packs' })
export class ConfigurationPackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ type: 'jsonb' }) content!: RulesContent;
  @Column({ name: 'published_by', type: 'text' }) publishedBy!: string;
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' }) publishedAt!: Date;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
}

@Entity({ schema: 'platform', name: 'pack_adoptions' })
export class PackAdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'pack_id', type: 'uuid' }) packId!: string;
  @Column({ name: 'adopter_tenant_id', type: 'uuid' }) adopterTenantId!: string;
  @Column({ type: 'text', array: true }) parts!: PackPart[];
  @Column({ name: 'adopted_by', type: 'text' }) adoptedBy!: string;
  @Column({ name: 'adopted_at', type: 'timestamptz', default: () => 'now()' }) adoptedAt!: Date;
}

/** Platform: a region's call for media partners in a fiscal year (the public list). */
@Entity({ schema: 'platform', name: 'published_calls' })
export class PublishedCallEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'fiscal_year', type: 'integer' }) fiscalYear!: number;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ name: 'registration_opens', type: 'date' }) registrationOpens!: string;
  @Column({ name: 'registration_closes', type: 'date' }) registrationCloses!: string;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

export const PARTNERSHIP_TENANT_ENTITIES = [
  PartnershipConfigurationEntity,
  ApplicationEntity,
  ApplicationDocumentEntity,
  FactualVisitEntity,
  AnnouncementEntity,
  ObjectionEntity,
  AgreementEntity,
  OutletBlockEntity,
];
export const PARTNERSHIP_PLATFORM_ENTITIES = [ConfigurationPackEntity, PackAdoptionEntity, PublishedCallEntity];
