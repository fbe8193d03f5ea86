import { Injectable } from '@nestjs/common';
import { Agreement, CreateAgreementRequest, CreateOutletBlockRequest, IssuedDocument, OutletBlock, OutletHistoryEntry, Page, PublicPartner } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, containsPattern, type PageSlice, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { AgreementRenderer, DocumentNumbering } from '@sinergi/server/documents';
import { DossierService } from '@sinergi/server/media';
import { FileStorage } from '@sinergi/server/storage';
import { PartnershipConfigurationService } from '../configuration/partnership-configuration.service';
import { AgreementEntity, ApplicationEntity, OutletBlockEntity } from '../entities/partnership.entities';

type IssuedRow = { id: string; number: string; fiscal_year: number; issued_on: string; created_at: Date; outlet_name: string; company_name: string; total: number };

const notFound = () => new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such agreement.', id: 'Perjanjian tidak ditemukan.' });

/** Agreements (perjanjian kerja sama) per outlet and year, and the tenant's blocks on outlets. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly configurations: PartnershipConfigurationService,
    private readonly dossiers: DossierService,
    private readonly numbering: DocumentNumbering,
    private readonly renderer: AgreementRenderer,
    private readonly storage: FileStorage,
    private readonly audit: AuditTrail,
  ) {}

  /** From a final result: numbered, rendered on the letterhead, stored; the number is gap-free. */
  async create(request: CreateAgreementRequest, actor: RequestActor): Promise<Agreement> {
    const manager = this.tenantDb.manager();
    const application = await manager.getRepository(ApplicationEntity).findOne({ where: { id: request.applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such application.', id: 'Permohonan tidak ditemukan.' });
    if (application.status !== 'final' || !application.tier) {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'applicationId', message: `the application is ${application.status}: only final results with a tier get an agreement` }]);
    }
    if (await manager.getRepository(AgreementEntity).existsBy({ applicationId: application.id })) {
      throw new AppException('CONFLICT', { en: 'This outlet already has its agreement for the year.', id: 'Media ini sudah memiliki perjanjian untuk tahun ini.' });
    }
    if (request.endsOn < request.startsOn) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
    const yearOf = (date: string) => Number(date.slice(0, 4));
    if (yearOf(request.startsOn) !== application.fiscalYear || yearOf(request.endsOn) !== application.fiscalYear) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'startsOn', message: `the term must lie within fiscal year ${application.fiscalYear}` }]);
    }
    const configuration = await this.configurations.require(application.fiscalYear);
    const snapshot = await this.dossiers.snapshot(application.companyId);
    const outlet = snapshot.outlets.find((o) => o.id === application.outletId);
    const signedOn = request.signedOn ?? todayInJakarta();
    const { number } = await this.numbering.next('agreement', application.fiscalYear, { unit: configuration.unitCode, issuedOn: signedOn });
    const tier = configuration.content.eligibility.tiers.find((t) => t.code === application.tier);
    const pemred = snapshot.people.find((p) => p.position === 'pemimpin-redaksi');
    const pdf = await this.renderer.renderAgreement({
      number,
      signedOn,
      letterhead: { ...configuration.letterhead, logoPng: null },
      legalBasis: configuration.legalBasis,
      fiscalYear: application.fiscalYear,
      tenantParty: { ...configuration.agreementSignatory, institution: configuration.owningUnit },
      mediaParty: {
        name: pemred?.name ?? snapshot.company.legalName,
        position: pemred ? 'Pemimpin Redaksi' : 'Penanggung Jawab',
        companyLegalName: snapshot.company.legalName,
        companyAddress: snapshot.company.address,
      },
      outlet: { name: application.outletName, mediaType: application.mediaType, url: outlet?.url ?? null },
      tier: { code: application.tier, label: tier?.label.id ?? application.tier },
      term: { startsOn: request.startsOn, endsOn: request.endsOn },
      ceiling: request.ceiling ?? null,
      unitPrices: [],
    });
    const stored = await this.storage.store(pdf, `${number.replace(/[^\w.-]+/g, '-')}.pdf`);
    const repo = manager.getRepository(AgreementEntity);
    const row = await repo.save(
      repo.create({
        number,
        fiscalYear: application.fiscalYear,
        applicationId: application.id,
        companyId: application.companyId,
        companyName: application.companyName,
        outletId: application.outletId,
        outletName: application.outletName,
        mediaType: application.mediaType,
        tier: application.tier,
        startsOn: request.startsOn,
        endsOn: request.endsOn,
        ceiling: request.ceiling ?? null,
        signedOn,
        documentHash: stored.hash,
        createdBy: actor.name,
      }),
    );
    await this.audit.record(actor, { action: 'agreement.created', subject: { type: 'Agreement', id: row.id }, details: { number, outletId: row.outletId, tier: row.tier } });
    return toAgreement(row);
  }

  async list(query: { fiscalYear?: number; companyId?: string; page?: number; pageSize?: number }): Promise<Page<Agreement>> {
    const { page, pageSize, offset } = pageWindow(query);
    const where = { ...(query.fiscalYear ? { fiscalYear: query.fiscalYear } : {}), ...(query.companyId ? { companyId: query.companyId } : {}) };
    const [rows, total] = await this.tenantDb.repository(AgreementEntity).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: pageSize });
    return pageOf(rows.map(toAgreement), page, pageSize, total);
  }

  /**
   * The agreements' numbers for the documents register: the first `limit` newest (date signed, then
   * when numbered, then number: the register's order) and how many match. `q` is part of the number,
   * the outlet or the company.
   */
  async issuedDocuments(filter: { fiscalYear?: number; q?: string }, limit: number): Promise<PageSlice<IssuedDocument>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.fiscalYear) where.push(`fiscal_year = $${params.push(filter.fiscalYear)}`);
    const like = containsPattern(filter.q);
    if (like) where.push(`(number ilike $${params.push(like)} or outlet_name ilike $${params.length} or company_name ilike $${params.length})`);
    const rows = (await this.tenantDb.manager().query(
      `select id, number, fiscal_year, to_char(signed_on, 'YYYY-MM-DD') as issued_on, created_at, outlet_name, company_name, count(*) over ()::int as total
         from agreements ${where.length ? `where ${where.join(' and ')}` : ''}
        order by signed_on desc, date_trunc('milliseconds', created_at) desc, number collate "C"
        limit $${params.push(limit)}`,
      params,
    )) as IssuedRow[];
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        kind: 'agreement',
        number: row.number,
        fiscalYear: row.fiscal_year,
        issuedOn: row.issued_on,
        issuedAt: new Date(row.created_at).toISOString(),
        outletName: row.outlet_name,
        companyName: row.company_name,
        objectType: 'agreement',
        objectId: row.id,
        downloadPath: `/agreements/${row.id}/pdf`,
      })),
    };
  }

  /** The year's partner media (active agreements), as the region publishes them (UU 14/2008). */
  async publicPartners(fiscalYear: number): Promise<PublicPartner[]> {
    const rows = await this.tenantDb.repository(AgreementEntity).find({ where: { fiscalYear, status: 'active' }, order: { outletName: 'ASC' }, take: 2000 });
    return rows.map((a) => ({ outlet: a.outletName, mediaType: a.mediaType, company: a.companyName, tier: a.tier, startsOn: a.startsOn, endsOn: a.endsOn }));
  }

  async get(id: string, scope?: { companyId: string }): Promise<Agreement> {
    const row = await this.tenantDb.repository(AgreementEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw notFound();
    return toAgreement(row);
  }

  async pdf(id: string, scope?: { companyId: string }) {
    const row = await this.tenantDb.repository(AgreementEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw notFound();
    return { name: `${row.number.replace(/[^\w.-]+/g, '-')}.pdf`, file: await this.storage.open(row.documentHash) };
  }

  // --- blocks ------------------------------------------------------------------------------------

  async block(outletId: string, request: CreateOutletBlockRequest, actor: RequestActor): Promise<OutletBlock> {
    const [outlet] = await this.dossiers.outletsByIds([outletId]);
    if (!outlet) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such outlet.', id: 'Media tidak ditemukan.' });
    if (request.endsOn && request.endsOn < request.startsOn) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
    const repo = this.tenantDb.repository(OutletBlockEntity);
    const row = await repo.save(repo.create({ outletId, reason: request.reason.trim(), startsOn: request.startsOn, endsOn: request.endsOn ?? null, createdBy: actor.name }));
    await this.audit.record(actor, { action: 'outlet.blocked', subject: { type: 'OutletBlock', id: row.id }, details: { outletId, reason: row.reason, startsOn: row.startsOn, endsOn: row.endsOn } });
    return toBlock(row);
  }

  async lift(blockId: string, actor: RequestActor): Promise<OutletBlock> {
    const repo = this.tenantDb.repository(OutletBlockEntity);
    const row = await repo.findOneBy({ id: blockId });
    if (!row) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such block.', id: 'Blokir tidak ditemukan.' });
    if (row.liftedAt) throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'block', message: 'already lifted' }]);
    row.liftedAt = new Date();
    row.liftedBy = actor.name;
    await repo.save(row);
    await this.audit.record(actor, { action: 'outlet.unblocked', subject: { type: 'OutletBlock', id: row.id }, details: { outletId: row.outletId } });
    return toBlock(row);
  }

  /** The tenant's blocks, newest first; `active` keeps those in force today. */
  async blocks(query: { active?: boolean; page?: number; pageSize?: number }): Promise<Page<OutletBlock>> {
    const { page, pageSize, offset } = pageWindow(query);
    const qb = this.tenantDb.repository(OutletBlockEntity).createQueryBuilder('b').orderBy('b.created_at', 'DESC').addOrderBy('b.id').skip(offset).take(pageSize);
    if (query.active) {
      qb.where('b.lifted_at is null and b.starts_on <= :today and (b.ends_on is null or b.ends_on >= :today)', { today: todayInJakarta() });
    }
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(toBlock), page, pageSize, total);
  }

  /** The block keeping an outlet out on a day (WIB), if any: orders and applications are refused meanwhile. */
  async activeBlock(outletId: string, onDate: string): Promise<OutletBlock | null> {
    const row = await this.tenantDb
      .repository(OutletBlockEntity)
      .createQueryBuilder('b')
      .where('b.outlet_id = :outletId and b.lifted_at is null and b.starts_on <= :onDate and (b.ends_on is null or b.ends_on >= :onDate)', { outletId, onDate })
      .orderBy('b.created_at', 'DESC')
      .getOne();
    return row ? toBlock(row) : null;
  }

  /** What happened to an outlet in this tenant, newest first. */
  async history(outletId: string): Promise<{ blocks: OutletBlock[]; entries: OutletHistoryEntry[] }> {
    const manager = this.tenantDb.manager();
    const applications = await manager.getRepository(ApplicationEntity).findBy({ outletId });
    const agreements = await manager.getRepository(AgreementEntity).findBy({ outletId });
    const blocks = await manager.getRepository(OutletBlockEntity).find({ where: { outletId }, order: { createdAt: 'DESC' } });
    const entries: OutletHistoryEntry[] = [
      ...applications.map((a) => ({ at: a.submittedAt.toISOString(), kind: 'application' as const, summary: `${a.fiscalYear}: ${a.status}`, refId: a.id })),
      ...applications
        .filter((a) => a.decision)
        .map((a) => ({ at: a.decision!.decidedAt, kind: 'decision' as const, summary: `${a.fiscalYear}: ${a.tier ?? 'ineligible'} (score ${a.score})`, refId: a.id })),
      ...agreements.map((a) => ({ at: a.createdAt.toISOString(), kind: 'agreement' as const, summary: `${a.number}: tier ${a.tier}`, refId: a.id })),
      ...blocks.map((b) => ({ at: b.createdAt.toISOString(), kind: 'block' as const, summary: b.reason, refId: b.id })),
      ...blocks.filter((b) => b.liftedAt).map((b) => ({ at: b.liftedAt!.toISOString(), kind: 'unblock' as const, summary: b.reason, refId: b.id })),
    ].sort((x, y) => y.at.localeCompare(x.at));
    return { blocks: blocks.map(toBlock), entries };
  }
}

function toAgreement(row: AgreementEntity): Agreement {
  return {
    id: row.id,
    number: row.number,
    fiscalYear: row.fiscalYear,
    applicationId: row.applicationId,
    company: { id: row.companyId, legalName: row.companyName },
    outlet: { id: row.outletId, name: row.outletName, mediaType: row.mediaType },
    tier: row.tier,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    ceiling: row.ceiling,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

function toBlock(row: OutletBlockEntity): OutletBlock {
  return {
    id: row.id,
    outletId: row.outletId,
    reason: row.reason,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    liftedAt: row.liftedAt?.toISOString() ?? null,
    liftedBy: row.liftedBy,
  };
}
