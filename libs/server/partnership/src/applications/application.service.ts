import { Injectable } from '@nestjs/common';
import {
  Application,
  ApplicationDocument,
  ApplicationQuery,
  ApplicationStatus,
  ApplicationSummary,
  ConfigurationPreview,
  DocumentDecisionRequest,
  EligibilityListEntry,
  FactualVisitRequest,
  MediaTenantView,
  Page,
  PartnershipConfiguration,
  RulesContent,
  TierDecision,
} from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException, localizedDetail, pageOf, pageWindow, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { rulesContentProblems } from '@sinergi/server/rules';
import { DossierService, DossierSnapshot } from '@sinergi/server/media';
import { TenantProfileService, TenantRegistry } from '@sinergi/server/tenancy';
import { EntityManager, In } from 'typeorm';
import { within } from '../configuration/calendar';
import { PartnershipConfigurationService } from '../configuration/partnership-configuration.service';
import {
  AgreementEntity,
  AnnouncementEntity,
  ApplicationDocumentEntity,
  ApplicationEntity,
  FactualVisitEntity,
  ObjectionEntity,
} from '../entities/partnership.entities';
import { evaluateOutlet, outletVerdict } from './facts';

const notFound = () => new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such application.', id: 'Permohonan tidak ditemukan.' });
const transition = (from: ApplicationStatus, action: string) =>
  new AppException('INVALID_TRANSITION', undefined, [{ field: 'status', message: `cannot ${action} an application that is ${from}` }]);

/** Where each step may start from: the state machine of an application. */
const ALLOWED: Record<string, ApplicationStatus[]> = {
  decideDocument: ['submitted', 'in-review', 'returned', 'verified'],
  factualVisit: ['submitted', 'in-review', 'returned', 'verified'],
  tier: ['verified', 'tiered', 'ineligible'],
  resubmit: ['submitted', 'in-review', 'returned'],
  object: ['tiered', 'ineligible'],
};

/**
 * The partnership cycle of one tenant: a press company applies with its outlets, verifiers decide
 * each document (and record a factual visit where the rules ask for one), the rules give a tier,
 * results are announced, objections answered, results made final.
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly configurations: PartnershipConfigurationService,
    private readonly dossiers: DossierService,
    private readonly registry: TenantRegistry,
    private readonly audit: AuditTrail,
    private readonly profiles: TenantProfileService,
  ) {}

  // --- the media side ----------------------------------------------------------------------------

  /** This tenant's requirements against each of the company's outlets: "what am I missing here". */
  async mediaView(companyId: string, fiscalYear: number, tenantName: string): Promise<MediaTenantView> {
    const configuration = await this.configurations.require(fiscalYear);
    const [snapshot, region] = await Promise.all([this.dossiers.snapshot(companyId), this.regionCode()]);
    const today = todayInJakarta();
    const blocked = await this.blockedOutlets(snapshot.outlets.map((o) => o.id), today);
    const tenant = this.tenantDb.currentTenant();
    const registrationOpen = within(today, configuration.calendar.registrationOpens, configuration.calendar.registrationCloses);
    return {
      tenant: { slug: tenant.slug, name: tenantName },
      fiscalYear,
      legalBasis: configuration.legalBasis,
      owningUnit: configuration.owningUnit,
      calendar: configuration.calendar,
      registrationOpen,
      publicPage: (await this.profiles.publication()).publicPage,
      outlets: snapshot.outlets
        .filter((outlet) => outlet.active)
        .map((outlet) => {
          const { requirements, evaluation } = evaluateOutlet(configuration.content, snapshot, outlet, region, today);
          const complete = !requirements.some((line) => line.outcome === 'missing' || line.outcome === 'expired');
          return {
            outlet: { id: outlet.id, name: outlet.name, mediaType: outlet.mediaType },
            evaluation,
            requirements,
            canApply: registrationOpen && complete && !blocked.has(outlet.id),
          };
        }),
    };
  }

  /**
   * Applies with one or more outlets, inside the registration window (422 WINDOW_CLOSED), with every
   * required document present and unexpired (422 APPLICATION_INCOMPLETE, listing them).
   */
  async submit(companyId: string, fiscalYear: number, outletIds: string[], actor: RequestActor): Promise<Application[]> {
    const configuration = await this.configurations.require(fiscalYear);
    const today = todayInJakarta();
    const { registrationOpens, registrationCloses } = configuration.calendar;
    if (!within(today, registrationOpens, registrationCloses)) {
      throw new AppException('WINDOW_CLOSED', undefined, [
        { field: 'fiscalYear', message: `registration is open from ${registrationOpens} to ${registrationCloses}` },
      ]);
    }
    const snapshot = await this.dossiers.snapshot(companyId);
    const region = await this.regionCode();
    const unique = [...new Set(outletIds)];
    const outlets = unique.map((id) => snapshot.outlets.find((outlet) => outlet.id === id && outlet.active));
    const unknown = unique.filter((_, index) => !outlets[index]);
    if (unknown.length) {
      throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such outlet.', id: 'Media tidak ditemukan.' }, unknown.map((id) => ({ field: 'outletIds', message: id })));
    }
    const blocked = await this.blockedOutlets(unique, today);
    if (blocked.size) throw new AppException('OUTLET_BLOCKED', undefined, [...blocked].map((id) => ({ field: 'outletIds', message: id })));

    const evaluated = outlets.map((outlet) => ({ outlet: outlet!, ...evaluateOutlet(configuration.content, snapshot, outlet!, region, today) }));
    const incomplete = evaluated.flatMap(({ outlet, requirements }) =>
      requirements
        .filter((line) => line.outcome === 'missing' || line.outcome === 'expired')
        .map((line) => ({ field: 'outletIds', outletId: outlet.id, documentType: line.documentType, outcome: line.outcome, message: line.message.en })),
    );
    if (incomplete.length) throw new AppException('APPLICATION_INCOMPLETE', undefined, incomplete);

    const manager = this.tenantDb.manager();
    const existing = await manager.getRepository(ApplicationEntity).findBy({ outletId: In(unique), fiscalYear });
    const live = existing.filter((row) => row.status !== 'withdrawn');
    if (live.length) {
      throw new AppException('CONFLICT', { en: 'This outlet has already applied for the year.', id: 'Media ini sudah mendaftar untuk tahun ini.' }, live.map((row) => ({ field: 'outletIds', message: row.outletId })));
    }
    // Platform side, committed on its own: the company's portal lists this tenant, even if this
    // transaction failed after it (the link then shows a tenant with no application, nothing more).
    await this.dossiers.linkTenant(companyId, this.tenantDb.currentTenant().id);
    const ids: string[] = [];
    for (const { outlet, requirements, evaluation } of evaluated) {
      const application = await manager.getRepository(ApplicationEntity).save(
        manager.getRepository(ApplicationEntity).create({
          fiscalYear,
          companyId,
          companyName: snapshot.company.legalName,
          outletId: outlet.id,
          outletName: outlet.name,
          mediaType: outlet.mediaType,
          configurationId: configuration.id,
          status: 'submitted',
          evaluation,
          requirements,
          submittedBy: actor.name,
        }),
      );
      await this.attachDocuments(manager, application.id, snapshot, outlet.id, configuration);
      await this.audit.record(actor, {
        action: 'application.submitted',
        subject: { type: 'Application', id: application.id },
        details: { companyId, outletId: outlet.id, fiscalYear, configurationVersion: configuration.version },
      });
      ids.push(application.id);
    }
    const applications: Application[] = [];
    for (const id of ids) applications.push(await this.get(id));
    return applications;
  }

  /** The company's applications in this tenant (results only once announced). */
  async forCompany(companyId: string): Promise<Application[]> {
    const rows = await this.tenantDb.repository(ApplicationEntity).find({ where: { companyId }, order: { submittedAt: 'DESC' } });
    const applications: Application[] = [];
    for (const row of rows) applications.push(await this.get(row.id, { companyId }));
    return applications;
  }

  /** A rejected document answered with a newer version of the dossier document, before the announcement. */
  async resubmitDocument(companyId: string, applicationId: string, applicationDocumentId: string, versionId: string, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const application = await this.lockFor(manager, applicationId, companyId);
    const configuration = await this.configurations.require(application.fiscalYear);
    if (todayInJakarta() >= configuration.calendar.announcement) {
      throw new AppException('WINDOW_CLOSED', undefined, [{ field: 'versionId', message: `documents can be resubmitted until ${configuration.calendar.announcement}` }]);
    }
    if (!ALLOWED['resubmit']!.includes(application.status)) throw transition(application.status, 'resubmit a document of');
    const document = await manager.getRepository(ApplicationDocumentEntity).findOneBy({ id: applicationDocumentId, applicationId });
    if (!document) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such document.', id: 'Dokumen tidak ditemukan.' });
    const version = await this.dossiers.versionOf(companyId, versionId);
    if (!version || version.documentId !== document.dossierDocumentId) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'versionId', message: 'not a version of this document' }]);
    }
    if (version.version <= document.versionNumber) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'versionId', message: 'upload a newer version of the document first' }]);
    }
    await manager.getRepository(ApplicationDocumentEntity).update(document.id, {
      versionId: version.id,
      versionNumber: version.version,
      number: version.number,
      expiresOn: version.expiresOn,
      decision: 'pending',
      note: null,
      decidedBy: null,
      decidedAt: null,
    });
    await this.bump(manager, application, application.status === 'returned' ? 'in-review' : application.status);
    await this.audit.record(actor, {
      action: 'application.document-resubmitted',
      subject: { type: 'Application', id: applicationId },
      details: { documentType: document.documentType, version: version.version },
    });
    return this.get(applicationId, { companyId });
  }

  /** An objection during the masa sanggah, once the results are announced. */
  async object(companyId: string, applicationId: string, text: string, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const application = await this.lockFor(manager, applicationId, companyId);
    const configuration = await this.configurations.current(application.fiscalYear);
    const announced = await manager.getRepository(AnnouncementEntity).existsBy({ fiscalYear: application.fiscalYear, kind: 'initial' });
    const { objectionOpens, objectionCloses } = configuration!.calendar;
    if (!announced || !within(todayInJakarta(), objectionOpens, objectionCloses)) {
      throw new AppException('WINDOW_CLOSED', undefined, [{ field: 'text', message: `objections are heard from ${objectionOpens} to ${objectionCloses}, after the announcement` }]);
    }
    if (!ALLOWED['object']!.includes(application.status)) throw transition(application.status, 'object to');
    await manager.getRepository(ObjectionEntity).insert({ applicationId, text: text.trim(), submittedBy: actor.name });
    await this.audit.record(actor, { action: 'application.objection-filed', subject: { type: 'Application', id: applicationId }, details: {} });
    return this.get(applicationId, { companyId });
  }

  // --- the tenant side ---------------------------------------------------------------------------

  /**
   * The given requirements and rules against a company that applied here (any year: a tenant sees
   * only dossiers shown to it), for each of its active outlets as of today; nothing is stored.
   * Invalid content is 422 RULE_SET_INVALID with every problem, as on save.
   */
  async preview(companyId: string, content: RulesContent): Promise<ConfigurationPreview> {
    const problems = rulesContentProblems(content).map((p) => localizedDetail(`content.${p.field}`, p.message));
    if (problems.length) throw new AppException('RULE_SET_INVALID', undefined, problems);
    const applied = await this.tenantDb.repository(ApplicationEntity).exists({ where: { companyId } });
    if (!applied) throw new AppException('RESOURCE_NOT_FOUND', { en: 'No application from this company here.', id: 'Tidak ada pendaftaran dari perusahaan ini.' });
    const [snapshot, region] = await Promise.all([this.dossiers.snapshot(companyId), this.regionCode()]);
    const today = todayInJakarta();
    const blocked = await this.blockedOutlets(snapshot.outlets.map((o) => o.id), today);
    return {
      company: { id: companyId, legalName: snapshot.company.legalName },
      outlets: snapshot.outlets
        .filter((outlet) => outlet.active)
        .map((outlet) => {
          const { requirements, evaluation } = evaluateOutlet(content, snapshot, outlet, region, today);
          const complete = !requirements.some((line) => line.outcome === 'missing' || line.outcome === 'expired');
          return { outlet: { id: outlet.id, name: outlet.name, mediaType: outlet.mediaType }, evaluation, requirements, canApply: complete && !blocked.has(outlet.id) };
        }),
    };
  }

  async list(query: ApplicationQuery): Promise<Page<ApplicationSummary>> {
    const { page, pageSize, offset } = pageWindow(query);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.fiscalYear) where.push(`a.fiscal_year = $${params.push(query.fiscalYear)}`);
    if (query.status) where.push(`a.status = $${params.push(query.status)}`);
    if (query.q) where.push(`(a.outlet_name ilike $${params.push(`%${query.q.replace(/[%_\\]/g, '\\$&')}%`)} or a.company_name ilike $${params.length})`);
    const sorts: Record<string, string> = {
      submittedAt: 'a.submitted_at desc',
      '-submittedAt': 'a.submitted_at asc',
      outlet: 'a.outlet_name asc',
      company: 'a.company_name asc',
      status: 'a.status asc, a.submitted_at desc',
    };
    const order = sorts[query.sort ?? 'submittedAt'] ?? sorts['submittedAt'];
    const filter = where.length ? `where ${where.join(' and ')}` : '';
    const manager = this.tenantDb.manager();
    const rows = (await manager.query(
      `select a.id, a.fiscal_year, a.company_id, a.company_name, a.outlet_id, a.outlet_name, a.media_type, a.status,
              a.submitted_at, a.version, a.tier,
              count(d.id) filter (where d.decision = 'pending')::int as pending,
              count(d.id) filter (where d.decision = 'rejected')::int as rejected,
              count(*) over ()::int as total
         from applications a left join application_documents d on d.application_id = a.id
         ${filter}
        group by a.id order by ${order}, a.id limit ${pageSize} offset ${offset}`,
      params,
    )) as Record<string, unknown>[];
    const total = rows.length ? Number(rows[0]!['total']) : offset > 0 ? await this.count(filter, params) : 0;
    return pageOf(
      rows.map((row) => ({
        id: row['id'] as string,
        fiscalYear: row['fiscal_year'] as number,
        company: { id: row['company_id'] as string, legalName: row['company_name'] as string },
        outlet: { id: row['outlet_id'] as string, name: row['outlet_name'] as string, mediaType: row['media_type'] as ApplicationSummary['outlet']['mediaType'] },
        status: row['status'] as ApplicationStatus,
        submittedAt: (row['submitted_at'] as Date).toISOString(),
        version: row['version'] as number,
        tier: row['tier'] as string | null,
        pendingDocuments: row['pending'] as number,
        rejectedDocuments: row['rejected'] as number,
      })),
      page,
      pageSize,
      total,
    );
  }

  /** One application; for a company, only its own (404 otherwise) and the decision only once announced. */
  async get(id: string, scope?: { companyId: string }): Promise<Application> {
    const manager = this.tenantDb.manager();
    const row = await manager.getRepository(ApplicationEntity).findOneBy(scope ? { id, companyId: scope.companyId } : { id });
    if (!row) throw notFound();
    // One transaction, one connection: these run one after the other.
    const documents = await manager.getRepository(ApplicationDocumentEntity).find({ where: { applicationId: id }, order: { documentType: 'ASC' } });
    const visit = await manager.getRepository(FactualVisitEntity).findOneBy({ applicationId: id });
    const objections = await manager.getRepository(ObjectionEntity).find({ where: { applicationId: id }, order: { submittedAt: 'ASC' } });
    const announced = await manager.getRepository(AnnouncementEntity).existsBy({ fiscalYear: row.fiscalYear, kind: 'initial' });
    const agreement = await manager.getRepository(AgreementEntity).findOneBy({ applicationId: id });
    const showDecision = !scope || announced;
    return {
      id: row.id,
      fiscalYear: row.fiscalYear,
      company: { id: row.companyId, legalName: row.companyName },
      outlet: { id: row.outletId, name: row.outletName, mediaType: row.mediaType },
      status: showDecision || !['tiered', 'ineligible'].includes(row.status) ? row.status : 'verified',
      submittedAt: row.submittedAt.toISOString(),
      evaluation: row.evaluation,
      requirements: row.requirements,
      documents: documents.map(toApplicationDocument),
      factualVisit: visit ? { visitedOn: visit.visitedOn, officer: visit.officer, passed: visit.passed, note: visit.note } : null,
      decision: showDecision ? row.decision : null,
      announced,
      objections: objections.map((o) => ({
        id: o.id,
        applicationId: o.applicationId,
        text: o.text,
        submittedAt: o.submittedAt.toISOString(),
        submittedBy: o.submittedBy,
        answer: o.answer,
        upheld: o.upheld,
        answeredAt: o.answeredAt?.toISOString() ?? null,
        answeredBy: o.answeredBy,
      })),
      agreementId: agreement?.id ?? null,
      version: row.version,
    };
  }

  /**
   * A verifier's decision on one document, against the version of the application they saw
   * (409 STALE_VERSION when someone decided meanwhile: two verifiers never overwrite each other).
   */
  async decideDocument(applicationId: string, applicationDocumentId: string, request: DocumentDecisionRequest, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const application = await this.lockVersion(manager, applicationId, request.version);
    if (!ALLOWED['decideDocument']!.includes(application.status)) throw transition(application.status, 'verify');
    if (request.decision === 'rejected' && !request.note?.trim()) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'note', message: 'a rejection needs a note for the media' }]);
    }
    const result = await manager.getRepository(ApplicationDocumentEntity).update(
      { id: applicationDocumentId, applicationId },
      { decision: request.decision, note: request.note?.trim() || null, decidedBy: actor.name, decidedAt: new Date() },
    );
    if (!result.affected) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such document.', id: 'Dokumen tidak ditemukan.' });
    await this.bump(manager, application, await this.verificationStatus(manager, application));
    await this.audit.record(actor, {
      action: `application.document-${request.decision}`,
      subject: { type: 'Application', id: applicationId },
      details: { applicationDocumentId, note: request.note ?? null },
    });
    return this.get(applicationId);
  }

  async recordFactualVisit(applicationId: string, request: FactualVisitRequest, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const application = await this.lockVersion(manager, applicationId, request.version);
    if (!ALLOWED['factualVisit']!.includes(application.status)) throw transition(application.status, 'record a visit for');
    await manager.getRepository(FactualVisitEntity).save({
      applicationId,
      visitedOn: request.visitedOn,
      officer: actor.name,
      passed: request.passed,
      note: request.note?.trim() || null,
      recordedAt: new Date(),
    });
    await this.bump(manager, application, await this.verificationStatus(manager, application));
    await this.audit.record(actor, { action: 'application.factual-visit', subject: { type: 'Application', id: applicationId }, details: { passed: request.passed } });
    return this.get(applicationId);
  }

  /** Tiering: the rules of the year's configuration in force, evaluated now, stored with the decision. */
  async tier(applicationId: string, version: number, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const application = await this.lockVersion(manager, applicationId, version);
    if (!ALLOWED['tier']!.includes(application.status)) throw transition(application.status, 'tier');
    if (await manager.getRepository(AnnouncementEntity).existsBy({ fiscalYear: application.fiscalYear, kind: 'final' })) {
      throw transition(application.status, 'tier (results are final)');
    }
    const configuration = await this.configurations.require(application.fiscalYear);
    const decision = await this.evaluateForDecision(application, configuration, actor.name);
    await manager.query('update applications set decision = $2, tier = $3, score = $4 where id = $1', [application.id, JSON.stringify(decision), decision.tier, decision.score]);
    await this.bump(manager, application, decision.eligible && decision.tier ? 'tiered' : 'ineligible');
    await this.audit.record(actor, {
      action: 'application.tiered',
      subject: { type: 'Application', id: applicationId },
      details: { tier: decision.tier, eligible: decision.eligible, score: decision.score, configurationVersion: configuration.version },
    });
    return this.get(applicationId);
  }

  async answerObjection(objectionId: string, answer: string, upheld: boolean, actor: RequestActor): Promise<Application> {
    const manager = this.tenantDb.manager();
    const objection = await manager.getRepository(ObjectionEntity).findOne({ where: { id: objectionId }, lock: { mode: 'pessimistic_write' } });
    if (!objection) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such objection.', id: 'Sanggahan tidak ditemukan.' });
    if (objection.answeredAt) throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'objection', message: 'already answered' }]);
    await manager.getRepository(ObjectionEntity).update(objectionId, { answer: answer.trim(), upheld, answeredBy: actor.name, answeredAt: new Date() });
    // An upheld objection reopens the decision: verifiers look again and tier anew.
    if (upheld) {
      const application = await this.lockVersion(manager, objection.applicationId);
      await this.bump(manager, application, 'verified');
    }
    await this.audit.record(actor, { action: 'application.objection-answered', subject: { type: 'Application', id: objection.applicationId }, details: { objectionId, upheld } });
    return this.get(objection.applicationId);
  }

  /**
   * Announces the year's results: initial (everything verified is tiered; the media see their result
   * and may object) or final (after the objection window, with every objection answered).
   */
  async announce(fiscalYear: number, kind: 'initial' | 'final', actor: RequestActor) {
    const manager = this.tenantDb.manager();
    const configuration = await this.configurations.require(fiscalYear);
    const announcements = manager.getRepository(AnnouncementEntity);
    if (await announcements.existsBy({ fiscalYear, kind })) {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'kind', message: `the ${kind} results of ${fiscalYear} are already announced` }]);
    }
    const applications = manager.getRepository(ApplicationEntity);
    if (kind === 'final') {
      if (!(await announcements.existsBy({ fiscalYear, kind: 'initial' }))) {
        throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'kind', message: 'announce the initial results first' }]);
      }
      if (todayInJakarta() <= configuration.calendar.objectionCloses) {
        throw new AppException('WINDOW_CLOSED', undefined, [{ field: 'kind', message: `the objection window runs until ${configuration.calendar.objectionCloses}` }]);
      }
      const open = (await manager.query(
        `select count(*)::int as n from objections o join applications a on a.id = o.application_id
          where a.fiscal_year = $1 and o.answered_at is null`,
        [fiscalYear],
      )) as [{ n: number }];
      if (open[0].n > 0) throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'objections', message: `${open[0].n} objection(s) not answered` }]);
    }
    const undecided = await applications.countBy({ fiscalYear, status: In(['submitted', 'in-review', 'returned', 'verified']) });
    if (undecided > 0) {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'applications', message: `${undecided} application(s) are not tiered yet` }]);
    }
    let count = await applications.countBy({ fiscalYear, status: In(['tiered', 'ineligible']) });
    if (kind === 'final') {
      const result = await manager.query(`update applications set status = 'final', version = version + 1, updated_at = now() where fiscal_year = $1 and status = 'tiered'`, [fiscalYear]);
      count = (result as [unknown, number])[1] ?? count;
    }
    const row = await announcements.save(announcements.create({ fiscalYear, kind, announcedBy: actor.name, applications: count }));
    await this.audit.record(actor, { action: `results.announced-${kind}`, subject: { type: 'Announcement', id: `${fiscalYear}` }, details: { applications: count } });
    return { fiscalYear, kind, announcedAt: row.announcedAt.toISOString(), announcedBy: row.announcedBy, applications: count };
  }

  /** What has been announced for a year (initial and final), oldest first. */
  async announcements(fiscalYear: number) {
    const rows = await this.tenantDb.repository(AnnouncementEntity).find({ where: { fiscalYear }, order: { announcedAt: 'ASC' } });
    return rows.map((row) => ({ fiscalYear: row.fiscalYear, kind: row.kind, announcedAt: row.announcedAt.toISOString(), announcedBy: row.announcedBy, applications: row.applications }));
  }

  /** Every applied outlet of the year with its evaluation against the configuration in force now. */
  async eligibilityList(fiscalYear: number): Promise<EligibilityListEntry[]> {
    const configuration = await this.configurations.require(fiscalYear);
    // Only the columns the list needs: the stored evaluations are large and not read here.
    const rows = await this.tenantDb.repository(ApplicationEntity).find({
      select: { id: true, companyId: true, outletId: true, outletName: true },
      where: { fiscalYear, status: In(['submitted', 'in-review', 'returned', 'verified', 'tiered', 'ineligible', 'final']) },
      order: { outletName: 'ASC' },
    });
    const snapshots = await this.dossiers.snapshots([...new Set(rows.map((row) => row.companyId))], { currentVersionsOnly: true });
    const region = await this.regionCode();
    const today = todayInJakarta();
    return rows.flatMap((row) => {
      const snapshot = snapshots.get(row.companyId);
      const outlet = snapshot?.outlets.find((o) => o.id === row.outletId);
      if (!snapshot || !outlet) return [];
      const verdict = outletVerdict(configuration.content, snapshot, outlet, region, today);
      return [{
        applicationId: row.id,
        outlet: { id: outlet.id, name: outlet.name, mediaType: outlet.mediaType },
        company: snapshot.company.legalName,
        eligible: verdict.eligible,
        score: verdict.score,
        tier: verdict.tier,
      }];
    });
  }

  /**
   * The file of a document an applicant showed this tenant (and nothing else of its dossier), if
   * the caller may read that kind of document (403 otherwise: they see it listed, not its content).
   */
  async documentFile(applicationId: string, applicationDocumentId: string, mayRead: (document: { documentType: string }) => boolean) {
    const manager = this.tenantDb.manager();
    const application = await manager.getRepository(ApplicationEntity).findOneBy({ id: applicationId });
    const document = application ? await manager.getRepository(ApplicationDocumentEntity).findOneBy({ id: applicationDocumentId, applicationId }) : null;
    if (!application || !document) throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such document.', id: 'Dokumen tidak ditemukan.' });
    if (!mayRead(document)) throw new AppException('FORBIDDEN');
    const version = await this.dossiers.versionOf(application.companyId, document.versionId);
    if (!version) throw new AppException('FILE_NOT_FOUND');
    return { name: version.originalName, file: await this.dossiers.openFile(version) };
  }

  // --- internals ---------------------------------------------------------------------------------

  private async evaluateForDecision(application: ApplicationEntity, configuration: PartnershipConfiguration, decidedBy: string): Promise<TierDecision> {
    const snapshot = await this.dossiers.snapshot(application.companyId);
    const outlet = snapshot.outlets.find((o) => o.id === application.outletId);
    if (!outlet) throw new AppException('RESOURCE_NOT_FOUND', { en: 'The outlet no longer exists.', id: 'Media tidak ada lagi.' });
    const { evaluation } = evaluateOutlet(configuration.content, snapshot, outlet, await this.regionCode(), todayInJakarta());
    return {
      tier: evaluation.eligible ? evaluation.tier : null,
      eligible: evaluation.eligible,
      score: evaluation.score,
      result: evaluation,
      configurationId: configuration.id,
      configurationVersion: configuration.version,
      decidedAt: new Date().toISOString(),
      decidedBy,
    };
  }

  /** Verified once every document is approved and, where the configuration asks, the visit passed. */
  private async verificationStatus(manager: EntityManager, application: ApplicationEntity): Promise<ApplicationStatus> {
    const documents = await manager.getRepository(ApplicationDocumentEntity).findBy({ applicationId: application.id });
    if (documents.some((d) => d.decision === 'rejected')) return 'returned';
    if (documents.some((d) => d.decision === 'pending')) return 'in-review';
    const configuration = await this.configurations.byId(application.configurationId);
    if (configuration.factualVisit) {
      const visit = await manager.getRepository(FactualVisitEntity).findOneBy({ applicationId: application.id });
      if (!visit?.passed) return 'in-review';
    }
    return 'verified';
  }

  private async attachDocuments(manager: EntityManager, applicationId: string, snapshot: DossierSnapshot, outletId: string, configuration: PartnershipConfiguration) {
    const wanted = new Set(configuration.content.requirements.map((r) => `${r.level}:${r.documentType}`));
    const rows = snapshot.documents
      .filter((d) => d.outletId === null || d.outletId === outletId)
      .filter((d) => wanted.has(`${d.outletId ? 'outlet' : 'company'}:${d.documentType}`))
      .map((d) => ({
        applicationId,
        documentType: d.documentType,
        level: (d.outletId ? 'outlet' : 'company') as 'company' | 'outlet',
        dossierDocumentId: d.id,
        versionId: d.current.id,
        versionNumber: d.current.version,
        number: d.current.number,
        expiresOn: d.current.expiresOn,
      }));
    if (rows.length) await manager.getRepository(ApplicationDocumentEntity).insert(rows);
  }

  private async lockVersion(manager: EntityManager, id: string, expected?: number): Promise<ApplicationEntity> {
    const row = await manager.getRepository(ApplicationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound();
    if (expected !== undefined && row.version !== expected) {
      throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `current version is ${row.version}` }]);
    }
    return row;
  }

  private async lockFor(manager: EntityManager, id: string, companyId: string): Promise<ApplicationEntity> {
    const row = await manager.getRepository(ApplicationEntity).findOne({ where: { id, companyId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound();
    return row;
  }

  private async bump(manager: EntityManager, application: ApplicationEntity, status: ApplicationStatus): Promise<void> {
    await manager.getRepository(ApplicationEntity).update(application.id, { status, version: application.version + 1, updatedAt: new Date() });
    application.status = status;
    application.version += 1;
  }

  private async blockedOutlets(outletIds: string[], today: string): Promise<Set<string>> {
    if (outletIds.length === 0) return new Set();
    const rows = (await this.tenantDb.manager().query(
      `select distinct outlet_id from outlet_blocks
        where outlet_id = any($1::uuid[]) and lifted_at is null and starts_on <= $2 and (ends_on is null or ends_on >= $2)`,
      [outletIds, today],
    )) as { outlet_id: string }[];
    return new Set(rows.map((row) => row.outlet_id));
  }

  private async regionCode(): Promise<string> {
    return (await this.registry.get(this.tenantDb.currentTenant().slug)).regionCode;
  }

  private async count(filter: string, params: unknown[]): Promise<number> {
    const [{ n }] = (await this.tenantDb.manager().query(`select count(*)::int as n from applications a ${filter}`, params)) as [{ n: number }];
    return n;
  }
}

export function toApplicationDocument(row: ApplicationDocumentEntity): ApplicationDocument {
  return {
    id: row.id,
    documentType: row.documentType,
    level: row.level,
    dossierDocumentId: row.dossierDocumentId,
    versionId: row.versionId,
    versionNumber: row.versionNumber,
    number: row.number,
    expiresOn: row.expiresOn,
    decision: row.decision,
    note: row.note,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

