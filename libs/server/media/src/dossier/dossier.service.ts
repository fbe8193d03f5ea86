import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DossierDocument,
  DossierDocumentVersion,
  DossierUploadFields,
  MediaCompanyDossier,
  MediaCompanyProfile,
  MediaOutlet,
  MediaOutletRequest,
  MediaPartnershipSummary,
  MediaPerson,
  MediaPersonRequest,
  MediaRole,
  UpdateMediaCompanyRequest,
} from '@sinergi/contracts';
import { AppException, todayInJakarta } from '@sinergi/server/core';
import { assertMediaCan, cachedMediaAbility, MediaAbility } from '@sinergi/server/identity';
import { FileStorage } from '@sinergi/server/storage';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { DossierDocumentEntity, DossierDocumentVersionEntity } from '../entities/dossier-document.entity';
import { MediaCompanyEntity } from '../entities/media-company.entity';
import { MediaOutletEntity } from '../entities/media-outlet.entity';
import { MediaPersonEntity } from '../entities/media-person.entity';

/**
 * Where a company's partnerships come from. The partnership module provides it (it reads each tenant
 * the company applied to); the media module cannot depend on partnership, which depends on it.
 */
export const MEDIA_PARTNERSHIP_SOURCE = Symbol('MEDIA_PARTNERSHIP_SOURCE');
export type MediaPartnershipSource = { partnershipsOf(companyId: string): Promise<MediaPartnershipSummary[]> };

/** Everything a tenant's rules may look at, as of now. */
export type DossierSnapshot = {
  company: MediaCompanyProfile;
  people: MediaPerson[];
  outlets: MediaOutlet[];
  documents: DossierDocument[];
};

const ID_LABELS = { company: 'Perusahaan', outlet: 'Media', person: 'Personel', document: 'Dokumen', version: 'Versi dokumen' } as const;
const notFoundText = (what: keyof typeof ID_LABELS) => ({ en: `There is no such ${what}.`, id: `${ID_LABELS[what]} tidak ditemukan.` });
const notFound = (what: keyof typeof ID_LABELS) => new AppException('RESOURCE_NOT_FOUND', notFoundText(what));

/** A press company's dossier: profile, people, outlets and versioned documents. */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Looked up on use: the partnership module depends on this service, so it cannot be injected here. */
  private partnershipSource(): MediaPartnershipSource | null {
    try {
      return this.moduleRef.get<MediaPartnershipSource>(MEDIA_PARTNERSHIP_SOURCE, { strict: false });
    } catch {
      return null; // an app without the partnership module (e.g. the worker)
    }
  }

  async dossier(companyId: string, roles: MediaRole[]): Promise<MediaCompanyDossier> {
    const snapshot = await this.snapshot(companyId);
    const source = this.partnershipSource();
    const partnerships = source ? await source.partnershipsOf(companyId) : [];
    const abilities = cachedMediaAbility([{ companyId, roles }]).rules;
    return { ...snapshot.company, roles, abilities, people: snapshot.people, outlets: snapshot.outlets, documents: snapshot.documents, partnerships };
  }

  async snapshot(companyId: string): Promise<DossierSnapshot> {
    const company = await this.dataSource.getRepository(MediaCompanyEntity).findOneBy({ id: companyId });
    if (!company) throw notFound('company');
    const [people, outlets, documents] = await Promise.all([this.people(companyId), this.outlets(companyId), this.documents(companyId)]);
    return { company: toProfile(company), people, outlets, documents };
  }

  /**
   * Many dossiers at once (the eligibility list): four queries whatever the number of companies.
   * With `currentVersionsOnly`, each document carries its current version alone (what rules read).
   */
  async snapshots(companyIds: string[], options: { currentVersionsOnly?: boolean } = {}): Promise<Map<string, DossierSnapshot>> {
    const result = new Map<string, DossierSnapshot>();
    if (companyIds.length === 0) return result;
    // One array parameter each (`= any($1)`), not one parameter per company.
    const [companies, people, outlets, documents] = await Promise.all([
      this.dataSource.getRepository(MediaCompanyEntity).createQueryBuilder('c').where('c.id = any(:ids)', { ids: companyIds }).getMany(),
      this.dataSource.getRepository(MediaPersonEntity).createQueryBuilder('p').where('p.company_id = any(:ids)', { ids: companyIds }).orderBy('p.created_at').getMany(),
      this.dataSource.getRepository(MediaOutletEntity).createQueryBuilder('o').where('o.company_id = any(:ids)', { ids: companyIds }).orderBy('o.created_at').getMany(),
      options.currentVersionsOnly ? this.currentDocumentsOf(companyIds) : this.documentsOf(companyIds),
    ]);
    for (const company of companies) {
      result.set(company.id, {
        company: toProfile(company),
        people: people.filter((p) => p.companyId === company.id).map(toPerson),
        outlets: outlets.filter((o) => o.companyId === company.id).map(toOutlet),
        documents: documents.get(company.id) ?? [],
      });
    }
    return result;
  }

  async updateProfile(companyId: string, changes: UpdateMediaCompanyRequest): Promise<MediaCompanyProfile> {
    const { version, ...fields } = changes;
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MediaCompanyEntity);
      const company = await repo.findOne({ where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
      if (!company) throw notFound('company');
      if (company.version !== version) throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `current version is ${company.version}` }]);
      const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (typeof defined['legalName'] === 'string') defined['legalName'] = defined['legalName'].trim();
      if (Array.isArray(defined['kbli'])) defined['kbli'] = [...new Set(defined['kbli'] as string[])];
      if (Array.isArray(defined['officeRegionCodes'])) defined['officeRegionCodes'] = [...new Set(defined['officeRegionCodes'] as string[])];
      return toProfile(await repo.save(repo.merge(company, defined)));
    });
  }

  // --- people ------------------------------------------------------------------------------------

  async people(companyId: string): Promise<MediaPerson[]> {
    const rows = await this.dataSource.getRepository(MediaPersonEntity).find({ where: { companyId }, order: { createdAt: 'ASC' } });
    return rows.map(toPerson);
  }

  async addPerson(companyId: string, person: MediaPersonRequest): Promise<MediaPerson> {
    const repo = this.dataSource.getRepository(MediaPersonEntity);
    return toPerson(await repo.save(repo.create({ ...person, name: person.name.trim(), companyId })));
  }

  // The rows below are loaded by id and checked against the caller's ability in their company:
  // another company's row answers 404.

  async updatePerson(ability: MediaAbility, personId: string, person: MediaPersonRequest): Promise<MediaPerson> {
    const repo = this.dataSource.getRepository(MediaPersonEntity);
    const row = assertMediaCan(ability, 'update', 'MediaPerson', await repo.findOneBy({ id: personId }), notFoundText('person'));
    return toPerson(await repo.save(repo.merge(row, { ...person, name: person.name.trim() })));
  }

  async removePerson(ability: MediaAbility, personId: string): Promise<void> {
    const repo = this.dataSource.getRepository(MediaPersonEntity);
    const row = assertMediaCan(ability, 'delete', 'MediaPerson', await repo.findOneBy({ id: personId }), notFoundText('person'));
    const result = await repo.delete({ id: row.id, companyId: row.companyId });
    if (!result.affected) throw notFound('person');
  }

  // --- outlets -----------------------------------------------------------------------------------

  async outlets(companyId: string): Promise<MediaOutlet[]> {
    const rows = await this.dataSource.getRepository(MediaOutletEntity).find({ where: { companyId }, order: { createdAt: 'ASC' } });
    return rows.map(toOutlet);
  }

  async outletsByIds(ids: string[]): Promise<(MediaOutlet & { companyId: string })[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(MediaOutletEntity).findBy({ id: In(ids) });
    return rows.map((row) => ({ ...toOutlet(row), companyId: row.companyId }));
  }

  async addOutlet(companyId: string, outlet: MediaOutletRequest): Promise<MediaOutlet> {
    const repo = this.dataSource.getRepository(MediaOutletEntity);
    const { version: _ignored, ...fields } = outlet;
    return toOutlet(await repo.save(repo.create({ ...fields, name: fields.name.trim(), active: fields.active ?? true, companyId })));
  }

  async updateOutlet(ability: MediaAbility, outletId: string, outlet: MediaOutletRequest): Promise<MediaOutlet> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MediaOutletEntity);
      const found = await repo.findOne({ where: { id: outletId }, lock: { mode: 'pessimistic_write' } });
      const row = assertMediaCan(ability, 'update', 'Outlet', found, notFoundText('outlet'));
      if (outlet.version !== undefined && outlet.version !== row.version) {
        throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `current version is ${row.version}` }]);
      }
      const { version: _ignored, ...fields } = outlet;
      return toOutlet(await repo.save(repo.merge(row, { ...fields, name: fields.name.trim() })));
    });
  }

  // --- documents ---------------------------------------------------------------------------------

  async documents(companyId: string): Promise<DossierDocument[]> {
    return (await this.documentsOf([companyId])).get(companyId) ?? [];
  }

  /** One query: each document with only its latest version. */
  private async currentDocumentsOf(companyIds: string[]): Promise<Map<string, DossierDocument[]>> {
    const rows = (await this.dataSource.query(
      `select distinct on (d.id) d.id, d.company_id, d.outlet_id, d.document_type, d.created_at,
              v.id as v_id, v.version, v.number, to_char(v.issued_on, 'YYYY-MM-DD') as issued_on,
              to_char(v.expires_on, 'YYYY-MM-DD') as expires_on, v.file_hash, v.file_size, v.content_type, v.original_name, v.uploaded_at
         from platform.dossier_documents d join platform.dossier_document_versions v on v.document_id = d.id
        where d.company_id = any($1::uuid[])
        order by d.id, v.version desc`,
      [companyIds],
    )) as Record<string, unknown>[];
    const result = new Map<string, DossierDocument[]>();
    for (const row of rows) {
      const expiresOn = row['expires_on'] as string | null;
      const document: DossierDocument = {
        id: row['id'] as string,
        documentType: row['document_type'] as DossierDocument['documentType'],
        outletId: row['outlet_id'] as string | null,
        current: {
          id: row['v_id'] as string,
          version: row['version'] as number,
          number: row['number'] as string | null,
          issuedOn: row['issued_on'] as string | null,
          expiresOn,
          fileHash: row['file_hash'] as string,
          fileSize: row['file_size'] as number,
          contentType: row['content_type'] as string,
          originalName: row['original_name'] as string,
          uploadedAt: (row['uploaded_at'] as Date).toISOString(),
        },
        previous: [],
        expiresInDays: expiresOn ? daysUntil(expiresOn) : null,
      };
      const companyId = row['company_id'] as string;
      result.set(companyId, [...(result.get(companyId) ?? []), document]);
    }
    return result;
  }

  private async documentsOf(companyIds: string[]): Promise<Map<string, DossierDocument[]>> {
    const result = new Map<string, DossierDocument[]>();
    const documents = await this.dataSource
      .getRepository(DossierDocumentEntity)
      .find({ where: { companyId: In(companyIds) }, order: { createdAt: 'ASC' } });
    if (documents.length === 0) return result;
    const versions = await this.dataSource
      .getRepository(DossierDocumentVersionEntity)
      .find({ where: { documentId: In(documents.map((d) => d.id)) }, order: { version: 'DESC' } });
    const byDocument = new Map<string, DossierDocumentVersionEntity[]>();
    for (const version of versions) byDocument.set(version.documentId, [...(byDocument.get(version.documentId) ?? []), version]);
    for (const document of documents) {
      const [current, ...previous] = byDocument.get(document.id) ?? [];
      if (current) result.set(document.companyId, [...(result.get(document.companyId) ?? []), toDocument(document, current, previous)]);
    }
    return result;
  }

  /**
   * Stores the file (checked by its bytes: 413/415 before anything is written), then records it as
   * a new document, or as the next version of the company's (or outlet's) document of that type.
   */
  async upload(companyId: string, uploaderId: string, fields: DossierUploadFields, file: { buffer: Buffer; originalname: string }): Promise<DossierDocument> {
    if (fields.outletId) await this.requireOutlet(companyId, fields.outletId);
    assertDates(fields);
    const stored = await this.storage.store(file.buffer, file.originalname);
    return this.dataSource.transaction(async (manager) => {
      const documents = manager.getRepository(DossierDocumentEntity);
      // One document per type and owner (except "other"): a new upload is its next version.
      let document =
        fields.documentType === 'other'
          ? null
          : await documents.findOne({
              where: { companyId, documentType: fields.documentType, outletId: fields.outletId ?? IsNull() },
              lock: { mode: 'pessimistic_write' },
            });
      document ??= await documents.save(documents.create({ companyId, outletId: fields.outletId ?? null, documentType: fields.documentType }));
      await this.addVersion(manager, document.id, uploaderId, fields, stored);
      return this.documentInTransaction(manager, document);
    });
  }

  /** A new version of a given document (the old ones stay: a tenant may have verified them). */
  async uploadVersion(
    ability: MediaAbility,
    documentId: string,
    uploaderId: string,
    fields: { number?: string; issuedOn?: string; expiresOn?: string },
    file: { buffer: Buffer; originalname: string },
  ): Promise<DossierDocument> {
    const found = await this.dataSource.getRepository(DossierDocumentEntity).findOneBy({ id: documentId });
    assertMediaCan(ability, 'update', 'DossierDocument', found, notFoundText('document'));
    assertDates(fields);
    const stored = await this.storage.store(file.buffer, file.originalname);
    return this.dataSource.transaction(async (manager) => {
      const document = await manager
        .getRepository(DossierDocumentEntity)
        .findOneOrFail({ where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      await this.addVersion(manager, document.id, uploaderId, fields, stored);
      return this.documentInTransaction(manager, document);
    });
  }

  /** A version file for its company's people. */
  async openVersion(ability: MediaAbility, documentId: string, versionId: string) {
    const document = await this.dataSource.getRepository(DossierDocumentEntity).findOneBy({ id: documentId });
    assertMediaCan(ability, 'read', 'DossierDocument', document, notFoundText('version'));
    const version = await this.dataSource.getRepository(DossierDocumentVersionEntity).findOneBy({ id: versionId, documentId });
    if (!version) throw notFound('version');
    return { version: toVersion(version), file: await this.storage.open(version.fileHash) };
  }

  /** Whether the version belongs to the company (a tenant may read only what an applicant showed it). */
  async versionOf(companyId: string, versionId: string): Promise<DossierDocumentVersionEntity | null> {
    return this.dataSource
      .getRepository(DossierDocumentVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(DossierDocumentEntity, 'd', 'd.id = v.document_id')
      .where('v.id = :versionId and d.company_id = :companyId', { versionId, companyId })
      .getOne();
  }


  /** Opens a version the caller has already proved it may read (see versionOf). */
  async openFile(version: DossierDocumentVersionEntity) {
    return this.storage.open(version.fileHash);
  }

  /** Tenants the company applied to: recorded once, before the tenant's own application row. */
  async linkTenant(companyId: string, tenantId: string): Promise<void> {
    await this.dataSource.query(
      'insert into platform.company_tenant_links (company_id, tenant_id) values ($1, $2) on conflict do nothing',
      [companyId, tenantId],
    );
  }

  async linkedTenantIds(companyId: string): Promise<string[]> {
    const rows = (await this.dataSource.query('select tenant_id from platform.company_tenant_links where company_id = $1 order by first_applied_at', [
      companyId,
    ])) as { tenant_id: string }[];
    return rows.map((row) => row.tenant_id);
  }

  async companyNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(MediaCompanyEntity).findBy({ id: In(ids) });
    return new Map(rows.map((row) => [row.id, row.legalName]));
  }

  private async requireOutlet(companyId: string, outletId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(MediaOutletEntity).existsBy({ id: outletId, companyId }))) throw notFound('outlet');
  }

  private async addVersion(
    manager: EntityManager,
    documentId: string,
    uploaderId: string,
    fields: { number?: string; issuedOn?: string; expiresOn?: string },
    stored: { hash: string; size: number; contentType: string; originalName: string },
  ): Promise<void> {
    const [{ next }] = (await manager.query(
      'select coalesce(max(version), 0) + 1 as next from platform.dossier_document_versions where document_id = $1',
      [documentId],
    )) as [{ next: number }];
    await manager.getRepository(DossierDocumentVersionEntity).insert({
      documentId,
      version: Number(next),
      number: fields.number?.trim() || null,
      issuedOn: fields.issuedOn ?? null,
      expiresOn: fields.expiresOn ?? null,
      fileHash: stored.hash,
      fileSize: stored.size,
      contentType: stored.contentType,
      originalName: stored.originalName,
      uploadedBy: uploaderId,
    });
  }

  private async documentInTransaction(manager: EntityManager, document: DossierDocumentEntity): Promise<DossierDocument> {
    const [current, ...previous] = await manager
      .getRepository(DossierDocumentVersionEntity)
      .find({ where: { documentId: document.id }, order: { version: 'DESC' } });
    return toDocument(document, current!, previous);
  }
}

function assertDates(fields: { issuedOn?: string; expiresOn?: string }): void {
  if (fields.issuedOn && fields.expiresOn && fields.expiresOn < fields.issuedOn) {
    throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'expiresOn', message: 'expiresOn must not be before issuedOn' }]);
  }
}

/** Calendar days from today (Asia/Jakarta) to the date; negative once past. */
export function daysUntil(date: string, today = todayInJakarta()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}


function toProfile(row: MediaCompanyEntity): MediaCompanyProfile {
  return {
    id: row.id,
    legalName: row.legalName,
    legalForm: row.legalForm,
    npwp: row.npwp,
    nib: row.nib,
    pkp: row.pkp,
    kbli: row.kbli,
    address: row.address,
    regionCode: row.regionCode,
    officeRegionCodes: row.officeRegionCodes,
    establishedOn: row.establishedOn,
    phone: row.phone,
    website: row.website,
    bankName: row.bankName,
    bankAccountNumber: row.bankAccountNumber,
    bankAccountHolder: row.bankAccountHolder,
    dewanPersStatus: row.dewanPersStatus,
    dewanPersCertificateNumber: row.dewanPersCertificateNumber,
    dewanPersVerifiedOn: row.dewanPersVerifiedOn,
    constituentOrganisation: row.constituentOrganisation,
    version: row.version,
  };
}

function toPerson(row: MediaPersonEntity): MediaPerson {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    ukwLevel: row.ukwLevel,
    ukwCertificateNumber: row.ukwCertificateNumber,
    ukwCertifiedOn: row.ukwCertifiedOn,
    ktpRegionCode: row.ktpRegionCode,
  };
}

function toOutlet(row: MediaOutletEntity): MediaOutlet {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.mediaType,
    url: row.url,
    launchedOn: row.launchedOn,
    monthlyVisitors: row.monthlyVisitors,
    circulation: row.circulation,
    broadcastLicenceNumber: row.broadcastLicenceNumber,
    socialPlatform: row.socialPlatform,
    location: row.location,
    publishesMasthead: row.publishesMasthead,
    active: row.active,
    version: row.version,
  };
}

export function toVersion(row: DossierDocumentVersionEntity): DossierDocumentVersion {
  return {
    id: row.id,
    version: row.version,
    number: row.number,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    fileHash: row.fileHash,
    fileSize: row.fileSize,
    contentType: row.contentType,
    originalName: row.originalName,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

function toDocument(document: DossierDocumentEntity, current: DossierDocumentVersionEntity, previous: DossierDocumentVersionEntity[]): DossierDocument {
  return {
    id: document.id,
    documentType: document.documentType,
    outletId: document.outletId,
    current: toVersion(current),
    previous: previous.map(toVersion),
    expiresInDays: current.expiresOn ? daysUntil(current.expiresOn) : null,
  };
}
